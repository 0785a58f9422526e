#include "SelfClientSignIn.h"

#include "AccountsTrust.h"
#include "LogRedactor.h"

namespace pmp::auth {

SelfClientSignIn::SelfClientSignIn(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_endpoint(network, this)
{
    qRegisterMetaType<pmp::auth::SignInResult>();
    qRegisterMetaType<pmp::auth::SignInError>();
}

void SelfClientSignIn::fail(const SignInError &error)
{
    m_running = false;
    QMetaObject::invokeMethod(
        this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
}

void SelfClientSignIn::start(const Params &params)
{
    m_running = true;
    const QString code = params.code.trimmed();
    SignInError invalid;
    invalid.kind = SignInError::Kind::InvalidInput;
    if (params.clientId.trimmed().isEmpty())
        invalid.message = tr("Enter the Self Client's client id (API console → Self Client → Client Secret tab).");
    else if (params.clientSecret.isEmpty())
        invalid.message = tr("Enter the Self Client's client secret (API console → Self Client → Client Secret tab).");
    else if (code.isEmpty())
        invalid.message = tr("Paste the code generated in the API console (Self Client → Generate Code).");
    else if (code.contains(QLatin1Char(' ')) || code.contains(QLatin1Char('\n')))
        invalid.message = tr("The code contains spaces; paste only the code itself.");
    else if (!AccountsTrust::isTrusted(params.accountsUrl, params.accountsUrl)) // as BrowserSignIn::start
        invalid.message = tr("The accounts server must be an https address (plain http only for 127.0.0.1).");
    if (!invalid.message.isEmpty()) {
        fail(invalid);
        return;
    }

    LogRedactor::registerSecret(code.toUtf8());
    const QUrl accounts = params.accountsUrl;
    const QStringList scopes = params.scopes;
    const QByteArray secret = params.clientSecret;
    m_endpoint.exchangeCode(accounts, params.clientId.trimmed(), secret, QString(), code.toUtf8(), QByteArray(),
                            [this, accounts, scopes, secret](const TokenResponse &r) {
                                if (!r.ok()) {
                                    fail(SignInError::fromExchange(r, SignInError::Grant::SelfClientCode));
                                    return;
                                }
                                m_running = false;
                                SignInResult result;
                                const QDateTime now = QDateTime::currentDateTimeUtc();
                                result.tokens.accessToken = r.accessToken;
                                result.tokens.refreshToken = r.refreshToken;
                                result.tokens.accessTokenExpiresAt = now.addSecs(r.expiresInSecs);
                                result.tokens.grantedScopes = r.scopes.isEmpty() ? scopes : r.scopes;
                                result.tokens.clientSecret = secret;
                                result.tokens.recordMint(now);
                                result.accountsUrl = accounts;
                                emit succeeded(result);
                            });
}

} // namespace pmp::auth
