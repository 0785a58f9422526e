#pragma once

#include "Authenticator.h"
#include "Client.h"
#include "Transport.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace pmp::api {

// Everything needed to talk to one server: the transport, its authenticator and the typed client.
// The GUI, the headless export and the demo each build one.
class Connection : public QObject
{
    Q_OBJECT
public:
    Connection(const QUrl &server, std::unique_ptr<Authenticator> authenticator, QObject *parent = nullptr);
    ~Connection() override;

    QUrl server() const { return m_transport.baseUrl(); }
    Transport &transport() { return m_transport; }
    Client &client() { return m_client; }
    Authenticator *authenticator() const { return m_authenticator.get(); }

private:
    std::unique_ptr<Authenticator> m_authenticator;
    Transport m_transport;
    Client m_client;
};

} // namespace pmp::api
