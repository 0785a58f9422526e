#include "ReportCollector.h"

#include "api/Client.h"
#include "api/ListQuery.h"
#include "api/PagedFetch.h"
#include "models/CodeTable.h"
#include "store/ActionJournal.h"
#include "store/Workspace.h"

#include <algorithm>

namespace pmp::ui {

using namespace pmp::api;

namespace {

// Keeps the `limit` best of `list` under `before` (a strict weak order, best first).
template <typename T, typename Less> void keepBest(QList<T> &list, int limit, Less before)
{
    std::stable_sort(list.begin(), list.end(), before);
    if (list.size() > limit)
        list.resize(limit);
}

// Never patched first, then the oldest time.
bool patchedEarlier(const ReportData::StaleComputer &a, const ReportData::StaleComputer &b)
{
    if (a.lastPatched.isValid() != b.lastPatched.isValid())
        return !a.lastPatched.isValid();
    if (a.lastPatched != b.lastPatched)
        return a.lastPatched < b.lastPatched;
    return a.name < b.name;
}

} // namespace

ReportCollector::ReportCollector(Client *client, std::shared_ptr<store::Workspace> workspace, QObject *parent)
    : QObject(parent), m_client(client), m_workspace(std::move(workspace))
{
}

ReportCollector::~ReportCollector()
{
    cancel();
}

void ReportCollector::start(const QDateTime &from, const QDateTime &to, const QString &tenant)
{
    m_data = ReportData();
    m_data.tenant = tenant;
    m_data.from = from.toUTC();
    m_data.to = to.toUTC();
    m_data.generatedAt = QDateTime::currentDateTimeUtc();
    m_failed = false;

    if (m_workspace) {
        const QList<store::SummaryMetric> metrics{
            store::SummaryMetric::MissingCritical,   store::SummaryMetric::MissingImportant,
            store::SummaryMetric::MissingTotal,      store::SummaryMetric::HighlyVulnerableSystems,
            store::SummaryMetric::VulnerableSystems, store::SummaryMetric::HealthySystems};
        for (store::SummaryMetric metric : metrics) {
            m_data.trend30.insert(metric, m_workspace->history().series(metric, m_data.to.addDays(-30), m_data.to));
            m_data.trend90.insert(metric, m_workspace->history().series(metric, m_data.to.addDays(-90), m_data.to));
        }
        store::JournalFilter filter;
        filter.from = m_data.from;
        filter.to = m_data.to;
        m_data.journal = m_workspace->journal().query(filter);
    }

    m_pending = 4;
    emit progress(tr("Reading the summaries"));
    m_client->patchSummary(this, [this](const Result<PatchSummary> &r) {
        if (!r.ok())
            return fail(r.error.message());
        m_data.patches = r.value;
        done();
    });
    m_client->somSummary(this, [this](const Result<SomSummary> &r) {
        if (!r.ok())
            return fail(r.error.message());
        m_data.computers = r.value;
        done();
    });
    fetchPatches();
    fetchComputers();
}

void ReportCollector::fetchPatches()
{
    ListQuery query;
    query.set(QStringLiteral("patchstatusfilter"), QStringLiteral("202")); // missing (the Missing patches view)
    auto *fetch = new PagedFetch(m_client, OperationId::AllPatches, query, {}, this);
    m_fetches << fetch;
    connect(fetch, &PagedFetch::pageArrived, this, [this](int, const QList<Record> &records) {
        for (const Record &r : records) {
            ReportData::MissingPatch p;
            p.name = r.text(QStringLiteral("patch_description"));
            p.bulletin = r.text(QStringLiteral("bulletin_id"));
            if (const auto code = r.integer(QStringLiteral("severity")))
                p.severity = models::CodeTable::label(models::CodeKind::Severity, *code);
            else
                p.severity = r.text(QStringLiteral("severity"));
            p.affected = r.integerOr(QStringLiteral("missing"), 0);
            m_data.topMissing << p;
        }
        keepBest(m_data.topMissing, ReportData::TopCount, [](const auto &a, const auto &b) {
            return a.affected != b.affected ? a.affected > b.affected : a.name < b.name;
        });
    });
    connect(fetch, &PagedFetch::finished, this, [this, fetch](const FetchOutcome &outcome) {
        fetch->deleteLater();
        if (!outcome.complete)
            return fail(tr("Missing patches: %1").arg(outcome.error.message()));
        done();
    });
    fetch->start();
}

void ReportCollector::fetchComputers()
{
    auto *fetch = new PagedFetch(m_client, OperationId::AllSystems, ListQuery(), {}, this);
    m_fetches << fetch;
    connect(fetch, &PagedFetch::pageArrived, this, [this](int, const QList<Record> &records) {
        for (const Record &r : records) {
            ReportData::StaleComputer c;
            c.name = r.text(QStringLiteral("resource_name"));
            c.os = r.text(QStringLiteral("os_name"));
            c.lastPatched = r.time(QStringLiteral("last_patched_time"));
            c.lastScan = r.time(QStringLiteral("last_scan_time"));
            m_data.longestUnpatched << c;
        }
        keepBest(m_data.longestUnpatched, ReportData::TopCount, patchedEarlier);
    });
    connect(fetch, &PagedFetch::finished, this, [this, fetch](const FetchOutcome &outcome) {
        fetch->deleteLater();
        if (!outcome.complete)
            return fail(tr("Computers: %1").arg(outcome.error.message()));
        done();
    });
    fetch->start();
}

void ReportCollector::cancel()
{
    for (const QPointer<PagedFetch> &f : std::as_const(m_fetches))
        if (f)
            f->cancel();
    m_fetches.clear();
}

void ReportCollector::fail(const QString &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_pending = 0;
    cancel();
    emit finished(false, error);
}

void ReportCollector::done()
{
    if (m_failed || m_pending <= 0)
        return;
    if (--m_pending == 0)
        emit finished(true, QString());
}

} // namespace pmp::ui
