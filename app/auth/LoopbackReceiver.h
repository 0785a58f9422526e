#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>
#include <QUrlQuery>

#include "CallbackRequest.h"

class QTcpSocket;

namespace pmp::auth {

// The redirect target of the browser sign-in: a tiny HTTP listener on 127.0.0.1 only. It accepts
// exactly one valid callback (GET /callback with the expected state, whether it carries a code or
// an error), answers it with a friendly page, and closes. Anything else — a missing or wrong state,
// another path, a malformed or oversized request, a second callback — is answered 400 with a plain
// page and otherwise ignored, so a stray local request can neither complete nor cancel the sign-in.
// A browser that never comes back ends in timedOut().
class LoopbackReceiver : public QObject
{
    Q_OBJECT
public:
    using Callback = CallbackRequest::Callback;

    enum class Rejection
    {
        Malformed,
        WrongPath,
        StateMismatch,
        MissingCode,
        AlreadyDone
    };
    Q_ENUM(Rejection)

    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // Listens on 127.0.0.1:port (0: a free port). False with errorString() when the port is taken.
    bool listen(quint16 port = 0);
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_port; } // kept after close(), for the token exchange
    QString redirectUri() const;
    QString errorString() const { return m_error; }

    void setExpectedState(const QByteArray &state) { m_state = state; }
    // How long to wait for the browser (default 5 minutes); 0 waits forever.
    void setTimeout(int ms);
    // The product name shown on the browser page.
    void setApplicationName(const QString &name) { m_appName = name; }
    void close();

    // Pages the browser sees; public so the dialog's texts and the tests agree.
    static QByteArray page(const QString &title, const QString &message, bool success, const QString &appName);

signals:
    // The one valid callback (a code, or an error such as access_denied with the right state).
    void received(const pmp::auth::LoopbackReceiver::Callback &callback);
    // A request that was answered 400 and ignored.
    void rejected(pmp::auth::LoopbackReceiver::Rejection reason, const QString &detail);
    void timedOut();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const QByteArray &head);
    void reject(QTcpSocket *socket, Rejection reason, const QString &detail);
    void respond(QTcpSocket *socket, int status, const QByteArray &body);

    QTcpServer m_server;
    QTimer m_timeout;
    QByteArray m_state;
    quint16 m_port = 0;
    QString m_error;
    QString m_appName;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    bool m_done = false;
};

} // namespace pmp::auth

Q_DECLARE_METATYPE(pmp::auth::LoopbackReceiver::Callback)
