#include "ViewCatalogue.h"

#include <QCoreApplication>

namespace pmp::models {

using pmp::api::OperationId;
using C = ColumnSpec;

namespace {

// Header texts are translated in the "pmp::models::Columns" context when shown. Each is spelled out
// as QT_TRANSLATE_NOOP at its use: lupdate does not expand macros, so a NOOP inside H would hide them.
#define H(text) QStringLiteral(text)

ViewSpec view(const char *id, const char *title, const char *group, OperationId op, QList<ColumnSpec> columns,
              const char *key, const char *noun, const char *nounPlural)
{
    ViewSpec v;
    v.id = QString::fromLatin1(id);
    v.title = QString::fromLatin1(title);
    v.group = QString::fromLatin1(group);
    v.operation = op;
    v.columns = std::move(columns);
    v.keyField = QString::fromLatin1(key);
    v.itemNoun = QString::fromLatin1(noun);
    v.itemNounPlural = QString::fromLatin1(nounPlural);
    return v;
}

// The facts the window and the write actions go by (see ViewSpec).
ViewSpec with(ViewSpec v, RowSubjects subjects, DetailKind detail, ViewFacets facets)
{
    v.subjects = subjects;
    v.detail = detail;
    v.facets = facets;
    return v;
}

QList<ColumnSpec> patchColumns()
{
    return {C::text(QStringLiteral("patch_description"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Patch"))),
            C::text(QStringLiteral("bulletin_id"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Bulletin"))),
            C::code(QStringLiteral("severity"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Severity")),
                    CodeKind::Severity),
            C::text(QStringLiteral("update_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Type"))),
            C::text(QStringLiteral("vendor_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Vendor"))),
            C::text(QStringLiteral("platform_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Platform")))};
}

QList<ViewSpec> build()
{
    QList<ViewSpec> views;
    const char *fleet = QT_TRANSLATE_NOOP("pmp::models::Views", "Fleet");
    const char *health = QT_TRANSLATE_NOOP("pmp::models::Views", "Systems and health");
    const char *patches = QT_TRANSLATE_NOOP("pmp::models::Views", "Patches");
    const char *deployment = QT_TRANSLATE_NOOP("pmp::models::Views", "Deployment");

    views.append(with(
        view(
            "computers", QT_TRANSLATE_NOOP("pmp::models::Views", "Computers"), fleet, OperationId::Computers,
            {C::text(QStringLiteral("resource_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Name"))),
             C::text(QStringLiteral("domain_netbios_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Domain"))),
             C::code(QStringLiteral("os_platform"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Platform")),
                     CodeKind::Platform),
             C::text(QStringLiteral("os_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Operating system"))),
             C::text(QStringLiteral("ip_address"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "IP address"))),
             C::text(QStringLiteral("branch_office_name"),
                     H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Remote office"))),
             C::code(QStringLiteral("computer_live_status"),
                     H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Live status")), CodeKind::LiveStatus),
             C::code(QStringLiteral("installation_status"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Agent")),
                     CodeKind::AgentInstallStatus),
             C::text(QStringLiteral("agent_version"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Agent version"))),
             C::time(QStringLiteral("agent_last_contact_time"),
                     H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Last contact"))),
             C::text(QStringLiteral("agent_logged_on_users"),
                     H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Logged-on users"))),
             C::text(QStringLiteral("fqdn_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "FQDN"))).hidden(),
             C::text(QStringLiteral("mac_address"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "MAC address")))
                 .hidden(),
             C::text(QStringLiteral("service_pack"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Service pack")))
                 .hidden(),
             C::text(QStringLiteral("os_version"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "OS version"))).hidden(),
             C::code(QStringLiteral("managed_status"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Managed")),
                     CodeKind::ManagedStatus)
                 .hidden(),
             C::time(QStringLiteral("agent_installed_on"),
                     H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Agent installed")))
                 .hidden(),
             C::time(QStringLiteral("agent_last_bootup_time"),
                     H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Last boot")))
                 .hidden(),
             C::time(QStringLiteral("last_sync_time"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Last sync")))
                 .hidden(),
             C::text(QStringLiteral("remarks"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Remarks"))).hidden(),
             C::text(QStringLiteral("customer_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Customer")))
                 .hidden(),
             C::integer(QStringLiteral("resource_id"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Resource ID")))
                 .hidden()},
            "resource_id", "computer", "computers"),
        RowSubject::Computer, DetailKind::Computer, ViewFacet::Membership | ViewFacet::Agents));

    views.append(with(
        view(
            "remote-offices", QT_TRANSLATE_NOOP("pmp::models::Views", "Remote offices"), fleet,
            OperationId::RemoteOffices,
            {C::text(QStringLiteral("branch_office_name"),
                     H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Remote office"))),
             C::integer(QStringLiteral("managed_computers"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Computers"))),
             C::code(QStringLiteral("ds_status"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Distribution server")),
                     CodeKind::DistributionServerStatus),
             C::text(QStringLiteral("ds_dns_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Server name"))),
             C::text(QStringLiteral("ds_ipaddress"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Server IP"))),
             C::text(QStringLiteral("ds_version"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Server version"))),
             C::boolean(QStringLiteral("is_https"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "HTTPS"))),
             C::boolean(QStringLiteral("is_proxy"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Proxy"))),
             C::time(QStringLiteral("last_contact_time"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Last contact")))
                 .noneIfNegative(),
             C::text(QStringLiteral("replicationpolicydetails.policy_name"),
                     H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Replication policy"))),
             C::text(QStringLiteral("proxy_server_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Proxy server")))
                 .hidden(),
             C::text(QStringLiteral("remarks"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Remarks"))).hidden(),
             C::time(QStringLiteral("updated_time"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Updated"))).hidden(),
             C::integer(QStringLiteral("branch_office_id"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Office ID")))
                 .hidden()},
            "branch_office_id", "remote office", "remote offices"),
        RowSubjects(), DetailKind::None, ViewFacet::Membership));

    views.append(with(
        view(
            "systems", QT_TRANSLATE_NOOP("pmp::models::Views", "System health"), health, OperationId::AllSystems,
            {C::text(QStringLiteral("resource_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Name"))),
             C::code(QStringLiteral("resource_health_status"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Health")),
                     CodeKind::Health),
             C::integer(QStringLiteral("critical_patch_count"),
                        H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Critical"))),
             C::integer(QStringLiteral("important_patch_count"),
                        H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Important"))),
             C::integer(QStringLiteral("moderate_patch_count"),
                        H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Moderate"))),
             C::integer(QStringLiteral("low_patch_count"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Low"))),
             C::integer(QStringLiteral("missing_ms_patches"),
                        H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Missing OS patches"))),
             C::integer(QStringLiteral("missing_tp_patches"),
                        H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Missing third-party"))),
             C::code(QStringLiteral("scan_status"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Scan")),
                     CodeKind::ScanStatus),
             C::time(QStringLiteral("last_scan_time"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Last scan"))),
             C::time(QStringLiteral("last_patched_time"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Last patched"))),
             C::code(QStringLiteral("computer_live_status"),
                     H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Live status")), CodeKind::LiveStatus),
             C::text(QStringLiteral("os_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Operating system"))),
             C::text(QStringLiteral("domain_netbios_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Domain"))),
             C::text(QStringLiteral("branch_office_name"),
                     H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Remote office"))),
             C::text(QStringLiteral("resourcetorebootdetails.reboot_req_status"),
                     H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Reboot required")))
                 .hidden(),
             C::integer(QStringLiteral("installed_ms_patches"),
                        H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Installed OS patches")))
                 .hidden(),
             C::integer(QStringLiteral("installed_tp_patches"),
                        H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Installed third-party")))
                 .hidden(),
             C::time(QStringLiteral("last_successful_scan"),
                     H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Last successful scan")))
                 .hidden(),
             C::time(QStringLiteral("agent_last_contact_time"),
                     H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Last contact")))
                 .hidden(),
             C::text(QStringLiteral("agent_logged_on_users"),
                     H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Logged-on users")))
                 .hidden(),
             C::text(QStringLiteral("ip_address"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "IP address"))).hidden(),
             C::text(QStringLiteral("scan_remarks"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Scan remarks")))
                 .hidden(),
             C::integer(QStringLiteral("resource_id"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Resource ID")))
                 .hidden()},
            "resource_id", "system", "systems"),
        RowSubject::Computer, DetailKind::Computer,
        ViewFacet::Membership | ViewFacet::Health | ViewFacet::Scans | ViewFacet::PatchStates | ViewFacet::Agents));

    views.append(with(
        view("scan-status", QT_TRANSLATE_NOOP("pmp::models::Views", "Scan status"), health, OperationId::ScanDetails,
             {C::text(QStringLiteral("resource.name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Name")))
                  .orKeys({QStringLiteral("resource_name")}),
              C::code(QStringLiteral("scan_status"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Scan")),
                      CodeKind::ScanStatus),
              C::time(QStringLiteral("last_scan_time"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Last scan"))),
              C::time(QStringLiteral("last_successful_scan"),
                      H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Last successful scan"))),
              C::text(QStringLiteral("scan_remarks"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Remarks"))),
              C::code(QStringLiteral("resource_health_status"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Health")),
                      CodeKind::Health),
              C::code(QStringLiteral("installation_status"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Agent")),
                      CodeKind::AgentInstallStatus),
              C::code(QStringLiteral("computer_live_status"),
                      H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Live status")), CodeKind::LiveStatus),
              C::time(QStringLiteral("agentcontact.last_contact_time"),
                      H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Last contact"))),
              C::text(QStringLiteral("resource.domain_netbios_name"),
                      H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Domain")))
                  .orKeys({QStringLiteral("domain_netbios_name")}),
              C::text(QStringLiteral("branch_office_name"),
                      H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Remote office"))),
              C::text(QStringLiteral("agent_version"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Agent version")))
                  .hidden(),
              C::text(QStringLiteral("os_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Operating system")))
                  .hidden(),
              C::text(QStringLiteral("ip_address"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "IP addresses")))
                  .hidden(),
              C::text(QStringLiteral("mac_address"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "MAC addresses")))
                  .hidden(),
              C::text(QStringLiteral("agentcontact.logged_on_users"),
                      H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Logged-on users")))
                  .hidden(),
              C::integer(QStringLiteral("resource_id"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Resource ID")))
                  .hidden()},
             "resource_id", "system", "systems"),
        RowSubject::Computer, DetailKind::Computer,
        ViewFacet::Membership | ViewFacet::Scans | ViewFacet::Agents | ViewFacet::Health));

    QList<ColumnSpec> allPatches = patchColumns();
    allPatches
        << C::code(QStringLiteral("status_id"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Approval")),
                   CodeKind::ApprovalStatus)
        << C::integer(QStringLiteral("missing"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Missing on")))
        << C::integer(QStringLiteral("installed"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Installed on")))
        << C::integer(QStringLiteral("failed"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Failed on")))
        << C::time(QStringLiteral("patch_released_time"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Released")))
        << C::size(QStringLiteral("patch_size"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Size")))
        << C::code(QStringLiteral("patch_noreboot"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Reboot")),
                   CodeKind::RebootRequired)
        << C::code(QStringLiteral("download_status"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Download")),
                   CodeKind::DownloadStatus)
               .hidden()
        << C::code(QStringLiteral("patch_uninstall_status"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Uninstall")),
                   CodeKind::UninstallSupport)
               .hidden()
        << C::text(QStringLiteral("superceded_by"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Superseded by")))
               .hidden()
        << C::text(QStringLiteral("patch_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "File"))).hidden()
        << C::time(QStringLiteral("patch_supported_time"),
                   H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Supported since")))
               .hidden()
        << C::integer(QStringLiteral("patch_id"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Patch ID"))).hidden();
    ViewSpec missing = view("missing-patches", QT_TRANSLATE_NOOP("pmp::models::Views", "Missing patches"), patches,
                            OperationId::AllPatches, allPatches, "patch_id", "patch", "patches");
    missing.fixedQuery.set(QStringLiteral("patchstatusfilter"), QStringLiteral("202"));
    views.append(with(missing, RowSubject::Patch, DetailKind::Patch, ViewFacet::Approvals | ViewFacet::PatchStates));
    ViewSpec installed = view("installed-patches", QT_TRANSLATE_NOOP("pmp::models::Views", "Installed patches"),
                              patches, OperationId::AllPatches, allPatches, "patch_id", "patch", "patches");
    installed.fixedQuery.set(QStringLiteral("patchstatusfilter"), QStringLiteral("201"));
    views.append(with(installed, RowSubject::Patch, DetailKind::Patch, ViewFacet::Approvals | ViewFacet::PatchStates));
    views.append(with(view("patches", QT_TRANSLATE_NOOP("pmp::models::Views", "Applicable patches"), patches,
                           OperationId::AllPatches, allPatches, "patch_id", "patch", "patches"),
                      RowSubject::Patch, DetailKind::Patch, ViewFacet::Approvals | ViewFacet::PatchStates));

    QList<ColumnSpec> supported = patchColumns();
    supported
        << C::code(QStringLiteral("patch_status"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Approval")),
                   CodeKind::ApprovalStatus)
        << C::time(QStringLiteral("patch_released_time"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Released")))
        << C::size(QStringLiteral("patch_size"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Size")))
        << C::code(QStringLiteral("patch_noreboot"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Reboot")),
                   CodeKind::RebootRequired)
        << C::code(QStringLiteral("download_status"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Download")),
                   CodeKind::DownloadStatus)
        << C::text(QStringLiteral("superceded_by"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Superseded by")))
               .hidden()
        << C::text(QStringLiteral("patch_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "File"))).hidden()
        << C::integer(QStringLiteral("patch_id"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Patch ID"))).hidden();
    views.append(with(view("supported-patches", QT_TRANSLATE_NOOP("pmp::models::Views", "Supported patches"), patches,
                           OperationId::SupportedPatches, supported, "patch_id", "patch", "patches"),
                      RowSubject::Patch, DetailKind::Patch, ViewFacet::Approvals | ViewFacet::PatchStates));

    views.append(with(
        view(
            "downloaded-patches", QT_TRANSLATE_NOOP("pmp::models::Views", "Downloaded patches"), patches,
            OperationId::DownloadedPatches,
            {C::text(QStringLiteral("patch_description"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Patch"))),
             C::text(QStringLiteral("bulletin_id"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Bulletin"))),
             C::text(QStringLiteral("platform_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Platform"))),
             C::text(QStringLiteral("patch_download_status_label"),
                     H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Download status"))),
             C::time(QStringLiteral("download_time"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Downloaded"))),
             C::size(QStringLiteral("patch_size"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Size"))),
             C::time(QStringLiteral("patch_released_time"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Released"))),
             C::text(QStringLiteral("download_remarks"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Remarks")))
                 .hidden(),
             C::text(QStringLiteral("patch_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "File"))).hidden(),
             C::integer(QStringLiteral("patch_id"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Patch ID"))).hidden()},
            "patch_id", "patch", "patches"),
        RowSubject::Patch, DetailKind::None, ViewFacet::Approvals | ViewFacet::PatchStates));

    views.append(with(
        view(
            "patch-status", QT_TRANSLATE_NOOP("pmp::models::Views", "Patch status by computer"), patches,
            OperationId::PatchStatusByComputer,
            {C::text(QStringLiteral("resource.name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Computer")))
                 .orKeys({QStringLiteral("resource_name")}),
             C::text(QStringLiteral("patch_description"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Patch"))),
             C::text(QStringLiteral("bulletin_id"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Bulletin"))),
             C::code(QStringLiteral("severity"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Severity")),
                     CodeKind::Severity),
             C::code(QStringLiteral("affected_patch_status"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Status")),
                     CodeKind::PatchStatus)
                 .orKeys({QStringLiteral("affectedpatchstatusdefn.label")}),
             C::text(QStringLiteral("approvestatusdefn.label"),
                     H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Approval"))),
             C::text(QStringLiteral("install_error_code"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Error code"))),
             C::time(QStringLiteral("installed_time"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Installed"))),
             C::text(QStringLiteral("deploy_remarks"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Remarks"))),
             C::text(QStringLiteral("resource.domain_netbios_name"),
                     H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Domain"))),
             C::text(QStringLiteral("branch_office_name"),
                     H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Remote office"))),
             C::text(QStringLiteral("os_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Operating system")))
                 .hidden(),
             C::text(QStringLiteral("ip_address"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "IP address"))).hidden(),
             C::text(QStringLiteral("vendor_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Vendor"))).hidden(),
             C::text(QStringLiteral("update_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Type"))).hidden(),
             C::time(QStringLiteral("patch_released_time"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Released")))
                 .hidden(),
             C::integer(QStringLiteral("patch_id"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Patch ID"))).hidden(),
             C::integer(QStringLiteral("resource_id"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Resource ID")))
                 .hidden()},
            "patch_id", "patch status", "patch statuses"),
        RowSubject::Computer | RowSubject::Patch, DetailKind::None,
        ViewFacet::Membership | ViewFacet::PatchStates | ViewFacet::Approvals));

    views.append(with(
        view("policies", QT_TRANSLATE_NOOP("pmp::models::Views", "Deployment policies"), deployment,
             OperationId::DeploymentPolicies,
             {C::text(QStringLiteral("template_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Policy"))),
              C::boolean(QStringLiteral("set_as_default"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Default"))),
              C::text(QStringLiteral("first_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Created by"))),
              C::time(QStringLiteral("creation_time"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Created"))),
              C::text(QStringLiteral("modifieduser.first_name"),
                      H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Modified by"))),
              C::time(QStringLiteral("modified_time"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Modified"))),
              C::integer(QStringLiteral("template_id"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Template ID"))),
              C::boolean(QStringLiteral("is_template_alive"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Active")))
                  .hidden()},
             "template_id", "policy", "policies"),
        RowSubjects(), DetailKind::None, ViewFacets()));

    views.append(with(
        view("configurations", QT_TRANSLATE_NOOP("pmp::models::Views", "Configurations"), deployment,
             OperationId::DeploymentConfigurations,
             {C::text(QStringLiteral("collection.collection_name"),
                      H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Configuration")))
                  .orKeys({QStringLiteral("collection_name")}),
              C::text(QStringLiteral("statuslabel"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Status"))),
              C::text(QStringLiteral("configurationparams.label"),
                      H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Action"))),
              C::text(QStringLiteral("os_platform_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Platform"))),
              C::integer(QStringLiteral("collectionstatussummary.total_target_count"),
                         H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Targets"))),
              C::integer(QStringLiteral("collectionstatussummary.success_count"),
                         H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Succeeded"))),
              C::integer(QStringLiteral("collectionstatussummary.failed_count"),
                         H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Failed"))),
              C::integer(QStringLiteral("collectionstatussummary.yet_to_apply_count"),
                         H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Yet to apply"))),
              C::integer(QStringLiteral("collectionstatussummary.retry_inprogress_count"),
                         H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Retrying"))),
              C::text(QStringLiteral("first_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Created by"))),
              C::time(QStringLiteral("collection.modified_time"),
                      H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Modified"))),
              C::integer(QStringLiteral("collectionstatussummary.not_applicable_count"),
                         H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Not applicable")))
                  .hidden(),
              C::text(QStringLiteral("collectionstatussummary.status_count_desc"),
                      H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Summary")))
                  .hidden(),
              C::integer(QStringLiteral("collection_id"),
                         H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Configuration ID")))
                  .hidden()},
             "collection_id", "configuration", "configurations"),
        RowSubjects(), DetailKind::Configuration, ViewFacet::Configurations));

    ViewSpec report = view(
        "system-report", QT_TRANSLATE_NOOP("pmp::models::Views", "System report"), health, OperationId::SystemReport,
        {C::text(QStringLiteral("patch_description"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Patch"))),
         C::code(QStringLiteral("affected_patch_status"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Status")),
                 CodeKind::PatchStatus),
         C::code(QStringLiteral("severity"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Severity")),
                 CodeKind::Severity),
         C::code(QStringLiteral("patch_status"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Approval")),
                 CodeKind::ApprovalStatus),
         C::text(QStringLiteral("bulletin_id"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Bulletin"))),
         C::text(QStringLiteral("update_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Type"))),
         C::integer(QStringLiteral("install_error_code"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Error code")))
             .noneIfNegative(),
         C::time(QStringLiteral("installed_time"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Installed"))),
         C::code(QStringLiteral("patch_noreboot"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Reboot")),
                 CodeKind::RebootRequired),
         C::time(QStringLiteral("patch_released_time"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Released"))),
         C::text(QStringLiteral("vendor_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Vendor"))).hidden(),
         C::text(QStringLiteral("collection.collection_name"),
                 H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Configuration")))
             .hidden(),
         C::text(QStringLiteral("deploy_remarks"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Remarks"))).hidden(),
         C::integer(QStringLiteral("patch_id"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Patch ID"))).hidden()},
        "patch_id", "patch", "patches");
    report.isPage = false; // needs a computer: shown in the computer's detail pane
    views.append(with(report, RowSubject::Patch, DetailKind::None, ViewFacet::Approvals | ViewFacet::PatchStates));

    views.append(with(
        view("threat-patches", QT_TRANSLATE_NOOP("pmp::models::Views", "Patches by CVE"), patches,
             OperationId::ThreatPatches,
             {C::text(QStringLiteral("patch_description"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Patch"))),
              C::text(QStringLiteral("kb_number"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "KB"))),
              C::text(QStringLiteral("bulletinid"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Bulletin"))),
              C::code(QStringLiteral("severity"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Severity")),
                      CodeKind::Severity),
              C::text(QStringLiteral("update_type"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Type"))),
              C::text(QStringLiteral("vendor_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Vendor"))),
              C::code(QStringLiteral("patch_status"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Approval")),
                      CodeKind::ApprovalStatus),
              C::integer(QStringLiteral("missing_system_count"),
                         H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Missing on"))),
              C::integer(QStringLiteral("installed_system_count"),
                         H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Installed on"))),
              C::integer(QStringLiteral("failed_system_count"),
                         H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Failed on"))),
              C::text(QStringLiteral("reboot_required"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Reboot"))),
              C::time(QStringLiteral("patch_released_time"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Released"))),
              C::size(QStringLiteral("patch_size"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Size"))),
              C::text(QStringLiteral("platform_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Platform")))
                  .hidden(),
              C::text(QStringLiteral("supercededby"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Superseded by")))
                  .hidden(),
              C::text(QStringLiteral("approveduser_first_name"),
                      H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Approved by")))
                  .hidden(),
              C::text(QStringLiteral("patch_uninstall"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Uninstall")))
                  .hidden(),
              C::text(QStringLiteral("patchname"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "File"))).hidden(),
              C::integer(QStringLiteral("patchid"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Patch ID"))).hidden()},
             "patchid", "patch", "patches"),
        RowSubject::Patch, DetailKind::Patch, ViewFacet::Approvals | ViewFacet::PatchStates));

    ViewSpec threatSystems = view(
        "threat-systems", QT_TRANSLATE_NOOP("pmp::models::Views", "Failures and reboots"), health,
        OperationId::ThreatSystemReport,
        {C::text(QStringLiteral("fqdn_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Computer"))),
         C::text(QStringLiteral("patch_description"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Patch"))),
         C::code(QStringLiteral("patch_status"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Status")),
                 CodeKind::PatchStatus),
         C::text(QStringLiteral("install_error_code"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Error code"))),
         C::text(QStringLiteral("reboot_required"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Reboot"))),
         C::code(QStringLiteral("severity"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Severity")),
                 CodeKind::Severity),
         C::code(QStringLiteral("patch_approval_status"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Approval")),
                 CodeKind::ApprovalStatus),
         C::time(QStringLiteral("installed_time"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Installed"))),
         C::text(QStringLiteral("update_type"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Type"))),
         C::text(QStringLiteral("bulletinid"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Bulletin"))),
         C::text(QStringLiteral("vendor_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Vendor"))).hidden(),
         C::text(QStringLiteral("deployment_remarks"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Remarks")))
             .hidden(),
         C::time(QStringLiteral("patch_released_time"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Released")))
             .hidden(),
         C::text(QStringLiteral("platform_name"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Platform"))).hidden(),
         C::integer(QStringLiteral("patch_id"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Patch ID"))).hidden(),
         C::integer(QStringLiteral("resource_id"), H(QT_TRANSLATE_NOOP("pmp::models::Columns", "Resource ID")))
             .hidden()},
        "resource_id", "patch status", "patch statuses");
    threatSystems.expandKey = QStringLiteral("patches");
    views.append(with(threatSystems, RowSubject::Computer | RowSubject::Patch, DetailKind::None,
                      ViewFacet::Membership | ViewFacet::PatchStates));
    return views;
}

#undef H

} // namespace

const QList<ViewSpec> &ViewCatalogue::all()
{
    static const QList<ViewSpec> views = build();
    return views;
}

const ViewSpec *ViewCatalogue::byId(const QString &id)
{
    for (const ViewSpec &v : all())
        if (v.id == id)
            return &v;
    return nullptr;
}

} // namespace pmp::models
