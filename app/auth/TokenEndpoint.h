#pragma once

#include "TokenResponse.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace pmp::auth {

// Zoho's token endpoints, written by hand because each grant wants a different transport
// (reference Q3): the code exchange as a form body (§1.6), the refresh in the query string (§1.7),
// the revocation at /oauth/v2/token/revoke?token= (§1.8). Every answer is classified — errors
// often come inside HTTP 200 — and no token or code is ever logged. Requests go only to https
// (or loopback) accounts servers and never follow redirects.
class TokenEndpoint : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const TokenResponse &)>;

    explicit TokenEndpoint(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // authorization_code grant. `redirectUri` and `codeVerifier` may be empty (Self Client codes).
    void exchangeCode(const QUrl &accountsUrl, const QString &clientId, const QByteArray &clientSecret,
                      const QString &redirectUri, const QByteArray &code, const QByteArray &codeVerifier,
                      Callback done);
    void refresh(const QUrl &accountsUrl, const QString &clientId, const QByteArray &clientSecret,
                 const QByteArray &refreshToken, Callback done);
    void revoke(const QUrl &accountsUrl, const QByteArray &refreshToken, Callback done);

    static QUrl endpoint(const QUrl &accountsUrl, const QString &path);
    // Pure classification of an answer, unit-tested without a network.
    static TokenResponse parse(int httpStatus, const QByteArray &body);

private:
    void post(const QUrl &url, const QByteArray &body, bool expectTokens, Callback done);

    QPointer<QNetworkAccessManager> m_network;
    int m_timeoutMs = 30000;
};

} // namespace pmp::auth
