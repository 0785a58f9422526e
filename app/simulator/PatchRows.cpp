#include "PatchRows.h"
#include "Latin1.h"

#include "NoValue.h"
#include "QueryFilters.h"

#include <QJsonArray>

namespace pmp::sim {

namespace {

QJsonValue supersededBy(const Patch &p)
{
    return p.supersededBy > 0 ? QString::number(p.supersededBy) : s("NA");
}

QString approvalLabel(int approval)
{
    switch (approval) {
    case 211:
        return s("dc.common.APPROVED");
    case 212:
        return s("dc.common.DECLINED");
    default:
        return s("dc.common.NOT_APPROVED");
    }
}

QString approvalImage(int approval)
{
    switch (approval) {
    case 211:
        return s("/images/approved_icon.gif");
    case 212:
        return s("/images/declined_icon.gif");
    default:
        return s("/images/unapproved_icon.gif");
    }
}

QString stateLabel(PatchState state)
{
    switch (state) {
    case PatchState::Installed:
        return s("dc.common.INSTALLED");
    case PatchState::Failed:
        return s("dc.common.FAILED");
    default:
        return s("dc.common.MISSING");
    }
}

QString stateImage(PatchState state)
{
    switch (state) {
    case PatchState::Installed:
        return s("/images/success.gif");
    case PatchState::Failed:
        return s("/images/failure.gif");
    default:
        return s("/images/missing.gif");
    }
}

QJsonValue downloadStatus(const Patch &p, bool quirks)
{
    // 221 Downloaded; yet to download has no code of its own (reference Q22: integer or the string "--").
    return p.downloaded ? QJsonValue(221) : noNumber(quirks);
}

QString storeLabel(const Patch &p)
{
    return p.downloaded ? s("dc.common.SUCCESS") : s("dc.common.YET_TO_DOWNLOAD");
}

QString storeImage(const Patch &p)
{
    return p.downloaded ? s("/images/download_success.png") : s("/images/download_yet_to_start.png");
}

int noReboot(const Patch &p)
{
    return p.reboot == 0 ? 0 : 1; // "0 - Not Required, 1 - Reboot Required" (reference Q23)
}

// The undocumented deployment_status codes of the samples: 209 succeeded, 206 failed.
QJsonValue deploymentStatus(const PatchStatus &st, bool quirks)
{
    if (st.state == PatchState::Installed)
        return 209;
    if (st.state == PatchState::Failed)
        return 206;
    return noNumber(quirks);
}

} // namespace

QString PatchRows::severityName(int severity)
{
    static const char *names[] = {"Unrated", "Low", "Moderate", "Important", "Critical"};
    return s(names[std::clamp(severity, 0, 4)]);
}

QString PatchRows::severityKey(int severity)
{
    return s("dc.common.") + severityName(severity).toUpper();
}

QString PatchRows::updateName(UpdateType type)
{
    switch (type) {
    case UpdateType::Security:
        return s("Security Updates");
    case UpdateType::NonSecurity:
        return s("Non-Security Updates");
    case UpdateType::ThirdParty:
        return s("Third Party Updates");
    case UpdateType::Definition:
        return s("Definition Updates");
    case UpdateType::ServicePack:
        return s("Service Packs");
    case UpdateType::FeaturePack:
        return s("Feature Packs");
    case UpdateType::Rollup:
        return s("Rollups");
    case UpdateType::Tool:
        return s("Tools");
    case UpdateType::Driver:
        return s("Drivers");
    case UpdateType::Optional:
        return s("Optional Updates");
    case UpdateType::PreviewRollup:
        return s("Preview Rollups");
    case UpdateType::Bios:
        return s("BIOS");
    }
    return {};
}

QString PatchRows::updateTypeName(UpdateType type)
{
    // Exactly the /dcapi filter's documented inputs.
    switch (type) {
    case UpdateType::Security:
        return s("Security Updates");
    case UpdateType::NonSecurity:
        return s("Non-Security Updates");
    case UpdateType::ThirdParty:
        return s("Third-Party Updates");
    case UpdateType::Definition:
        return s("Definition Update");
    case UpdateType::ServicePack:
        return s("Service Packs");
    case UpdateType::FeaturePack:
        return s("Feature Packs");
    case UpdateType::Rollup:
        return s("Rollups");
    case UpdateType::Tool:
        return s("Tools");
    case UpdateType::Driver:
        return s("Driver");
    case UpdateType::Optional:
        return s("Optional Updates");
    case UpdateType::PreviewRollup:
        return s("Preview Rollups");
    case UpdateType::Bios:
        return s("BIOS");
    }
    return {};
}

QString PatchRows::rebootText(int reboot)
{
    switch (reboot) {
    case 1:
        return s("required");
    case 2:
        return s("may require");
    case 3:
        return s("autoreboot");
    default:
        return s("not required");
    }
}

QString PatchRows::approvalText(int approval)
{
    switch (approval) {
    case 211:
        return s("approved");
    case 212:
        return s("declined");
    default:
        return s("unapproved");
    }
}

QString PatchRows::stateText(PatchState state)
{
    switch (state) {
    case PatchState::Installed:
        return s("Installed");
    case PatchState::Failed:
        return s("Failed");
    default:
        return s("Missing");
    }
}

int PatchRows::affectedStatus(PatchState state)
{
    switch (state) {
    case PatchState::Installed:
        return 201;
    case PatchState::Failed:
        return 206;
    default:
        return 202;
    }
}

QJsonObject PatchRows::allPatches(const FleetState &fleet, int patch, const Counts &counts, bool quirks)
{
    const Patch &p = fleet.patches().at(patch);
    // Remote-office download counts: distribution servers that hold the binary.
    int dsOffices = 0;
    for (const RemoteOffice &o : fleet.offices())
        dsOffices += o.hasDistributionServer && o.dsStatus == 22;
    const QJsonValue roSuccess = p.downloaded ? QJsonValue(QString::number(dsOffices)) : QJsonValue(s("--"));
    return QJsonObject{
        {s("ro_failure_count"), p.downloaded ? QString::number(0) : s("--")},
        {s("updated_time"), double(p.updatedMs)},
        {s("installed"), counts.installed},
        {s("sqnumber"), p.sqNumber},
        {s("ro_yettodownload_count"), p.downloaded ? QString::number(0) : s("--")},
        {s("bulletin_id"), p.bulletinId},
        {s("patch_noreboot"), noReboot(p)},
        {s("update_name"), updateName(p.updateType)},
        {s("patch_released_time"), double(p.releasedMs)},
        {s("patch_size"), double(p.size)},
        {s("image_name"), approvalImage(p.approval)},
        {s("status_id"), p.approval},
        {s("patch_uninstall_status"), p.uninstallable ? 1 : 0},
        {s("platform_name"), QueryFilters::platformName(p.platform)},
        {s("missing"), counts.missing + counts.failed},
        {s("download_status"), downloadStatus(p, quirks)},
        {s("first_name"), p.approvedBy.isEmpty() ? s("--") : p.approvedBy},
        {s("severity"), p.severity},
        {s("patch_id"), double(p.id)},
        {s("patch_name"), p.name},
        {s("patch_description"), p.description},
        {s("vendor_name"), p.vendor},
        {s("superceded_by"), supersededBy(p)},
        {s("severity_name"), severityKey(p.severity)},
        {s("label"), approvalLabel(p.approval)},
        {s("failed"), counts.failed},
        {s("patch_supported_time"), double(p.supportedMs)},
        {s("ro_success_count"), roSuccess},
    };
}

QJsonObject PatchRows::supportedPatch(const FleetState &fleet, int patch, bool quirks)
{
    const Patch &p = fleet.patches().at(patch);
    return QJsonObject{
        {s("update_id"), p.updateId},
        {s("patch_lang"), p.language},
        {s("patch_updated_time"), double(p.updatedMs)},
        {s("sqnumber"), p.sqNumber},
        {s("patch_updated"), double(p.supportedMs)},
        {s("bulletin_id"), p.bulletinId},
        {s("patch_noreboot"), noReboot(p)},
        {s("update_name"), updateName(p.updateType)},
        {s("platform"), p.platform},
        {s("configstatusdefn.image_name"), approvalImage(p.approval)},
        {s("patch_released_time"), double(p.releasedMs)},
        {s("patch_size"), double(p.size)},
        {s("customerpatchstatus.patch_id"), double(p.id)},
        {s("patch_uninstall_status"), p.uninstallable ? 1 : 0},
        {s("platform_name"), QueryFilters::platformName(p.platform)},
        {s("download_status"), downloadStatus(p, quirks)},
        {s("patch_type"), p.patchType},
        {s("first_name"), p.approvedBy.isEmpty() ? s("--") : p.approvedBy},
        {s("pmseverity.name"), severityName(p.severity)},
        {s("patch_status"), p.approval},
        {s("severity"), p.severity},
        {s("patchstorestatusdefn.label"), storeLabel(p)},
        {s("configstatusdefn.label"), approvalLabel(p.approval)},
        {s("patch_id"), double(p.id)},
        {s("patch_name"), p.name},
        {s("patch_description"), p.description},
        {s("newpatchinfo.patchid"), double(p.id)},
        {s("patch_remarks"), p.declines.isEmpty() ? QString() : p.declines.last().remarks},
        {s("vendor_name"), p.vendor},
        {s("superceded_by"), supersededBy(p)},
        {s("severity_name"), severityKey(p.severity)},
        {s("patchstorestatusdefn.image_name"), storeImage(p)},
        {s("patch_supported_time"), double(p.supportedMs)},
        {s("patchdetails.patchid"), double(p.id)},
        {s("customer_id"), 1},
    };
}

QJsonObject PatchRows::downloadedPatch(const FleetState &fleet, int patch)
{
    const Patch &p = fleet.patches().at(patch);
    return QJsonObject{
        {s("patch_download_status_label"), s("dc.common.SUCCESS")},
        {s("download_time"), double(p.downloadedMs)},
        {s("patch.patchid"), double(p.id)},
        {s("patch_lang"), p.language},
        {s("patch_language"), p.language},
        {s("patch_updated"), double(p.supportedMs)},
        {s("download_remarks_args"), s("--")},
        {s("os_language"), p.language},
        {s("bulletin_id"), p.bulletinId},
        {s("platform"), p.platform},
        {s("patch_download_status_image"), s("images/download_success.png")},
        {s("patch_released_time"), double(p.releasedMs)},
        {s("patch_size"), double(p.size)},
        {s("download_status"), 221},
        {s("platform_name"), QueryFilters::platformName(p.platform)},
        {s("patch_type"), p.patchType},
        {s("patch_status"), s("--")},
        {s("how_to_url"), s("--")},
        {s("patch_id"), double(p.id)},
        {s("patch_name"), p.name},
        {s("patch_description"), p.description},
        {s("oslanguage.i18n"), p.language == 1 ? s("dc.patch.patchinfo.English") : s("Multilingual")},
        {s("superceded_by"), supersededBy(p)},
        {s("patch_supported_time"), double(p.supportedMs)},
        {s("patchdetails.patchid"), double(p.id)},
        {s("error_kb_url"), s("--")},
        {s("patch_location_id"), double(p.locationId)},
        {s("download_remarks"), s("desktopcentral.server.patchmgmt.patch_download_success")},
        {s("pmpatchlocation.patchid"), double(p.id)},
    };
}

QJsonObject PatchRows::systemReport(const FleetState &fleet, int computer, int patch, const PatchStatus &st,
                                    bool quirks)
{
    const Patch &p = fleet.patches().at(patch);
    const Computer &c = fleet.computers().at(computer);
    QString collection = s("--");
    QString deployer = s("--");
    if (st.configIndex >= 0) {
        collection = fleet.configs().at(st.configIndex).name;
        deployer = fleet.configs().at(st.configIndex).owner;
    } else if (st.state == PatchState::Installed) {
        collection = fleet.historicConfigName(computer, patch);
        deployer = collection == QLatin1String("--") ? s("--") : s("admin");
    }
    QString remarks = s("dc.db.agent.config.patchscan.success");
    if (st.state == PatchState::Failed)
        remarks = s("dc.db.agent.config.patchinstall.failed");
    else if (st.state == PatchState::Missing)
        remarks = s("--");
    return QJsonObject{
        {s("update_id"), p.updateId},
        {s("installstatusdefn.label"), stateLabel(st.state)},
        {s("installpatchstatus.patch_id"), double(p.id)},
        {s("install_error_code"), st.state == PatchState::Failed ? st.errorCode : -1},
        {s("bulletin_id"), p.bulletinId},
        {s("patch_noreboot"), noReboot(p)},
        {s("update_name"), updateName(p.updateType)},
        {s("platform"), p.platform},
        {s("configstatusdefn.image_name"), approvalImage(p.approval)},
        {s("deploy_remarks"), remarks},
        {s("patch_released_time"), double(p.releasedMs)},
        {s("customerpatchstatus.patch_id"), double(p.id)},
        {s("patch_uninstall_status"), p.uninstallable ? 1 : 0},
        {s("download_status"), downloadStatus(p, quirks)},
        {s("platform_name"), QueryFilters::platformName(p.platform)},
        {s("affectedpatchstatusdefn.image_name"), stateImage(st.state)},
        {s("patch_type"), p.patchType},
        {s("pmseverity.name"), severityName(p.severity)},
        {s("patch_status"), p.approval},
        {s("affected_patch_status"), affectedStatus(st.state)},
        {s("severity"), p.severity},
        {s("patchstorestatusdefn.label"), storeLabel(p)},
        {s("configstatusdefn.label"), approvalLabel(p.approval)},
        {s("patch_id"), double(p.id)},
        {s("patch_name"), p.name},
        {s("collection.collection_name"), collection},
        {s("patch_description"), p.description},
        {s("vendor_name"), p.vendor},
        {s("deployment_status"), deploymentStatus(st, quirks)},
        {s("superceded_by"), supersededBy(p)},
        {s("severity_name"), severityKey(p.severity)},
        {s("installpatchstatus.resource_id"), double(c.id)},
        {s("deployer.first_name"), deployer},
        {s("patchstorestatusdefn.image_name"), storeImage(p)},
        {s("installstatusdefn.image_name"),
         st.state == PatchState::Installed ? s("/images/success.png")
                                           : (st.state == PatchState::Failed ? s("/images/failure.png") : s("--"))},
        {s("patch_supported_time"), double(p.supportedMs)},
        {s("affectedpatchstatusdefn.label"), stateLabel(st.state)},
        {s("resource_id"), double(c.id)},
        {s("customer_id"), 1},
        {s("deploy_remarks_args"), s("--")},
        {s("installed_time"),
         st.state == PatchState::Installed ? QJsonValue(double(st.installedMs)) : noNumber(quirks)},
    };
}

QJsonObject PatchRows::patchDetail(const FleetState &fleet, int computer, int patch, const PatchStatus &st)
{
    const Patch &p = fleet.patches().at(patch);
    const Computer &c = fleet.computers().at(computer);
    const OsProfile &os = fleet.osProfiles().at(c.os);
    QString collection = s("--");
    if (st.configIndex >= 0)
        collection = fleet.configs().at(st.configIndex).name;
    else if (st.state == PatchState::Installed)
        collection = fleet.historicConfigName(computer, patch);
    return QJsonObject{
        {s("branch_office_name"), fleet.offices().at(c.office).name},
        {s("patch_updated_time"), double(p.updatedMs)},
        {s("resource.name"), c.name},
        {s("installstatusdefn.label"), st.state == PatchState::Missing ? s("--") : stateLabel(st.state)},
        {s("sqnumber"), p.sqNumber},
        {s("os_language"), 1},
        {s("install_error_code"), st.state == PatchState::Failed ? QString::number(st.errorCode) : s("--")},
        {s("bulletin_id"), p.bulletinId},
        {s("update_name"), updateName(p.updateType)},
        {s("deploy_remarks"), st.state == PatchState::Failed ? fleet.installErrorText(st.errorCode) : s("--")},
        {s("patch_released_time"), double(p.releasedMs)},
        {s("patch_size"), double(p.size)},
        {s("patch_uninstall_status"), p.uninstallable ? 1 : 0},
        {s("resource.domain_netbios_name"), fleet.domains().at(c.domain)},
        {s("service_pack"), os.servicePack},
        {s("approvestatusdefn.image_name"), approvalImage(p.approval)},
        {s("affectedpatchstatusdefn.image_name"), stateImage(st.state)},
        {s("patch_type"), p.patchType},
        {s("resource.resource_id"), double(c.id)},
        {s("first_name"), p.approvedBy.isEmpty() ? s("--") : p.approvedBy},
        {s("pmseverity.name"), severityName(p.severity)},
        {s("patch_status"), p.approval},
        {s("affected_patch_status"), affectedStatus(st.state)},
        {s("severity"), p.severity},
        {s("patch_id"), double(p.id)},
        {s("patch_name"), p.name},
        {s("collection.collection_name"), collection},
        {s("patch_description"), p.description},
        {s("approvestatusdefn.label"), approvalLabel(p.approval)},
        {s("oslanguage.i18n"), s("dc.patch.patchinfo.English")},
        {s("deployment_status"),
         st.state == PatchState::Installed ? s("209") : (st.state == PatchState::Failed ? s("206") : s("--"))},
        {s("vendor_name"), p.vendor},
        {s("superceded_by"), supersededBy(p)},
        {s("severity_name"), severityKey(p.severity)},
        {s("resourcemacip.resource_id"), double(c.id)},
        {s("ip_address"), fleet.ipAddress(computer)},
        {s("deployer.first_name"), collection == QLatin1String("--") ? s("--") : s("admin")},
        {s("installstatusdefn.image_name"), st.state == PatchState::Missing ? s("--") : stateImage(st.state)},
        {s("patch_supported_time"), double(p.supportedMs)},
        {s("affectedpatchstatusdefn.label"), stateLabel(st.state)},
        {s("agent_version"), fleet.agentVersion(computer)},
        {s("user_id"), 2},
        {s("resource_id"), double(c.id)},
        {s("os_name"), os.name},
        {s("deploy_remarks_args"), s("--")},
        {s("installed_time"),
         st.state == PatchState::Installed ? QJsonValue(double(st.installedMs)) : QJsonValue(s("--"))},
    };
}

QJsonObject PatchRows::threatPatch(const FleetState &fleet, int patch, const Counts &counts)
{
    const Patch &p = fleet.patches().at(patch);
    return QJsonObject{
        {s("severity"), severityName(p.severity)},
        {s("patchname"), p.name},
        {s("updated_time"), QString::number(p.updatedMs)},
        {s("update_type"), updateTypeName(p.updateType)},
        {s("patch_description"), p.description},
        {s("kb_number"), p.kbNumber},
        {s("vendor_name"), p.vendor},
        {s("installed_system_count"), counts.installed},
        {s("supercededby"), p.supersededBy > 0 ? QString::number(p.supersededBy) : s("NA")},
        {s("patch_released_time"), QString::number(p.releasedMs)},
        {s("patch_supported_time"), QString::number(p.supportedMs)},
        {s("patch_size"), QString::number(p.size)},
        {s("patchid"), QString::number(p.id)},
        {s("patch_uninstall"), p.uninstallable ? s("supported") : s("not supported")},
        {s("bulletinid"), p.bulletinId},
        {s("approveduser_first_name"), p.approvedBy.isEmpty() ? s("--") : p.approvedBy},
        {s("reboot_required"), rebootText(p.reboot)},
        {s("platform_name"), QueryFilters::platformName(p.platform)},
        {s("download_status"), p.downloaded ? s("221") : s("--")},
        {s("missing_system_count"), counts.missing + counts.failed},
        {s("failed_system_count"), counts.failed},
        {s("patch_status"), approvalText(p.approval)},
    };
}

QJsonObject PatchRows::threatSystemPatch(const FleetState &fleet, int computer, int patch, const PatchStatus &st)
{
    const Patch &p = fleet.patches().at(patch);
    return QJsonObject{
        {s("severity"), severityName(p.severity)},
        {s("patchname"), p.name},
        {s("update_type"), updateTypeName(p.updateType)},
        {s("patch_id"), QString::number(p.id)},
        {s("patch_description"), p.description},
        {s("vendor_name"), p.vendor},
        {s("install_error_code"), st.state == PatchState::Failed ? QString::number(st.errorCode) : s("--")},
        {s("fqdn_name"), fleet.fqdn(computer)},
        {s("patch_released_time"), QString::number(p.releasedMs)},
        {s("bulletinid"), p.bulletinId},
        {s("reboot_required"), rebootText(p.reboot)},
        {s("platform_name"), QueryFilters::platformName(p.platform)},
        {s("installed_time"), st.state == PatchState::Installed ? QString::number(st.installedMs) : s("--")},
        {s("deployment_remarks"), st.state == PatchState::Failed ? fleet.installErrorText(st.errorCode) : s("--")},
        {s("patch_status"), stateText(st.state)},
        {s("patch_approval_status"), approvalText(p.approval)},
    };
}

} // namespace pmp::sim
