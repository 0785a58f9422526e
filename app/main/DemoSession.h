#pragma once

#include "api/Connection.h"
#include "simulator/Simulator.h"

#include <QObject>

#include <memory>

namespace pmp::app {

// `patchdeck --demo`: the simulator in-process on a free loopback port and a connection signed in
// to it with a random static token. No account, no network, no setup.
class DemoSession : public QObject
{
    Q_OBJECT
public:
    explicit DemoSession(pmp::sim::SimulatorOptions options, QObject *parent = nullptr);

    bool start(QString *error);
    pmp::api::Connection *connection() const { return m_connection.get(); }
    pmp::sim::Simulator *simulator() const { return m_simulator.get(); }

private:
    pmp::sim::SimulatorOptions m_options;
    std::unique_ptr<pmp::sim::Simulator> m_simulator;
    std::unique_ptr<pmp::api::Connection> m_connection;
};

} // namespace pmp::app
