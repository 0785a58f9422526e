// `patchdeck report` as a monthly cron job runs it: the real patchdeck binary against the real
// patchdeck-sim binary, with no display at all (the offscreen fallback). Exit 0 and a PDF plus HTML
// file; a usage mistake is one line on stderr and exit 2; a failure writes nothing.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Token = QStringLiteral("report-test-token");

struct Run
{
    int exitCode = -1;
    QString stdErr;
    QString stdOut;
};

} // namespace

class ReportCommandTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_sim;
    QString m_server;

    Run report(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATCHDECK_TOKEN"), Token);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        // As under cron: no display and no platform chosen; the report picks offscreen itself.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PATCHDECK_BIN), QStringList{QStringLiteral("report")} + args);
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            r.stdErr = QStringLiteral("timed out");
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.stdErr = QString::fromUtf8(p.readAllStandardError());
        r.stdOut = QString::fromUtf8(p.readAllStandardOutput());
        return r;
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sim.setProgram(QStringLiteral(PATCHDECK_SIM_BIN));
        m_sim.setArguments(
            {QStringLiteral("--static-token"), Token, QStringLiteral("--computers"), QStringLiteral("300")});
        m_sim.start();
        QVERIFY(m_sim.waitForStarted(10000));
        QVERIFY(QTest::qWaitFor([this] { return m_sim.canReadLine() || m_sim.state() != QProcess::Running; }, 20000));
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$"))
                .match(QString::fromUtf8(m_sim.readLine()).trimmed());
        QVERIFY(m.hasMatch());
        m_server = m.captured(1);
    }

    void cleanupTestCase()
    {
        m_sim.terminate();
        if (!m_sim.waitForFinished(5000))
            m_sim.kill();
        m_sim.waitForFinished(5000);
    }

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
        QCOMPARE(text.count(QStringLiteral("data:image/png;base64,")), 4);
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
        QCOMPARE(r.stdErr.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_MAIN(ReportCommandTest)
#include "ReportCommandTest.moc"
