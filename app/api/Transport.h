#pragma once

#include "ApiCall.h"
#include "Authenticator.h"
#include "RetryPolicy.h"

#include <QDeadlineTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrl>

namespace pmp::api {

// The one way PatchDeck talks to a server: stamps every request (auth header, User-Agent, Accept,
// X-Request-ID), applies timeouts, classifies every outcome into ApiError, retries only safe reads
// with backoff, never re-sends a write whose outcome is unknown, and hands auth failures to a
// single-flight refresh before replaying the requests that waited.
class Transport : public QObject
{
    Q_OBJECT
public:
    explicit Transport(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setAuthenticator(Authenticator *authenticator);
    Authenticator *authenticator() const { return m_authenticator; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    QNetworkAccessManager *network() { return &m_network; }

    // Starts the exchange on the next event-loop turn, so connecting to finished() right after is safe.
    ApiCall *send(const ApiRequest &request);
    // A call that finishes with `error` without touching the network (a request refused locally).
    ApiCall *fail(const ApiRequest &request, const ApiError &error);
    QUrl urlFor(const ApiRequest &request) const;

    // Plain http is refused for anything but loopback, so a token never crosses a network unencrypted.
    static bool isAllowedServerUrl(const QUrl &url);
    // "localhost" or a loopback address (127.0.0.0/8, ::1).
    static bool isLoopbackHost(const QString &host);
    static QByteArray userAgent();

signals:
    void callFinished(pmp::api::ApiCall *call);
    // A refresh failed for good (revoked, invalid): the user must sign in again.
    void authenticationFailed(const pmp::api::ApiError &error);
    // The server throttles: every request waits `seconds` (for the status bar).
    void throttled(int seconds);

private:
    void startAttempt(ApiCall *call);
    void onReplyFinished(ApiCall *call);
    void onAttemptTimeout(ApiCall *call);
    void completeAttempt(ApiCall *call, const ApiError &transportError);
    void judgeWriteAnswer(ApiCall *call);
    void afterParse(ApiCall *call);
    void finish(ApiCall *call);
    bool shouldRetry(const ApiCall *call) const;
    void park(ApiCall *call);
    void backOff(int retryAfterSeconds);
    void ensureRefresh();
    void onRefreshed();
    void onRefreshFailed(const ApiError &error);
    ApiError classifyNetworkFailure(const ApiCall *call, int networkError, const QString &errorString) const;

    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QPointer<Authenticator> m_authenticator;
    RetryPolicy m_policy;
    QRandomGenerator m_rng;
    QList<QPointer<ApiCall>> m_parked;
    bool m_refreshing = false;
    int m_authGeneration = 0;     // bumped by every successful refresh
    bool m_refreshFor401 = false; // the refresh under way was started by a 401
    int m_generationFrom401 = 0;  // the token generation a 401 made us mint (0: none)
    QDeadlineTimer m_pausedUntil; // throttled: nothing is sent before
    int m_throttleLevel = 0;      // throttled answers in a row
};

} // namespace pmp::api
