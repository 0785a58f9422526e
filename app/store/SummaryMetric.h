#pragma once

#include <QList>
#include <QString>

namespace pmp::api {
struct PatchSummary;
struct SomSummary;
} // namespace pmp::api

namespace pmp::store {

// A dashboard number whose history SummaryHistory keeps. The order is free to change; the key (and
// the column named after it) is what the store relies on.
enum class SummaryMetric
{
    MissingCritical,
    MissingImportant,
    MissingModerate,
    MissingLow,
    MissingUnrated,
    MissingTotal,
    MissingPatches,
    InstalledPatches,
    ApplicablePatches,
    HighlyVulnerableSystems,
    VulnerableSystems, // "moderately vulnerable" in the API
    HealthySystems,
    HealthUnknownSystems,
    TotalSystems,
    UnscannedSystems,
    ScanFailures,
    AgentsLive,
    AgentsDown,
    AgentsTotal,
    AgentsInstalled,
    ContactOver30Days,
};

// Names and values of the metrics; free functions would do, a class keeps one file per name.
class SummaryMetrics
{
public:
    static const QList<SummaryMetric> &all();
    // Stable snake_case key: the summary_snapshot column and the name in exports.
    static QString key(SummaryMetric metric);
    // Translated label for charts and tooltips.
    static QString label(SummaryMetric metric);
    static qint64 value(SummaryMetric metric, const api::PatchSummary &patches, const api::SomSummary &som);
};

} // namespace pmp::store
