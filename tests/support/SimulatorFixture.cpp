#include "SimulatorFixture.h"

namespace pmp::test {

pmp::sim::SimulatorOptions fleetOf(int computers, int patches)
{
    pmp::sim::SimulatorOptions o;
    o.computers = computers;
    o.patches = patches;
    return o;
}

SimulatorFixture::SimulatorFixture(pmp::sim::SimulatorOptions options)
{
    if (options.staticToken.isEmpty())
        options.staticToken = QStringLiteral("test-static-token");
    m_token = options.staticToken;
    m_simulator = std::make_unique<pmp::sim::Simulator>(options);
    m_listening = m_simulator->listen();
    m_transport = std::make_unique<pmp::api::Transport>();
    m_transport->setBaseUrl(m_simulator->baseUrl());
    m_transport->setRetryPolicy(fastRetries());
    m_auth = std::make_unique<pmp::api::StaticTokenAuthenticator>(pmp::api::StaticTokenAuthenticator::Kind::Cloud,
                                                                  m_token.toUtf8());
    m_transport->setAuthenticator(m_auth.get());
    m_client = std::make_unique<pmp::api::Client>(m_transport.get());
}

SimulatorFixture::~SimulatorFixture()
{
    m_client.reset();
    m_transport.reset();
    m_auth.reset();
    m_simulator.reset();
}

pmp::api::RetryPolicy SimulatorFixture::fastRetries()
{
    pmp::api::RetryPolicy p;
    p.baseDelayMs = 5;
    p.maxDelayMs = 40;
    p.throttleBaseDelayMs = 5;
    p.maxThrottleDelayMs = 50;
    p.timeoutMs = 5000;
    return p;
}

} // namespace pmp::test
