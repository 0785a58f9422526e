#include "StoreTrendSource.h"

#include "store/SummaryHistory.h"

namespace pmp::ui {

void StoreTrendSource::record(const QDateTime &at, const pmp::api::PatchSummary &patches,
                              const pmp::api::SomSummary &som, std::optional<qint64> failedDeploymentSystems)
{
    m_history.record(at, patches, som, failedDeploymentSystems);
}

QList<TrendSource::Point> StoreTrendSource::series(Metric metric, const QDateTime &from, const QDateTime &to) const
{
    QList<Point> out;
    const auto points = m_history.series(summaryMetric(metric), from, to);
    out.reserve(points.size());
    for (const auto &p : points)
        out.append({p.at, p.value});
    return out;
}

std::optional<qint64> StoreTrendSource::valueAt(Metric metric, const QDateTime &at) const
{
    const auto snapshot = m_history.latestBefore(at);
    if (!snapshot)
        return std::nullopt;
    return snapshot->value(summaryMetric(metric));
}

QDateTime StoreTrendSource::takenAt(const QDateTime &at) const
{
    const auto snapshot = m_history.latestBefore(at);
    return snapshot ? snapshot->at : QDateTime();
}

} // namespace pmp::ui
