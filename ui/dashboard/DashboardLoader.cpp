#include "DashboardLoader.h"

#include "TrendSource.h"

#include "api/ApiCall.h"
#include "api/Client.h"
#include "api/ListQuery.h"
#include "store/SummaryMetric.h"

namespace pmp::ui {

using pmp::api::ApiError;
using pmp::api::Result;

DashboardLoader::DashboardLoader(pmp::api::Client *client, QObject *parent) : QObject(parent), m_client(client)
{
    for (Section s : sections())
        m_state.insert(s, State{});
}

DashboardLoader::~DashboardLoader()
{
    cancel();
}

QList<DashboardLoader::Section> DashboardLoader::sections()
{
    return {Section::Patches,  Section::Computers,    Section::Database,
            Section::Approval, Section::HealthPolicy, Section::FailedDeployments};
}

bool DashboardLoader::isLoading() const
{
    for (const State &s : m_state)
        if (s.call)
            return true;
    return false;
}

QDateTime DashboardLoader::asOf() const
{
    QDateTime oldest;
    for (const State &s : m_state)
        if (s.fetchedAt.isValid() && (!oldest.isValid() || s.fetchedAt < oldest))
            oldest = s.fetchedAt;
    return oldest;
}

void DashboardLoader::refresh()
{
    const bool wasIdle = !isLoading();
    bool any = false;
    for (Section s : sections())
        if (!isLoading(s)) {
            if (!any && wasIdle)
                emit started();
            any = true;
            load(s);
        }
}

void DashboardLoader::retry(Section section)
{
    if (isLoading(section))
        return;
    if (!isLoading())
        emit started();
    load(section);
}

void DashboardLoader::cancel()
{
    for (Section s : sections()) {
        State &st = m_state[s];
        ++st.generation; // a late callback of the cancelled call must change nothing
        if (st.call) {
            QPointer<pmp::api::ApiCall> call = st.call;
            st.call = nullptr;
            call->cancel();
        }
    }
}

void DashboardLoader::seed(const pmp::api::PatchSummary &value, const QDateTime &at)
{
    m_patches = value;
    seeded(Section::Patches, at);
}

void DashboardLoader::seed(const pmp::api::SomSummary &value, const QDateTime &at)
{
    m_som = value;
    seeded(Section::Computers, at);
}

void DashboardLoader::seed(const pmp::api::DbUpdateStatus &value, const QDateTime &at)
{
    m_db = value;
    seeded(Section::Database, at);
}

void DashboardLoader::seed(const pmp::api::ApprovalSettings &value, const QDateTime &at)
{
    m_approval = value;
    seeded(Section::Approval, at);
}

void DashboardLoader::seed(const pmp::api::HealthPolicy &value, const QDateTime &at)
{
    m_policy = value;
    seeded(Section::HealthPolicy, at);
}

void DashboardLoader::seedFailedDeploymentSystems(qint64 count, const QDateTime &at)
{
    m_failedDeploymentSystems = count;
    seeded(Section::FailedDeployments, at);
}

void DashboardLoader::seeded(Section section, const QDateTime &at)
{
    State &st = m_state[section];
    st.error = {};
    st.fetchedAt = at;
    emit sectionLoaded(section);
}

void DashboardLoader::load(Section section)
{
    State &st = m_state[section];
    const quint64 gen = ++st.generation;
    emit sectionStarted(section);
    if (!m_client) {
        // Settled on the next turn of the event loop, like a real call.
        QMetaObject::invokeMethod(
            this,
            [this, section, gen] {
                settle(section, gen, ApiError(ApiError::Kind::Network, tr("Not connected to a server.")));
            },
            Qt::QueuedConnection);
        return;
    }
    // Each callback stores its value and settles its own section only.
    auto settleWith = [this, section, gen](const ApiError &e) { settle(section, gen, e); };
    switch (section) {
    case Section::Patches:
        st.call = m_client->patchSummary(this, [this, gen, settleWith](const Result<pmp::api::PatchSummary> &r) {
            if (r.ok() && gen == m_state.value(Section::Patches).generation) {
                m_patches = r.value;
                m_patchesFresh = true;
            }
            settleWith(r.error);
        });
        break;
    case Section::Computers:
        st.call = m_client->somSummary(this, [this, gen, settleWith](const Result<pmp::api::SomSummary> &r) {
            if (r.ok() && gen == m_state.value(Section::Computers).generation) {
                m_som = r.value;
                m_somFresh = true;
            }
            settleWith(r.error);
        });
        break;
    case Section::Database:
        st.call = m_client->dbUpdateStatus(this, [this, gen, settleWith](const Result<pmp::api::DbUpdateStatus> &r) {
            if (r.ok() && gen == m_state.value(Section::Database).generation)
                m_db = r.value;
            settleWith(r.error);
        });
        break;
    case Section::Approval:
        st.call =
            m_client->approvalSettings(this, [this, gen, settleWith](const Result<pmp::api::ApprovalSettings> &r) {
                if (r.ok() && gen == m_state.value(Section::Approval).generation)
                    m_approval = r.value;
                settleWith(r.error);
            });
        break;
    case Section::HealthPolicy:
        st.call = m_client->healthPolicy(this, [this, gen, settleWith](const Result<pmp::api::HealthPolicy> &r) {
            if (r.ok() && gen == m_state.value(Section::HealthPolicy).generation)
                m_policy = r.value;
            settleWith(r.error);
        });
        break;
    case Section::FailedDeployments:
        // One row is enough: the count is the list's total, which every page states.
        st.call = m_client->threatSystemReport(
            pmp::store::SummaryMetrics::failedDeploymentsQuery(), 1, 1, this,
            [this, gen, settleWith](const Result<pmp::api::RecordPage> &r) {
                ApiError error = r.error;
                if (r.ok() && gen == m_state.value(Section::FailedDeployments).generation) {
                    if (const std::optional<qint64> count = pmp::store::SummaryMetrics::failedDeploymentsIn(r.value)) {
                        m_failedDeploymentSystems = count;
                        m_failedFresh = true;
                    } else {
                        error = ApiError(ApiError::Kind::Malformed,
                                         tr("The server listed systems with failed deployments without saying how "
                                            "many there are."));
                    }
                }
                settleWith(error);
            });
        break;
    }
}

void DashboardLoader::settle(Section section, quint64 generation, const ApiError &error)
{
    State &st = m_state[section];
    if (generation != st.generation)
        return; // cancelled or superseded
    st.call = nullptr;
    st.error = error;
    if (error.isError()) {
        emit sectionFailed(section, error);
    } else {
        st.fetchedAt = now();
        emit sectionLoaded(section);
    }
    maybeRecordHistory(); // also after a failure: the snapshot may have waited for this section
    if (!isLoading())
        emit finished();
}

void DashboardLoader::maybeRecordHistory()
{
    if (!m_trends || !m_patchesFresh || !m_somFresh || isLoading(Section::FailedDeployments))
        return;
    const std::optional<qint64> failed = m_failedFresh ? m_failedDeploymentSystems : std::nullopt;
    m_patchesFresh = m_somFresh = m_failedFresh = false;
    const QDateTime at = now();
    // Read before recording: a refresh within the same hour replaces that hour's snapshot.
    const QDateTime before = m_trends->takenAt(at);
    if (before.isValid()) {
        PreviousRefresh previous{before, {}};
        for (const TrendSource::Metric metric :
             {TrendSource::Metric::MissingCritical, TrendSource::Metric::MissingImportant,
              TrendSource::Metric::MissingTotal, TrendSource::Metric::HighlyVulnerableSystems,
              TrendSource::Metric::VulnerableSystems, TrendSource::Metric::HealthySystems,
              TrendSource::Metric::TotalSystems, TrendSource::Metric::AgentsDown, TrendSource::Metric::ScanFailures,
              TrendSource::Metric::FailedDeploymentSystems})
            if (const std::optional<qint64> value = m_trends->valueAt(metric, before))
                previous.values.insert(metric, *value);
        m_previous = std::move(previous);
    }
    m_trends->record(at, m_patches, m_som, failed);
    emit historyRecorded(at);
}

} // namespace pmp::ui
