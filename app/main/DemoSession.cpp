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
    m_thread.setObjectName(QStringLiteral("demo-server"));
    m_onThread.moveToThread(&m_thread);
}

DemoSession::~DemoSession()
{
    m_connection.reset();
    if (m_thread.isRunning()) {
        // Deleted on its own thread, where its sockets and timers live; the anchor comes home too.
        QThread *home = thread();
        QMetaObject::invokeMethod(
            &m_onThread,
            [this, home] {
                delete m_simulator;
                m_onThread.moveToThread(home);
            },
            Qt::BlockingQueuedConnection);
        m_simulator = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

bool DemoSession::start(QString *error)
{
    m_thread.start();
    bool listening = false;
    QString problem;
    QUrl url;
    QMetaObject::invokeMethod(
        &m_onThread,
        [&] {
            m_simulator = new pmp::sim::Simulator(m_options);
            listening = m_simulator->listen();
            problem = m_simulator->errorString();
            url = m_simulator->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        if (error)
            *error = problem;
        return false;
    }
    using pmp::api::StaticTokenAuthenticator;
    auto auth = std::make_unique<StaticTokenAuthenticator>(StaticTokenAuthenticator::Kind::Cloud,
                                                           m_options.staticToken.toUtf8());
    m_connection = std::make_unique<pmp::api::Connection>(url, std::move(auth));
    return true;
}

} // namespace pmp::app
