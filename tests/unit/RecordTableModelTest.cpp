#include "JsonVariants.h"
#include "TestData.h"

#include "api/OperationCatalogue.h"
#include "models/RecordFilterProxy.h"
#include "models/RecordTableModel.h"
#include "models/ViewCatalogue.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

using namespace pmp::models;
using pmp::api::Record;

namespace {
Record rec(const QJsonObject &o)
{
    return Record(o);
}

QList<ColumnSpec> columns()
{
    return {ColumnSpec::text(QStringLiteral("name"), QStringLiteral("Name")),
            ColumnSpec::code(QStringLiteral("severity"), QStringLiteral("Severity"), CodeKind::Severity),
            ColumnSpec::time(QStringLiteral("released"), QStringLiteral("Released")),
            ColumnSpec::size(QStringLiteral("size"), QStringLiteral("Size")),
            ColumnSpec::integer(QStringLiteral("count"), QStringLiteral("Count")),
            ColumnSpec::text(QStringLiteral("label"), QStringLiteral("Label")),
            ColumnSpec::code(QStringLiteral("approval"), QStringLiteral("Approval"), CodeKind::ApprovalStatus)};
}

QList<Record> sampleRows()
{
    return {rec({{QStringLiteral("name"), QStringLiteral("zeta")},
                 {QStringLiteral("severity"), 4},
                 {QStringLiteral("released"), 1515715200000.0},
                 {QStringLiteral("size"), 2048},
                 {QStringLiteral("count"), QStringLiteral("10")},
                 {QStringLiteral("label"), QStringLiteral("dc.common.APPROVED")},
                 {QStringLiteral("approval"), 211}}),
            rec({{QStringLiteral("name"), QStringLiteral("Alpha")},
                 {QStringLiteral("severity"), QStringLiteral("1")},
                 {QStringLiteral("released"), QStringLiteral("1307989800000")},
                 {QStringLiteral("size"), 7917152},
                 {QStringLiteral("count"), 9},
                 {QStringLiteral("label"), QStringLiteral("--")},
                 {QStringLiteral("approval"), 0}}),
            rec({{QStringLiteral("name"), QStringLiteral("Ärger")},
                 {QStringLiteral("severity"), QStringLiteral("Important")},
                 {QStringLiteral("released"), QStringLiteral("--")},
                 {QStringLiteral("size"), 100},
                 {QStringLiteral("count"), 100},
                 {QStringLiteral("label"), QStringLiteral("Plain text")},
                 {QStringLiteral("approval"), 212}})};
}

QStringList column(const QAbstractItemModel &m, int col)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.data(m.index(r, col)).toString();
    return out;
}
} // namespace

class RecordTableModelTest : public QObject
{
    Q_OBJECT
private slots:
    void passesTheModelTester()
    {
        RecordTableModel model(columns());
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendRecords(sampleRows());
        model.appendRecords(sampleRows());
        proxy.sort(1);
        proxy.setSearchText(QStringLiteral("alp"));
        proxy.setSearchText({});
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void humanTextWithRawCodesInTooltips()
    {
        RecordTableModel model(columns());
        model.appendRecords(sampleRows());
        QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("Critical"));
        QCOMPARE(model.data(model.index(2, 1)).toString(), QStringLiteral("Important")); // name mapped to code
        QVERIFY(model.data(model.index(0, 1), Qt::ToolTipRole).toString().contains(QLatin1String("code 4")));
        QCOMPARE(model.data(model.index(0, 5)).toString(), QStringLiteral("Approved"));
        QVERIFY(
            model.data(model.index(0, 5), Qt::ToolTipRole).toString().contains(QLatin1String("dc.common.APPROVED")));
        QCOMPARE(model.data(model.index(1, 5)).toString(), QString()); // "--"
        QCOMPARE(model.data(model.index(2, 2)).toString(), QString()); // "--" date
        QCOMPARE(model.data(model.index(0, 6)).toString(), QStringLiteral("Approved"));
        QCOMPARE(model.data(model.index(2, 6)).toString(), QStringLiteral("Declined"));
        QCOMPARE(model.data(model.index(1, 3)).toString(), QStringLiteral("7.6 MB"));
        QCOMPARE(model.data(model.index(0, 3)).toString(), QStringLiteral("2 KB"));
        QCOMPARE(model.data(model.index(0, 4), RecordTableModel::RawRole).toString(), QStringLiteral("10"));
    }

    void typedSorting()
    {
        RecordTableModel model(columns());
        model.appendRecords(sampleRows());
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(1, Qt::AscendingOrder); // severity order, not alphabetical
        QCOMPARE(column(proxy, 1),
                 QStringList({QStringLiteral("Low"), QStringLiteral("Important"), QStringLiteral("Critical")}));
        proxy.sort(4, Qt::AscendingOrder); // numbers as numbers although one was a string
        QCOMPARE(column(proxy, 4), QStringList({QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("100")}));
        proxy.sort(3, Qt::DescendingOrder); // sizes by bytes
        QCOMPARE(column(proxy, 0),
                 QStringList({QStringLiteral("Alpha"), QStringLiteral("zeta"), QStringLiteral("Ärger")}));
        proxy.sort(2, Qt::AscendingOrder); // dates by time, empty last
        QCOMPARE(column(proxy, 0),
                 QStringList({QStringLiteral("Alpha"), QStringLiteral("zeta"), QStringLiteral("Ärger")}));
        proxy.sort(0, Qt::AscendingOrder); // text, case-insensitive and locale-aware
        QCOMPARE(column(proxy, 0).first(), QStringLiteral("Alpha"));
    }

    void instantSearchAcrossVisibleColumns()
    {
        RecordTableModel model(columns());
        model.appendRecords(sampleRows());
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setSearchText(QStringLiteral("ZET"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("critical")); // matches the human text of a code
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("approved"));
        QCOMPARE(proxy.rowCount(), 2); // label "Approved" and approval "Approved"/"Not approved"
        proxy.setSearchColumns({0});
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(QStringLiteral("ärg"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 3);
    }

    void everyViewReadsItsGuideSample()
    {
        // Each view's columns find data in the guide's sample item (or the view's documented fallback).
        for (const ViewSpec &view : ViewCatalogue::all()) {
            const auto &op = pmp::api::OperationCatalogue::get(view.operation);
            const QJsonObject sample = pmp::test::TestData::guideSample(op.code, QStringLiteral("response"));
            const QJsonObject mr = sample.value(QLatin1String("message_response")).toObject();
            const QJsonArray items = mr.value(op.resultKey).toArray();
            QVERIFY2(!items.isEmpty(), qPrintable(view.id));
            RecordTableModel model(view.columns);
            QList<Record> records;
            for (const QJsonValue &v : items)
                records << Record(v.toObject());
            model.appendRecords(view.rowsFor(records));
            QVERIFY2(model.rowCount() > 0, qPrintable(view.id));
            int filled = 0;
            for (int c = 0; c < model.columnCount(); ++c)
                filled += !model.store().isNull(0, c);
            QVERIFY2(filled * 2 >= model.columnCount(),
                     qPrintable(view.id + QStringLiteral(": too few columns found")));
            // no raw i18n keys in any cell
            for (int c = 0; c < model.columnCount(); ++c)
                QVERIFY2(!model.data(model.index(0, c)).toString().startsWith(QLatin1String("dc.")),
                         qPrintable(view.id + QLatin1Char(' ') + view.columns.at(c).key));
        }
    }
};

QTEST_GUILESS_MAIN(RecordTableModelTest)
#include "RecordTableModelTest.moc"
