#pragma once

#include "SummaryMetric.h"

#include <QDateTime>
#include <QList>
#include <QMap>

#include <optional>

namespace pmp::api {
struct PatchSummary;
struct SomSummary;
} // namespace pmp::api

namespace pmp::store {

class Database;

// One point of a trend line.
struct SummaryPoint
{
    QDateTime at; // UTC
    qint64 value = 0;
    bool operator==(const SummaryPoint &other) const { return at == other.at && value == other.value; }
};

// The dashboard numbers at one moment. A metric missing from `values` was not recorded then (it was
// added in a later PatchDeck).
struct SummarySnapshot
{
    QDateTime at; // UTC
    QMap<SummaryMetric, qint64> values;
    std::optional<qint64> value(SummaryMetric metric) const
    {
        const auto it = values.constFind(metric);
        return it == values.cend() ? std::nullopt : std::optional<qint64>(*it);
    }
};

// Snapshots of the dashboard numbers over time, for trend charts and "change since 30 days ago".
// The API has no history of its own, so this is the only place trends can come from.
class SummaryHistory
{
public:
    // Snapshots older than this are pruned: a year plus a margin for year-over-year comparison.
    static constexpr int RetentionDays = 400;

    explicit SummaryHistory(Database &database);

    // Keeps at most one snapshot per UTC hour — the latest taken in it — so refreshing the dashboard
    // every minute does not grow the file; also prunes snapshots past the retention. A number not
    // observed (`failedDeploymentSystems` empty) keeps the value an earlier snapshot of the same hour
    // had, rather than erasing it.
    bool record(const QDateTime &at, const api::PatchSummary &patches, const api::SomSummary &som,
                std::optional<qint64> failedDeploymentSystems = std::nullopt);
    // Points with from <= at <= to (an invalid bound is open), oldest first.
    QList<SummaryPoint> series(SummaryMetric metric, const QDateTime &from, const QDateTime &to) const;
    // The newest snapshot taken at or before `at`.
    std::optional<SummarySnapshot> latestBefore(const QDateTime &at) const;
    std::optional<SummarySnapshot> latest() const;
    // Removes snapshots older than RetentionDays before `now`; returns how many went, -1 on error.
    int prune(const QDateTime &now);
    int count() const;

private:
    std::optional<SummarySnapshot> snapshotWhere(const QString &condition, const QVariant &bound) const;

    Database &m_database;
};

} // namespace pmp::store
