#include "LoopbackTcpServer.h"

#include "DroppingSocket.h"

namespace pmp::sim {

LoopbackTcpServer::LoopbackTcpServer(QObject *parent) : QTcpServer(parent) {}

void LoopbackTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new DroppingSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    addPendingConnection(socket);
}

} // namespace pmp::sim
