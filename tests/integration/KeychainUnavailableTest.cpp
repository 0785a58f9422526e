// No keychain: with no D-Bus session bus, or a bus without any Secret Service, the token store says
// so plainly, refuses to store anything (no silent fallback), and the session-only mode the admin
// can choose keeps tokens in memory and writes nothing to disk.
#include "auth/TokenStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace pmp::auth;

namespace {

template <typename Start>
TokenStore::Result run(Start start)
{
    TokenStore::Result out;
    bool done = false;
    start([&](const TokenStore::Result &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        out.status = TokenStore::Status::Failed, out.message = QStringLiteral("timed out");
    return out;
}

QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

} // namespace

class KeychainUnavailableTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reportsUnavailablePlainly();
    void keychainModeRefusesToStore();
    void sessionOnlyKeepsTokensInMemory();
    void nothingWrittenToDisk();

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
    QVERIFY(run([&](auto cb) { store.remove(QStringLiteral("p1"), nullptr, cb); }).ok());
    QCOMPARE(run([&](auto cb) { store.load(QStringLiteral("p1"), nullptr, cb); }).status, TokenStore::Status::NotFound);
    QVERIFY(run([&](auto cb) { store.save(QStringLiteral("p2"), t, nullptr, cb); }).ok());

    // A new store (a new session) knows nothing of it.
    TokenStore next;
    next.setMode(TokenStore::Mode::SessionOnly);
    QCOMPARE(run([&](auto cb) { next.load(QStringLiteral("p2"), nullptr, cb); }).status, TokenStore::Status::NotFound);
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
