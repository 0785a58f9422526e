#pragma once

#include <QTcpServer>

namespace pmp::sim {

// The listening socket of the simulator: hands every connection to QHttpServer as a DroppingSocket
// so that the drop fault can reset it on every Qt version.
class LoopbackTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit LoopbackTcpServer(QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};

} // namespace pmp::sim
