#include "Simulator.h"

#include "SimulatorCore.h"

namespace pmp::sim {

Simulator::Simulator(const SimulatorOptions &options, QObject *parent)
    : QObject(parent), m_core(std::make_unique<SimulatorCore>(this, options))
{
}

Simulator::~Simulator() = default;

bool Simulator::listen(const QHostAddress &address, quint16 port)
{
    return m_core->listen(address, port);
}

quint16 Simulator::port() const
{
    return m_core->port();
}

QUrl Simulator::baseUrl() const
{
    return m_core->baseUrl();
}

QString Simulator::errorString() const
{
    return m_core->errorString();
}

void Simulator::setQuirks(bool on)
{
    m_core->setQuirks(on);
}

bool Simulator::setFaults(const QString &spec, QString *error)
{
    return m_core->setFaults(spec, error);
}

int Simulator::faultsFired() const
{
    return m_core->faultsFired();
}

QString Simulator::mintAccessToken(const QStringList &scopes)
{
    return m_core->tokens().mintAccessToken(scopes);
}

QString Simulator::mintAuthorizationCode(const QStringList &scopes, const QString &redirectUri)
{
    TokenStore::AuthCode code;
    code.scopes = scopes;
    code.clientId = m_core->clientId();
    code.redirectUri = redirectUri;
    code.offline = true; // Self Client codes always give a refresh token
    return m_core->tokens().mintCode(code);
}

void Simulator::expireAccessTokens()
{
    m_core->tokens().expireAllAccessTokens();
}

QList<Simulator::RecordedRequest> Simulator::requests() const
{
    return m_core->requests();
}

void Simulator::clearRequests()
{
    m_core->clearRequests();
}

int Simulator::tokenRequestCount() const
{
    return m_core->tokenRequestCount();
}

} // namespace pmp::sim
