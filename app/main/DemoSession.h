#pragma once

#include "api/Connection.h"
#include "simulator/Simulator.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace pmp::app {

// `patchdeck --demo`: the simulator on a free loopback port and a connection signed in to it with a
// random static token. No account, no network, no setup. The simulator runs on a thread of its own,
// as a real server runs elsewhere: building the pages of a 50,000-computer fleet never holds up the
// window.
class DemoSession : public QObject
{
    Q_OBJECT
public:
    explicit DemoSession(pmp::sim::SimulatorOptions options, QObject *parent = nullptr);
    ~DemoSession() override;

    bool start(QString *error);
    pmp::api::Connection *connection() const { return m_connection.get(); }

private:
    pmp::sim::SimulatorOptions m_options;
    QThread m_thread;
    QObject m_onThread;                         // runs calls on m_thread
    pmp::sim::Simulator *m_simulator = nullptr; // created, used and deleted on m_thread
    std::unique_ptr<pmp::api::Connection> m_connection;
};

} // namespace pmp::app
