#include "MemoryTrendSource.h"

#include "store/SummaryMetric.h"

#include <algorithm>

namespace pmp::ui {

namespace {
qint64 hourOf(const QDateTime &t)
{
    return t.toSecsSinceEpoch() / 3600;
}
} // namespace

std::optional<qint64> MemoryTrendSource::value(Metric metric, const pmp::api::PatchSummary &p,
                                               const pmp::api::SomSummary &s,
                                               std::optional<qint64> failedDeploymentSystems)
{
    return pmp::store::SummaryMetrics::value(summaryMetric(metric), p, s, failedDeploymentSystems);
}

void MemoryTrendSource::record(const QDateTime &at, const pmp::api::PatchSummary &patches,
                               const pmp::api::SomSummary &som, std::optional<qint64> failedDeploymentSystems)
{
    const QDateTime utc = at.toUTC();
    auto it = std::lower_bound(m_snapshots.begin(), m_snapshots.end(), utc,
                               [](const Snapshot &s, const QDateTime &t) { return s.at < t; });
    // Same hour as a neighbour: the later of the two wins, keeping a count only the earlier had (as
    // the store does).
    if (it != m_snapshots.begin() && hourOf((it - 1)->at) == hourOf(utc)) {
        Snapshot &same = *(it - 1);
        same = {utc, patches, som, failedDeploymentSystems ? failedDeploymentSystems : same.failedDeploymentSystems};
        return;
    }
    if (it != m_snapshots.end() && hourOf(it->at) == hourOf(utc))
        return;
    m_snapshots.insert(it, {utc, patches, som, failedDeploymentSystems});
}

QList<TrendSource::Point> MemoryTrendSource::series(Metric metric, const QDateTime &from, const QDateTime &to) const
{
    QList<Point> out;
    for (const Snapshot &s : m_snapshots)
        if ((!from.isValid() || s.at >= from) && (!to.isValid() || s.at <= to))
            if (const std::optional<qint64> v = s.value(metric))
                out.append({s.at, *v});
    return out;
}

std::optional<qint64> MemoryTrendSource::valueAt(Metric metric, const QDateTime &at) const
{
    for (auto it = m_snapshots.crbegin(); it != m_snapshots.crend(); ++it)
        if (it->at <= at)
            return it->value(metric);
    return std::nullopt;
}

QDateTime MemoryTrendSource::takenAt(const QDateTime &at) const
{
    for (auto it = m_snapshots.crbegin(); it != m_snapshots.crend(); ++it)
        if (it->at <= at)
            return it->at;
    return {};
}

} // namespace pmp::ui
