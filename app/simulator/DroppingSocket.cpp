#include "DroppingSocket.h"

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace pmp::sim {

DroppingSocket::DroppingSocket(QObject *parent) : QTcpSocket(parent) {}

QByteArray DroppingSocket::marker()
{
    // Bytes that never occur in JSON or HTML the simulator produces.
    return QByteArrayLiteral("\x01\x02PATCHDECK-SIM-DROP-CONNECTION\x02\x01");
}

qint64 DroppingSocket::writeData(const char *data, qint64 len)
{
    if (m_dropping)
        return len; // swallow whatever the server still writes; the connection is going away
    const QByteArray chunk = QByteArray::fromRawData(data, qsizetype(len));
    const qsizetype at = chunk.indexOf(marker());
    if (at < 0)
        return QTcpSocket::writeData(data, len);
    if (at > 0)
        QTcpSocket::writeData(data, at);
    m_dropping = true;
    // Reset right away, inside the server's write: the HTTP server then sees a closed socket when the
    // response is done and does not try to read the next request from it.
    resetConnection();
    return len;
}

void DroppingSocket::resetConnection()
{
    flush(); // the partial response reaches the kernel first
#ifdef Q_OS_UNIX
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN: a real reset.
    const linger lg{1, 0};
    ::setsockopt(int(socketDescriptor()), SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
#endif
    // Nothing may read from the socket after this: a read notification queued before the reset would
    // otherwise reach the HTTP server and warn about a closed device.
    QObject::disconnect(this, &QIODevice::readyRead, nullptr, nullptr);
    abort();
}

} // namespace pmp::sim
