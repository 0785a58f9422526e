#include "LoopbackReceiver.h"

#include "Profile.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QUrl>

Q_LOGGING_CATEGORY(lcLoopback, "pmp.auth.loopback", QtInfoMsg)

namespace pmp::auth {

namespace {

constexpr int kMaxHeadBytes = 8192;
constexpr int kSocketIdleMs = 10000;

QString htmlEscape(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<pmp::auth::LoopbackReceiver::Callback>();
    qRegisterMetaType<pmp::auth::LoopbackReceiver::Rejection>();
    m_appName = QCoreApplication::applicationName();
    if (m_appName.isEmpty())
        m_appName = QStringLiteral("PatchDeck");
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(5 * 60 * 1000);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_done)
            return;
        m_done = true;
        close();
        emit timedOut();
    });
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onNewConnection);
}

LoopbackReceiver::~LoopbackReceiver()
{
    close();
    // The sockets are the server's children and die after our members: cut them off first.
    const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
    m_buffers.clear();
}

bool LoopbackReceiver::listen(quint16 port)
{
    m_done = false;
    m_error.clear();
    // 127.0.0.1 only: never reachable from another machine.
    if (!m_server.listen(QHostAddress::LocalHost, port)) {
        m_error = port ? tr("Port %1 on 127.0.0.1 is already in use, so the redirect from the browser cannot be "
                            "received. Close the program using it, or register another port.")
                             .arg(port)
                       : tr("Cannot listen on 127.0.0.1: %1").arg(m_server.errorString());
        return false;
    }
    m_port = m_server.serverPort();
    if (m_timeout.interval() > 0)
        m_timeout.start();
    return true;
}

QString LoopbackReceiver::redirectUri() const
{
    return Profile::redirectUriFor(port());
}

void LoopbackReceiver::setTimeout(int ms)
{
    m_timeout.setInterval(ms);
    if (ms <= 0)
        m_timeout.stop();
    else if (m_server.isListening() && !m_done)
        m_timeout.start();
}

void LoopbackReceiver::close()
{
    m_timeout.stop();
    if (m_server.isListening())
        m_server.close();
}

void LoopbackReceiver::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        // A connection that never sends a complete request is dropped.
        QTimer::singleShot(kSocketIdleMs, socket, [this, socket] {
            if (m_buffers.contains(socket)) {
                m_buffers.remove(socket);
                socket->abort();
                socket->deleteLater();
            }
        });
    }
}

void LoopbackReceiver::onReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return; // already answered
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->read(kMaxHeadBytes + 1 - buffer.size());
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > kMaxHeadBytes)
            reject(socket, Rejection::Malformed, tr("request too large"));
        return;
    }
    const QByteArray head = buffer.left(end);
    m_buffers.remove(socket);
    handleRequest(socket, head);
}

void LoopbackReceiver::handleRequest(QTcpSocket *socket, const QByteArray &head)
{
    using Refusal = CallbackRequest::Refusal;
    const CallbackRequest::Parsed parsed = CallbackRequest::parse(head, port(), m_state);
    const auto refusal = parsed.refusal;
    if (refusal == Refusal::Malformed || refusal == Refusal::WrongPath) {
        reject(socket, refusal == Refusal::Malformed ? Rejection::Malformed : Rejection::WrongPath, parsed.detail);
        return;
    }
    if (m_done) {
        reject(socket, Rejection::AlreadyDone, tr("sign-in already completed"));
        return;
    }
    if (refusal) {
        reject(socket, *refusal == Refusal::StateMismatch ? Rejection::StateMismatch : Rejection::MissingCode,
               parsed.detail);
        return;
    }
    const Callback &cb = parsed.callback;

    m_done = true;
    close(); // no second callback can arrive
    if (cb.error.isEmpty()) {
        respond(socket, 200,
                page(tr("Signed in"),
                     tr("%1 received the sign-in. You can close this tab and return to %1.").arg(m_appName), true,
                     m_appName));
    } else if (cb.error == QLatin1String("access_denied")) {
        respond(socket, 200,
                page(tr("Access not granted"),
                     tr("You declined the access request, so %1 is not signed in. You can close this tab; "
                        "%1 explains what to do next.")
                         .arg(m_appName),
                     false, m_appName));
    } else {
        respond(socket, 200,
                page(tr("Sign-in failed"),
                     tr("The sign-in ended with the error \"%1\". You can close this tab and return to %2.")
                         .arg(cb.error, m_appName),
                     false, m_appName));
    }
    emit received(cb);
}

void LoopbackReceiver::reject(QTcpSocket *socket, Rejection reason, const QString &detail)
{
    qCInfo(lcLoopback) << "ignored a request on the sign-in listener:" << reason << detail;
    QString message;
    switch (reason) {
    case Rejection::StateMismatch:
        message = tr("This response does not belong to the sign-in %1 is waiting for (the state does not match), "
                     "so it was ignored. Start the sign-in again from %1 if needed.")
                      .arg(m_appName);
        break;
    case Rejection::AlreadyDone:
        message = tr("This sign-in was already completed. You can close this tab.");
        break;
    default:
        message = tr("This address only receives the sign-in response for %1.").arg(m_appName);
        break;
    }
    respond(socket, 400, page(tr("Not a sign-in response"), message, false, m_appName));
    emit rejected(reason, detail);
}

void LoopbackReceiver::respond(QTcpSocket *socket, int status, const QByteArray &body)
{
    m_buffers.remove(socket);
    const QByteArray reason = status == 200 ? "OK" : "Bad Request";
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Cache-Control: no-store\r\n";
    response += "Referrer-Policy: no-referrer\r\n"; // the code in our URL goes nowhere else
    response += "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n";
    response += "X-Content-Type-Options: nosniff\r\n";
    response += "Connection: close\r\n\r\n";
    response += body;
    // The answered socket no longer belongs to the listener: it lives until the browser has the
    // page, even if the sign-in (and this receiver) ends right away, as after a refusal.
    socket->disconnect(this);
    socket->setParent(nullptr);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(kSocketIdleMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->write(response);
    socket->disconnectFromHost(); // after the bytes are written
}

QByteArray LoopbackReceiver::page(const QString &title, const QString &message, bool success, const QString &appName)
{
    const QString accent = success ? QStringLiteral("#1a7f37") : QStringLiteral("#b35900");
    const QString mark = success ? QStringLiteral("&#10003;") : QStringLiteral("!");
    const QString html =
        QStringLiteral(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<title>%1 — %2</title><style>"
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;background:#f4f5f7;color:#1f2328;"
            "margin:0;display:flex;min-height:100vh;align-items:center;justify-content:center}"
            ".card{background:#fff;border-radius:12px;box-shadow:0 2px 12px rgba(0,0,0,.08);padding:40px 48px;"
            "max-width:460px;text-align:center}"
            ".mark{width:56px;height:56px;border-radius:50%;background:%3;color:#fff;font-size:32px;line-height:56px;"
            "margin:0 auto 16px}"
            "h1{font-size:22px;margin:0 0 12px}p{font-size:15px;line-height:1.5;margin:0;color:#57606a}"
            ".app{margin-top:24px;font-size:13px;color:#8c959f}"
            "</style></head><body><div class=\"card\"><div class=\"mark\">%4</div><h1 id=\"title\">%2</h1>"
            "<p id=\"message\">%5</p><div class=\"app\">%1</div></div></body></html>")
            .arg(htmlEscape(appName), htmlEscape(title), accent, mark, htmlEscape(message));
    return html.toUtf8();
}

} // namespace pmp::auth
