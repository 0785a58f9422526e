#pragma once

// Shared by the dashboard screenshot tool (dashboard-shot) and DemoHistoryTest: the summaries a
// realistic 250-computer fleet reports today, its counts adding up (severities to the missing total,
// health groups to the computers, agent states and last contacts to the agents), so a history made
// up around them is consistent every day.

#include "api/Results.h"

#include <QDateTime>

namespace pmp::test {

inline pmp::api::PatchSummary sampleFleetPatches()
{
    pmp::api::PatchSummary p;
    p.missingCritical = 184;
    p.missingImportant = 412;
    p.missingModerate = 133;
    p.missingLow = 57;
    p.missingUnrated = 96;
    p.missingTotal = p.missingCritical + p.missingImportant + p.missingModerate + p.missingLow + p.missingUnrated;
    p.missingPatches = p.missingTotal;
    p.installedPatches = 5130;
    p.applicablePatches = p.installedPatches + p.missingPatches;
    p.newPatches = 143;
    p.totalSystems = 250;
    p.highlyVulnerableSystems = 89;
    p.moderatelyVulnerableSystems = 61;
    p.healthUnknownSystems = 8;
    p.healthySystems = p.totalSystems - p.highlyVulnerableSystems - p.moderatelyVulnerableSystems - 8;
    p.scannedSystems = 242;
    p.unscannedSystems = 8;
    p.scanSuccess = 231;
    p.scanFailure = 11;
    p.lastDbUpdateStatus = QStringLiteral("Success");
    p.lastDbUpdate = QDateTime::currentDateTime().addSecs(-3 * 3600);
    p.nextDbUpdate = QDateTime::currentDateTime().addSecs(21 * 3600);
    p.apdTaskCount = 4;
    p.apdLastExecutedTask = QStringLiteral("Workstations – Patch Tuesday");
    p.apdLastScheduled = QDateTime::currentDateTime().addDays(-2);
    p.apdNextTask = QStringLiteral("Servers – weekend window");
    p.apdNextScheduled = QDateTime::currentDateTime().addDays(3);
    return p;
}

inline pmp::api::SomSummary sampleFleetAgents()
{
    pmp::api::SomSummary s;
    s.agentsTotal = 260;
    s.agentsInstalled = 243;
    s.agentsYetToInstall = 9;
    s.agentsUninstalled = 3;
    s.agentsInstallFailed = 4;
    s.agentsUninstallFailed = 1;
    s.live = 221;
    s.down = 31;
    s.liveUnknown = 8;
    s.contactWithin3Days = 214;
    s.contact4To7Days = 17;
    s.contact8To15Days = 9;
    s.contact16To30Days = 6;
    s.contactOver30Days = 14;
    return s;
}

} // namespace pmp::test
