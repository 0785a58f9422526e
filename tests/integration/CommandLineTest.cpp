// `patchdeck` on the command line with no display at all (issue 12): --help and --version answer
// and exit 0, and every usage mistake is one line on stderr naming it, with exit code 2 - before
// any window system is touched, so none of this needs X, Wayland or the offscreen platform.
#include "CommandRun.h"

#include <QTest>

class CommandLineTest : public QObject
{
    Q_OBJECT

    using Run = pmp::test::CommandRun;

    static Run run(const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("PATCHDECK_TOKEN"));
        return pmp::test::runCommand(QStringLiteral(PATCHDECK_BIN), arguments, env, 60000);
    }

private slots:
    void helpWithoutDisplay()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.stdOut.contains(QLatin1String("Usage:")), qPrintable(r.stdOut));
        QVERIFY(r.stdOut.contains(QLatin1String("--demo")));
        QVERIFY(r.stdOut.contains(QLatin1String("patchdeck export --help")));
        QVERIFY2(r.stdErr.isEmpty(), qPrintable(r.stdErr));
    }

    void versionWithoutDisplay()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.stdOut, QStringLiteral("PatchDeck " PATCHDECK_VERSION "\n"));
    }

    void exportHelpWithoutDisplay()
    {
        const Run r = run({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.stdOut.startsWith(QLatin1String("Usage: patchdeck export")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{"--bogus"} << "patchdeck: Unknown option 'bogus'.";
        QTest::newRow("stray argument") << QStringList{"extra"} << "patchdeck: unexpected argument \"extra\"";
        QTest::newRow("computers not a number") << QStringList{"--demo", "--computers", "many"}
                                                << "patchdeck: --computers must be a number from 1 to 200000";
        QTest::newRow("computers zero") << QStringList{"--demo", "--computers", "0"}
                                        << "patchdeck: --computers must be a number from 1 to 200000";
        QTest::newRow("seed negative") << QStringList{"--demo", "--seed", "-3"}
                                       << "patchdeck: --seed must be a non-negative number";
        QTest::newRow("computers without demo")
            << QStringList{"--computers", "10"} << "patchdeck: --computers and --seed belong to --demo";
        QTest::newRow("demo and server") << QStringList{"--demo", "--server", "https://x.example"}
                                         << "patchdeck: --demo and --server exclude each other";
        QTest::newRow("server without token")
            << QStringList{"--server", "https://x.example"} << "patchdeck: --server needs the token";
        QTest::newRow("bad kind") << QStringList{"--demo", "--kind", "mainframe"}
                                  << "patchdeck: --kind must be cloud or onprem";
        QTest::newRow("unknown view") << QStringList{"--demo", "--view", "nowhere"}
                                      << "patchdeck: unknown view \"nowhere\"; views: computers,";
        QTest::newRow("option value missing") << QStringList{"--view"} << "patchdeck: Missing value after '--view'.";
        QTest::newRow("export without view") << QStringList{"export"} << "patchdeck export: give the VIEW to export";
        QTest::newRow("export two views")
            << QStringList{"export", "computers", "patches"} << "patchdeck export: unexpected argument \"patches\"";
        QTest::newRow("export bad format") << QStringList{"export", "computers", "--format", "xls", "-o", "x"}
                                           << "patchdeck export: --format must be csv or json";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.stdOut.isEmpty(), qPrintable(r.stdOut));
        QVERIFY2(r.stdErr.startsWith(message), qPrintable(r.stdErr));
        QCOMPARE(r.stdErr.count(QLatin1Char('\n')), 1); // one line, ending in a newline
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "CommandLineTest.moc"
