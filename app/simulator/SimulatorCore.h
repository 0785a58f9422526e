#pragma once

#include "AccountsServer.h"
#include "FaultInjector.h"
#include "FleetState.h"
#include "HttpCompat.h"
#include "ResponseWriter.h"
#include "Router.h"
#include "SimClock.h"
#include "SimContext.h"
#include "Simulator.h"
#include "TaskScheduler.h"
#include "TokenStore.h"

#include <QObject>

#include <memory>

namespace pmp::sim {

class LoopbackTcpServer;

// Everything behind the Simulator facade: the fleet, the accounts server, the router, the fault
// injector and the HTTP front. Records every request when it arrives (so a test can see a request
// that is still being delayed) and its status when it is answered.
class SimulatorCore : public QObject
{
    Q_OBJECT
public:
    SimulatorCore(Simulator *owner, const SimulatorOptions &options);
    ~SimulatorCore() override;

    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }
    void setQuirks(bool on) { m_writer.setQuirks(on); }
    bool setFaults(const QString &spec, QString *error);
    int faultsFired() const { return m_faults.firedTotal(); }

    TokenStore &tokens() { return m_tokens; }
    QList<Simulator::RecordedRequest> requests() const { return m_records; }
    void clearRequests();
    int tokenRequestCount() const { return m_accounts.tokenRequests(); }
    QString clientId() const { return m_options.clientId; }

private:
    void onRequest(const SimRequest &request, const std::shared_ptr<HttpCompat::Reply> &reply);
    SimResponse faultResponse(const FaultRule &rule, const SimRequest &request) const;
    static SimRequest withPagingLie(SimRequest request, FaultKind kind);
    static void lieAboutTotal(SimResponse &response, qint64 by);

    Simulator *m_owner;
    SimulatorOptions m_options;
    SimClock m_clock;
    FleetState m_fleet;
    ResponseWriter m_writer;
    TaskScheduler m_scheduler;
    SimContext m_context;
    TokenStore m_tokens;
    AccountsServer m_accounts;
    Router m_router;
    FaultInjector m_faults;
    QList<Simulator::RecordedRequest> m_records;
    int m_recordGeneration = 0; // bumped by clearRequests, so late answers do not touch new records
    std::unique_ptr<HttpCompat> m_http;
    quint16 m_port = 0;
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace pmp::sim
