#pragma once

#include <QByteArray>
#include <QTcpSocket>

namespace pmp::sim {

// A connection that can be cut mid-response. Qt 6.8's HTTP server never exposes its socket, so the
// "drop" fault writes an in-band marker into the body; this socket sends everything before the
// marker and then resets the TCP connection (RST), exactly like a proxy or server dying mid-reply.
class DroppingSocket : public QTcpSocket
{
    Q_OBJECT
public:
    explicit DroppingSocket(QObject *parent = nullptr);
    static QByteArray marker();

protected:
    qint64 writeData(const char *data, qint64 len) override;

private:
    void resetConnection();
    bool m_dropping = false;
};

} // namespace pmp::sim
