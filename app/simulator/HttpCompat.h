#pragma once

#include "SimRequest.h"
#include "SimResponse.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <memory>

namespace pmp::sim {

// The only place that knows which Qt HttpServer it is built against. Qt 6.4 hands requests over
// with the raw socket and writes headers one by one; Qt 6.8 hands over a responder and wants a
// QHttpHeaders. Everything above this class sees SimRequest in and SimResponse out, and may answer
// later (latency faults, deployments) by keeping the Reply.
class HttpCompat : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // Owns the responder until the answer is written, so answering after the handler returned is safe.
    class Reply
    {
    public:
        ~Reply();
        bool isAnswered() const { return m_answered; }
        void send(const SimResponse &response);

    private:
        friend class HttpCompat;
        explicit Reply(QHttpServerResponder &&responder);
        std::unique_ptr<QHttpServerResponder> m_responder;
        QPointer<QTcpSocket> m_socket; // Qt 6.4 only: the responder writes to it without checking
        bool m_answered = false;
    };
    using Handler = std::function<void(const SimRequest &, const std::shared_ptr<Reply> &)>;

    explicit HttpCompat(Handler handler, QObject *parent = nullptr);

    // Attaches an already listening server (QAbstractHttpServer::bind differs between versions).
    bool attach(QTcpServer *server);

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#endif

private:
    static SimRequest convert(const QHttpServerRequest &request);
    Handler m_handler;
};

} // namespace pmp::sim
