#include "OAuthAuthenticator.h"

#include "AccountsTrust.h"
#include "BrowserSignIn.h"
#include "LogRedactor.h"
#include "TokenStore.h"

#include "api/OperationCatalogue.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

#include <algorithm>

Q_LOGGING_CATEGORY(lcOAuth, "pmp.auth.oauth", QtInfoMsg)

namespace pmp::auth {

using pmp::api::ApiError;

OAuthAuthenticator::OAuthAuthenticator(const Profile &profile, const TokenSet &tokens, TokenStore *store,
                                       QNetworkAccessManager *network, QObject *parent)
    : Authenticator(parent), m_profile(profile), m_tokens(tokens), m_store(store), m_network(network),
      m_endpoint(network, this)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        m_retryAt = {};
        // Mint now only if a token is actually needed; otherwise the next request decides.
        if (!m_minting && m_state != State::SignInRequired && needsRefresh())
            mint(m_tokenBad);
        else if (m_state == State::Throttled || m_state == State::WaitingToRetry)
            setState(State::SignedIn);
    });
    for (const QByteArray &s : m_tokens.secrets())
        LogRedactor::registerSecret(s);
    if (!m_tokens.hasRefreshToken())
        m_state = State::SignInRequired;
}

OAuthAuthenticator::~OAuthAuthenticator() = default;

QDateTime OAuthAuthenticator::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTimeUtc();
}

void OAuthAuthenticator::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QStringList OAuthAuthenticator::defaultScopes()
{
    return pmp::api::OperationCatalogue::readScopes();
}

QByteArray OAuthAuthenticator::authorizationHeader() const
{
    if (m_tokens.accessToken.isEmpty())
        return {};
    return QByteArrayLiteral("Zoho-oauthtoken ") + m_tokens.accessToken;
}

bool OAuthAuthenticator::needsRefresh() const
{
    if (m_state == State::SignInRequired || m_tokens.accessToken.isEmpty() || m_tokenBad)
        return true;
    const QDateTime t = now();
    if (!m_tokens.accessTokenValidFor(t, 0))
        return true; // expired
    if (m_tokens.accessTokenValidFor(t, m_timing.refreshLeadSecs))
        return false;
    // Inside the lead time: refresh, unless a refresh is waiting for its retry time (the token
    // still works until then).
    return !(m_retryAt.isValid() && t < m_retryAt);
}

bool OAuthAuthenticator::scopeCovered(const QStringList &granted, const QString &scope)
{
    if (granted.contains(scope, Qt::CaseInsensitive))
        return true;
    const qsizetype dot = scope.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return false;
    const QString prefix = scope.left(dot + 1);
    const QString operation = scope.mid(dot + 1).toUpper();
    if (granted.contains(prefix + QStringLiteral("ALL"), Qt::CaseInsensitive))
        return true;
    const bool writeOp = operation == QLatin1String("CREATE") || operation == QLatin1String("UPDATE") ||
                         operation == QLatin1String("DELETE");
    return writeOp && granted.contains(prefix + QStringLiteral("WRITE"), Qt::CaseInsensitive);
}

bool OAuthAuthenticator::hasScope(const QString &scope) const
{
    // Unknown grants (an old profile) are left to the server to judge.
    if (m_tokens.grantedScopes.isEmpty())
        return true;
    return scopeCovered(m_tokens.grantedScopes, scope);
}

QString OAuthAuthenticator::untrustedAccountsMessage() const
{
    return tr("The sign-in of \"%1\" names the accounts server %2, which is not a Zoho accounts server PatchDeck "
              "trusts, so its tokens were not sent there. Sign in again.")
        .arg(m_profile.name, m_profile.accountsUrl.toString(QUrl::RemoveUserInfo));
}

QString OAuthAuthenticator::signInAgainMessage() const
{
    return tr("The session of \"%1\" has ended: Zoho no longer accepts its sign-in (it was revoked, or the client "
              "changed). Sign in again.")
        .arg(m_profile.name);
}

int OAuthAuthenticator::mintsInWindow() const
{
    const QDateTime from = now().addSecs(-m_timing.throttleWindowSecs);
    return int(std::count_if(m_tokens.mintTimes.cbegin(), m_tokens.mintTimes.cend(),
                             [&from](const QDateTime &t) { return t > from; }));
}

QDateTime OAuthAuthenticator::throttleEndsAt() const
{
    const QDateTime t = now();
    const QDateTime from = t.addSecs(-m_timing.throttleWindowSecs);
    QList<QDateTime> recent;
    for (const QDateTime &m : m_tokens.mintTimes)
        if (m > from)
            recent.append(m);
    std::sort(recent.begin(), recent.end());
    QDateTime ends;
    if (recent.size() >= m_timing.throttleMintLimit)
        ends = recent.at(recent.size() - m_timing.throttleMintLimit).addSecs(m_timing.throttleWindowSecs);
    else if (!recent.isEmpty())
        ends = recent.first().addSecs(m_timing.throttleWindowSecs);
    else
        ends = t.addSecs(m_timing.throttleWindowSecs); // someone else used up the window; assume all of it
    return std::max(ends, t.addSecs(m_timing.throttleMinWaitSecs));
}

void OAuthAuthenticator::refresh()
{
    if (m_minting)
        return; // the running mint answers this request too
    // Asked although the token looks fine: the server rejected it (401), so it must be replaced.
    // (A 401 for a request that left with an older token never gets here: the Transport replays
    // those without asking for a refresh.)
    const bool tokenKnownBad = !needsRefresh();
    if (tokenKnownBad)
        m_tokenBad = true;

    if (m_state == State::SignInRequired || !m_tokens.hasRefreshToken()) {
        setState(State::SignInRequired);
        failRefresh(ApiError(ApiError::Kind::AuthExpired, signInAgainMessage()), true);
        return;
    }
    // A profile saved by an older build may name a lookalike server a redirect once claimed: the
    // refresh token and client secret never go there. Signing in again stores a trusted one.
    if (!AccountsTrust::isTrusted(m_profile.accountsUrl, m_profile)) {
        setState(State::SignInRequired);
        const QString message = untrustedAccountsMessage();
        emit signInRequired(message);
        failRefresh(ApiError(ApiError::Kind::AuthExpired, message), true);
        return;
    }
    const QDateTime t = now();
    if (m_retryAt.isValid() && t < m_retryAt) {
        const QString when = QLocale().toString(m_retryAt.toLocalTime().time(), QLocale::ShortFormat);
        ApiError error =
            m_state == State::Throttled
                ? ApiError(ApiError::Kind::Throttled,
                           tr("Zoho's limit on new access tokens is reached; PatchDeck will try again "
                              "at %1.")
                               .arg(when))
                : ApiError(ApiError::Kind::Network,
                           tr("The session could not be renewed; PatchDeck will try again at %1.").arg(when));
        error.setRetryAfterSeconds(int(t.secsTo(m_retryAt)));
        failRefresh(error, m_tokenBad);
        return;
    }
    if (mintsInWindow() >= m_timing.throttleMintLimit) {
        // Known locally: asking would only earn an "Access Denied".
        onMinted(TokenResponse{TokenResponse::Outcome::Throttled}, m_tokenBad);
        return;
    }
    mint(m_tokenBad);
}

void OAuthAuthenticator::mint(bool tokenKnownBad)
{
    m_minting = true;
    setState(State::Refreshing);
    qCInfo(lcOAuth) << "renewing the access token of profile" << m_profile.name;
    m_endpoint.refresh(m_profile.accountsUrl, m_profile.clientId, m_tokens.clientSecret, m_tokens.refreshToken,
                       [this, tokenKnownBad](const TokenResponse &r) { onMinted(r, tokenKnownBad); });
}

void OAuthAuthenticator::onMinted(const TokenResponse &r, bool tokenKnownBad)
{
    m_minting = false;
    const QDateTime t = now();
    using O = TokenResponse::Outcome;
    switch (r.outcome) {
    case O::Ok: {
        m_tokens.accessToken = r.accessToken;
        m_tokens.accessTokenExpiresAt = t.addSecs(r.expiresInSecs);
        if (!r.refreshToken.isEmpty())
            m_tokens.refreshToken = r.refreshToken;
        m_tokens.recordMint(t);
        LogRedactor::registerSecret(r.accessToken);
        m_tokenBad = false;
        m_failures = 0;
        m_retryAt = {};
        m_retryTimer.stop();
        setState(State::SignedIn);
        persist();
        emit refreshed();
        return;
    }
    case O::InvalidCode:
    case O::InvalidClient: {
        m_tokens.accessToken.clear();
        m_tokens.refreshToken.clear();
        m_tokens.accessTokenExpiresAt = {};
        m_retryAt = {};
        m_retryTimer.stop();
        setState(State::SignInRequired);
        persist();
        const QString message = signInAgainMessage();
        emit signInRequired(message);
        ApiError error(ApiError::Kind::AuthExpired, message,
                       r.serverError.isEmpty() ? QString()
                                               : QStringLiteral("%1 (HTTP %2)").arg(r.serverError).arg(r.httpStatus));
        failRefresh(error, true);
        return;
    }
    case O::Throttled: {
        m_retryAt = throttleEndsAt();
        setState(State::Throttled);
        scheduleRetry(m_retryAt);
        const QString when = QLocale().toString(m_retryAt.toLocalTime().time(), QLocale::ShortFormat);
        const QString message = tr("Zoho allows %1 new access tokens per %2 minutes for one sign-in, and that limit "
                                   "is reached. PatchDeck will try again at %3.")
                                    .arg(m_timing.throttleMintLimit)
                                    .arg(m_timing.throttleWindowSecs / 60)
                                    .arg(when);
        emit throttled(m_retryAt, message);
        ApiError error(ApiError::Kind::Throttled, message);
        error.setRetryAfterSeconds(int(t.secsTo(m_retryAt)));
        failRefresh(error, tokenKnownBad);
        return;
    }
    default: {
        ++m_failures;
        const qint64 delay = std::min<qint64>(qint64(m_timing.networkRetryFirstMs) << std::min(m_failures - 1, 16),
                                              m_timing.networkRetryMaxMs);
        m_retryAt = t.addMSecs(delay);
        setState(State::WaitingToRetry);
        scheduleRetry(m_retryAt);
        const QString when = QLocale().toString(m_retryAt.toLocalTime().time(), QLocale::LongFormat);
        const QString message = tr("Could not renew the session with %1 (%2). PatchDeck will try again at %3.")
                                    .arg(m_profile.accountsUrl.host(), r.message, when);
        emit retryScheduled(m_retryAt, message);
        ApiError error(ApiError::Kind::Network, message, r.outcome == O::Tls ? r.tls.details() : QString());
        error.setRetryAfterSeconds(int((delay + 999) / 1000));
        failRefresh(error, tokenKnownBad);
        return;
    }
    }
}

void OAuthAuthenticator::failRefresh(const ApiError &error, bool tokenKnownBad)
{
    // A token that still works keeps working while the renewal waits.
    if (!tokenKnownBad && m_state != State::SignInRequired && m_tokens.accessTokenValidFor(now(), 0)) {
        emit refreshed();
        return;
    }
    emit refreshFailed(error);
}

void OAuthAuthenticator::scheduleRetry(const QDateTime &at)
{
    const qint64 ms = std::max<qint64>(0, now().msecsTo(at));
    m_retryTimer.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
}

void OAuthAuthenticator::persist()
{
    if (!m_store)
        return;
    m_store->save(m_profile.id, m_tokens, this, [this](const TokenStore::Result &r) {
        if (!r.ok()) {
            qCWarning(lcOAuth) << "could not store the renewed tokens:" << r.message;
            emit persistFailed(r.message);
        }
    });
}

void OAuthAuthenticator::requestScopes(const QStringList &scopes)
{
    QStringList missing;
    for (const QString &s : scopes)
        if (!hasScope(s))
            missing << s;
    if (missing.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, scopes] { emit scopesGranted(scopes); }, Qt::QueuedConnection);
        return;
    }
    if (m_profile.method != Profile::Method::Browser) {
        const ApiError error(ApiError::Kind::Forbidden,
                             tr("This profile signs in with a Self Client code, which cannot be extended from here. "
                                "Generate a new code in the API console with these scopes added, and sign in again: "
                                "%1")
                                 .arg(missing.join(QLatin1Char(','))));
        QMetaObject::invokeMethod(
            this, [this, error] { emit scopesDenied(error); }, Qt::QueuedConnection);
        return;
    }
    if (m_scopeSignIn && m_scopeSignIn->isRunning())
        return; // the running request answers this one too
    if (!AccountsTrust::isTrusted(m_profile.accountsUrl, m_profile)) {
        const ApiError error(ApiError::Kind::Forbidden, untrustedAccountsMessage());
        QMetaObject::invokeMethod(
            this, [this, error] { emit scopesDenied(error); }, Qt::QueuedConnection);
        return;
    }

    QStringList wanted = m_tokens.grantedScopes;
    for (const QString &s : missing)
        if (!wanted.contains(s))
            wanted << s;

    auto *signIn = new BrowserSignIn(m_network, this);
    m_scopeSignIn = signIn;
    connect(signIn, &BrowserSignIn::waitingForBrowser, this, &OAuthAuthenticator::scopeRequestStarted);
    connect(signIn, &BrowserSignIn::succeeded, this, [this, signIn, scopes, wanted](const SignInResult &result) {
        signIn->deleteLater();
        const QByteArray oldRefresh = m_tokens.refreshToken;
        const QUrl oldAccounts = m_profile.accountsUrl;
        const QByteArray secret = m_tokens.clientSecret;
        m_tokens = result.tokens;
        m_tokens.clientSecret = secret;
        if (m_tokens.grantedScopes.isEmpty())
            m_tokens.grantedScopes = wanted;
        m_profile.accountsUrl = result.accountsUrl;
        m_profile.grantedScopes = m_tokens.grantedScopes;
        m_tokenBad = false;
        m_retryAt = {};
        m_retryTimer.stop();
        setState(State::SignedIn);
        persist();
        // Zoho keeps at most 20 refresh tokens per user: give the old one back.
        if (!oldRefresh.isEmpty() && oldRefresh != m_tokens.refreshToken)
            m_endpoint.revoke(oldAccounts, oldRefresh, [](const TokenResponse &) {});
        emit profileChanged(m_profile);
        emit scopesGranted(scopes);
    });
    connect(signIn, &BrowserSignIn::failed, this, [this, signIn](const SignInError &e) {
        signIn->deleteLater();
        ApiError error(e.kind == SignInError::Kind::AccessDenied ? ApiError::Kind::Forbidden : ApiError::Kind::Network,
                       e.kind == SignInError::Kind::AccessDenied
                           ? tr("The additional permission was not granted in the browser, so the action was not "
                                "sent.")
                           : e.message,
                       e.details);
        emit scopesDenied(error);
    });
    BrowserSignIn::Params params;
    params.accountsUrl = m_profile.accountsUrl;
    params.clientId = m_profile.clientId;
    params.clientSecret = m_tokens.clientSecret;
    params.scopes = wanted;
    params.redirectPort = m_profile.redirectPort;
    signIn->start(params);
}

} // namespace pmp::auth
