#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace pmp::api {
class ListQuery;
struct PatchSummary;
struct RecordPage;
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
    // Not in either summary: systems with at least one failed patch installation, counted by E16
    // filtered to patch_status=Failed. Known only when that call was made and answered.
    FailedDeploymentSystems,
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
    // The metric as one refresh observed it; empty only for FailedDeploymentSystems when
    // `failedDeploymentSystems` is (that count was not fetched).
    static std::optional<qint64> value(SummaryMetric metric, const api::PatchSummary &patches,
                                       const api::SomSummary &som,
                                       std::optional<qint64> failedDeploymentSystems = std::nullopt);
    // The E16 query whose total is FailedDeploymentSystems (a page of one row is enough), and the
    // list that shows those systems.
    static api::ListQuery failedDeploymentsQuery();
    // The count a page of that query gives: its stated total (0 for an empty list that states none);
    // empty when the server listed systems without saying how many.
    static std::optional<qint64> failedDeploymentsIn(const api::RecordPage &page);
};

} // namespace pmp::store
