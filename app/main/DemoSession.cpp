#include "DemoSession.h"

#include "api/StaticTokenAuthenticator.h"

#include <QUuid>

namespace pmp::app {

DemoSession::DemoSession(pmp::sim::SimulatorOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    if (m_options.staticToken.isEmpty())
        m_options.staticToken = QStringLiteral("demo-") + QUuid::createUuid().toString(QUuid::Id128);
    // A demo should feel alive: deployments take a few seconds to land, like agents contacting the server.
    if (m_options.deployDelayMs == 0)
        m_options.deployDelayMs = 4000;
}

bool DemoSession::start(QString *error)
{
    m_simulator = std::make_unique<pmp::sim::Simulator>(m_options);
    if (!m_simulator->listen()) {
        if (error)
            *error = m_simulator->errorString();
        return false;
    }
    using pmp::api::StaticTokenAuthenticator;
    auto auth = std::make_unique<StaticTokenAuthenticator>(StaticTokenAuthenticator::Kind::Cloud,
                                                           m_options.staticToken.toUtf8());
    m_connection = std::make_unique<pmp::api::Connection>(m_simulator->baseUrl(), std::move(auth));
    return true;
}

} // namespace pmp::app
