// Token exchange and refresh against the simulator's Zoho accounts server, over real sockets:
// code exchange (browser with PKCE, Self Client), expired and reused codes, refresh ahead of
// expiry and on 401, Zoho's 10-tokens-per-10-minutes throttle, revocation, 20 requests in flight
// across an expiry (one refresh), a network failure that is not a sign-out, and incremental
// authorization for the UPDATE scopes.
#include "api/Client.h"
#include "api/Connection.h"
#include "api/OperationCatalogue.h"
#include "api/requests/ScanAllComputersRequest.h"
#include "auth/BrowserLauncher.h"
#include "auth/BrowserSignIn.h"
#include "auth/OAuthAuthenticator.h"
#include "auth/SelfClientSignIn.h"
#include "auth/SignOut.h"
#include "auth/TokenEndpoint.h"
#include "auth/TokenStore.h"
#include "simulator/Simulator.h"

#include "ConsentBrowser.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace pmp;
using namespace pmp::auth;
using pmp::test::ConsentBrowser;

namespace {

const QString kClientId = QStringLiteral("1000.PATCHDECKSIM");
const QByteArray kClientSecret = "patchdeck-sim-secret";

template <typename Start> TokenResponse waitToken(Start start)
{
    TokenResponse out;
    bool done = false;
    start([&](const TokenResponse &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        out.outcome = TokenResponse::Outcome::Network;
    return out;
}

} // namespace

class OAuthSimulatorTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void browserCodeExchangeWithPkce();
    void selfClientCodeExchange();
    void expiredCode();
    void reusedCode();
    void refreshAheadOfExpiry();
    void refreshOn401AndPersist();
    void reuseStoredTokenWithoutMinting();
    void throttledAfterTenTokens();
    void throttleKnownLocallyAsksNothing();
    void throttleFollowsTheTiming();
    void silentAccountsServerTimesOut();
    void revokeThenRefreshSaysSignInAgain();
    void expiryWith20RequestsInFlight();
    void networkFailureIsNotASignOut();
    void incrementalScopes();
    void incrementalScopesDenied();

private:
    Profile profile() const;
    SignInResult selfClientSignIn(const QStringList &scopes);
    api::Result<api::RecordPage> listComputers(api::Client &client, int page = 1);

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<TokenStore> m_store;
};

void OAuthSimulatorTest::init()
{
    qunsetenv("PATCHDECK_BROWSER");
    BrowserLauncher::setSystemOpener({});
    sim::SimulatorOptions options;
    options.computers = 60;
    options.authCodeLifetimeSecs = 2;
    m_sim = std::make_unique<sim::Simulator>(options);
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_store = std::make_unique<TokenStore>();
    m_store->setMode(TokenStore::Mode::SessionOnly);
}

void OAuthSimulatorTest::cleanup()
{
    BrowserLauncher::setSystemOpener({});
    m_store.reset();
    m_nam.reset();
    m_sim.reset();
}

Profile OAuthSimulatorTest::profile() const
{
    Profile p;
    p.id = QStringLiteral("sim-profile");
    p.name = QStringLiteral("Simulator");
    p.dataCentreId = QStringLiteral("custom");
    p.serverUrl = m_sim->baseUrl();
    p.accountsUrl = m_sim->baseUrl();
    p.clientId = kClientId;
    return p;
}

SignInResult OAuthSimulatorTest::selfClientSignIn(const QStringList &scopes)
{
    SelfClientSignIn signIn(m_nam.get());
    QSignalSpy ok(&signIn, &SelfClientSignIn::succeeded);
    QSignalSpy failed(&signIn, &SelfClientSignIn::failed);
    signIn.start({m_sim->baseUrl(), kClientId, kClientSecret, m_sim->mintAuthorizationCode(scopes), scopes});
    if (!QTest::qWaitFor([&] { return ok.size() + failed.size() > 0; }, 20000) || ok.isEmpty())
        return {};
    return ok.first().first().value<SignInResult>();
}

api::Result<api::RecordPage> OAuthSimulatorTest::listComputers(api::Client &client, int page)
{
    api::Result<api::RecordPage> out;
    bool done = false;
    client.computers(api::ListQuery{}, page, 10, this, [&](const api::Result<api::RecordPage> &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        out.error = api::ApiError(api::ApiError::Kind::Timeout, QStringLiteral("test timed out"));
    return out;
}

void OAuthSimulatorTest::browserCodeExchangeWithPkce()
{
    ConsentBrowser browser(QStringLiteral("accept"));
    BrowserLauncher::setSystemOpener([&browser](const QUrl &url) {
        browser.open(url);
        return true;
    });
    BrowserSignIn signIn(m_nam.get());
    QSignalSpy ok(&signIn, &BrowserSignIn::succeeded);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    signIn.start({m_sim->baseUrl(), kClientId, kClientSecret, OAuthAuthenticator::defaultScopes()});
    QTRY_VERIFY_WITH_TIMEOUT(ok.size() + failed.size() > 0, 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<SignInError>().message));
    const SignInResult r = ok.first().first().value<SignInResult>();
    QVERIFY(!r.tokens.accessToken.isEmpty());
    QVERIFY(!r.tokens.refreshToken.isEmpty());
    QCOMPARE(r.tokens.grantedScopes, OAuthAuthenticator::defaultScopes());
    QCOMPARE(r.tokens.clientSecret, kClientSecret);
    QCOMPARE(r.accountsUrl, m_sim->baseUrl()); // the redirect's accounts-server
    QCOMPARE(r.location, QStringLiteral("us"));
    QTRY_VERIFY(browser.landing().contains("Signed in"));

    // What went over the wire: the authorization request, then the exchange as a form body with
    // the PKCE verifier.
    const QUrlQuery auth(browser.opened());
    QCOMPARE(auth.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
    QCOMPARE(auth.queryItemValue(QStringLiteral("prompt")), QStringLiteral("consent"));
    QCOMPARE(auth.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    bool sawExchange = false;
    for (const auto &req : m_sim->requests()) {
        if (req.path != QLatin1String("/oauth/v2/token"))
            continue;
        sawExchange = true;
        QVERIFY(req.query.isEmpty());
        QVERIFY(req.contentType.startsWith("application/x-www-form-urlencoded"));
        QVERIFY(req.body.contains("grant_type=authorization_code"));
        QVERIFY(req.body.contains("code_verifier="));
        QVERIFY(req.body.contains("redirect_uri="));
    }
    QVERIFY(sawExchange);
}

void OAuthSimulatorTest::selfClientCodeExchange()
{
    const SignInResult r = selfClientSignIn(OAuthAuthenticator::defaultScopes());
    QVERIFY(!r.tokens.refreshToken.isEmpty());
    QVERIFY(r.tokens.accessTokenValidFor(QDateTime::currentDateTimeUtc(), 3000));
    QCOMPARE(r.tokens.mintTimes.size(), 1);
}

void OAuthSimulatorTest::expiredCode()
{
    const QString code = m_sim->mintAuthorizationCode(OAuthAuthenticator::defaultScopes());
    // Codes live 2 s in this simulator; let that time pass (the simulator has no clock to turn).
    QElapsedTimer aged;
    aged.start();
    QTRY_VERIFY_WITH_TIMEOUT(aged.elapsed() > 2200, 5000);
    SelfClientSignIn signIn(m_nam.get());
    QSignalSpy failed(&signIn, &SelfClientSignIn::failed);
    signIn.start({m_sim->baseUrl(), kClientId, kClientSecret, code, {}});
    QVERIFY(failed.wait(20000));
    const SignInError e = failed.first().first().value<SignInError>();
    QCOMPARE(e.kind, SignInError::Kind::CodeExpiredOrUsed);
    QVERIFY(e.message.contains(QLatin1String("expired or was already used")));
    QVERIFY(e.message.contains(QLatin1String("Generate Code")));
    QVERIFY(e.details.contains(QLatin1String("invalid_code")));
}

void OAuthSimulatorTest::reusedCode()
{
    const QString code = m_sim->mintAuthorizationCode(OAuthAuthenticator::defaultScopes());
    SelfClientSignIn first(m_nam.get());
    QSignalSpy ok(&first, &SelfClientSignIn::succeeded);
    first.start({m_sim->baseUrl(), kClientId, kClientSecret, code, {}});
    QVERIFY(ok.wait(20000));
    SelfClientSignIn second(m_nam.get());
    QSignalSpy failed(&second, &SelfClientSignIn::failed);
    second.start({m_sim->baseUrl(), kClientId, kClientSecret, QStringLiteral("  ") + code + QStringLiteral("\t"), {}});
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().first().value<SignInError>().kind, SignInError::Kind::CodeExpiredOrUsed);
}

void OAuthSimulatorTest::refreshAheadOfExpiry()
{
    SignInResult r = selfClientSignIn(OAuthAuthenticator::defaultScopes());
    QVERIFY(r.tokens.hasRefreshToken());
    // The stored token has 2 minutes left: inside the 5-minute lead, so it is renewed before use.
    r.tokens.accessTokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(120);
    auto auth = std::make_unique<OAuthAuthenticator>(profile(), r.tokens, m_store.get(), m_nam.get());
    OAuthAuthenticator *oauth = auth.get();
    api::Connection connection(m_sim->baseUrl(), std::move(auth));
    QVERIFY(oauth->needsRefresh());
    const QByteArray before = oauth->tokens().accessToken;
    const int tokenCalls = m_sim->tokenRequestCount();
    m_sim->clearRequests();
    const auto page = listComputers(connection.client());
    QVERIFY2(page.ok(), qPrintable(page.error.oneLine()));
    QCOMPARE(m_sim->tokenRequestCount(), tokenCalls + 1);
    QVERIFY(oauth->tokens().accessToken != before);
    QVERIFY(!oauth->needsRefresh());
    // No request went out with the old token: the refresh came first.
    for (const auto &req : m_sim->requests())
        QVERIFY(!req.authorization.contains(before));
    // The refresh grant uses the query string (reference §1.7).
    bool sawRefresh = false;
    for (const auto &req : m_sim->requests())
        if (req.path == QLatin1String("/oauth/v2/token")) {
            sawRefresh = true;
            QCOMPARE(req.query.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
            QVERIFY(req.body.isEmpty());
        }
    QVERIFY(sawRefresh);
}

void OAuthSimulatorTest::refreshOn401AndPersist()
{
    const SignInResult r = selfClientSignIn(OAuthAuthenticator::defaultScopes());
    auto auth = std::make_unique<OAuthAuthenticator>(profile(), r.tokens, m_store.get(), m_nam.get());
    OAuthAuthenticator *oauth = auth.get();
    api::Connection connection(m_sim->baseUrl(), std::move(auth));
    QVERIFY(listComputers(connection.client()).ok());
    // The server drops the token although its clock says it is fine: a 401, one refresh, one replay.
    m_sim->expireAccessTokens();
    QSignalSpy refreshed(oauth, &OAuthAuthenticator::refreshed);
    const int tokenCalls = m_sim->tokenRequestCount();
    const auto page = listComputers(connection.client(), 2);
    QVERIFY2(page.ok(), qPrintable(page.error.oneLine()));
    QCOMPARE(m_sim->tokenRequestCount(), tokenCalls + 1);
    QCOMPARE(refreshed.size(), 1);
    // The new token is in the store, for the next start.
    TokenStore::Result stored;
    bool done = false;
    m_store->load(profile().id, nullptr, [&](const TokenStore::Result &res) {
        stored = res;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(stored.ok());
    QCOMPARE(stored.tokens.accessToken, oauth->tokens().accessToken);
    QCOMPARE(stored.tokens.refreshToken, r.tokens.refreshToken);
    QCOMPARE(stored.tokens.mintTimes.size(), 2);
}

void OAuthSimulatorTest::reuseStoredTokenWithoutMinting()
{
    // A restart with a token that still has most of its hour: no new token is minted.
    const SignInResult r = selfClientSignIn(OAuthAuthenticator::defaultScopes());
    const int tokenCalls = m_sim->tokenRequestCount();
    api::Connection connection(m_sim->baseUrl(),
                               std::make_unique<OAuthAuthenticator>(profile(), r.tokens, m_store.get(), m_nam.get()));
    QVERIFY(listComputers(connection.client()).ok());
    QVERIFY(listComputers(connection.client(), 2).ok());
    QCOMPARE(m_sim->tokenRequestCount(), tokenCalls);
}

void OAuthSimulatorTest::throttledAfterTenTokens()
{
    SignInResult r = selfClientSignIn(OAuthAuthenticator::defaultScopes());
    TokenEndpoint endpoint(m_nam.get());
    for (int i = 0; i < 10; ++i) {
        const TokenResponse t = waitToken(
            [&](auto cb) { endpoint.refresh(m_sim->baseUrl(), kClientId, kClientSecret, r.tokens.refreshToken, cb); });
        QVERIFY2(t.ok(), qPrintable(QString::number(i) + QLatin1Char(' ') + t.message));
    }
    // The stored access token has run out; the 11th token of these 10 minutes is refused.
    r.tokens.accessTokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(-5);
    auto auth = std::make_unique<OAuthAuthenticator>(profile(), r.tokens, m_store.get(), m_nam.get());
    OAuthAuthenticator *oauth = auth.get();
    api::Connection connection(m_sim->baseUrl(), std::move(auth));
    QSignalSpy throttled(oauth, &OAuthAuthenticator::throttled);
    QSignalSpy signIn(oauth, &OAuthAuthenticator::signInRequired);
    const int tokenCalls = m_sim->tokenRequestCount();
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    const auto page = listComputers(connection.client());
    QVERIFY(!page.ok());
    QCOMPARE(page.error.kind(), api::ApiError::Kind::Throttled);
    QVERIFY2(page.error.message().contains(QLatin1String("will try again at")), qPrintable(page.error.message()));
    QVERIFY(page.error.retryAfterSeconds() > 60);
    QCOMPARE(throttled.size(), 1);
    const QDateTime retryAt = throttled.first().first().toDateTime();
    QVERIFY(retryAt > asked.addSecs(60));
    QVERIFY(retryAt <= asked.addSecs(11 * 60));
    QCOMPARE(oauth->state(), OAuthAuthenticator::State::Throttled);
    QCOMPARE(oauth->nextRetryAt(), retryAt);
    QCOMPARE(signIn.size(), 0); // waiting, not signed out
    QCOMPARE(m_sim->tokenRequestCount(), tokenCalls + 1);
    // Until then nothing more is asked of Zoho.
    const auto again = listComputers(connection.client(), 2);
    QCOMPARE(again.error.kind(), api::ApiError::Kind::Throttled);
    QCOMPARE(m_sim->tokenRequestCount(), tokenCalls + 1);
}

void OAuthSimulatorTest::throttleKnownLocallyAsksNothing()
{
    SignInResult r = selfClientSignIn(OAuthAuthenticator::defaultScopes());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 10; ++i)
        r.tokens.recordMint(now.addSecs(-300 + i));
    r.tokens.accessTokenExpiresAt = now.addSecs(-1);
    auto auth = std::make_unique<OAuthAuthenticator>(profile(), r.tokens, m_store.get(), m_nam.get());
    OAuthAuthenticator *oauth = auth.get();
    api::Connection connection(m_sim->baseUrl(), std::move(auth));
    QSignalSpy throttled(oauth, &OAuthAuthenticator::throttled);
    const int tokenCalls = m_sim->tokenRequestCount();
    const auto page = listComputers(connection.client());
    QCOMPARE(page.error.kind(), api::ApiError::Kind::Throttled);
    QCOMPARE(m_sim->tokenRequestCount(), tokenCalls);
    QCOMPARE(throttled.size(), 1);
    // The oldest of the ten leaves the window 10 minutes after it was minted.
    QCOMPARE(throttled.first().first().toDateTime(), r.tokens.mintTimes.first().addSecs(600));
}

void OAuthSimulatorTest::throttleFollowsTheTiming()
{
    // Zoho's limit is a setting, not a constant: a stricter one (3 tokens in 2 minutes) is obeyed.
    SignInResult r = selfClientSignIn(OAuthAuthenticator::defaultScopes());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    r.tokens.mintTimes.clear(); // exactly these three (the sign-in's own mint forgotten)
    for (int i = 0; i < 3; ++i)
        r.tokens.recordMint(now.addSecs(-60 + i));
    r.tokens.accessTokenExpiresAt = now.addSecs(-1);
    auto auth = std::make_unique<OAuthAuthenticator>(profile(), r.tokens, m_store.get(), m_nam.get());
    OAuthAuthenticator::Timing strict = auth->timing();
    strict.throttleMintLimit = 3;
    strict.throttleWindowSecs = 120;
    strict.throttleMinWaitSecs = 10;
    auth->setTiming(strict);
    OAuthAuthenticator *oauth = auth.get();
    api::Connection connection(m_sim->baseUrl(), std::move(auth));
    QSignalSpy throttled(oauth, &OAuthAuthenticator::throttled);
    const int tokenCalls = m_sim->tokenRequestCount();
    const auto page = listComputers(connection.client());
    QCOMPARE(page.error.kind(), api::ApiError::Kind::Throttled);
    QCOMPARE(m_sim->tokenRequestCount(), tokenCalls); // known locally: Zoho is not asked
    QCOMPARE(throttled.size(), 1);
    QCOMPARE(throttled.first().first().toDateTime(), r.tokens.mintTimes.first().addSecs(120));
}

void OAuthSimulatorTest::silentAccountsServerTimesOut()
{
    // An accounts server that accepts the connection and never answers: the endpoint gives up after
    // its timeout with a network outcome, instead of leaving the sign-in waiting forever.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held; // accepted and left unanswered
    connect(&silent, &QTcpServer::newConnection, this, [&] { held << silent.nextPendingConnection(); });
    TokenEndpoint endpoint(m_nam.get());
    endpoint.setTimeoutMs(400);
    bool done = false;
    TokenResponse response;
    QElapsedTimer clock;
    clock.start();
    endpoint.refresh(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())), kClientId, kClientSecret,
                     QByteArrayLiteral("1000.refresh"), [&](const TokenResponse &r) {
                         response = r;
                         done = true;
                     });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QCOMPARE(response.outcome, TokenResponse::Outcome::Network);
    QVERIFY2(!response.message.isEmpty(), "the admin is told why");
    QVERIFY(clock.elapsed() >= 350);
    QVERIFY(!held.isEmpty()); // it really connected and waited
}

void OAuthSimulatorTest::revokeThenRefreshSaysSignInAgain()
{
    SignInResult r = selfClientSignIn(OAuthAuthenticator::defaultScopes());
    bool saved = false;
    m_store->save(profile().id, r.tokens, nullptr, [&](const TokenStore::Result &) { saved = true; });
    QTRY_VERIFY(saved);

    SignOut signOut(m_store.get(), m_nam.get());
    QSignalSpy finished(&signOut, &SignOut::finished);
    signOut.start(profile(), r.tokens);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), true); // revoked at the accounts server
    // The store is session-only: the memory copy goes (below), the keychain is not touched, and
    // the sign-out does not claim otherwise.
    QCOMPARE(finished.first().at(1).toBool(), false);
    const QString message = finished.first().at(2).toString();
    QVERIFY2(message.contains(QLatin1String("did not touch the keychain")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Zoho revoked the sign-in")), qPrintable(message));
    bool loaded = false;
    TokenStore::Status status = TokenStore::Status::Ok;
    m_store->load(profile().id, nullptr, [&](const TokenStore::Result &res) {
        status = res.status;
        loaded = true;
    });
    QTRY_VERIFY(loaded);
    QCOMPARE(status, TokenStore::Status::NotFound);
    QVERIFY(m_sim->requests().last().path == QLatin1String("/oauth/v2/token/revoke"));

    // A session that still holds the revoked tokens: its next refresh fails for good.
    auto auth = std::make_unique<OAuthAuthenticator>(profile(), r.tokens, m_store.get(), m_nam.get());
    OAuthAuthenticator *oauth = auth.get();
    api::Connection connection(m_sim->baseUrl(), std::move(auth));
    QSignalSpy signInRequired(oauth, &OAuthAuthenticator::signInRequired);
    QSignalSpy authFailed(&connection.transport(), &api::Transport::authenticationFailed);
    const auto page = listComputers(connection.client());
    QVERIFY(!page.ok());
    QCOMPARE(page.error.kind(), api::ApiError::Kind::AuthExpired);
    QVERIFY2(page.error.message().contains(QLatin1String("Sign in again")), qPrintable(page.error.message()));
    QCOMPARE(signInRequired.size(), 1);
    QCOMPARE(authFailed.size(), 1);
    QCOMPARE(oauth->state(), OAuthAuthenticator::State::SignInRequired);
    // No loop: the next call fails at once without asking the accounts server.
    const int tokenCalls = m_sim->tokenRequestCount();
    QCOMPARE(listComputers(connection.client(), 2).error.kind(), api::ApiError::Kind::AuthExpired);
    QCOMPARE(m_sim->tokenRequestCount(), tokenCalls);
}

void OAuthSimulatorTest::expiryWith20RequestsInFlight()
{
    const SignInResult r = selfClientSignIn(OAuthAuthenticator::defaultScopes());
    api::Connection connection(m_sim->baseUrl(),
                               std::make_unique<OAuthAuthenticator>(profile(), r.tokens, m_store.get(), m_nam.get()));
    QVERIFY(listComputers(connection.client()).ok());
    m_sim->expireAccessTokens();
    const int tokenCalls = m_sim->tokenRequestCount();
    int done = 0;
    int ok = 0;
    QStringList errors;
    for (int i = 0; i < 20; ++i)
        connection.client().computers(api::ListQuery{}, 1 + i % 6, 10, this,
                                      [&](const api::Result<api::RecordPage> &res) {
                                          ++done;
                                          if (res.ok())
                                              ++ok;
                                          else
                                              errors << res.error.oneLine();
                                      });
    QTRY_COMPARE_WITH_TIMEOUT(done, 20, 30000);
    QVERIFY2(ok == 20, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(m_sim->tokenRequestCount(), tokenCalls + 1); // exactly one refresh
}

void OAuthSimulatorTest::networkFailureIsNotASignOut()
{
    SignInResult r = selfClientSignIn(OAuthAuthenticator::defaultScopes());
    r.tokens.accessTokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
    // An accounts server that does not answer (a port nobody listens on).
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 deadPort = closed.serverPort();
    closed.close();
    Profile p = profile();
    p.accountsUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(deadPort));
    auto auth = std::make_unique<OAuthAuthenticator>(p, r.tokens, m_store.get(), m_nam.get());
    OAuthAuthenticator *oauth = auth.get();
    api::Connection connection(m_sim->baseUrl(), std::move(auth));
    QSignalSpy retry(oauth, &OAuthAuthenticator::retryScheduled);
    QSignalSpy signIn(oauth, &OAuthAuthenticator::signInRequired);
    const auto page = listComputers(connection.client());
    QCOMPARE(page.error.kind(), api::ApiError::Kind::Network);
    QVERIFY(page.error.message().contains(QLatin1String("will try again at")));
    QCOMPARE(retry.size(), 1);
    QCOMPARE(signIn.size(), 0);
    QCOMPARE(oauth->state(), OAuthAuthenticator::State::WaitingToRetry);
    QVERIFY(oauth->nextRetryAt() > QDateTime::currentDateTimeUtc());
    QVERIFY(oauth->tokens().hasRefreshToken()); // kept
}

void OAuthSimulatorTest::incrementalScopes()
{
    // Signed in read-only; the first write asks for PatchMgmt.UPDATE through the browser.
    SignInResult r = selfClientSignIn(OAuthAuthenticator::defaultScopes());
    Profile p = profile();
    p.method = Profile::Method::Browser;
    auto auth = std::make_unique<OAuthAuthenticator>(p, r.tokens, m_store.get(), m_nam.get());
    OAuthAuthenticator *oauth = auth.get();
    api::Connection connection(m_sim->baseUrl(), std::move(auth));
    const QString update = api::OperationCatalogue::get(api::OperationId::ScanAllComputers).scopeString();
    QVERIFY(!oauth->hasScope(update));
    QVERIFY(oauth->hasScope(QStringLiteral("PatchManagerPlusCloud.Common.READ")));

    // Without the scope the server refuses the write.
    api::Result<api::ActionResult> refused;
    bool done = false;
    connection.client().perform(api::ScanAllComputersRequest(), this, [&](const api::Result<api::ActionResult> &res) {
        refused = res;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(!refused.ok());

    ConsentBrowser browser(QStringLiteral("accept"));
    BrowserLauncher::setSystemOpener([&browser](const QUrl &url) {
        browser.open(url);
        return true;
    });
    QSignalSpy started(oauth, &OAuthAuthenticator::scopeRequestStarted);
    QSignalSpy granted(oauth, &OAuthAuthenticator::scopesGranted);
    QSignalSpy denied(oauth, &OAuthAuthenticator::scopesDenied);
    QSignalSpy profileChanged(oauth, &OAuthAuthenticator::profileChanged);
    oauth->requestScopes({update});
    QTRY_VERIFY_WITH_TIMEOUT(granted.size() + denied.size() > 0, 20000);
    QCOMPARE(granted.size(), 1);
    QCOMPARE(started.size(), 1);
    // Asked for what it had plus the new scope.
    const QString asked = QUrlQuery(browser.opened()).queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    QVERIFY(asked.contains(update));
    QVERIFY(asked.contains(QStringLiteral("PatchManagerPlusCloud.Common.READ")));
    QVERIFY(oauth->hasScope(update));
    QCOMPARE(profileChanged.size(), 1);
    QVERIFY(profileChanged.first().first().value<Profile>().grantedScopes.contains(update));
    QVERIFY(oauth->tokens().refreshToken != r.tokens.refreshToken);
    QCOMPARE(oauth->tokens().clientSecret, kClientSecret);

    done = false;
    api::Result<api::ActionResult> sent;
    connection.client().perform(api::ScanAllComputersRequest(), this, [&](const api::Result<api::ActionResult> &res) {
        sent = res;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY2(sent.ok(), qPrintable(sent.error.oneLine()));

    // The replaced refresh token was given back to Zoho (at most 20 per user).
    TokenEndpoint endpoint(m_nam.get());
    QTRY_VERIFY_WITH_TIMEOUT(waitToken([&](auto cb) {
                                 endpoint.refresh(m_sim->baseUrl(), kClientId, kClientSecret, r.tokens.refreshToken,
                                                  cb);
                             }).outcome == TokenResponse::Outcome::InvalidCode,
                             10000);
}

void OAuthSimulatorTest::incrementalScopesDenied()
{
    SignInResult r = selfClientSignIn(OAuthAuthenticator::defaultScopes());
    Profile p = profile();
    p.method = Profile::Method::Browser;
    OAuthAuthenticator oauth(p, r.tokens, m_store.get(), m_nam.get());
    ConsentBrowser browser(QStringLiteral("reject"));
    BrowserLauncher::setSystemOpener([&browser](const QUrl &url) {
        browser.open(url);
        return true;
    });
    QSignalSpy denied(&oauth, &OAuthAuthenticator::scopesDenied);
    const QString update = QStringLiteral("PatchManagerPlusCloud.PatchMgmt.UPDATE");
    oauth.requestScopes({update});
    QVERIFY(denied.wait(20000));
    const auto error = denied.first().first().value<api::ApiError>();
    QCOMPARE(error.kind(), api::ApiError::Kind::Forbidden);
    QVERIFY(error.message().contains(QLatin1String("not granted")));
    QVERIFY(!oauth.hasScope(update));
    QCOMPARE(oauth.tokens().refreshToken, r.tokens.refreshToken); // the read-only session goes on
    QCOMPARE(oauth.state(), OAuthAuthenticator::State::SignedIn);
}

QTEST_GUILESS_MAIN(OAuthSimulatorTest)
#include "OAuthSimulatorTest.moc"
