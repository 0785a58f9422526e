#include "HttpCompat.h"

#include <QMetaEnum>

#if PATCHDECK_HTTPSERVER_API >= 68
#include <QHttpHeaders>
#endif

namespace pmp::sim {

HttpCompat::Reply::Reply(QHttpServerResponder &&responder)
    : m_responder(std::make_unique<QHttpServerResponder>(std::move(responder)))
{
}

// Qt 6.4's responder keeps a raw socket pointer and its destructor does not use it, so dropping an
// unanswered Reply after the client went away is safe; from Qt 6.5 the stream waits for its
// responder (it stops reading the connection until the responder is destroyed).
HttpCompat::Reply::~Reply() = default;

void HttpCompat::Reply::send(const SimResponse &response)
{
    if (m_answered)
        return;
    m_answered = true;
    const auto status = QHttpServerResponder::StatusCode(response.status);
#if PATCHDECK_HTTPSERVER_API >= 68
    QHttpHeaders headers;
    if (!response.contentType.isEmpty())
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, response.contentType);
    for (const auto &h : response.headers)
        headers.append(h.first, h.second);
    // write() adds Content-Length; a client that went away is handled inside Qt 6.8.
    m_responder->write(response.body, headers, status);
#else
#if PATCHDECK_HTTPSERVER_API < 65
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return; // the client went away while we waited (latency fault, cancel)
#endif
    // Qt 6.5-6.7 keep the connection's stream (and socket) until the responder goes; a write to a
    // socket that went away is refused by Qt with a warning, harmlessly.
    m_responder->writeStatusLine(status);
    if (!response.contentType.isEmpty())
        m_responder->writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    for (const auto &h : response.headers)
        m_responder->writeHeader(h.first, h.second);
    m_responder->writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    m_responder->writeBody(response.body);
#endif
}

HttpCompat::HttpCompat(Handler handler, QObject *parent) : QAbstractHttpServer(parent), m_handler(std::move(handler)) {}

bool HttpCompat::attach(QTcpServer *server)
{
#if PATCHDECK_HTTPSERVER_API >= 68
    return bind(server);
#else
    if (!server->isListening())
        return false;
    bind(server);
    return true;
#endif
}

SimRequest HttpCompat::convert(const QHttpServerRequest &request)
{
    SimRequest r;
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    const char *key = methods.valueToKey(int(request.method()));
    r.method = key ? QString::fromLatin1(key).toUpper() : QStringLiteral("UNKNOWN");
    r.path = request.url().path(QUrl::FullyDecoded);
    r.query = request.query();
    r.body = request.body();
#if PATCHDECK_HTTPSERVER_API >= 68
    const QHttpHeaders &headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QLatin1StringView name = headers.nameAt(i);
        r.headers.insert(QByteArray(name.data(), name.size()).toLower(), headers.valueAt(i).toByteArray());
    }
#else
    for (const auto &h : request.headers())
        r.headers.insert(h.first.toLower(), h.second);
#endif
    return r;
}

#if PATCHDECK_HTTPSERVER_API >= 65

bool HttpCompat::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    // Moving the responder out keeps the connection waiting until Reply::send (Qt 6.5+ support this).
    auto reply = std::shared_ptr<Reply>(new Reply(std::move(responder)));
    m_handler(convert(request), reply);
    return true;
}

#if PATCHDECK_HTTPSERVER_API >= 68
void HttpCompat::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder)
#else
void HttpCompat::missingHandler(const QHttpServerRequest &, QHttpServerResponder &&responder)
#endif
{
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

#else

bool HttpCompat::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto reply = std::shared_ptr<Reply>(new Reply(makeResponder(request, socket)));
    reply->m_socket = socket;
    m_handler(convert(request), reply);
    return true;
}

void HttpCompat::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

#endif

} // namespace pmp::sim
