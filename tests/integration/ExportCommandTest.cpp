// `patchdeck export` as a cron job runs it: the real patchdeck binary against the real patchdeck-sim
// binary, plain, with --quirks and with --faults. Exit 0 only with every page; one clear stderr line
// otherwise; the output file written atomically (never half a file, never clobbered on failure).

#include "CommandRun.h"

#include "store/Database.h"
#include "store/SavedViewBook.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Token = QStringLiteral("export-test-token");

using pmp::test::readFile;
using Run = pmp::test::CommandRun;

// Splits one CSV document into rows of fields (RFC 4180: quoted fields may hold commas, quotes and
// newlines), so the test reads what a spreadsheet would.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

} // namespace

class ExportCommandTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    pmp::test::SimulatorProcess m_sim;

    bool startSimulator(const QStringList &extra)
    {
        return m_sim.start(QStringLiteral(PATCHDECK_SIM_BIN),
                           QStringList{QStringLiteral("--static-token"), Token, QStringLiteral("--computers"),
                                       QStringLiteral("330"), QStringLiteral("--patches"), QStringLiteral("260")} +
                               extra);
    }

    Run exportView(const QStringList &args, const QByteArray &token = Token.toUtf8())
    {
        QProcessEnvironment env = pmp::test::environmentIn(m_dir.path());
        env.insert(QStringLiteral("PATCHDECK_TOKEN"), QString::fromUtf8(token));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return pmp::test::runCommand(QStringLiteral(PATCHDECK_BIN), QStringList{QStringLiteral("export")} + args, env);
    }

    QStringList serverArgs() const { return {QStringLiteral("--server"), m_sim.server()}; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(startSimulator({}));
    }

    void cleanupTestCase() { m_sim.stop(); }

    void helpListsEveryView()
    {
        const Run r = exportView({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *view :
             {"computers", "remote-offices", "systems", "scan-status", "missing-patches", "installed-patches",
              "patches", "supported-patches", "downloaded-patches", "patch-status", "policies", "configurations",
              "system-report", "threat-patches", "threat-systems", "report", "journal"})
            QVERIFY2(r.stdOut.contains(QLatin1String("  ") + QLatin1String(view) + QLatin1Char(' ')), view);
    }

    void computersAsCsvAreComplete()
    {
        const QString out = m_dir.filePath(QStringLiteral("computers.csv"));
        const Run r = exportView(serverArgs() + QStringList{QStringLiteral("computers"), QStringLiteral("--format"),
                                                            QStringLiteral("csv"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
        QVERIFY(r.stdErr.isEmpty());
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(readFile(out)));
        QCOMPARE(rows.size(), 1 + 330); // header + every computer
        const QStringList header = rows.first();
        QVERIFY(header.contains(QStringLiteral("Name")) && header.contains(QStringLiteral("Remote office")));
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());
        // Coded values as the table shows them, not raw codes or i18n keys.
        for (const QStringList &row : rows.mid(1))
            for (const QString &field : row)
                QVERIFY2(!field.startsWith(QLatin1String("dc.")), qPrintable(field));
    }

    void everyListViewExportsAsJson_data()
    {
        QTest::addColumn<QString>("view");
        for (const char *v : {"remote-offices", "systems", "scan-status", "missing-patches", "installed-patches",
                              "patches", "supported-patches", "downloaded-patches", "patch-status", "policies",
                              "configurations", "threat-patches", "threat-systems"})
            QTest::newRow(v) << QString::fromLatin1(v);
    }

    void everyListViewExportsAsJson()
    {
        QFETCH(QString, view);
        const QString out = m_dir.filePath(view + QStringLiteral(".json"));
        const Run r = exportView(serverArgs() + QStringList{view, QStringLiteral("--format"), QStringLiteral("json"),
                                                            QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(readFile(out), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isArray());
        if (view != QLatin1String("configurations")) // nothing deployed yet on a fresh simulator
            QVERIFY(!doc.array().isEmpty());
        for (const QJsonValue &row : doc.array())
            QVERIFY(row.isObject());
    }

    void filtersAndSystemReport()
    {
        const QString out = m_dir.filePath(QStringLiteral("critical.json"));
        Run r = exportView(serverArgs() + QStringList{QStringLiteral("patches"), QStringLiteral("--format"),
                                                      QStringLiteral("json"), QStringLiteral("--filter"),
                                                      QStringLiteral("severityfilter=4"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
        const QJsonArray rows = QJsonDocument::fromJson(readFile(out)).array();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue &row : rows)
            QCOMPARE(row.toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("Critical"));

        r = exportView(serverArgs() + QStringList{QStringLiteral("system-report"), QStringLiteral("--format"),
                                                  QStringLiteral("csv"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.stdErr.contains(QLatin1String("--resid")), qPrintable(r.stdErr));

        const QString report = m_dir.filePath(QStringLiteral("report.csv"));
        r = exportView(serverArgs() + QStringList{QStringLiteral("system-report"), QStringLiteral("--resid"),
                                                  QStringLiteral("1001"), QStringLiteral("--format"),
                                                  QStringLiteral("csv"), QStringLiteral("-o"), report});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
        QVERIFY(parseCsv(QString::fromUtf8(readFile(report))).size() > 1);
    }

    void usageErrorsAreOneClearLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("mentions");
        const QString out = QStringLiteral("x.csv");
        QTest::newRow("unknown view") << QStringList{QStringLiteral("--server"),
                                                     QStringLiteral("http://127.0.0.1:1"),
                                                     QStringLiteral("nosuchview"),
                                                     QStringLiteral("--format"),
                                                     QStringLiteral("csv"),
                                                     QStringLiteral("-o"),
                                                     out}
                                      << Token.toUtf8() << QStringLiteral("unknown view");
        QTest::newRow("bad format") << QStringList{QStringLiteral("computers"), QStringLiteral("--format"),
                                                   QStringLiteral("xml"), QStringLiteral("-o"), out}
                                    << Token.toUtf8() << QStringLiteral("--format");
        QTest::newRow("no token") << QStringList{QStringLiteral("--server"),
                                                 QStringLiteral("http://127.0.0.1:1"),
                                                 QStringLiteral("computers"),
                                                 QStringLiteral("--format"),
                                                 QStringLiteral("csv"),
                                                 QStringLiteral("-o"),
                                                 out}
                                  << QByteArray() << QStringLiteral("PATCHDECK_TOKEN");
        QTest::newRow("plain http elsewhere") << QStringList{QStringLiteral("--server"),
                                                             QStringLiteral("http://example.com"),
                                                             QStringLiteral("computers"),
                                                             QStringLiteral("--format"),
                                                             QStringLiteral("csv"),
                                                             QStringLiteral("-o"),
                                                             out}
                                              << Token.toUtf8() << QStringLiteral("https");
        QTest::newRow("unknown profile") << QStringList{QStringLiteral("--profile"),
                                                        QStringLiteral("Nobody"),
                                                        QStringLiteral("computers"),
                                                        QStringLiteral("--format"),
                                                        QStringLiteral("csv"),
                                                        QStringLiteral("-o"),
                                                        out}
                                         << Token.toUtf8() << QStringLiteral("no profile named \"Nobody\"");
        QTest::newRow("bad filter") << QStringList{QStringLiteral("--server"),
                                                   QStringLiteral("http://127.0.0.1:1"),
                                                   QStringLiteral("patches"),
                                                   QStringLiteral("--filter"),
                                                   QStringLiteral("severityfilter"),
                                                   QStringLiteral("--format"),
                                                   QStringLiteral("csv"),
                                                   QStringLiteral("-o"),
                                                   out}
                                    << Token.toUtf8() << QStringLiteral("NAME=VALUE");
    }

    void usageErrorsAreOneClearLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, token);
        QFETCH(QString, mentions);
        const Run r = exportView(args, token);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.stdErr.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(r.stdErr.startsWith(QLatin1String("patchdeck export: ")), qPrintable(r.stdErr));
        QVERIFY2(r.stdErr.contains(mentions), qPrintable(r.stdErr));
    }

    void revokedTokenFailsClearly()
    {
        const QString out = m_dir.filePath(QStringLiteral("denied.csv"));
        const Run r = exportView(serverArgs() + QStringList{QStringLiteral("computers"), QStringLiteral("--format"),
                                                            QStringLiteral("csv"), QStringLiteral("-o"), out},
                                 "not-the-token");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.stdErr.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(!QFile::exists(out));
    }

    void quirksGiveTheSameExport()
    {
        const QString plain = m_dir.filePath(QStringLiteral("plain.csv"));
        const QString quirky = m_dir.filePath(QStringLiteral("quirky.csv"));
        Run r = exportView(serverArgs() + QStringList{QStringLiteral("systems"), QStringLiteral("--format"),
                                                      QStringLiteral("csv"), QStringLiteral("-o"), plain});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
        QVERIFY(startSimulator({QStringLiteral("--quirks")}));
        r = exportView(serverArgs() + QStringList{QStringLiteral("systems"), QStringLiteral("--format"),
                                                  QStringLiteral("csv"), QStringLiteral("-o"), quirky});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
        // Strings for numbers, text/plain, pages of 25: the same table once parsed and formatted.
        QCOMPARE(readFile(quirky), readFile(plain));
    }

    void transientFaultsAreRetriedToACompleteFile()
    {
        // Three list requests after the first fail with a 503 (fewer than a read's four attempts, so
        // whatever the order the pages are asked in): reads are retried, the file is complete.
        QVERIFY(startSimulator({QStringLiteral("--quirks"), QStringLiteral("--faults"),
                                QStringLiteral("5xx:1:status=503:path=/api/1.4/som/computers:after=1:count=3")}));
        const QString out = m_dir.filePath(QStringLiteral("retried.csv"));
        const Run r = exportView(serverArgs() + QStringList{QStringLiteral("computers"), QStringLiteral("--format"),
                                                            QStringLiteral("csv"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
        QCOMPARE(parseCsv(QString::fromUtf8(readFile(out))).size(), 1 + 330);
    }

    void aPageThatNeverArrivesLeavesTheOldFile()
    {
        QVERIFY(
            startSimulator({QStringLiteral("--faults"), QStringLiteral("html:1:path=/api/1.4/som/computers:after=1")}));
        const QString out = m_dir.filePath(QStringLiteral("kept.csv"));
        {
            QFile f(out);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("yesterday's export\n");
        }
        const Run r = exportView(serverArgs() + QStringList{QStringLiteral("computers"), QStringLiteral("--format"),
                                                            QStringLiteral("csv"), QStringLiteral("--page-size"),
                                                            QStringLiteral("100"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.stdErr.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(r.stdErr.contains(QLatin1String("nothing was written")), qPrintable(r.stdErr));
        QCOMPARE(readFile(out), QByteArray("yesterday's export\n"));
        // No temporary file left behind next to it.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("kept.csv*")}, QDir::Files | QDir::Hidden).size(), 1);
    }

    void droppedConnectionsMidPagingFail()
    {
        QVERIFY(
            startSimulator({QStringLiteral("--faults"), QStringLiteral("drop:1:path=/api/1.4/som/computers:after=2")}));
        const QString out = m_dir.filePath(QStringLiteral("dropped.json"));
        const Run r = exportView(serverArgs() + QStringList{QStringLiteral("computers"), QStringLiteral("--format"),
                                                            QStringLiteral("json"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.stdErr.contains(QLatin1String("of 330")), qPrintable(r.stdErr));
        QVERIFY(!QFile::exists(out));
    }

    void logLinesCarryNoToken()
    {
        // A run without a profile logs through the redactor too. The store warns with its path when
        // the file is not a database; here the path holds the PATCHDECK_TOKEN value and a
        // refresh_token=... form, as a server's echoed answer or a URL in a message could.
        const QByteArray token = "1000.9d41c7a3e5b0f2d8.exportlog";
        // The token names the directory: only its registration can mask it (the pattern masks from
        // "refresh_token=" on, in the file name).
        QVERIFY(QDir(m_dir.path()).mkpath(QString::fromLatin1(token)));
        const QString store =
            m_dir.filePath(QString::fromLatin1(token) + QStringLiteral("/refresh_token=1000.shaped7c2e91ab.db"));
        {
            QFile f(store);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a database, so the store warns about it");
        }
        const Run r =
            exportView({QStringLiteral("journal"), QStringLiteral("--store"), store, QStringLiteral("--format"),
                        QStringLiteral("csv"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("journal.csv"))},
                       token);
        // The warning was written (so the check below means something), with the secrets masked.
        QVERIFY2(r.stdErr.contains(QLatin1String("not usable")), qPrintable(r.stdErr));
        QVERIFY2(r.stdErr.contains(QLatin1String("[redacted]")), qPrintable(r.stdErr));
        QVERIFY2(!r.stdErr.contains(QString::fromLatin1(token)), qPrintable(r.stdErr));
        QVERIFY2(!r.stdErr.contains(QLatin1String("shaped7c2e91ab")), qPrintable(r.stdErr));
    }

    // `export --saved NAME`: the saved view's view and server filters, read from a store file; a filter
    // value the server does not have fails the export unless --allow-stale.
    void savedViewExports()
    {
        QVERIFY(startSimulator({})); // a clean one: the tests before leave fault rules behind
        const QString store = m_dir.filePath(QStringLiteral("saved.sqlite"));
        {
            pmp::store::Database database(store);
            QVERIFY(database.open().isPersistent());
            pmp::store::SavedViewBook book(database);
            pmp::store::SavedView critical;
            critical.name = QStringLiteral("Critical patches");
            critical.viewId = QStringLiteral("patches");
            critical.filters.insert(QStringLiteral("severityfilter"), QStringLiteral("4"));
            QVERIFY(book.add(critical));
            pmp::store::SavedView berlin;
            berlin.name = QStringLiteral("Berlin");
            berlin.viewId = QStringLiteral("computers");
            berlin.filters.insert(QStringLiteral("branchofficefilter"), QStringLiteral("Berlin (closed)"));
            QVERIFY(book.add(berlin));
        }
        const QString out = m_dir.filePath(QStringLiteral("saved.json"));
        const QStringList common{QStringLiteral("--store"), store, QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("-o"),      out};
        Run r = exportView(serverArgs() + common +
                           QStringList{QStringLiteral("--saved"), QStringLiteral("critical patches")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
        const QJsonArray rows = QJsonDocument::fromJson(readFile(out)).array();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue &row : rows)
            QCOMPARE(row.toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("Critical"));

        QFile::remove(out);
        r = exportView(serverArgs() + common + QStringList{QStringLiteral("--saved"), QStringLiteral("Berlin")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.stdErr.contains(QLatin1String("\"Berlin (closed)\", which the server no longer has")),
                 qPrintable(r.stdErr));
        QVERIFY(!QFile::exists(out));

        r = exportView(
            serverArgs() + common +
            QStringList{QStringLiteral("--saved"), QStringLiteral("Berlin"), QStringLiteral("--allow-stale")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
        QVERIFY(QJsonDocument::fromJson(readFile(out)).array().isEmpty()); // kept: nothing, not everything

        r = exportView(serverArgs() + common + QStringList{QStringLiteral("--saved"), QStringLiteral("Paris")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.stdErr.contains(QLatin1String("saved views: Critical patches, Berlin")), qPrintable(r.stdErr));
    }
};

QTEST_GUILESS_MAIN(ExportCommandTest)
#include "ExportCommandTest.moc"
