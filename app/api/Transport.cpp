#include "Transport.h"

#include "Authenticator.h"
#include "OperationCatalogue.h"
#include "WorkerPools.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

Q_LOGGING_CATEGORY(lcApi, "pmp.api", QtInfoMsg)

namespace pmp::api {

namespace {

// Errors raised before the request could reach the server: safe to call "not sent".
bool failedBeforeSending(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

// Replies at least this large (a page of a few hundred rows) are parsed on the ingest thread, so the
// GUI thread never spends a frame on JSON.
constexpr qsizetype AsyncParseBytes = 64 * 1024;
// The largest answer read: a page of 1000 rows is about 1.5 MB; anything near this is not an answer.
constexpr qint64 MaxReplyBytes = 64 * 1024 * 1024;

} // namespace

ApiCall::ApiCall(const ApiRequest &request, const Operation &op, QObject *parent)
    : QObject(parent), m_request(request), m_operation(&op),
      m_requestId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_attemptTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_elapsed.start();
}

void ApiCall::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->abort(); // onReplyFinished classifies it
    } else {
        auto *transport = qobject_cast<Transport *>(parent());
        m_parsed.error = ApiError::cancelled().setOperationCode(m_operation->code);
        m_finished = true;
        QMetaObject::invokeMethod(
            this,
            [this, transport] {
                emit finished();
                if (transport)
                    emit transport->callFinished(this);
                deleteLater();
            },
            Qt::QueuedConnection);
    }
}

Transport::Transport(QObject *parent) : QObject(parent), m_rng(QRandomGenerator::securelySeeded())
{
    // Every request carries the token: a redirect may not take it to another host, scheme or port.
    m_network.setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_network.setAutoDeleteReplies(false);
}

void Transport::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void Transport::setAuthenticator(Authenticator *authenticator)
{
    if (m_authenticator)
        m_authenticator->disconnect(this);
    m_authenticator = authenticator;
    if (authenticator) {
        connect(authenticator, &Authenticator::refreshed, this, &Transport::onRefreshed);
        connect(authenticator, &Authenticator::refreshFailed, this, &Transport::onRefreshFailed);
    }
}

bool Transport::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress addr(host);
    return !addr.isNull() && addr.isLoopback();
}

bool Transport::isAllowedServerUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
}

QByteArray Transport::userAgent()
{
    return QByteArrayLiteral("PatchDeck/") + QCoreApplication::applicationVersion().toUtf8() +
           QByteArrayLiteral(" (Qt ") + QByteArray(qVersion()) + ')';
}

QUrl Transport::urlFor(const ApiRequest &request) const
{
    const Operation &op = OperationCatalogue::get(request.operation);
    QString path = op.path;
    if (path.contains(QLatin1String("{id}")))
        path.replace(QLatin1String("{id}"), QString::fromUtf8(QUrl::toPercentEncoding(request.pathId)));
    QUrl url = m_baseUrl;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

ApiCall *Transport::send(const ApiRequest &request)
{
    const Operation &op = OperationCatalogue::get(request.operation);
    auto *call = new ApiCall(request, op, this);
    if (!isAllowedServerUrl(m_baseUrl)) {
        call->m_parsed.error = ApiError(
            ApiError::Kind::Network,
            m_baseUrl.scheme() == QLatin1String("http")
                ? tr("Refusing to send credentials over unencrypted HTTP to %1; use https.").arg(m_baseUrl.host())
                : tr("The server address \"%1\" is not a valid https URL.").arg(m_baseUrl.toString()));
        call->m_parsed.error.setOperationCode(op.code);
        QMetaObject::invokeMethod(
            this, [this, call] { finish(call); }, Qt::QueuedConnection);
        return call;
    }
    QMetaObject::invokeMethod(
        this, [this, call] { startAttempt(call); }, Qt::QueuedConnection);
    return call;
}

ApiCall *Transport::fail(const ApiRequest &request, const ApiError &error)
{
    const Operation &op = OperationCatalogue::get(request.operation);
    auto *call = new ApiCall(request, op, this);
    call->m_parsed.error = error;
    call->m_parsed.error.setOperationCode(op.code);
    QMetaObject::invokeMethod(
        this, [this, call] { finish(call); }, Qt::QueuedConnection);
    return call;
}

void Transport::startAttempt(ApiCall *call)
{
    if (call->m_finished)
        return;
    if (call->m_cancelled) {
        call->m_parsed.error = ApiError::cancelled().setOperationCode(call->operation().code);
        finish(call);
        return;
    }
    if (m_authenticator && m_authenticator->canRefresh() && (m_refreshing || m_authenticator->needsRefresh())) {
        park(call);
        return;
    }
    if (const qint64 wait = m_pausedUntil.remainingTime(); wait > 0) {
        // The server asked the whole client to slow down: every request waits, new ones too.
        call->m_retryTimer.disconnect();
        connect(&call->m_retryTimer, &QTimer::timeout, call, [this, call] { startAttempt(call); });
        call->m_retryTimer.start(int(qMin<qint64>(wait, std::numeric_limits<int>::max())));
        return;
    }

    const Operation &op = call->operation();
    QNetworkRequest req(urlFor(call->request()));
    req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    req.setRawHeader("Accept",
                     op.acceptType.isEmpty() ? QByteArrayLiteral("application/json") : op.acceptType.toLatin1());
    req.setRawHeader("X-Request-ID", call->requestId().toLatin1());
    call->m_authGeneration = m_authGeneration;
    if (m_authenticator) {
        const QByteArray auth = m_authenticator->authorizationHeader();
        if (!auth.isEmpty())
            req.setRawHeader("Authorization", auth);
    }
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    ++call->m_attempts;
    call->m_timedOut = false;
    call->m_raw = {};
    QNetworkReply *reply = nullptr;
    switch (op.method) {
    case HttpMethod::Get:
        reply = m_network.get(req);
        break;
    case HttpMethod::Post:
    case HttpMethod::Put: {
        const QByteArray verb = op.method == HttpMethod::Post ? QByteArrayLiteral("POST") : QByteArrayLiteral("PUT");
        if (call->request().body.isEmpty()) {
            // As the guide's samples: no body, so no Content-Type (a custom request without data
            // keeps Qt from inventing a form type).
            req.setHeader(QNetworkRequest::ContentLengthHeader, 0);
            reply = m_network.sendCustomRequest(req, verb);
        } else {
            req.setHeader(QNetworkRequest::ContentTypeHeader,
                          op.contentType.isEmpty() ? QByteArrayLiteral("application/json") : op.contentType.toLatin1());
            reply = m_network.sendCustomRequest(req, verb, call->request().body);
        }
        break;
    }
    }
    call->m_reply = reply;
    call->m_tooLarge = false;
    connect(reply, &QNetworkReply::finished, call, [this, call] { onReplyFinished(call); });
    // The timeout counts silence, not the length of a big transfer; and a reply past the cap is cut.
    auto moving = [this, call] {
        if (call->m_reply)
            call->m_attemptTimer.start(m_policy.timeoutMs);
    };
    connect(reply, &QNetworkReply::uploadProgress, call, moving);
    connect(reply, &QNetworkReply::downloadProgress, call, [call, moving](qint64 received, qint64 total) {
        if ((received > MaxReplyBytes || total > MaxReplyBytes) && call->m_reply) {
            call->m_tooLarge = true;
            call->m_reply->abort();
            return;
        }
        moving();
    });
    connect(reply, &QNetworkReply::sslErrors, call, [call](const QList<QSslError> &errors) {
        // Never ignored: the reply fails with SslHandshakeFailedError and the details go to the user.
        QStringList lines;
        for (const QSslError &e : errors)
            lines << e.errorString() + QLatin1String(" — ") + e.certificate().subjectDisplayName();
        call->m_raw.body = lines.join(QLatin1Char('\n')).toUtf8();
    });
    call->m_attemptTimer.disconnect();
    connect(&call->m_attemptTimer, &QTimer::timeout, call, [this, call] { onAttemptTimeout(call); });
    call->m_attemptTimer.start(m_policy.timeoutMs);
}

void Transport::onAttemptTimeout(ApiCall *call)
{
    if (!call->m_reply)
        return;
    call->m_timedOut = true;
    call->m_reply->abort();
}

void Transport::onReplyFinished(ApiCall *call)
{
    QNetworkReply *reply = call->m_reply;
    call->m_attemptTimer.stop();
    if (!reply)
        return;
    call->m_reply = nullptr;
    reply->deleteLater();

    const QByteArray sslDetail = call->m_raw.body;
    call->m_raw.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    call->m_raw.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    bool ok = false;
    const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
    call->m_raw.retryAfterSeconds = ok ? retryAfter : -1;
    // An aborted reply (cancel, timeout) is closed: reading it would only warn.
    call->m_raw.body = reply->isOpen() ? reply->readAll() : QByteArray();

    const auto netError = reply->error();
    ApiError transportError;
    const bool httpAnswered = call->m_raw.httpStatus > 0;
    const bool transferBroken =
        netError == QNetworkReply::RemoteHostClosedError || netError == QNetworkReply::OperationCanceledError ||
        netError == QNetworkReply::TimeoutError || netError == QNetworkReply::UnknownNetworkError ||
        netError == QNetworkReply::SslHandshakeFailedError;
    if (call->m_tooLarge) {
        transportError = call->operation().isWrite()
                             ? ApiError(ApiError::Kind::OutcomeUnknown,
                                        tr("The server's answer was larger than %1 MB and was not read: the action may "
                                           "or may not have happened. It was not sent again.")
                                            .arg(MaxReplyBytes / (1024 * 1024)))
                             : ApiError(ApiError::Kind::Malformed,
                                        tr("The server's answer was larger than %1 MB, far more than a page of this "
                                           "list can be; it was not read.")
                                            .arg(MaxReplyBytes / (1024 * 1024)));
    } else if (netError == QNetworkReply::InsecureRedirectError) {
        // Redirects are followed within the same origin only: the request carries the token.
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        const QString where =
            target.host().isEmpty()
                ? tr("a different address")
                : target.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo).toDisplayString();
        transportError = ApiError(ApiError::Kind::Http,
                                  tr("The server redirected the request to %1; PatchDeck does not send your sign-in "
                                     "to another address. Check the server address in the profile.")
                                      .arg(where),
                                  reply->errorString());
        transportError.setHttpStatus(call->m_raw.httpStatus);
    } else if (call->m_cancelled || call->m_timedOut ||
               (netError != QNetworkReply::NoError && (!httpAnswered || transferBroken))) {
        transportError = classifyNetworkFailure(call, netError, reply->errorString());
        if (netError == QNetworkReply::SslHandshakeFailedError && !sslDetail.isEmpty())
            transportError.setDetail(QString::fromUtf8(sslDetail));
    }
    completeAttempt(call, transportError);
}

ApiError Transport::classifyNetworkFailure(const ApiCall *call, int networkError, const QString &errorString) const
{
    const auto e = QNetworkReply::NetworkError(networkError);
    const bool write = call->operation().isWrite();
    const QString host = m_baseUrl.host();
    ApiError err;
    if (call->m_cancelled) {
        err = write ? ApiError(ApiError::Kind::OutcomeUnknown,
                               tr("Cancelled after the request was sent: the server may have carried it out."))
                    : ApiError::cancelled();
    } else if (write && !failedBeforeSending(e)) {
        err = ApiError(ApiError::Kind::OutcomeUnknown,
                       call->m_timedOut
                           ? tr("No answer from %1 within %2 s after sending: the action may or may not have "
                                "happened. It was not sent again.")
                                 .arg(host)
                                 .arg(m_policy.timeoutMs / 1000)
                           : tr("The connection to %1 was lost after sending: the action may or may not have "
                                "happened. It was not sent again.")
                                 .arg(host));
    } else if (call->m_timedOut) {
        err = ApiError(ApiError::Kind::Timeout,
                       tr("%1 did not answer within %2 s.").arg(host).arg(m_policy.timeoutMs / 1000));
    } else if (e == QNetworkReply::SslHandshakeFailedError) {
        err = ApiError(ApiError::Kind::Network,
                       tr("The secure connection to %1 failed: its certificate is not trusted.").arg(host));
    } else if (e == QNetworkReply::ConnectionRefusedError) {
        err = ApiError(ApiError::Kind::Network, tr("%1 refused the connection.").arg(host));
    } else if (e == QNetworkReply::HostNotFoundError) {
        err = ApiError(ApiError::Kind::Network, tr("The server %1 could not be found (DNS).").arg(host));
    } else if (e == QNetworkReply::RemoteHostClosedError) {
        err =
            ApiError(ApiError::Kind::Network, tr("%1 closed the connection before the reply was complete.").arg(host));
    } else {
        err = ApiError(ApiError::Kind::Network, tr("Network error talking to %1: %2").arg(host, errorString));
    }
    if (err.detail().isEmpty())
        err.setDetail(errorString);
    return err;
}

void Transport::completeAttempt(ApiCall *call, const ApiError &transportError)
{
    const Operation &op = call->operation();
    if (transportError) {
        call->m_parsed = {};
        call->m_parsed.error = transportError;
        afterParse(call);
        return;
    }
    if (call->m_raw.body.size() < AsyncParseBytes) {
        call->m_parsed = ResponseParser::parse(op, call->m_raw);
        judgeWriteAnswer(call);
        afterParse(call);
        return;
    }
    emit call->received();
    auto *watcher = new QFutureWatcher<ParsedReply>(call);
    connect(watcher, &QFutureWatcherBase::finished, call, [this, call, watcher] {
        watcher->deleteLater();
        if (call->m_finished)
            return; // cancelled while parsing: cancel() finished it
        call->m_parsed = watcher->result();
        judgeWriteAnswer(call);
        afterParse(call);
    });
    watcher->setFuture(
        QtConcurrent::run(WorkerPools::ingest(), [&op, raw = call->m_raw] { return ResponseParser::parse(op, raw); }));
}

void Transport::judgeWriteAnswer(ApiCall *call)
{
    // A write that reached the server but whose answer is unreadable or a gateway failure: we cannot
    // tell whether it ran.
    const int status = call->m_raw.httpStatus;
    if (call->operation().isWrite() &&
        ((call->m_parsed.error.kind() == ApiError::Kind::NotJson && status >= 200 && status < 300) || status == 502 ||
         status == 504)) {
        const ApiError original = call->m_parsed.error;
        call->m_parsed.error = ApiError(ApiError::Kind::OutcomeUnknown,
                                        tr("The server's answer was unreadable (%1): the action may or may "
                                           "not have happened. It was not sent again.")
                                            .arg(original.message()),
                                        original.detail());
        call->m_parsed.error.setHttpStatus(status);
    }
}

void Transport::afterParse(ApiCall *call)
{
    const Operation &op = call->operation();
    call->m_parsed.error.setOperationCode(op.code);

    qCDebug(lcApi).noquote() << op.code << op.methodName() << op.path << "->" << call->m_raw.httpStatus
                             << ApiError::kindName(call->m_parsed.error.kind()) << "attempt" << call->m_attempts
                             << call->elapsedMs() << "ms id" << call->requestId();

    const ApiError &err = call->m_parsed.error;
    if (err.kind() == ApiError::Kind::AuthExpired && call->m_authGeneration == m_generationFrom401 &&
        m_generationFrom401 > 0) {
        // A 401 for the token a 401 just made us mint: the token is fine, the account may not do
        // this. Another refresh would only burn one of Zoho's ten mints per ten minutes.
        call->m_parsed.error = ApiError(ApiError::Kind::Forbidden,
                                        tr("The server refused the request although the sign-in was just renewed: "
                                           "the account may not be allowed to do this (%1).")
                                            .arg(err.message()),
                                        err.detail())
                                   .setHttpStatus(err.httpStatus())
                                   .setServerCode(err.serverCode())
                                   .setOperationCode(op.code);
        finish(call);
        return;
    }
    if (err.kind() == ApiError::Kind::Throttled)
        backOff(err.retryAfterSeconds());
    else if (!err)
        m_throttleLevel = 0; // the server answers again: the next throttle starts gently
    if (err.kind() == ApiError::Kind::AuthExpired && m_authenticator && m_authenticator->canRefresh() &&
        !call->m_replayedAfterRefresh) {
        // A 401 means the server did not act on the request, so replaying it once (writes included)
        // after a refresh is safe. A request sent with a token that has since been replaced only
        // needs the replay, not another refresh: that keeps one refresh for any number in flight.
        call->m_replayedAfterRefresh = true;
        if (call->m_authGeneration < m_authGeneration) {
            startAttempt(call);
            return;
        }
        m_refreshFor401 = true;
        park(call);
        return;
    }
    if (shouldRetry(call)) {
        // A throttled call waits for the client-wide pause (startAttempt holds it); others back off alone.
        const int delay = err.kind() == ApiError::Kind::Throttled
                              ? 0
                              : m_policy.delayBeforeAttempt(call->m_attempts + 1, err.retryAfterSeconds(), &m_rng);
        call->m_retryTimer.disconnect();
        connect(&call->m_retryTimer, &QTimer::timeout, call, [this, call] { startAttempt(call); });
        call->m_retryTimer.start(delay);
        return;
    }
    finish(call);
}

bool Transport::shouldRetry(const ApiCall *call) const
{
    const ApiError &err = call->m_parsed.error;
    const int attempts = err.kind() == ApiError::Kind::Throttled ? m_policy.maxThrottledAttempts : m_policy.maxAttempts;
    if (call->operation().isWrite() || call->m_cancelled || call->m_attempts >= attempts)
        return false;
    if (err.isTransient())
        return true;
    // A cut-off body is a transfer problem, not a server statement.
    return err.kind() == ApiError::Kind::NotJson && call->m_raw.body.trimmed().startsWith('{');
}

void Transport::finish(ApiCall *call)
{
    if (call->m_finished)
        return;
    call->m_finished = true;
    call->m_parked = false;
    emit call->finished();
    emit callFinished(call);
    call->deleteLater();
}

void Transport::park(ApiCall *call)
{
    if (!call->m_parked) {
        call->m_parked = true;
        m_parked.append(call);
    }
    ensureRefresh();
}

void Transport::ensureRefresh()
{
    if (m_refreshing || !m_authenticator)
        return;
    m_refreshing = true;
    QMetaObject::invokeMethod(
        m_authenticator,
        [a = m_authenticator] {
            if (a)
                a->refresh();
        },
        Qt::QueuedConnection);
}

void Transport::backOff(int retryAfterSeconds)
{
    const int pause = m_policy.throttlePauseMs(m_throttleLevel++, retryAfterSeconds, &m_rng);
    if (m_pausedUntil.remainingTime() >= pause)
        return; // already paused at least that long
    m_pausedUntil.setRemainingTime(pause);
    emit throttled((pause + 999) / 1000);
}

void Transport::onRefreshed()
{
    m_refreshing = false;
    ++m_authGeneration;
    // Remember the token minted because of a 401: a 401 for it is not about the token.
    m_generationFrom401 = m_refreshFor401 ? m_authGeneration : 0;
    m_refreshFor401 = false;
    const auto waiting = std::exchange(m_parked, {});
    for (const QPointer<ApiCall> &call : waiting) {
        if (!call)
            continue;
        call->m_parked = false;
        startAttempt(call);
    }
}

void Transport::onRefreshFailed(const ApiError &error)
{
    m_refreshing = false;
    m_refreshFor401 = false;
    const auto waiting = std::exchange(m_parked, {});
    for (const QPointer<ApiCall> &call : waiting) {
        if (!call)
            continue;
        call->m_parsed = {};
        call->m_parsed.error = error;
        call->m_parsed.error.setOperationCode(call->operation().code);
        finish(call);
    }
    if (error.kind() == ApiError::Kind::AuthExpired)
        emit authenticationFailed(error);
}

} // namespace pmp::api
