#pragma once

#include "Profile.h"
#include "TokenEndpoint.h"
#include "TokenSet.h"

#include "api/Authenticator.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

namespace pmp::auth {

class BrowserSignIn;
class TokenStore;

// The Zoho OAuth session of one cloud profile, as the Transport sees it (api::Authenticator).
// - Reuses the stored access token until shortly before it expires (a refresh token may mint only
//   10 access tokens per 10 minutes), then refreshes ahead of expiry, and on a 401.
// - A network failure during refresh is not a sign-out: it is retried with backoff, and a still
//   valid token keeps working meanwhile.
// - invalid_code (revoked or wrong refresh token) ends the session: "sign in again".
// - "Access Denied" (throttled) waits until Zoho's window allows another token and says when.
// - Every new token is written back to the TokenStore.
// - Incremental authorization: READ scopes by default; requestScopes() runs the browser flow for
//   more (the UPDATE scopes before the first write).
class OAuthAuthenticator : public pmp::api::Authenticator
{
    Q_OBJECT
public:
    enum class State
    {
        SignedIn,
        Refreshing,
        WaitingToRetry,
        Throttled,
        SignInRequired
    };
    Q_ENUM(State)

    struct Timing
    {
        int refreshLeadSecs = 300;      // refresh when less than this is left
        int networkRetryFirstMs = 5000; // backoff after a failed refresh: 5 s, 10 s, 20 s, ...
        int networkRetryMaxMs = 5 * 60 * 1000;
        int throttleWindowSecs = 600; // Zoho: at most 10 tokens per refresh token per 10 minutes
        int throttleMintLimit = 10;
        int throttleMinWaitSecs = 60;
    };

    OAuthAuthenticator(const Profile &profile, const TokenSet &tokens, TokenStore *store,
                       QNetworkAccessManager *network, QObject *parent = nullptr);
    ~OAuthAuthenticator() override;

    // pmp::api::Authenticator
    QByteArray authorizationHeader() const override;
    bool needsRefresh() const override;
    bool canRefresh() const override { return true; }
    void refresh() override;
    QByteArray currentSecret() const override { return m_tokens.accessToken; }
    bool hasScope(const QString &scope) const override;
    void requestScopes(const QStringList &scopes) override;

    void setTiming(const Timing &timing) { m_timing = timing; }
    const Timing &timing() const { return m_timing; }
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    State state() const { return m_state; }
    const TokenSet &tokens() const { return m_tokens; }
    const Profile &profile() const { return m_profile; }
    // When a throttled or failed refresh will be tried again (invalid when none is pending).
    QDateTime nextRetryAt() const { return m_retryAt; }
    // Whether `granted` covers `scope` (ALL covers everything, WRITE covers CREATE/UPDATE/DELETE).
    static bool scopeCovered(const QStringList &granted, const QString &scope);
    // The scopes a new cloud profile asks for: READ only (incremental authorization adds UPDATE).
    static QStringList defaultScopes();

signals:
    void stateChanged(pmp::auth::OAuthAuthenticator::State state);
    // Zoho refused a new token; the next attempt is at `retryAt`. `message` says so in words.
    void throttled(const QDateTime &retryAt, const QString &message);
    // A refresh failed for a passing reason (network, TLS, server); the next attempt is at `at`.
    void retryScheduled(const QDateTime &at, const QString &message);
    // The session is over (revoked or invalid refresh token): the admin must sign in again.
    void signInRequired(const QString &message);
    // The incremental-authorization browser flow is waiting for the admin at `url`.
    void scopeRequestStarted(const QUrl &url, bool browserOpened);
    // Tokens or scopes changed in a way the profile records (granted scopes, accounts server).
    void profileChanged(const pmp::auth::Profile &profile);
    // The keychain did not take the new tokens (they still work for this session).
    void persistFailed(const QString &message);

private:
    QDateTime now() const;
    void setState(State state);
    void mint(bool tokenKnownBad);
    void onMinted(const TokenResponse &response, bool tokenKnownBad);
    void failRefresh(const pmp::api::ApiError &error, bool tokenKnownBad);
    void scheduleRetry(const QDateTime &at);
    QDateTime throttleEndsAt() const;
    int mintsInWindow() const;
    void persist();
    QString signInAgainMessage() const;
    QString untrustedAccountsMessage() const;

    Profile m_profile;
    TokenSet m_tokens;
    QPointer<TokenStore> m_store;
    QPointer<QNetworkAccessManager> m_network;
    TokenEndpoint m_endpoint;
    Timing m_timing;
    std::function<QDateTime()> m_now;
    State m_state = State::SignedIn;
    QDateTime m_retryAt;
    QTimer m_retryTimer;
    int m_failures = 0;
    bool m_tokenBad = false; // the server rejected the current token (401)
    bool m_minting = false;
    QPointer<BrowserSignIn> m_scopeSignIn;
};

} // namespace pmp::auth
