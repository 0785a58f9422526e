#pragma once

#include "api/Client.h"
#include "api/StaticTokenAuthenticator.h"
#include "api/Transport.h"
#include "simulator/Simulator.h"

#include <memory>

namespace pmp::test {

// A fleet of `computers` computers and `patches` patches, everything else as the simulator's defaults.
pmp::sim::SimulatorOptions fleetOf(int computers, int patches);

// A simulator on a real loopback socket plus a client signed in to it with a static token. Retries
// are fast so fault tests stay quick, but the real backoff code runs.
class SimulatorFixture
{
public:
    explicit SimulatorFixture(pmp::sim::SimulatorOptions options = {});
    ~SimulatorFixture();

    pmp::sim::Simulator &simulator() { return *m_simulator; }
    pmp::api::Transport &transport() { return *m_transport; }
    pmp::api::Client &client() { return *m_client; }
    QString token() const { return m_token; }
    bool isListening() const { return m_listening; }

    static pmp::api::RetryPolicy fastRetries();

private:
    QString m_token;
    std::unique_ptr<pmp::sim::Simulator> m_simulator;
    std::unique_ptr<pmp::api::Transport> m_transport;
    std::unique_ptr<pmp::api::StaticTokenAuthenticator> m_auth;
    std::unique_ptr<pmp::api::Client> m_client;
    bool m_listening = false;
};

} // namespace pmp::test
