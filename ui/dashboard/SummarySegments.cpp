#include "SummarySegments.h"

#include "charts/ChartColors.h"

#include <QLocale>

namespace pmp::ui {

using Role = ChartColors::Role;

QList<ChartSegment> SummarySegments::severity(const pmp::api::PatchSummary &p, const QPalette &palette)
{
    return {
        {QStringLiteral("critical"), tr("Critical"), double(p.missingCritical),
         ChartColors::color(Role::Critical, palette)},
        {QStringLiteral("important"), tr("Important"), double(p.missingImportant),
         ChartColors::color(Role::Important, palette)},
        {QStringLiteral("moderate"), tr("Moderate"), double(p.missingModerate),
         ChartColors::color(Role::Moderate, palette)},
        {QStringLiteral("low"), tr("Low"), double(p.missingLow), ChartColors::color(Role::Low, palette)},
        {QStringLiteral("unrated"), tr("Unrated"), double(p.missingUnrated),
         ChartColors::color(Role::Unrated, palette)},
    };
}

QList<ChartSegment> SummarySegments::health(const pmp::api::PatchSummary &p, const QPalette &palette)
{
    const QLocale loc;
    return {
        {QStringLiteral("healthy"), tr("Healthy"), double(p.healthySystems),
         ChartColors::color(Role::Healthy, palette)},
        {QStringLiteral("vulnerable"), tr("Vulnerable"), double(p.moderatelyVulnerableSystems),
         ChartColors::color(Role::Moderate, palette),
         tr("Moderately vulnerable: %1").arg(loc.toString(p.moderatelyVulnerableSystems))},
        {QStringLiteral("highlyVulnerable"), tr("Highly vulnerable"), double(p.highlyVulnerableSystems),
         ChartColors::color(Role::Critical, palette)},
        {QStringLiteral("unknown"), tr("Unknown"), double(p.healthUnknownSystems),
         ChartColors::color(Role::Unrated, palette),
         tr("Health unknown (not scanned yet): %1").arg(loc.toString(p.healthUnknownSystems))},
    };
}

QList<ChartSegment> SummarySegments::scan(const pmp::api::PatchSummary &p, const QPalette &palette)
{
    const QLocale loc;
    return {
        {QStringLiteral("scanned"), tr("Scanned"), double(p.scannedSystems), ChartColors::color(Role::Info, palette)},
        {QStringLiteral("unscanned"), tr("Not scanned"), double(p.unscannedSystems),
         ChartColors::color(Role::Unrated, palette)},
        {QStringLiteral("success"), tr("Succeeded"), double(p.scanSuccess), ChartColors::color(Role::Healthy, palette),
         tr("Last scan succeeded: %1").arg(loc.toString(p.scanSuccess))},
        {QStringLiteral("failure"), tr("Failed"), double(p.scanFailure), ChartColors::color(Role::Critical, palette),
         tr("Last scan failed: %1").arg(loc.toString(p.scanFailure))},
    };
}

} // namespace pmp::ui
