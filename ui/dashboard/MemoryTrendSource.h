#pragma once

#include "TrendSource.h"

#include "api/Results.h"

namespace pmp::ui {

// History kept in memory for this session only: for a console without a store (no profile
// database) and for tests. Keeps one snapshot per UTC hour, like the store.
class MemoryTrendSource : public TrendSource
{
public:
    void record(const QDateTime &at, const pmp::api::PatchSummary &patches, const pmp::api::SomSummary &som,
                std::optional<qint64> failedDeploymentSystems) override;
    QList<Point> series(Metric metric, const QDateTime &from, const QDateTime &to) const override;
    std::optional<qint64> valueAt(Metric metric, const QDateTime &at) const override;
    QDateTime takenAt(const QDateTime &at) const override;

    int count() const { return int(m_snapshots.size()); }
    // Empty only for FailedDeploymentSystems when that count is.
    static std::optional<qint64> value(Metric metric, const pmp::api::PatchSummary &patches,
                                       const pmp::api::SomSummary &som, std::optional<qint64> failedDeploymentSystems);

private:
    struct Snapshot
    {
        QDateTime at;
        pmp::api::PatchSummary patches;
        pmp::api::SomSummary som;
        std::optional<qint64> failedDeploymentSystems;
        std::optional<qint64> value(Metric metric) const
        {
            return MemoryTrendSource::value(metric, patches, som, failedDeploymentSystems);
        }
    };
    QList<Snapshot> m_snapshots; // oldest first
};

} // namespace pmp::ui
