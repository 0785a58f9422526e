#include "BrowserSignIn.h"

#include "AccountsTrust.h"
#include "AuthorizationRequest.h"
#include "BrowserLauncher.h"
#include "DataCentres.h"
#include "LogRedactor.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBrowserSignIn, "pmp.auth.browser-signin", QtInfoMsg)

namespace pmp::auth {

BrowserSignIn::BrowserSignIn(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_endpoint(network, this)
{
    qRegisterMetaType<pmp::auth::SignInResult>();
    qRegisterMetaType<pmp::auth::SignInError>();
}

BrowserSignIn::~BrowserSignIn() = default;

QString BrowserSignIn::redirectUri() const
{
    return m_receiver ? m_receiver->redirectUri() : QString();
}

void BrowserSignIn::start(const Params &params)
{
    cancel();
    m_params = params;
    m_running = true;

    SignInError invalid;
    invalid.kind = SignInError::Kind::InvalidInput;
    if (params.clientId.trimmed().isEmpty()) {
        invalid.message = tr("Enter the client id from the API console.");
        fail(invalid);
        return;
    }
    // The caller's accounts server is a Zoho data centre's or the custom one the admin typed, so it
    // is its own trust anchor; what it must still be is https (or the loopback simulator).
    if (!AccountsTrust::isTrusted(params.accountsUrl, params.accountsUrl)) {
        invalid.message = tr("The accounts server must be an https address (plain http only for 127.0.0.1).");
        fail(invalid);
        return;
    }

    m_receiver = new LoopbackReceiver(this);
    m_receiver->setTimeout(params.timeoutMs);
    if (!m_receiver->listen(params.redirectPort)) {
        SignInError e;
        e.kind = SignInError::Kind::PortInUse;
        e.message = m_receiver->errorString();
        fail(e);
        return;
    }
    m_state = AuthorizationRequest::newState();
    m_pkce = params.usePkce ? Pkce::generate() : Pkce{};
    LogRedactor::registerSecret(m_state);
    LogRedactor::registerSecret(m_pkce.verifier);
    m_receiver->setExpectedState(m_state);

    connect(m_receiver, &LoopbackReceiver::received, this, &BrowserSignIn::onCallback);
    connect(m_receiver, &LoopbackReceiver::timedOut, this, [this] {
        SignInError e;
        e.kind = SignInError::Kind::Timeout;
        e.message = tr("The browser did not come back within %n minute(s). Start the sign-in again; if the browser "
                       "did not open, copy the link into it yourself.",
                       nullptr, qMax(1, m_params.timeoutMs / 60000));
        fail(e);
    });
    connect(m_receiver, &LoopbackReceiver::rejected, this, [this](LoopbackReceiver::Rejection reason, const QString &) {
        if (reason == LoopbackReceiver::Rejection::StateMismatch)
            emit notice(tr("A sign-in response arrived that does not belong to this attempt (state mismatch). "
                           "It was ignored; still waiting for the browser."));
    });

    AuthorizationRequest request;
    request.accountsUrl = params.accountsUrl;
    request.clientId = params.clientId.trimmed();
    request.redirectUri = m_receiver->redirectUri();
    request.scopes = params.scopes;
    request.state = m_state;
    request.codeChallenge = m_pkce.challenge;
    m_authorizationUrl = request.url();

    const bool opened = BrowserLauncher::open(m_authorizationUrl);
    emit waitingForBrowser(m_authorizationUrl, opened);
}

bool BrowserSignIn::reopenBrowser()
{
    return m_running && m_authorizationUrl.isValid() && BrowserLauncher::open(m_authorizationUrl);
}

void BrowserSignIn::cancel()
{
    if (m_receiver) {
        m_receiver->disconnect(this);
        m_receiver->close();
        m_receiver->deleteLater();
        m_receiver = nullptr;
    }
    m_running = false;
}

void BrowserSignIn::fail(const SignInError &error)
{
    cancel();
    // Always asynchronous, so a caller can connect after start().
    QMetaObject::invokeMethod(
        this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
}

void BrowserSignIn::onCallback(const LoopbackReceiver::Callback &cb)
{
    if (!cb.error.isEmpty()) {
        SignInError e;
        if (cb.error == QLatin1String("access_denied")) {
            e.kind = SignInError::Kind::AccessDenied;
            e.message = tr("Access was denied in the browser, so PatchDeck is not signed in. To connect, sign in "
                           "again and choose Accept on Zoho's consent page.");
        } else {
            e.kind = SignInError::Kind::Other;
            e.message = tr("Zoho ended the sign-in with the error \"%1\".").arg(cb.error);
            if (cb.error.startsWith(QLatin1String("ERROR_invalid_redirect_uri")) ||
                cb.error == QLatin1String("invalid_redirect_uri"))
                e.kind = SignInError::Kind::InvalidRedirectUri;
            else if (cb.error.startsWith(QLatin1String("ERROR_invalid_client")))
                e.kind = SignInError::Kind::InvalidClient;
        }
        e.details = cb.errorDescription.isEmpty() ? cb.error : cb.error + QStringLiteral(": ") + cb.errorDescription;
        fail(e);
        return;
    }

    LogRedactor::registerSecret(cb.code.toUtf8());
    QUrl accounts = m_params.accountsUrl;
    DataCentre dc;
    if (!cb.accountsServer.isEmpty()) {
        const QUrl named =
            QUrl(cb.accountsServer.contains(QLatin1String("://")) ? cb.accountsServer
                                                                  : QStringLiteral("https://") + cb.accountsServer);
        if (!AccountsTrust::isTrusted(named, m_params.accountsUrl)) {
            SignInError e;
            e.kind = SignInError::Kind::UntrustedAccountsServer;
            e.message = tr("The sign-in named the accounts server %1, which is not a Zoho accounts server PatchDeck "
                           "trusts. The code was not sent there.")
                            .arg(named.toString());
            fail(e);
            return;
        }
        accounts = named;
        dc = DataCentres::byAccountsHost(named.host());
    } else if (!cb.location.isEmpty()) {
        dc = DataCentres::byId(cb.location.toLower());
    }

    const QString redirect = m_receiver ? m_receiver->redirectUri() : QString();
    emit exchanging(accounts);
    const QString location = cb.location;
    m_endpoint.exchangeCode(accounts, m_params.clientId.trimmed(), m_params.clientSecret, redirect, cb.code.toUtf8(),
                            m_pkce.verifier, [this, accounts, location, dc](const TokenResponse &r) {
                                if (!m_running)
                                    return;
                                if (!r.ok()) {
                                    fail(SignInError::fromExchange(r, SignInError::Grant::BrowserCode));
                                    return;
                                }
                                SignInResult result;
                                result.tokens.accessToken = r.accessToken;
                                result.tokens.refreshToken = r.refreshToken;
                                result.tokens.accessTokenExpiresAt =
                                    QDateTime::currentDateTimeUtc().addSecs(r.expiresInSecs);
                                result.tokens.grantedScopes = r.scopes.isEmpty() ? m_params.scopes : r.scopes;
                                result.tokens.clientSecret = m_params.clientSecret;
                                result.tokens.recordMint(QDateTime::currentDateTimeUtc());
                                result.accountsUrl = accounts;
                                result.location = location;
                                result.dataCentre = dc;
                                cancel();
                                if (result.tokens.refreshToken.isEmpty()) {
                                    SignInError e;
                                    e.kind = SignInError::Kind::Other;
                                    e.message = tr("Zoho issued no refresh token, so the session would end within an "
                                                   "hour. Revoke PatchDeck's earlier access in your Zoho account "
                                                   "(Connected Apps) and sign in again.");
                                    QMetaObject::invokeMethod(
                                        this, [this, e] { emit failed(e); }, Qt::QueuedConnection);
                                    return;
                                }
                                emit succeeded(result);
                            });
}

} // namespace pmp::auth
