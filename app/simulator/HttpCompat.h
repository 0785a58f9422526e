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

// Which generation of the Qt HttpServer API this is built against (the module's version is Qt's):
//   64  Qt 6.4: requests come with the raw socket; headers are written one by one;
//   65  Qt 6.5-6.7: a responder by reference (missingHandler takes it by rvalue); headers still one
//       by one and request headers as a list of pairs; bind() returns nothing;
//   68  Qt 6.8+: a responder by reference in both; QHttpHeaders; bind() says whether it worked.
// Overridable (-DPATCHDECK_HTTPSERVER_API=65) for a syntax check against other headers.
#ifndef PATCHDECK_HTTPSERVER_API
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#define PATCHDECK_HTTPSERVER_API 68
#elif QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#define PATCHDECK_HTTPSERVER_API 65
#else
#define PATCHDECK_HTTPSERVER_API 64
#endif
#endif

namespace pmp::sim {

// The only place that knows which Qt HttpServer it is built against (the three generations above).
// Everything above this class sees SimRequest in and SimResponse out, and may answer later (latency
// faults, deployments) by keeping the Reply: every generation lets a responder outlive the handler.
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
#if PATCHDECK_HTTPSERVER_API >= 68
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#elif PATCHDECK_HTTPSERVER_API >= 65
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#endif

private:
    static SimRequest convert(const QHttpServerRequest &request);
    Handler m_handler;
};

} // namespace pmp::sim
