// TokenStore against a real Secret Service (gnome-keyring on a private D-Bus session, see
// tests/support/run-keychain-test.sh): round trip, one entry per profile, removal (and a sign-out
// that says whether the entry went), and no token in any plain file.
#include "KeychainChecks.h"

#include "auth/SignOut.h"
#include "auth/TokenStore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace pmp::auth;
using pmp::test::filesContaining;

namespace {

// Each call waited for to its answer, at most 20 s.
TokenStore::Result runLoad(TokenStore &store, const QString &id)
{
    return pmp::test::awaitTokenStore([&](auto done) { store.load(id, nullptr, done); }, 20000);
}

TokenStore::Result runSave(TokenStore &store, const QString &id, const TokenSet &t)
{
    return pmp::test::awaitTokenStore([&](auto done) { store.save(id, t, nullptr, done); }, 20000);
}

TokenStore::Result runRemove(TokenStore &store, const QString &id)
{
    return pmp::test::awaitTokenStore([&](auto done) { store.remove(id, nullptr, done); }, 20000);
}

TokenSet sample(const QByteArray &tag)
{
    TokenSet t;
    t.refreshToken = "1000.refresh." + tag + ".9b1f2c";
    t.accessToken = "1000.access." + tag + ".77aa01";
    t.accessTokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    t.grantedScopes = {QStringLiteral("PatchManagerPlusCloud.Common.READ"),
                       QStringLiteral("PatchManagerPlusCloud.PatchMgmt.READ")};
    t.clientSecret = "client-secret-" + tag;
    t.recordMint(QDateTime::currentDateTimeUtc());
    return t;
}

} // namespace

class KeychainRoundTripTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keychainIsAvailable();
    void roundTripAcrossInstances();
    void overwrite();
    void oneEntryPerProfile();
    void largeToken();
    void entryIsUnderTheAppId();
    void removeDeletesTheEntry();
    void signOutClearsTheKeychainOnlyWhenItSaysSo();
    void nothingInPlainFiles();

private:
    QStringList m_secrets;
};

void KeychainRoundTripTest::initTestCase()
{
    if (qEnvironmentVariable("PATCHDECK_KEYCHAIN_MODE") != QLatin1String("keyring"))
        QSKIP("Run through tests/support/run-keychain-test.sh keyring (ctest does).");
    QVERIFY(QDBusConnection::sessionBus().isConnected());
    qDBusRegisterMetaType<QMap<QString, QString>>();
    QCoreApplication::setOrganizationName(QStringLiteral("PatchDeckTest"));
    QCoreApplication::setApplicationName(QStringLiteral("KeychainRoundTripTest"));
}

void KeychainRoundTripTest::keychainIsAvailable()
{
    QVERIFY2(TokenStore::platformProblem().isEmpty(), qPrintable(TokenStore::platformProblem()));
    TokenStore store;
    QCOMPARE(store.service(), QStringLiteral("io.patchdeck.PatchDeck"));
    QSignalSpy changed(&store, &TokenStore::availabilityChanged);
    store.probe();
    QTRY_VERIFY_WITH_TIMEOUT(store.availability() == TokenStore::Availability::Available ||
                                 store.availability() == TokenStore::Availability::Unavailable,
                             20000);
    QVERIFY2(store.availability() == TokenStore::Availability::Available, qPrintable(store.unavailableReason()));
}

void KeychainRoundTripTest::roundTripAcrossInstances()
{
    const TokenSet t = sample("a");
    m_secrets << QString::fromLatin1(t.refreshToken) << QString::fromLatin1(t.accessToken)
              << QString::fromLatin1(t.clientSecret);
    {
        TokenStore store;
        const auto saved = runSave(store, QStringLiteral("profile-a"), t);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
    }
    // A new store, as after a restart.
    TokenStore again;
    const auto loaded = runLoad(again, QStringLiteral("profile-a"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QCOMPARE(loaded.tokens.refreshToken, t.refreshToken);
    QCOMPARE(loaded.tokens.accessToken, t.accessToken);
    QCOMPARE(loaded.tokens.accessTokenExpiresAt,
             t.accessTokenExpiresAt.addMSecs(-t.accessTokenExpiresAt.time().msec()));
    QCOMPARE(loaded.tokens.grantedScopes, t.grantedScopes);
    QCOMPARE(loaded.tokens.clientSecret, t.clientSecret);
    QCOMPARE(loaded.tokens.mintTimes.size(), 1);
}

void KeychainRoundTripTest::overwrite()
{
    TokenStore store;
    TokenSet t = sample("b");
    QVERIFY(runSave(store, QStringLiteral("profile-b"), t).ok());
    t.accessToken = "1000.access.b.renewed";
    QVERIFY(runSave(store, QStringLiteral("profile-b"), t).ok());
    QCOMPARE(runLoad(store, QStringLiteral("profile-b")).tokens.accessToken, QByteArray("1000.access.b.renewed"));
    m_secrets << QString::fromLatin1(t.refreshToken);
}

void KeychainRoundTripTest::oneEntryPerProfile()
{
    TokenStore store;
    QVERIFY(runSave(store, QStringLiteral("profile-c"), sample("c")).ok());
    QVERIFY(runSave(store, QStringLiteral("profile-d"), sample("d")).ok());
    QCOMPARE(runLoad(store, QStringLiteral("profile-c")).tokens.refreshToken, sample("c").refreshToken);
    QCOMPARE(runLoad(store, QStringLiteral("profile-d")).tokens.refreshToken, sample("d").refreshToken);
    const auto missing = runLoad(store, QStringLiteral("profile-none"));
    QCOMPARE(missing.status, TokenStore::Status::NotFound);
}

void KeychainRoundTripTest::largeToken()
{
    // Zoho's tokens are short, but a 4 KB value must survive too (Windows' old 2560-byte limit).
    TokenStore store;
    TokenSet t = sample("e");
    t.accessToken = QByteArray(4096, 'x');
    QVERIFY(runSave(store, QStringLiteral("profile-e"), t).ok());
    QCOMPARE(runLoad(store, QStringLiteral("profile-e")).tokens.accessToken.size(), 4096);
}

void KeychainRoundTripTest::entryIsUnderTheAppId()
{
    // Ask the Secret Service itself: the item is filed under service "io.patchdeck.PatchDeck".
    QDBusInterface service(QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                           QStringLiteral("org.freedesktop.Secret.Service"));
    QVERIFY(service.isValid());
    QMap<QString, QString> attributes;
    attributes.insert(QStringLiteral("server"), QStringLiteral("io.patchdeck.PatchDeck"));
    attributes.insert(QStringLiteral("user"), TokenStore::keyFor(QStringLiteral("profile-a")));
    const QDBusMessage reply = service.call(QStringLiteral("SearchItems"), QVariant::fromValue(attributes));
    QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);
    QCOMPARE(reply.arguments().size(), 2);
    const auto unlocked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0));
    const auto locked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
    QCOMPARE(unlocked.size() + locked.size(), 1);
}

void KeychainRoundTripTest::removeDeletesTheEntry()
{
    TokenStore store;
    QVERIFY(runSave(store, QStringLiteral("profile-f"), sample("f")).ok());
    QVERIFY(runRemove(store, QStringLiteral("profile-f")).ok());
    QCOMPARE(runLoad(store, QStringLiteral("profile-f")).status, TokenStore::Status::NotFound);
    QVERIFY(runRemove(store, QStringLiteral("profile-f")).ok()); // removing nothing is fine
}

void KeychainRoundTripTest::signOutClearsTheKeychainOnlyWhenItSaysSo()
{
    // An on-premises profile: nothing to revoke, so only the keychain side is in play.
    Profile profile;
    profile.id = QStringLiteral("profile-g");
    profile.name = QStringLiteral("On-prem");
    profile.kind = Profile::Kind::OnPremises;
    TokenStore keychain;
    QVERIFY(runSave(keychain, profile.id, sample("g")).ok());
    QNetworkAccessManager network;

    // A session that keeps its sign-in in memory only leaves the entry, and says so.
    TokenStore memoryOnly;
    memoryOnly.setMode(TokenStore::Mode::SessionOnly);
    SignOut fromMemory(&memoryOnly, &network);
    QSignalSpy memoryFinished(&fromMemory, &SignOut::finished);
    fromMemory.start(profile, TokenSet{});
    QTRY_COMPARE(memoryFinished.size(), 1);
    QCOMPARE(memoryFinished.first().at(1).toBool(), false);
    QVERIFY2(memoryFinished.first().at(2).toString().contains(QLatin1String("did not remove them from the keychain")),
             qPrintable(memoryFinished.first().at(2).toString()));
    QVERIFY(runLoad(keychain, profile.id).ok()); // what the message said: still there

    // Signing out with the keychain deletes it, and only then says the tokens were removed.
    SignOut fromKeychain(&keychain, &network);
    QSignalSpy keychainFinished(&fromKeychain, &SignOut::finished);
    fromKeychain.start(profile, TokenSet{});
    QTRY_COMPARE_WITH_TIMEOUT(keychainFinished.size(), 1, 20000);
    QCOMPARE(keychainFinished.first().at(1).toBool(), true);
    QVERIFY2(keychainFinished.first().at(2).toString().contains(QLatin1String("were removed from this computer")),
             qPrintable(keychainFinished.first().at(2).toString()));
    QCOMPARE(runLoad(keychain, profile.id).status, TokenStore::Status::NotFound);
}

void KeychainRoundTripTest::nothingInPlainFiles()
{
    QVERIFY(!m_secrets.isEmpty());
    for (const QString &secret : std::as_const(m_secrets)) {
        const QStringList hits = filesContaining(QDir::homePath(), secret.toLatin1());
        QVERIFY2(hits.isEmpty(), qPrintable(secret + QLatin1String(" found in ") + hits.join(QLatin1String(", "))));
    }
}

QTEST_GUILESS_MAIN(KeychainRoundTripTest)
#include "KeychainRoundTripTest.moc"
