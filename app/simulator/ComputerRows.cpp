#include "ComputerRows.h"
#include "Latin1.h"

#include "NoValue.h"
#include "QueryFilters.h"
#include "SimClock.h"

namespace pmp::sim {

namespace {

QJsonValue timeOr(qint64 ms, const QJsonValue &none)
{
    return ms > 0 ? QJsonValue(double(ms)) : none;
}

QString scanRemarks(int scanStatus)
{
    switch (scanStatus) {
    case 228:
        return s("dc.patch.util.Scanning_completedsuccessfully");
    case 226:
        return s("dc.patch.util.Scanning_failed");
    case 227:
        return s("dc.patch.util.Scanning_in_progress");
    default:
        return s("--");
    }
}

QString scanLabel(int scanStatus)
{
    switch (scanStatus) {
    case 228:
        return s("dc.common.SCANNING_COMPLETED");
    case 226:
        return s("dc.common.SCANNING_FAILED");
    case 227:
        return s("dc.common.SCANNING_IN_PROGRESS");
    default:
        return s("dc.common.NOT_SCANNED");
    }
}

QString scanImage(int scanStatus)
{
    switch (scanStatus) {
    case 228:
        return s("/images/success.png");
    case 226:
        return s("/images/failure.png");
    case 227:
        return s("/images/inprogress.png");
    default:
        return s("/images/notscanned.png");
    }
}

// The last deployment outcome shown beside a system (status_label / status_image of E15).
QString deploymentLabel(const Computer &c)
{
    if (c.failed > 0)
        return s("dc.db.config.status.failed");
    if (c.lastPatchedMs > 0)
        return s("dc.db.config.status.succeeded");
    return s("--");
}

} // namespace

QString ComputerRows::installationLabel(int status)
{
    switch (status) {
    case 21:
        return s("dc.db.som.status.yet_to_install");
    case 22:
        return s("dc.db.som.status.installed_successfully");
    case 23:
        return s("dc.db.som.status.uninstalled_successfully");
    case 24:
        return s("dc.db.som.status.yet_to_uninstall");
    case 29:
        return s("dc.db.som.status.installation_failed");
    case 31:
        return s("dc.db.som.status.uninstallation_failed");
    default:
        return s("--");
    }
}

int ComputerRows::contactBucket(qint64 lastContactMs, qint64 nowMs)
{
    if (lastContactMs <= 0)
        return -1;
    const qint64 days = (nowMs - lastContactMs) / SimClock::DayMs;
    if (days < 3)
        return 0;
    if (days < 7)
        return 1;
    if (days < 15)
        return 2;
    if (days < 30)
        return 3;
    return 4;
}

QString ComputerRows::contactBucketKey(int bucket)
{
    static const char *keys[] = {"equal_3_day", "4_day_to_7_day", "8_day_to_15_day", "16_day_to_30_day",
                                 "greater_30_day"};
    return bucket >= 0 && bucket < 5 ? s(keys[bucket]) : QString();
}

QJsonObject ComputerRows::allSystems(const FleetState &fleet, int computer, bool quirks)
{
    const QJsonValue none = noNumber(quirks);
    const Computer &c = fleet.computers().at(computer);
    const OsProfile &os = fleet.osProfiles().at(c.os);
    const RemoteOffice &office = fleet.offices().at(c.office);
    const QJsonValue id = double(c.id);
    const bool failedDeploy = c.failed > 0;
    return QJsonObject{
        {s("resource_health_status"), c.health},
        {s("os_language"), 1},
        {s("branchmemberresourcerel.resource_id"), id},
        {s("branch_office_id"), office.id},
        {s("last_patched_time"), timeOr(c.lastPatchedMs, none)},
        {s("os_platform_name"), QueryFilters::platformName(os.platform)},
        {s("pmreshealthstatus.resource_id"), id},
        {s("installed_tp_patches"), c.installedThirdParty},
        {s("installed_ms_patches"), c.installedOs},
        {s("important_patch_count"), c.missingBySeverity[3]},
        {s("service_pack"), os.servicePack},
        {s("resourcetorebootdetails.resource_id"), s("--")},
        {s("pmresourcepatchcount.resource_id"), id},
        {s("resourcetorebootdetails.reboot_req_status"), s("--")},
        {s("os_language_abbr"), s("en")},
        {s("resourcedeploymentstatus.resource_id"), id},
        {s("scan_remarks"), scanRemarks(c.scanStatus)},
        {s("os_platform"), os.platform},
        {s("agent_logged_on_users"), fleet.loggedOnUser(computer)},
        {s("total_ms_patches"), c.installedOs + c.missingOs},
        {s("osflavor_id"), 0},
        {s("search_tag"), s("--")},
        {s("status_label"), deploymentLabel(c)},
        {s("owner_email_id"), s("--")},
        {s("missing_ms_patches"), c.missingOs},
        {s("last_action_initiated_on"), s("--")},
        {s("missing_tp_patches"), c.missingThirdParty},
        {s("low_patch_count"), c.missingBySeverity[1]},
        {s("patchmgmtosinfo.resource_id"), id},
        {s("last_successful_scan"), timeOr(c.lastSuccessfulScanMs, none)},
        {s("computer_status_update_time"), timeOr(c.statusUpdateMs, none)},
        {s("branch_office_name"), office.name},
        {s("agent_last_contact_time"), timeOr(c.lastContactMs, -1)},
        {s("total_tp_patches"), c.installedThirdParty + c.missingThirdParty},
        {s("description"), s("--")},
        {s("critical_patch_count"), c.missingBySeverity[4]},
        {s("domain_netbios_name"), fleet.domains().at(c.domain)},
        {s("mac_address"), fleet.macAddress(computer)},
        {s("resource.resource_id"), id},
        {s("shutdown_status_update_time"), s("--")},
        {s("moderate_patch_count"), c.missingBySeverity[2]},
        {s("owner"), s("--")},
        {s("scan_status"), c.scanStatus},
        {s("timezone_offset"), QString::number(office.utcOffsetMinutes)},
        {s("oslanguage.languageid"), 1},
        {s("last_sync_time"), timeOr(c.lastSyncMs, none)},
        {s("deployment_status"), failedDeploy ? QJsonValue(206) : (c.lastPatchedMs > 0 ? QJsonValue(209) : none)},
        {s("oslanguage.i18n"), s("dc.patch.patchinfo.English")},
        {s("ip_address"), fleet.ipAddress(computer)},
        {s("shutdown_status"), s("--")},
        {s("agent_last_bootup_time"), timeOr(c.lastBootMs, -1)},
        {s("resource_id"), id},
        {s("os_name"), os.name},
        {s("location"), s("--")},
        {s("computer_live_status"), c.liveStatus},
        {s("resource_name"), c.name},
        {s("last_scan_time"), timeOr(c.lastScanMs, none)},
        {s("remarks"), s("--")},
        {s("last_operation"), s("--")},
        {s("status_image"), failedDeploy ? s("/images/failureicon.gif") : s("/images/successicon.gif")},
    };
}

QJsonObject ComputerRows::scanDetails(const FleetState &fleet, int computer, bool quirks)
{
    const QJsonValue none = noNumber(quirks);
    const Computer &c = fleet.computers().at(computer);
    const OsProfile &os = fleet.osProfiles().at(c.os);
    const RemoteOffice &office = fleet.offices().at(c.office);
    const QJsonValue id = double(c.id);
    const bool agent = c.agentInstalled();
    QString installDir = s("C:\\Program Files (x86)\\DesktopCentral_Agent\\");
    if (os.platform == 2)
        installDir = s("/Library/ManageEngine/UEMS_Agent/");
    else if (os.platform == 3)
        installDir = s("/usr/local/manageengine/uems_agent/");
    return QJsonObject{
        {s("branch_office_name"), office.name},
        {s("resource.name"), c.name},
        {s("resource_health_status"), c.health},
        {s("description"), s("--")},
        {s("branch_office_id"), office.id},
        {s("os_language"), 1},
        {s("agent_installed_on"), timeOr(c.agentInstalledMs, -1)},
        {s("os_platform_name"), QueryFilters::platformName(os.platform)},
        {s("pmreshealthstatus.resource_id"), id},
        {s("patchstatusdefn.label"), scanLabel(c.scanStatus)},
        {s("branchofficedetails.branch_office_id"), office.id},
        {s("agent_installed_dir"), agent ? installDir : s("--")},
        {s("mac_address"), QString(fleet.macAddress(computer) + QLatin1Char(','))},
        {s("resource.domain_netbios_name"), fleet.domains().at(c.domain)},
        {s("service_pack"), os.servicePack},
        {s("os_language_abbr"), s("en")},
        {s("resource.resource_id"), id},
        {s("scan_remarks_args"), s("--")},
        {s("os_platform_id"), os.platform},
        {s("owner"), s("--")},
        {s("configstatusdefn.label"), installationLabel(c.installationStatus)},
        {s("scan_status"), c.scanStatus},
        {s("scan_remarks"), scanRemarks(c.scanStatus)},
        {s("agentcontact.logged_on_users"), fleet.loggedOnUser(computer)},
        {s("os_platform"), os.platform},
        {s("oslanguage.languageid"), 1},
        {s("last_sync_time"), timeOr(c.lastSyncMs, none)},
        {s("oslanguage.i18n"), s("dc.patch.patchinfo.English")},
        {s("ip_address"), QString(fleet.ipAddress(computer) + QLatin1Char(','))},
        {s("osflavor_id"), 0},
        {s("search_tag"), s("--")},
        {s("agent_version"), fleet.agentVersion(computer)},
        {s("owner_email_id"), s("--")},
        {s("patchstatusdefn.image_name"), scanImage(c.scanStatus)},
        {s("installation_status"), agent ? 22 : 21},
        {s("resource_id"), id},
        {s("os_name"), os.name},
        {s("agentcontact.last_contact_time"), timeOr(c.lastContactMs, -1)},
        {s("location"), s("--")},
        {s("computer_live_status"), c.liveStatus},
        {s("agentcontact.last_bootup_time"), timeOr(c.lastBootMs, -1)},
        {s("last_scan_time"), timeOr(c.lastScanMs, none)},
        {s("patchmgmtosinfo.resource_id"), id},
        {s("errorcodetokburl.kb_url"), s("--")},
        {s("last_successful_scan"), timeOr(c.lastSuccessfulScanMs, none)},
        {s("computer_status_update_time"), timeOr(c.statusUpdateMs, none)},
    };
}

QJsonObject ComputerRows::computer(const FleetState &fleet, int computer)
{
    const Computer &c = fleet.computers().at(computer);
    const OsProfile &os = fleet.osProfiles().at(c.os);
    const QString mac = fleet.macAddress(computer);
    const QString ip = fleet.ipAddress(computer);
    const QString domain = fleet.domains().at(c.domain);
    const bool failed = c.installationStatus == 29;
    QString remarks = s("--");
    if (c.installationStatus == 22 || c.installationStatus == 24 || c.installationStatus == 31)
        remarks = s("dc.db.agent.install.success");
    else if (c.installationStatus == 23)
        remarks = s("dc.db.agent.uninstall.success");
    else if (failed)
        remarks = s("[i18n]dc.som.agentinstall.remarks.unknown_credential[/i18n]");
    return QJsonObject{
        {s("modernappdetails.remarks"), s("--")},
        {s("remarks_args"), s("--")},
        {s("agent_installed_on"), timeOr(c.agentInstalledMs, -1)},
        {s("agent_executed_on"), timeOr(c.agentExecutedMs, -1)},
        {s("processorarchtype.processor_arch_name"), fleet.processorArchName(computer)},
        {s("os_platform_name"), QueryFilters::platformName(os.platform)},
        {s("resource_id_string"), QString::number(c.id)},
        {s("service_pack"), os.servicePack},
        {s("computer.processor_arch_type_id"), fleet.processorArchTypeId(computer)},
        {s("computer.processor_architecture"), fleet.processorArchitecture(computer)},
        {s("os_platform"), os.platform},
        {s("managedcomputer.previous_installation_status"), c.previousInstallationStatus},
        {s("agent_logged_on_users"), fleet.loggedOnUser(computer)},
        {s("resourcemacip.dhcp_server_ip_address"), fleet.dhcpServer(computer)},
        {s("osflavor_id"), 0},
        {s("search_tag"), s("--")},
        {s("status_label"), installationLabel(c.installationStatus)},
        {s("error_kb_url"), failed ? s("$(dcUrl)/agent_installation_logon_failure.html?") : s("--")},
        {s("full_name"), c.name},
        {s("owner_email_id"), s("--")},
        {s("managedcomputertoerrcode.operation_type"), failed ? 1 : 0},
        {s("agent_upgraded_on"), double(c.agentUpgradedMs)},
        {s("installation_status"), c.installationStatus},
        {s("error_code"), failed ? 60006 : 0},
        {s("managedcomputer.agent_status"), 0},
        {s("modernappdetails.enrollment_type"), s("--")},
        {s("computer_status_update_time"), timeOr(c.statusUpdateMs, -1)},
        {s("managed_status"), c.managedStatus},
        {s("branch_office_name"), fleet.offices().at(c.office).name},
        {s("managedcomputer.re_installation_status"), -1},
        {s("agent_last_contact_time"), timeOr(c.lastContactMs, -1)},
        {s("description"), s("--")},
        {s("domain_netbios_name"), domain},
        {s("fqdn_name"), fleet.fqdn(computer)},
        {s("managedcomputer.agent_version_num"), double(fleet.agentVersionNumber(computer))},
        {s("mac_address"), mac},
        {s("owner"), s("--")},
        {s("modernappdetails.last_contact_time"), 0},
        {s("managedcomputer.friendly_name"), QStringLiteral("%1 %2 %3").arg(mac, domain, ip)},
        {s("resourcemacip.gateway_ip_address"), fleet.gateway(computer)},
        {s("resourcemacip.subnet_mask"), fleet.subnetMask()},
        {s("os_version"), os.version},
        {s("last_sync_time"), timeOr(c.lastSyncMs, -1)},
        {s("modernappdetails.installed_at"), 0},
        {s("ip_address"), ip},
        {s("agent_uninstalled_on"), double(c.agentUninstalledMs)},
        {s("agent_version"), c.agentInstalledMs > 0 ? fleet.agentVersion(computer) : s("--")},
        {s("resourcemacip.subnet_ip_address"), fleet.subnetAddress(computer)},
        {s("agent_last_bootup_time"), timeOr(c.lastBootMs, -1)},
        {s("resource_id"), double(c.id)},
        {s("os_name"), os.name},
        {s("location"), s("--")},
        {s("managedcomputer.friendly_name_type"), 0},
        {s("computer_live_status"), c.liveStatus},
        {s("customer_name"), s("DC_CUSTOMER")},
        {s("modernappdetails.status"), s("--")},
        {s("resource_name"), c.name},
        {s("customer_id"), 1},
        {s("remarks"), remarks},
        // Not in the guide's sample, but what servicetagfilter filters on.
        {s("service_tag"), fleet.serviceTag(computer)},
    };
}

QJsonObject ComputerRows::remoteOffice(const FleetState &fleet, int office, int managedComputers)
{
    const RemoteOffice &o = fleet.offices().at(office);
    return QJsonObject{
        {s("updated_time"), double(o.updatedMs)},
        {s("ds_status"), o.dsStatus},
        {s("is_https"), o.isHttps},
        {s("branch_office_name"), o.name},
        {s("agent_arc_loc"), QString()},
        {s("compression_type"), o.compression},
        {s("replicationpolicydetails.policy_name"), o.policyName},
        {s("branch_office_id"), o.id},
        {s("proxy_details_branch_office_id"), o.id},
        {s("resource_id_string"), QString::number(o.hasDistributionServer ? o.dsResourceId : o.id)},
        {s("policytobranchofficerel.policy_id"), o.policyId},
        {s("agent_comm_branch_office_id"), o.id},
        {s("ds_dns_name"), o.dsDnsName},
        {s("branch_office_desc"), o.description},
        {s("ds_version"), o.dsVersion},
        {s("policytobranchofficerel.branch_office_id"), o.id},
        {s("proxy_port_number"), o.proxyPort},
        {s("last_contact_time"), double(o.lastContactMs)},
        {s("is_proxy"), o.isProxy},
        {s("colorquality_type"), o.colorQuality},
        {s("ds_https_port"), o.hasDistributionServer ? s("8384") : s("--")},
        {s("proxy_username"), o.proxyUser},
        {s("adgroupremoteofficemapping.branch_office_id"), o.id},
        {s("has_masteragent"), o.hasDistributionServer},
        {s("managed_computers"), managedComputers},
        {s("replicationpolicydetails.policy_id"), o.policyId},
        {s("error_code_kb_url"), s("--")},
        {s("ds_sync_status"), o.dsSyncStatus},
        {s("error_kb_url"), o.errorKbUrl},
        {s("ds_ipaddress"), o.dsIp},
        {s("branch_office_customer_id"), 1},
        {s("proxy_server_name"), o.proxyServer},
        {s("resource_id"), double(o.hasDistributionServer ? o.dsResourceId : o.id)},
        {s("disserverdetails.branch_office_id"), o.id},
        {s("error_code"), o.errorCode},
        {s("customer_name"), s("DC_CUSTOMER")},
        {s("customer_id"), 1},
        {s("resource_name"), o.hasDistributionServer ? o.dsName : s("--")},
        {s("remarks"), o.remarks},
    };
}

} // namespace pmp::sim
