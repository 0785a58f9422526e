#include "models/TableExporter.h"
#include "api/SpreadsheetText.h"
#include "models/RecordFilterProxy.h"
#include "models/RecordTableModel.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pmp::models;
using pmp::api::Record;
using pmp::api::SpreadsheetText;

class TableExporterTest : public QObject
{
    Q_OBJECT
private slots:
    void csvQuotingFollowsRfc4180()
    {
        QCOMPARE(SpreadsheetText::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(SpreadsheetText::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(SpreadsheetText::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(SpreadsheetText::csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(SpreadsheetText::csvField(QStringLiteral("東京, 大阪")), QStringLiteral("\"東京, 大阪\""));
    }

    void formulasAreNeutralisedNumbersAreNot()
    {
        // OWASP: a cell a spreadsheet would run gets a leading apostrophe.
        QCOMPARE(SpreadsheetText::csvField(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")),
                 QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
        QCOMPARE(SpreadsheetText::csvField(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(SpreadsheetText::csvField(QStringLiteral("+cmd|' /C calc'!A0")),
                 QStringLiteral("'+cmd|' /C calc'!A0"));
        QCOMPARE(SpreadsheetText::csvField(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
        QCOMPARE(SpreadsheetText::tsvField(QStringLiteral("\t=1+1")), QStringLiteral("' =1+1"));
        QCOMPARE(SpreadsheetText::csvField(QStringLiteral("\r=1")), QStringLiteral("\"'\r=1\""));
        // Numbers stay numbers; text that merely contains the characters is untouched.
        QCOMPARE(SpreadsheetText::csvField(QStringLiteral("-2146498530")), QStringLiteral("-2146498530"));
        QCOMPARE(SpreadsheetText::csvField(QStringLiteral("+3.5")), QStringLiteral("+3.5"));
        QCOMPARE(SpreadsheetText::csvField(QStringLiteral("a=b")), QStringLiteral("a=b"));
        // Raw keeps the bytes, for scripts.
        QCOMPARE(SpreadsheetText::csvField(QStringLiteral("=1+1"), true), QStringLiteral("=1+1"));

        RecordTableModel model({ColumnSpec::text(QStringLiteral("n"), QStringLiteral("Name"))});
        model.appendRecords({Record({{QStringLiteral("n"), QStringLiteral("=cmd()")}})});
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(TableExporter::write(proxy, {0}, {}, TableExporter::Format::Csv, csv));
        QCOMPARE(QString::fromUtf8(csv.data()), QStringLiteral("Name\r\n'=cmd()\r\n"));
    }

    void exportsExactlyWhatIsShown()
    {
        RecordTableModel model({ColumnSpec::text(QStringLiteral("n"), QStringLiteral("Name")),
                                ColumnSpec::code(QStringLiteral("s"), QStringLiteral("Severity"), CodeKind::Severity),
                                ColumnSpec::text(QStringLiteral("d"), QStringLiteral("Description"))});
        model.appendRecords(
            {Record({{QStringLiteral("n"), QStringLiteral("b-host")},
                     {QStringLiteral("s"), 4},
                     {QStringLiteral("d"), QStringLiteral("Ünïcödé, \"quoted\"\nnext line")}}),
             Record({{QStringLiteral("n"), QStringLiteral("a-host")},
                     {QStringLiteral("s"), 1},
                     {QStringLiteral("d"), QStringLiteral("x")}}),
             Record({{QStringLiteral("n"), QStringLiteral("hidden-by-filter")}, {QStringLiteral("s"), 2}})});
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setSearchText(QStringLiteral("host"));
        proxy.sort(0);
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        // columns in display order: Description, Name (Severity hidden)
        QVERIFY(TableExporter::write(proxy, {2, 0}, {}, TableExporter::Format::Csv, buf));
        const QString csv = QString::fromUtf8(buf.data());
        QCOMPARE(csv,
                 QStringLiteral("Description,Name\r\nx,a-host\r\n\"Ünïcödé, \"\"quoted\"\"\nnext line\",b-host\r\n"));

        QBuffer json;
        json.open(QIODevice::WriteOnly);
        QVERIFY(TableExporter::write(proxy, {0, 1}, {QStringLiteral("n"), QStringLiteral("s")},
                                     TableExporter::Format::Json, json));
        const QJsonArray arr = QJsonDocument::fromJson(json.data()).array();
        QCOMPARE(arr.size(), 2);
        QCOMPARE(arr.at(1).toObject().value(QLatin1String("s")).toString(), QStringLiteral("Critical"));

        QBuffer tsv;
        tsv.open(QIODevice::WriteOnly);
        QVERIFY(TableExporter::write(proxy, {0, 2}, {}, TableExporter::Format::Tsv, tsv, {1}));
        QCOMPARE(QString::fromUtf8(tsv.data()),
                 QStringLiteral("Name\tDescription\nb-host\tÜnïcödé, \"quoted\" next line\n"));
    }
};

QTEST_GUILESS_MAIN(TableExporterTest)
#include "TableExporterTest.moc"
