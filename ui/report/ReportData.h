#pragma once

#include "api/Results.h"
#include "store/JournalEntry.h"
#include "store/SummaryHistory.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace pmp::ui {

// Everything a compliance report shows, gathered once (ReportCollector) and rendered by
// ReportDocument: no network and no store access while rendering.
struct ReportData
{
    // The most rows a "top" table shows; the lists are reduced while they arrive, never kept whole.
    static constexpr int TopCount = 15;

    struct MissingPatch
    {
        QString name;
        QString bulletin;
        QString severity;
        qint64 affected = 0; // computers missing it
    };
    struct StaleComputer
    {
        QString name;
        QString os;
        QDateTime lastPatched; // invalid: never
        QDateTime lastScan;
    };

    QString tenant; // the profile or server the report is about
    QDateTime from, to, generatedAt;
    pmp::api::PatchSummary patches;
    pmp::api::SomSummary computers;
    QMap<pmp::store::SummaryMetric, QList<pmp::store::SummaryPoint>> trend30, trend90;
    QList<MissingPatch> topMissing;          // most affected computers first
    QList<StaleComputer> longestUnpatched;   // never or longest ago first
    QList<pmp::store::JournalEntry> journal; // writes started in [from, to], newest first
};

} // namespace pmp::ui
