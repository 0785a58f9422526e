#include "SummaryMetric.h"

#include "api/ListQuery.h"
#include "api/Record.h"
#include "api/Results.h"

#include <QCoreApplication>

namespace pmp::store {

namespace {

struct MetricName
{
    SummaryMetric metric;
    const char *key;
    const char *label;
};

// In display order; labels are found by lupdate through QT_TRANSLATE_NOOP. Keys are column names of
// summary_snapshot: never rename one, add a column instead.
constexpr MetricName Names[] = {
    {SummaryMetric::MissingCritical, "missing_critical",
     QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Missing critical patches")},
    {SummaryMetric::MissingImportant, "missing_important",
     QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Missing important patches")},
    {SummaryMetric::MissingModerate, "missing_moderate",
     QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Missing moderate patches")},
    {SummaryMetric::MissingLow, "missing_low", QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Missing low patches")},
    {SummaryMetric::MissingUnrated, "missing_unrated",
     QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Missing unrated patches")},
    {SummaryMetric::MissingTotal, "missing_total",
     QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Missing patches (all severities)")},
    {SummaryMetric::MissingPatches, "missing_patches",
     QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Missing patches")},
    {SummaryMetric::InstalledPatches, "installed_patches",
     QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Installed patches")},
    {SummaryMetric::ApplicablePatches, "applicable_patches",
     QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Applicable patches")},
    {SummaryMetric::HighlyVulnerableSystems, "highly_vulnerable_systems",
     QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Highly vulnerable systems")},
    {SummaryMetric::VulnerableSystems, "vulnerable_systems",
     QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Vulnerable systems")},
    {SummaryMetric::HealthySystems, "healthy_systems",
     QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Healthy systems")},
    {SummaryMetric::HealthUnknownSystems, "health_unknown_systems",
     QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Systems with unknown health")},
    {SummaryMetric::TotalSystems, "total_systems", QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Systems")},
    {SummaryMetric::UnscannedSystems, "unscanned_systems",
     QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Unscanned systems")},
    {SummaryMetric::ScanFailures, "scan_failures", QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Failed scans")},
    {SummaryMetric::AgentsLive, "agents_live", QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Agents live")},
    {SummaryMetric::AgentsDown, "agents_down", QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Agents down")},
    {SummaryMetric::AgentsTotal, "agents_total", QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Agents")},
    {SummaryMetric::AgentsInstalled, "agents_installed",
     QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Agents installed")},
    {SummaryMetric::ContactOver30Days, "contact_over_30_days",
     QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "No contact for over 30 days")},
    {SummaryMetric::FailedDeploymentSystems, "failed_deployment_systems",
     QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Systems with failed deployments")},
};

const MetricName *nameOf(SummaryMetric metric)
{
    for (const MetricName &n : Names)
        if (n.metric == metric)
            return &n;
    return nullptr;
}

} // namespace

const QList<SummaryMetric> &SummaryMetrics::all()
{
    static const QList<SummaryMetric> list = [] {
        QList<SummaryMetric> l;
        for (const MetricName &n : Names)
            l << n.metric;
        return l;
    }();
    return list;
}

QString SummaryMetrics::key(SummaryMetric metric)
{
    const MetricName *n = nameOf(metric);
    return n ? QString::fromLatin1(n->key) : QString();
}

QString SummaryMetrics::label(SummaryMetric metric)
{
    const MetricName *n = nameOf(metric);
    return n ? QCoreApplication::translate("pmp::store::SummaryMetric", n->label) : QString();
}

std::optional<qint64> SummaryMetrics::value(SummaryMetric metric, const api::PatchSummary &p, const api::SomSummary &s,
                                            std::optional<qint64> failedDeploymentSystems)
{
    switch (metric) {
    case SummaryMetric::MissingCritical:
        return p.missingCritical;
    case SummaryMetric::MissingImportant:
        return p.missingImportant;
    case SummaryMetric::MissingModerate:
        return p.missingModerate;
    case SummaryMetric::MissingLow:
        return p.missingLow;
    case SummaryMetric::MissingUnrated:
        return p.missingUnrated;
    case SummaryMetric::MissingTotal:
        return p.missingTotal;
    case SummaryMetric::MissingPatches:
        return p.missingPatches;
    case SummaryMetric::InstalledPatches:
        return p.installedPatches;
    case SummaryMetric::ApplicablePatches:
        return p.applicablePatches;
    case SummaryMetric::HighlyVulnerableSystems:
        return p.highlyVulnerableSystems;
    case SummaryMetric::VulnerableSystems:
        return p.moderatelyVulnerableSystems;
    case SummaryMetric::HealthySystems:
        return p.healthySystems;
    case SummaryMetric::HealthUnknownSystems:
        return p.healthUnknownSystems;
    case SummaryMetric::TotalSystems:
        return p.totalSystems;
    case SummaryMetric::UnscannedSystems:
        return p.unscannedSystems;
    case SummaryMetric::ScanFailures:
        return p.scanFailure;
    case SummaryMetric::AgentsLive:
        return s.live;
    case SummaryMetric::AgentsDown:
        return s.down;
    case SummaryMetric::AgentsTotal:
        return s.agentsTotal;
    case SummaryMetric::AgentsInstalled:
        return s.agentsInstalled;
    case SummaryMetric::ContactOver30Days:
        return s.contactOver30Days;
    case SummaryMetric::FailedDeploymentSystems:
        return failedDeploymentSystems;
    }
    return std::nullopt;
}

api::ListQuery SummaryMetrics::failedDeploymentsQuery()
{
    // Listed per system with its failed patches: the total counts systems, not installations.
    return api::ListQuery().set(QStringLiteral("patch_status"), QStringLiteral("Failed"));
}

std::optional<qint64> SummaryMetrics::failedDeploymentsIn(const api::RecordPage &page)
{
    if (page.info.total >= 0)
        return page.info.total;
    if (page.records.isEmpty())
        return 0;
    return std::nullopt;
}

} // namespace pmp::store
