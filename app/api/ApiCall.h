#pragma once

#include "ApiError.h"
#include "Operation.h"
#include "ResponseParser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

class QNetworkReply;

namespace pmp::api {

class Transport;

// What to send: an operation from the catalogue plus its query, path id and body.
struct ApiRequest
{
    OperationId operation{};
    QUrlQuery query;
    QString pathId;  // the {id} of E39
    QByteArray body; // JSON for writes that take a body
};

// One logical exchange with the server, across its retries and a possible replay after a token
// refresh. Owned by the Transport; deletes itself after finished() has been delivered.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    const ApiRequest &request() const { return m_request; }
    const Operation &operation() const { return *m_operation; }
    const ParsedReply &result() const { return m_parsed; }
    const RawReply &rawReply() const { return m_raw; }
    ApiError error() const { return m_parsed.error; }
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; }
    QString requestId() const { return m_requestId; }
    qint64 elapsedMs() const { return m_elapsed.elapsed(); }

    // Abort now; finished() follows with a Cancelled error (unless it already finished). For a write
    // already on the wire the outcome is unknown, and the error says so.
    void cancel();

signals:
    // The server's answer is in and being parsed off the GUI thread: the connection is free for the
    // next request (finished() follows; a retry would put the call back on the wire).
    void received();
    void finished();

private:
    friend class Transport;
    ApiCall(const ApiRequest &request, const Operation &op, QObject *parent);

    ApiRequest m_request;
    const Operation *m_operation;
    RawReply m_raw;
    ParsedReply m_parsed;
    QString m_requestId;
    QPointer<QNetworkReply> m_reply;
    QTimer m_attemptTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    int m_attempts = 0;
    int m_authGeneration = 0; // the transport's token generation when last sent
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_replayedAfterRefresh = false;
    bool m_parked = false;
    bool m_tooLarge = false; // the answer passed the size cap and was cut
};

} // namespace pmp::api
