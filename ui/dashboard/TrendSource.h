#pragma once

#include <QDateTime>
#include <QList>

#include <optional>

namespace pmp::api {
struct PatchSummary;
struct SomSummary;
} // namespace pmp::api
namespace pmp::store {
enum class SummaryMetric;
}

namespace pmp::ui {

// Where the dashboard keeps and reads its history of summary numbers. The API has no history, so
// trends and "change since 30 days ago" come only from snapshots taken at each refresh; this
// interface keeps the dashboard independent of how they are stored (SQLite store, memory in tests).
class TrendSource
{
public:
    enum class Metric
    {
        MissingCritical,
        MissingImportant,
        MissingTotal,
        HighlyVulnerableSystems,
        VulnerableSystems, // moderately vulnerable, as the API counts them
        HealthySystems,
        TotalSystems,
        AgentsDown,
        ScanFailures,
        FailedDeploymentSystems, // from E16, not the summaries: may be missing from a snapshot
    };

    // The same number as the store names it (the key of its column, its value from the summaries).
    static pmp::store::SummaryMetric summaryMetric(Metric metric);

    struct Point
    {
        QDateTime at;
        qint64 value = 0;
    };

    virtual ~TrendSource() = default;

    // `failedDeploymentSystems` is empty when that count was not fetched or its call failed.
    virtual void record(const QDateTime &at, const pmp::api::PatchSummary &patches, const pmp::api::SomSummary &som,
                        std::optional<qint64> failedDeploymentSystems) = 0;
    // Points with from <= at <= to, oldest first; snapshots without the metric are left out.
    virtual QList<Point> series(Metric metric, const QDateTime &from, const QDateTime &to) const = 0;
    // The metric's value in the newest snapshot taken at or before `at` (empty when that snapshot
    // does not have it).
    virtual std::optional<qint64> valueAt(Metric metric, const QDateTime &at) const = 0;
    // When the newest snapshot at or before `at` was taken; invalid when there is none.
    virtual QDateTime takenAt(const QDateTime &at) const = 0;
};

} // namespace pmp::ui
