// No keychain: with no D-Bus session bus, or a bus without any Secret Service, the token store says
// so plainly, refuses to store anything (no silent fallback), and the session-only mode the admin
// can choose keeps tokens in memory and writes nothing to disk. Signing out then says the keychain
// was not cleared instead of claiming the tokens are gone.
#include "KeychainChecks.h"

#include "auth/SignOut.h"
#include "auth/TokenStore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusVirtualObject>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace pmp::auth;
using pmp::test::filesContaining;

namespace {

// One call waited for to its answer, at most 30 s.
template <typename Start> TokenStore::Result run(Start start)
{
    return pmp::test::awaitTokenStore(start, 30000);
}

// A Secret Service that takes every call and never answers: a keyring stuck behind its unlock prompt,
// or a service whose activation hangs.
class SilentSecretService : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override
    {
        ++calls;
        return true; // handled: no reply, ever
    }
    int calls = 0;
};

} // namespace

class KeychainUnavailableTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reportsUnavailablePlainly();
    void keychainModeRefusesToStore();
    void sessionOnlyKeepsTokensInMemory();
    void signOutSaysTheKeychainWasNotCleared_data();
    void signOutSaysTheKeychainWasNotCleared();
    void nothingWrittenToDisk();
    void aSilentKeychainTimesOut(); // last: it puts a (silent) Secret Service on the bus

private:
    QString m_mode;
    QByteArray m_token = "1000.session-only.refresh.5d3a9e";
};

void KeychainUnavailableTest::initTestCase()
{
    m_mode = qEnvironmentVariable("PATCHDECK_KEYCHAIN_MODE");
    if (m_mode != QLatin1String("no-bus") && m_mode != QLatin1String("no-secret-service"))
        QSKIP("Run through tests/support/run-keychain-test.sh no-bus|no-secret-service (ctest does).");
    QCoreApplication::setOrganizationName(QStringLiteral("PatchDeckTest"));
    QCoreApplication::setApplicationName(QStringLiteral("KeychainUnavailableTest"));
}

void KeychainUnavailableTest::reportsUnavailablePlainly()
{
    QElapsedTimer timer;
    timer.start();
    TokenStore store;
    QSignalSpy changed(&store, &TokenStore::availabilityChanged);
    store.probe();
    QTRY_COMPARE_WITH_TIMEOUT(store.availability(), TokenStore::Availability::Unavailable, 5000);
    // At once, not after a D-Bus activation timeout.
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    const QString reason = store.unavailableReason();
    if (m_mode == QLatin1String("no-bus"))
        QVERIFY2(reason.contains(QLatin1String("no D-Bus session bus")), qPrintable(reason));
    else
        QVERIFY2(reason.contains(QLatin1String("No Secret Service")), qPrintable(reason));
}

void KeychainUnavailableTest::keychainModeRefusesToStore()
{
    TokenStore store;
    store.probe();
    QTRY_COMPARE_WITH_TIMEOUT(store.availability(), TokenStore::Availability::Unavailable, 5000);
    TokenSet t;
    t.refreshToken = m_token;
    const auto saved = run([&](auto cb) { store.save(QStringLiteral("p1"), t, nullptr, cb); });
    QCOMPARE(saved.status, TokenStore::Status::Unavailable);
    QVERIFY(!saved.message.isEmpty());
    const auto loaded = run([&](auto cb) { store.load(QStringLiteral("p1"), nullptr, cb); });
    QCOMPARE(loaded.status, TokenStore::Status::Unavailable);
}

void KeychainUnavailableTest::sessionOnlyKeepsTokensInMemory()
{
    TokenStore store;
    store.probe();
    QTRY_COMPARE_WITH_TIMEOUT(store.availability(), TokenStore::Availability::Unavailable, 5000);
    store.setMode(TokenStore::Mode::SessionOnly); // the admin's explicit choice
    TokenSet t;
    t.refreshToken = m_token;
    t.accessToken = "1000.session-only.access.77";
    QVERIFY(run([&](auto cb) { store.save(QStringLiteral("p1"), t, nullptr, cb); }).ok());
    const auto loaded = run([&](auto cb) { store.load(QStringLiteral("p1"), nullptr, cb); });
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.tokens.refreshToken, m_token);
    // Removing forgets the memory copy but is not Ok: the keychain, where an earlier session may have
    // stored this profile, was not touched.
    const auto removed = run([&](auto cb) { store.remove(QStringLiteral("p1"), nullptr, cb); });
    QCOMPARE(removed.status, TokenStore::Status::Unavailable);
    QVERIFY2(removed.message.contains(QLatin1String("did not touch the keychain")), qPrintable(removed.message));
    QCOMPARE(run([&](auto cb) { store.load(QStringLiteral("p1"), nullptr, cb); }).status, TokenStore::Status::NotFound);
    QVERIFY(run([&](auto cb) { store.save(QStringLiteral("p2"), t, nullptr, cb); }).ok());

    // A new store (a new session) knows nothing of it.
    TokenStore next;
    next.setMode(TokenStore::Mode::SessionOnly);
    QCOMPARE(run([&](auto cb) { next.load(QStringLiteral("p2"), nullptr, cb); }).status, TokenStore::Status::NotFound);
}

void KeychainUnavailableTest::signOutSaysTheKeychainWasNotCleared_data()
{
    QTest::addColumn<bool>("sessionOnly");
    QTest::newRow("keychain marked unavailable") << false;
    QTest::newRow("session only") << true;
}

void KeychainUnavailableTest::signOutSaysTheKeychainWasNotCleared()
{
    // Signing out used to say "Its tokens were removed from this computer" here, while a keychain
    // entry from an earlier session would have stayed, still able to refresh.
    QFETCH(bool, sessionOnly);
    TokenStore store;
    store.probe();
    QTRY_COMPARE_WITH_TIMEOUT(store.availability(), TokenStore::Availability::Unavailable, 5000);
    if (sessionOnly)
        store.setMode(TokenStore::Mode::SessionOnly);
    Profile profile;
    profile.id = QStringLiteral("0b7c7d7e-signout");
    profile.name = QStringLiteral("Production EU");
    profile.kind = Profile::Kind::Cloud;
    QNetworkAccessManager network;
    SignOut signOut(&store, &network);
    QSignalSpy finished(&signOut, &SignOut::finished);
    signOut.start(profile); // no tokens in hand: they are looked up in the (unusable) store
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.first().at(0).toBool(), false); // nothing was sent to Zoho
    QCOMPARE(finished.first().at(1).toBool(), false); // the keychain entry is not known to be gone
    const QString message = finished.first().at(2).toString();
    QVERIFY2(!message.contains(QLatin1String("were removed")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("did not remove them from the keychain")), qPrintable(message));
    // Why, and which entry to delete by hand.
    QVERIFY2(message.contains(sessionOnly ? QLatin1String("did not touch the keychain") : store.unavailableReason()),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("\"profile/0b7c7d7e-signout\" of \"io.patchdeck.PatchDeck\"")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Zoho was not told")), qPrintable(message));
}

void KeychainUnavailableTest::nothingWrittenToDisk()
{
    QSettings().sync();
    const QStringList hits = filesContaining(QDir::homePath(), m_token);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
    const QStringList runtimeHits = filesContaining(qEnvironmentVariable("XDG_RUNTIME_DIR"), m_token);
    QVERIFY2(runtimeHits.isEmpty(), qPrintable(runtimeHits.join(QLatin1String(", "))));
}

QTEST_GUILESS_MAIN(KeychainUnavailableTest)
#include "KeychainUnavailableTest.moc"

void KeychainUnavailableTest::aSilentKeychainTimesOut()
{
    if (m_mode != QLatin1String("no-secret-service"))
        QSKIP("needs a session bus to put the silent service on");
    QDBusConnection bus = QDBusConnection::sessionBus();
    SilentSecretService service;
    QVERIFY(bus.registerVirtualObject(QStringLiteral("/org/freedesktop/secrets"), &service, QDBusConnection::SubPath));
    QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.secrets")));

    TokenStore store;
    store.setJobTimeoutMs(1000);
    QSignalSpy changed(&store, &TokenStore::availabilityChanged);
    QElapsedTimer clock;
    clock.start();
    store.probe();
    QTRY_COMPARE_WITH_TIMEOUT(store.availability(), TokenStore::Availability::Unavailable, 20000);
    QVERIFY2(store.unavailableReason().contains(QLatin1String("did not answer within 1 s")),
             qPrintable(store.unavailableReason()));
    QVERIFY(clock.elapsed() >= 900);
    QVERIFY(service.calls > 0); // the keychain really asked it

    // A store that has not probed yet tries the write itself, and gives it the longer wait.
    TokenStore writer;
    writer.setJobTimeoutMs(1000);
    writer.setWriteTimeoutMs(2000);
    TokenSet tokens;
    tokens.refreshToken = m_token;
    clock.restart();
    const TokenStore::Result saved = run([&](auto done) { writer.save(QStringLiteral("silent"), tokens, this, done); });
    QCOMPARE(saved.status, TokenStore::Status::Unavailable);
    QVERIFY2(saved.message.contains(QLatin1String("did not answer within 2 s")), qPrintable(saved.message));
    QVERIFY(clock.elapsed() >= 1900);

    bus.unregisterService(QStringLiteral("org.freedesktop.secrets"));
    bus.unregisterObject(QStringLiteral("/org/freedesktop/secrets"), QDBusConnection::UnregisterTree);
}
