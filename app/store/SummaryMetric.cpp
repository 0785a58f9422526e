#include "SummaryMetric.h"

#include "api/Results.h"

#include <QCoreApplication>

namespace pmp::store {

const QList<SummaryMetric> &SummaryMetrics::all()
{
    static const QList<SummaryMetric> list = {
        SummaryMetric::MissingCritical,   SummaryMetric::MissingImportant,   SummaryMetric::MissingModerate,
        SummaryMetric::MissingLow,        SummaryMetric::MissingUnrated,     SummaryMetric::MissingTotal,
        SummaryMetric::MissingPatches,    SummaryMetric::InstalledPatches,   SummaryMetric::ApplicablePatches,
        SummaryMetric::HighlyVulnerableSystems, SummaryMetric::VulnerableSystems, SummaryMetric::HealthySystems,
        SummaryMetric::HealthUnknownSystems, SummaryMetric::TotalSystems,   SummaryMetric::UnscannedSystems,
        SummaryMetric::ScanFailures,      SummaryMetric::AgentsLive,         SummaryMetric::AgentsDown,
        SummaryMetric::AgentsTotal,       SummaryMetric::AgentsInstalled,    SummaryMetric::ContactOver30Days,
    };
    return list;
}

QString SummaryMetrics::key(SummaryMetric metric)
{
    switch (metric) {
    case SummaryMetric::MissingCritical: return QStringLiteral("missing_critical");
    case SummaryMetric::MissingImportant: return QStringLiteral("missing_important");
    case SummaryMetric::MissingModerate: return QStringLiteral("missing_moderate");
    case SummaryMetric::MissingLow: return QStringLiteral("missing_low");
    case SummaryMetric::MissingUnrated: return QStringLiteral("missing_unrated");
    case SummaryMetric::MissingTotal: return QStringLiteral("missing_total");
    case SummaryMetric::MissingPatches: return QStringLiteral("missing_patches");
    case SummaryMetric::InstalledPatches: return QStringLiteral("installed_patches");
    case SummaryMetric::ApplicablePatches: return QStringLiteral("applicable_patches");
    case SummaryMetric::HighlyVulnerableSystems: return QStringLiteral("highly_vulnerable_systems");
    case SummaryMetric::VulnerableSystems: return QStringLiteral("vulnerable_systems");
    case SummaryMetric::HealthySystems: return QStringLiteral("healthy_systems");
    case SummaryMetric::HealthUnknownSystems: return QStringLiteral("health_unknown_systems");
    case SummaryMetric::TotalSystems: return QStringLiteral("total_systems");
    case SummaryMetric::UnscannedSystems: return QStringLiteral("unscanned_systems");
    case SummaryMetric::ScanFailures: return QStringLiteral("scan_failures");
    case SummaryMetric::AgentsLive: return QStringLiteral("agents_live");
    case SummaryMetric::AgentsDown: return QStringLiteral("agents_down");
    case SummaryMetric::AgentsTotal: return QStringLiteral("agents_total");
    case SummaryMetric::AgentsInstalled: return QStringLiteral("agents_installed");
    case SummaryMetric::ContactOver30Days: return QStringLiteral("contact_over_30_days");
    }
    return {};
}

QString SummaryMetrics::label(SummaryMetric metric)
{
    const char *text = "";
    switch (metric) {
    case SummaryMetric::MissingCritical: text = QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Missing critical patches"); break;
    case SummaryMetric::MissingImportant: text = QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Missing important patches"); break;
    case SummaryMetric::MissingModerate: text = QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Missing moderate patches"); break;
    case SummaryMetric::MissingLow: text = QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Missing low patches"); break;
    case SummaryMetric::MissingUnrated: text = QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Missing unrated patches"); break;
    case SummaryMetric::MissingTotal: text = QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Missing patches (all severities)"); break;
    case SummaryMetric::MissingPatches: text = QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Missing patches"); break;
    case SummaryMetric::InstalledPatches: text = QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Installed patches"); break;
    case SummaryMetric::ApplicablePatches: text = QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Applicable patches"); break;
    case SummaryMetric::HighlyVulnerableSystems: text = QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Highly vulnerable systems"); break;
    case SummaryMetric::VulnerableSystems: text = QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Vulnerable systems"); break;
    case SummaryMetric::HealthySystems: text = QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Healthy systems"); break;
    case SummaryMetric::HealthUnknownSystems: text = QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Systems with unknown health"); break;
    case SummaryMetric::TotalSystems: text = QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Systems"); break;
    case SummaryMetric::UnscannedSystems: text = QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Unscanned systems"); break;
    case SummaryMetric::ScanFailures: text = QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Failed scans"); break;
    case SummaryMetric::AgentsLive: text = QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Agents live"); break;
    case SummaryMetric::AgentsDown: text = QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Agents down"); break;
    case SummaryMetric::AgentsTotal: text = QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Agents"); break;
    case SummaryMetric::AgentsInstalled: text = QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "Agents installed"); break;
    case SummaryMetric::ContactOver30Days: text = QT_TRANSLATE_NOOP("pmp::store::SummaryMetric", "No contact for over 30 days"); break;
    }
    return QCoreApplication::translate("pmp::store::SummaryMetric", text);
}

qint64 SummaryMetrics::value(SummaryMetric metric, const api::PatchSummary &p, const api::SomSummary &s)
{
    switch (metric) {
    case SummaryMetric::MissingCritical: return p.missingCritical;
    case SummaryMetric::MissingImportant: return p.missingImportant;
    case SummaryMetric::MissingModerate: return p.missingModerate;
    case SummaryMetric::MissingLow: return p.missingLow;
    case SummaryMetric::MissingUnrated: return p.missingUnrated;
    case SummaryMetric::MissingTotal: return p.missingTotal;
    case SummaryMetric::MissingPatches: return p.missingPatches;
    case SummaryMetric::InstalledPatches: return p.installedPatches;
    case SummaryMetric::ApplicablePatches: return p.applicablePatches;
    case SummaryMetric::HighlyVulnerableSystems: return p.highlyVulnerableSystems;
    case SummaryMetric::VulnerableSystems: return p.moderatelyVulnerableSystems;
    case SummaryMetric::HealthySystems: return p.healthySystems;
    case SummaryMetric::HealthUnknownSystems: return p.healthUnknownSystems;
    case SummaryMetric::TotalSystems: return p.totalSystems;
    case SummaryMetric::UnscannedSystems: return p.unscannedSystems;
    case SummaryMetric::ScanFailures: return p.scanFailure;
    case SummaryMetric::AgentsLive: return s.live;
    case SummaryMetric::AgentsDown: return s.down;
    case SummaryMetric::AgentsTotal: return s.agentsTotal;
    case SummaryMetric::AgentsInstalled: return s.agentsInstalled;
    case SummaryMetric::ContactOver30Days: return s.contactOver30Days;
    }
    return 0;
}

} // namespace pmp::store
