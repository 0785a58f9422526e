// `patchdeck report` as a monthly cron job runs it: the real patchdeck binary against the real
// patchdeck-sim binary, with no display at all (the offscreen fallback). Exit 0 and a PDF plus HTML
// file; a usage mistake is one line on stderr and exit 2; a failure writes nothing.

#include "CommandRun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Token = QStringLiteral("report-test-token");

using pmp::test::readFile;
using Run = pmp::test::CommandRun;

} // namespace

class ReportCommandTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    pmp::test::SimulatorProcess m_sim;
    QString m_server;

    Run report(const QStringList &args)
    {
        QProcessEnvironment env = pmp::test::environmentIn(m_dir.path());
        env.insert(QStringLiteral("PATCHDECK_TOKEN"), Token);
        // As under cron: no display and no platform chosen; the report picks offscreen itself.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return pmp::test::runCommand(QStringLiteral(PATCHDECK_BIN), QStringList{QStringLiteral("report")} + args, env);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sim.start(QStringLiteral(PATCHDECK_SIM_BIN), {QStringLiteral("--static-token"), Token,
                                                                QStringLiteral("--computers"), QStringLiteral("300")}));
        m_server = m_sim.server();
    }

    void cleanupTestCase() { m_sim.stop(); }

    void helpNamesTheOptions()
    {
        const Run r = report({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--profile", "--server", "--days", "--from", "--to", "--html", "offscreen"})
            QVERIFY2(r.stdOut.contains(QLatin1String(option)), option);
    }

    void writesPdfAndHtml()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("monthly.pdf"));
        const QString html = m_dir.filePath(QStringLiteral("monthly.html"));
        const Run r = report({QStringLiteral("--server"), m_server, QStringLiteral("-o"), pdf, QStringLiteral("--html"),
                              html, QStringLiteral("--days"), QStringLiteral("90")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
        QVERIFY2(r.stdErr.isEmpty(), qPrintable(r.stdErr));
        QVERIFY(readFile(pdf).startsWith("%PDF"));
        const QString text = QString::fromUtf8(readFile(html));
        QVERIFY(text.contains(QStringLiteral("<span class=\"value\">300</span>"))); // every system
        // The two summary charts; this server has no history on this computer, so the two trends
        // say why they are missing instead of drawing empty charts.
        QCOMPARE(text.count(QStringLiteral("data:image/png;base64,")), 2);
        QCOMPARE(text.count(QStringLiteral("No trend yet")), 2);
    }

    void usageMistakesAreOneLineAndExitTwo()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("never.pdf"));
        const QList<QStringList> mistakes{
            {QStringLiteral("--server"), m_server}, // no -o
            {QStringLiteral("--server"), m_server, QStringLiteral("-o"), pdf, QStringLiteral("--days"),
             QStringLiteral("zero")},
            {QStringLiteral("--server"), m_server, QStringLiteral("-o"), pdf, QStringLiteral("--from"),
             QStringLiteral("2026-02-30"), QStringLiteral("--to"), QStringLiteral("2026-03-01")},
            {QStringLiteral("-o"), pdf}, // no connection
            {QStringLiteral("--bogus")},
        };
        for (const QStringList &args : mistakes) {
            const Run r = report(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.stdErr));
            QCOMPARE(r.stdErr.trimmed().count(QLatin1Char('\n')), 0);
            QVERIFY(r.stdErr.startsWith(QStringLiteral("patchdeck report: ")));
        }
        QVERIFY(!QFile::exists(pdf));
    }

    void aFailureWritesNothing()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("unreachable.pdf"));
        // A port nothing listens on (the simulator's, after it is asked for a port it does not own).
        const Run r =
            report({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("-o"), pdf});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.stdErr.trimmed().count(QLatin1Char('\n')) == 0, qPrintable(r.stdErr));
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_MAIN(ReportCommandTest)
#include "ReportCommandTest.moc"
