#include "TokenEndpoint.h"

#include "LogRedactor.h"

#include "api/Transport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcToken, "pmp.auth.token", QtInfoMsg)

namespace pmp::auth {

namespace {

QByteArray formEncode(const QList<QPair<QString, QByteArray>> &items)
{
    QByteArray body;
    for (const auto &[key, value] : items) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
    }
    return body;
}

bool looksThrottled(const QString &error, const QString &description, int status, const QByteArray &body)
{
    if (status == 429)
        return true;
    if (error.compare(QLatin1String("Access Denied"), Qt::CaseInsensitive) == 0)
        return true;
    const QString text = description + QLatin1Char(' ') + QString::fromUtf8(body.left(4096));
    return text.contains(QLatin1String("too many requests"), Qt::CaseInsensitive);
}

} // namespace

TokenEndpoint::TokenEndpoint(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network) {}

QUrl TokenEndpoint::endpoint(const QUrl &accountsUrl, const QString &path)
{
    QUrl u = accountsUrl;
    QString base = u.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + path);
    u.setQuery(QString());
    u.setFragment(QString());
    return u;
}

void TokenEndpoint::exchangeCode(const QUrl &accountsUrl, const QString &clientId, const QByteArray &clientSecret,
                                 const QString &redirectUri, const QByteArray &code, const QByteArray &codeVerifier,
                                 Callback done)
{
    LogRedactor::registerSecret(code);
    LogRedactor::registerSecret(clientSecret);
    QList<QPair<QString, QByteArray>> form = {
        {QStringLiteral("grant_type"), QByteArrayLiteral("authorization_code")},
        {QStringLiteral("client_id"), clientId.toUtf8()},
    };
    if (!clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), clientSecret});
    if (!redirectUri.isEmpty())
        form.append({QStringLiteral("redirect_uri"), redirectUri.toUtf8()});
    form.append({QStringLiteral("code"), code});
    if (!codeVerifier.isEmpty())
        form.append({QStringLiteral("code_verifier"), codeVerifier});
    post(endpoint(accountsUrl, QStringLiteral("/oauth/v2/token")), formEncode(form), true, std::move(done));
}

void TokenEndpoint::refresh(const QUrl &accountsUrl, const QString &clientId, const QByteArray &clientSecret,
                            const QByteArray &refreshToken, Callback done)
{
    LogRedactor::registerSecret(refreshToken);
    LogRedactor::registerSecret(clientSecret);
    // The guide documents the refresh grant with its parameters in the query string (Q3).
    QUrl url = endpoint(accountsUrl, QStringLiteral("/oauth/v2/token"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("refresh_token"),
                   QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(refreshToken))));
    q.addQueryItem(QStringLiteral("client_id"), QString::fromUtf8(QUrl::toPercentEncoding(clientId)));
    if (!clientSecret.isEmpty())
        q.addQueryItem(QStringLiteral("client_secret"),
                       QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(clientSecret))));
    q.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    post(url, {}, true, std::move(done));
}

void TokenEndpoint::revoke(const QUrl &accountsUrl, const QByteArray &refreshToken, Callback done)
{
    LogRedactor::registerSecret(refreshToken);
    QUrl url = endpoint(accountsUrl, QStringLiteral("/oauth/v2/token/revoke"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("token"),
                   QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(refreshToken))));
    url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    post(url, {}, false, std::move(done));
}

void TokenEndpoint::post(const QUrl &url, const QByteArray &body, bool expectTokens, Callback done)
{
    auto deliver = [this, done](const TokenResponse &r) {
        QMetaObject::invokeMethod(
            this, [done, r] { done(r); }, Qt::QueuedConnection);
    };
    if (!api::Transport::isAllowedServerUrl(url)) {
        TokenResponse r;
        r.outcome = TokenResponse::Outcome::Refused;
        r.message = tr("Refusing to send sign-in secrets to %1: the accounts server must use https.")
                        .arg(url.toString(QUrl::RemoveQuery));
        deliver(r);
        return;
    }
    if (!m_network) {
        TokenResponse r;
        r.outcome = TokenResponse::Outcome::Network;
        r.message = tr("No network access.");
        deliver(r);
        return;
    }

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QNetworkRequest::UserAgentHeader, api::Transport::userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(m_timeoutMs);

    QNetworkReply *reply = m_network->post(request, body);
    auto tls = std::make_shared<TlsFailure>();
    tls->host = url.host();
    connect(reply, &QNetworkReply::sslErrors, this, [reply, tls](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the admin sees these details.
        tls->errors = errors;
        tls->chain = reply->sslConfiguration().peerCertificateChain();
    });
    const QString host = url.host();
    connect(reply, &QNetworkReply::finished, this, [reply, tls, host, expectTokens, deliver] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = reply->readAll();
        TokenResponse r;
        if (reply->error() == QNetworkReply::SslHandshakeFailedError || !tls->isEmpty()) {
            r.outcome = TokenResponse::Outcome::Tls;
            r.tls = *tls;
            if (r.tls.chain.isEmpty())
                r.tls.chain = reply->sslConfiguration().peerCertificateChain();
            r.message = tls->isEmpty() ? tr("The secure connection to %1 failed: %2").arg(host, reply->errorString())
                                       : r.tls.summary();
        } else if (status == 0) {
            r.outcome = TokenResponse::Outcome::Network;
            r.message = reply->error() == QNetworkReply::OperationCanceledError
                            ? tr("%1 did not answer in time.").arg(host)
                            : tr("Could not reach %1: %2").arg(host, reply->errorString());
        } else if (!expectTokens && status >= 200 && status < 300) {
            // Revocation: the body is not documented; any 2xx that names no error is success.
            r = parse(status, bytes);
            if (r.outcome == TokenResponse::Outcome::Malformed)
                r.outcome = TokenResponse::Outcome::Ok;
        } else {
            r = parse(status, bytes);
        }
        r.httpStatus = status;
        for (const QByteArray &s : {r.accessToken, r.refreshToken})
            LogRedactor::registerSecret(s);
        qCDebug(lcToken).noquote() << "token endpoint" << host << "->" << status << int(r.outcome) << r.serverError;
        deliver(r);
    });
}

TokenResponse TokenEndpoint::parse(int httpStatus, const QByteArray &body)
{
    TokenResponse r;
    r.httpStatus = httpStatus;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject o = doc.object();
    r.serverError = o.value(QStringLiteral("error")).toString();
    r.serverDescription = o.value(QStringLiteral("error_description")).toString();

    if (looksThrottled(r.serverError, r.serverDescription, httpStatus, doc.isObject() ? QByteArray() : body)) {
        r.outcome = TokenResponse::Outcome::Throttled;
        r.message = tr("The accounts server refused to issue more tokens for now (too many requests).");
        return r;
    }
    if (!r.serverError.isEmpty()) {
        const QString e = r.serverError;
        if (e == QLatin1String("invalid_code") || e == QLatin1String("invalid_grant")) {
            r.outcome = TokenResponse::Outcome::InvalidCode;
            r.message = tr("The code or token is no longer valid (it expired, was already used, or was revoked).");
        } else if (e == QLatin1String("invalid_client") || e == QLatin1String("invalid_client_secret")) {
            r.outcome = TokenResponse::Outcome::InvalidClient;
            r.message = tr("The client id or client secret was not accepted. Check them in the API console, and that "
                           "the client belongs to this data centre (or has multi-DC enabled).");
        } else if (e == QLatin1String("invalid_redirect_uri")) {
            r.outcome = TokenResponse::Outcome::InvalidRedirectUri;
            r.message = tr("The redirect URI does not match the one registered for this client.");
        } else {
            r.outcome = TokenResponse::Outcome::ServerError;
            r.message = r.serverDescription.isEmpty()
                            ? tr("The accounts server answered \"%1\".").arg(e)
                            : tr("The accounts server answered \"%1\": %2").arg(e, r.serverDescription);
        }
        return r;
    }
    if (!doc.isObject()) {
        r.outcome = httpStatus >= 200 && httpStatus < 300 ? TokenResponse::Outcome::Malformed
                                                          : TokenResponse::Outcome::ServerError;
        r.message = tr("The accounts server sent an unexpected answer (HTTP %1).").arg(httpStatus);
        return r;
    }
    r.accessToken = o.value(QStringLiteral("access_token")).toString().toUtf8();
    r.refreshToken = o.value(QStringLiteral("refresh_token")).toString().toUtf8();
    const QJsonValue expires = o.value(QStringLiteral("expires_in"));
    r.expiresInSecs = expires.isString() ? expires.toString().toInt() : expires.toInt();
    r.apiDomain = o.value(QStringLiteral("api_domain")).toString();
    const QString scope = o.value(QStringLiteral("scope")).toString();
    for (const QString &s : scope.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        r.scopes << s;
    if (r.accessToken.isEmpty()) {
        r.outcome = httpStatus >= 200 && httpStatus < 300 ? TokenResponse::Outcome::Malformed
                                                          : TokenResponse::Outcome::ServerError;
        r.message = tr("The accounts server's answer contains no access token (HTTP %1).").arg(httpStatus);
        return r;
    }
    if (r.expiresInSecs <= 0)
        r.expiresInSecs = 3600; // the documented lifetime (§1.10)
    return r;
}

} // namespace pmp::auth
