#pragma once

#include <QString>

#include <array>

namespace pmp::sim {

struct Computer
{
    qint64 id = 0;
    QString name;
    int os = 0;            // OsProfile index
    int office = 0;        // RemoteOffice index
    int domain = 0;        // FleetState::domains index
    int user = 0;          // index into the generator's people
    int model = 0;         // hardware model index
    quint64 groups = 0;    // custom-group membership bits
    quint64 titles = 0;    // installed SoftwareTitle bits
    double hygiene = 0.05; // base probability that a patch is missing
    int installationStatus = 22;
    int previousInstallationStatus = -1;
    int liveStatus = 1;
    int scanStatus = 228;
    int managedStatus = 61;
    int agentVersion = 0;
    bool removed = false;
    qint64 agentInstalledMs = 0, agentExecutedMs = 0, agentUninstalledMs = -1, agentUpgradedMs = -1;
    qint64 lastContactMs = 0, lastBootMs = 0, lastScanMs = 0, lastSuccessfulScanMs = 0, lastSyncMs = 0;
    qint64 statusUpdateMs = 0, lastPatchedMs = 0;
    // The generated last scan; never changes, so derived patch states stay stable when a scan runs.
    qint64 baselineScanMs = 0;

    // Patch counts, kept up to date by FleetState.
    std::array<int, 5> missingBySeverity{}; // missing or failed, per severity 0..4
    int installedOs = 0, installedThirdParty = 0, missingOs = 0, missingThirdParty = 0, failed = 0;
    int health = 0; // resource_health_status

    bool scanned() const { return lastSuccessfulScanMs > 0; }
    bool agentInstalled() const
    {
        return installationStatus == 22 || installationStatus == 24 || installationStatus == 31;
    }
};

} // namespace pmp::sim
