#pragma once

#include "TrendSource.h"

namespace pmp::store {
class SummaryHistory;
}

namespace pmp::ui {

// The dashboard's history in the profile's SQLite store, so trends survive restarts.
class StoreTrendSource : public TrendSource
{
public:
    // `history` is not owned and must outlive this object.
    explicit StoreTrendSource(pmp::store::SummaryHistory &history) : m_history(history) {}

    void record(const QDateTime &at, const pmp::api::PatchSummary &patches, const pmp::api::SomSummary &som,
                std::optional<qint64> failedDeploymentSystems) override;
    QList<Point> series(Metric metric, const QDateTime &from, const QDateTime &to) const override;
    std::optional<qint64> valueAt(Metric metric, const QDateTime &at) const override;
    QDateTime takenAt(const QDateTime &at) const override;

private:
    pmp::store::SummaryHistory &m_history;
};

} // namespace pmp::ui
