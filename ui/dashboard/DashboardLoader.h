#pragma once

#include "TrendSource.h"

#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "api/Results.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace pmp::api {
class Client;
}

namespace pmp::ui {

class TrendSource;

// Fetches everything the dashboard shows, one call per section and all in parallel, so one failed
// call costs only its own section. Keeps the last good data of each section through later
// failures, and records a history snapshot after both summaries have arrived.
class DashboardLoader : public QObject
{
    Q_OBJECT
public:
    enum class Section
    {
        Patches,      // E12 patch summary: severity, health, scan, vulnerability DB, APD
        Computers,    // E34 agent summary: installation, live status, last contact
        Database,     // E18 patch database update status
        Approval,     // E22 approval mode
        HealthPolicy, // E07 what "vulnerable" means on this server
        // E16 filtered to failed installations, one row per page: only its total is used, the number
        // of systems with a failed deployment (neither summary counts them)
        FailedDeployments,
    };
    Q_ENUM(Section)

    explicit DashboardLoader(pmp::api::Client *client, QObject *parent = nullptr);
    ~DashboardLoader() override;

    static QList<Section> sections();

    // Not owned; may be null (no history is kept then).
    void setTrendSource(TrendSource *source) { m_trends = source; }
    TrendSource *trendSource() const { return m_trends; }
    // For tests and snapshots: what "now" is.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    QDateTime now() const { return m_now ? m_now() : QDateTime::currentDateTime(); }

    bool isLoading() const;
    bool isLoading(Section section) const { return m_state.value(section).call != nullptr; }
    bool hasData(Section section) const { return m_state.value(section).fetchedAt.isValid(); }
    // The last failure of a section; cleared when it loads again.
    pmp::api::ApiError error(Section section) const { return m_state.value(section).error; }
    QDateTime fetchedAt(Section section) const { return m_state.value(section).fetchedAt; }
    // When the data on screen was fetched: the oldest of the sections that have data.
    QDateTime asOf() const;

    const pmp::api::PatchSummary &patchSummary() const { return m_patches; }
    const pmp::api::SomSummary &somSummary() const { return m_som; }
    const pmp::api::DbUpdateStatus &dbUpdateStatus() const { return m_db; }
    const pmp::api::ApprovalSettings &approvalSettings() const { return m_approval; }
    const pmp::api::HealthPolicy &healthPolicy() const { return m_policy; }
    // Empty until Section::FailedDeployments has loaded once.
    std::optional<qint64> failedDeploymentSystems() const { return m_failedDeploymentSystems; }

    // The numbers of the refresh before the one last recorded, as the history had them then: what
    // "since your last refresh" compares the summaries on screen with. Empty until a refresh is
    // recorded over an earlier snapshot.
    struct PreviousRefresh
    {
        QDateTime at;
        QHash<TrendSource::Metric, qint64> values;
    };
    const std::optional<PreviousRefresh> &previousRefresh() const { return m_previous; }

    // Shows data obtained elsewhere (the last cached values at start-up, a screenshot, a test) as if
    // fetched at `at`. Not recorded in the history: it is not a new observation.
    void seed(const pmp::api::PatchSummary &value, const QDateTime &at);
    void seed(const pmp::api::SomSummary &value, const QDateTime &at);
    void seed(const pmp::api::DbUpdateStatus &value, const QDateTime &at);
    void seed(const pmp::api::ApprovalSettings &value, const QDateTime &at);
    void seed(const pmp::api::HealthPolicy &value, const QDateTime &at);
    void seedFailedDeploymentSystems(qint64 count, const QDateTime &at);

public slots:
    // Every section, in parallel; a section already loading is not asked twice.
    void refresh();
    void retry(pmp::ui::DashboardLoader::Section section);
    void cancel();

signals:
    void started();
    void sectionStarted(pmp::ui::DashboardLoader::Section section);
    void sectionLoaded(pmp::ui::DashboardLoader::Section section);
    void sectionFailed(pmp::ui::DashboardLoader::Section section, const pmp::api::ApiError &error);
    // No call is outstanding any more.
    void finished();
    void historyRecorded(const QDateTime &at);

private:
    struct State
    {
        QPointer<pmp::api::ApiCall> call;
        pmp::api::ApiError error;
        QDateTime fetchedAt;
        quint64 generation = 0;
    };

    void load(Section section);
    void settle(Section section, quint64 generation, const pmp::api::ApiError &error);
    void maybeRecordHistory();
    void seeded(Section section, const QDateTime &at);

    pmp::api::Client *m_client;
    TrendSource *m_trends = nullptr;
    std::function<QDateTime()> m_now;
    QHash<Section, State> m_state;
    std::optional<PreviousRefresh> m_previous;
    pmp::api::PatchSummary m_patches;
    pmp::api::SomSummary m_som;
    pmp::api::DbUpdateStatus m_db;
    pmp::api::ApprovalSettings m_approval;
    pmp::api::HealthPolicy m_policy;
    std::optional<qint64> m_failedDeploymentSystems;
    // Both summaries arrived since the last snapshot: a snapshot is due (once the failed-deployment
    // count has settled too, so the snapshot has it when it could be had).
    bool m_patchesFresh = false;
    bool m_somFresh = false;
    bool m_failedFresh = false;
};

} // namespace pmp::ui
