// `patchdeck export --profile` and `patchdeck report --profile` as a monthly cron job runs them: a saved
// cloud profile (a custom data centre: patchdeck-sim's API and accounts server, in a process of its own)
// whose tokens are in a real gnome-keyring (run through run-keychain-test.sh). The commands are the real
// binaries, in a fresh home: they find the profile in the settings and the tokens in the keyring, and
// write their files; a profile whose tokens are gone fails with one line and writes nothing.

#include "CommandRun.h"
#include "KeychainChecks.h"

#include "auth/Profile.h"
#include "auth/ProfileStore.h"
#include "auth/TokenStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace pmp;
using namespace pmp::test;

namespace {

const QString Token = QStringLiteral("cron-profile-token");

} // namespace

class ProfileCommandsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    SimulatorProcess m_sim;
    QProcessEnvironment m_env;
    auth::Profile m_profile;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_sim.start(QStringLiteral(PATCHDECK_SIM_BIN), {QStringLiteral("--computers"), QStringLiteral("30"),
                                                                QStringLiteral("--static-token"), Token}));
        m_env = environmentIn(m_home.path());
        m_env.remove(QStringLiteral("PATCHDECK_TOKEN"));

        // The profile, where patchdeck reads its settings in that home.
        QSettings settings(
            QDir(m_env.value(QStringLiteral("XDG_CONFIG_HOME"))).filePath(QStringLiteral("PatchDeck/PatchDeck.conf")),
            QSettings::IniFormat);
        auth::ProfileStore profiles(&settings);
        auth::Profile profile;
        profile.name = QStringLiteral("Cron tenant");
        profile.kind = auth::Profile::Kind::Cloud;
        profile.dataCentreId = QStringLiteral("custom");
        profile.serverUrl = QUrl(m_sim.server());
        profile.accountsUrl = QUrl(m_sim.server());
        profile.clientId = QStringLiteral("1000.PATCHDECKSIM");
        profile.grantedScopes = {QStringLiteral("PatchManagerPlusCloud.PatchMgmt.READ"),
                                 QStringLiteral("PatchManagerPlusCloud.Common.READ")};
        m_profile = profiles.save(profile);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);

        // Its tokens in the keyring: an access token valid for a day, so no refresh is needed.
        auth::TokenSet tokens;
        tokens.refreshToken = QByteArrayLiteral("cron-refresh-token");
        tokens.accessToken = Token.toUtf8();
        tokens.accessTokenExpiresAt = QDateTime::currentDateTimeUtc().addDays(1);
        tokens.grantedScopes = profile.grantedScopes;
        auth::TokenStore store;
        const auto saved = awaitTokenStore([&](auto done) { store.save(m_profile.id, tokens, nullptr, done); }, 20000);
        QVERIFY2(saved.status == auth::TokenStore::Status::Ok, qPrintable(saved.message));
    }

    void exportWithAProfile()
    {
        const QString out = QDir(m_home.path()).filePath(QStringLiteral("computers.csv"));
        const CommandRun run =
            runCommand(QStringLiteral(PATCHDECK_BIN),
                       {QStringLiteral("export"), QStringLiteral("computers"), QStringLiteral("--profile"),
                        QStringLiteral("Cron tenant"), QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("-o"), out},
                       m_env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
        const QList<QByteArray> lines = readFile(out).trimmed().split('\n');
        QCOMPARE(lines.size(), 31); // a header and the 30 computers
    }

    void reportWithAProfile()
    {
        const QString pdf = QDir(m_home.path()).filePath(QStringLiteral("monthly.pdf"));
        const QString html = QDir(m_home.path()).filePath(QStringLiteral("monthly.html"));
        const CommandRun run =
            runCommand(QStringLiteral(PATCHDECK_BIN),
                       {QStringLiteral("report"), QStringLiteral("--profile"), QStringLiteral("Cron tenant"),
                        QStringLiteral("-o"), pdf, QStringLiteral("--html"), html},
                       m_env, 300000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
        QVERIFY(readFile(pdf).startsWith("%PDF"));
        const QString text = QString::fromUtf8(readFile(html));
        // The report names the tenant it was made for.
        QVERIFY(text.contains(QStringLiteral("Cron tenant")));
    }

    void aProfileWithoutTokensFailsAndWritesNothing()
    {
        auth::TokenStore store;
        const auto removed = awaitTokenStore([&](auto done) { store.remove(m_profile.id, nullptr, done); }, 20000);
        QVERIFY2(removed.status == auth::TokenStore::Status::Ok, qPrintable(removed.message));
        const QString pdf = QDir(m_home.path()).filePath(QStringLiteral("unsigned.pdf"));
        const CommandRun run = runCommand(QStringLiteral(PATCHDECK_BIN),
                                          {QStringLiteral("report"), QStringLiteral("--profile"),
                                           QStringLiteral("Cron tenant"), QStringLiteral("-o"), pdf},
                                          m_env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.stdErr.startsWith(QStringLiteral("patchdeck report: cannot open profile \"Cron tenant\"")),
                 qPrintable(run.stdErr));
        QCOMPARE(run.stdErr.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_GUILESS_MAIN(ProfileCommandsTest)
#include "ProfileCommandsTest.moc"
