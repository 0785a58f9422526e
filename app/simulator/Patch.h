#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pmp::sim {

// Update types in the order of the /dcapi update_type filter values (reference Appendix A).
enum class UpdateType
{
    Security,
    NonSecurity,
    ThirdParty,
    Definition,
    ServicePack,
    FeaturePack,
    Rollup,
    Tool,
    Driver,
    Optional,
    PreviewRollup,
    Bios,
};

struct PatchDecline
{
    QList<qint64> groupIds;
    int reasonId = 0;
    QString remarks;
    qint64 declinedMs = 0;
};

struct Patch
{
    qint64 id = 0;
    QString name;        // the installer file name (patch_name / patchname)
    QString description; // patch_description
    QString vendor;
    QString bulletinId;
    QString kbNumber; // digits or "--"
    QString sqNumber;
    int platform = 1; // 1 Windows, 2 Mac, 3 Linux
    UpdateType updateType = UpdateType::Security;
    int severity = 0; // 0 Unrated .. 4 Critical
    qint64 size = 0;
    qint64 releasedMs = 0, supportedMs = 0, updatedMs = 0;
    int reboot = 0; // 0 not required, 1 required, 2 may require, 3 autoreboot
    bool uninstallable = false;
    qint64 supersededBy = -1;
    QStringList cves;
    bool downloaded = false;
    qint64 downloadedMs = 0;
    qint64 locationId = 0;
    int approval = 0; // 211 approved, 0 not approved, 212 declined
    QString approvedBy;
    qint64 approvalMs = 0;
    int title = -1;         // SoftwareTitle index, -1 for OS patches
    quint32 familyMask = 0; // OS families it applies to; 0 = every OS of the platform
    int patchType = 0;
    int updateId = 0;
    int language = 0;
    QList<PatchDecline> declines;

    // Counts over managed, scanned computers, kept up to date by FleetState.
    int installed = 0, missing = 0, failed = 0;
    int applicable() const { return installed + missing + failed; }
};

} // namespace pmp::sim
