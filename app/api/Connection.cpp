#include "Connection.h"

namespace pmp::api {

Connection::Connection(const QUrl &server, std::unique_ptr<Authenticator> authenticator, QObject *parent)
    : QObject(parent), m_authenticator(std::move(authenticator)), m_client(&m_transport)
{
    m_transport.setBaseUrl(server);
    m_transport.setAuthenticator(m_authenticator.get());
}

Connection::~Connection()
{
    m_transport.setAuthenticator(nullptr);
}

} // namespace pmp::api
