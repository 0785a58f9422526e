#include "OperationCatalogue.h"

#include <QHash>

namespace pmp::api {

namespace {

// ---- Documented filter values (reference §2.6 and Appendix A) -----------------------------------

QList<ParamValue> severityValues()
{
    return {{QStringLiteral("0"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Unrated"))},
            {QStringLiteral("1"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Low"))},
            {QStringLiteral("2"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Moderate"))},
            {QStringLiteral("3"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Important"))},
            {QStringLiteral("4"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Critical"))}};
}

QList<ParamValue> patchPlatformValues()
{
    return {{QStringLiteral("Windows"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Windows"))},
            {QStringLiteral("Mac"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "macOS"))},
            {QStringLiteral("Linux"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Linux"))}};
}

QList<ParamValue> somPlatformValues()
{
    return {{QStringLiteral("0"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Unknown"))},
            {QStringLiteral("1"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Windows"))},
            {QStringLiteral("2"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "macOS"))},
            {QStringLiteral("3"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Linux"))}};
}

QList<ParamValue> patchStatusValues()
{
    return {{QStringLiteral("201"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Installed"))},
            {QStringLiteral("202"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Missing"))}};
}

QList<ParamValue> approvalValues()
{
    return {{QStringLiteral("211"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Approved"))},
            {QStringLiteral("0"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Not approved"))},
            {QStringLiteral("212"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Declined"))}};
}

QList<ParamValue> healthValues()
{
    return {{QStringLiteral("0"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Unknown"))},
            {QStringLiteral("1"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Healthy"))},
            {QStringLiteral("2"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Vulnerable"))},
            {QStringLiteral("3"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Highly vulnerable"))}};
}

QList<ParamValue> updateTypeValues()
{
    QList<ParamValue> v;
    for (const char *t :
         {QT_TRANSLATE_NOOP("pmp::api::Filters", "Security Updates"),
          QT_TRANSLATE_NOOP("pmp::api::Filters", "Non-Security Updates"),
          QT_TRANSLATE_NOOP("pmp::api::Filters", "Third-Party Updates"),
          QT_TRANSLATE_NOOP("pmp::api::Filters", "Definition Update"),
          QT_TRANSLATE_NOOP("pmp::api::Filters", "Service Packs"),
          QT_TRANSLATE_NOOP("pmp::api::Filters", "Feature Packs"), QT_TRANSLATE_NOOP("pmp::api::Filters", "Rollups"),
          QT_TRANSLATE_NOOP("pmp::api::Filters", "Tools"), QT_TRANSLATE_NOOP("pmp::api::Filters", "Driver"),
          QT_TRANSLATE_NOOP("pmp::api::Filters", "Optional Updates"),
          QT_TRANSLATE_NOOP("pmp::api::Filters", "Preview Rollups"), QT_TRANSLATE_NOOP("pmp::api::Filters", "BIOS")})
        v.append({QString::fromLatin1(t), QString::fromLatin1(t)});
    return v;
}

QList<ParamValue> rebootValues()
{
    return {{QStringLiteral("required"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Required"))},
            {QStringLiteral("not required"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Not required"))},
            {QStringLiteral("autoreboot"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Automatic reboot"))},
            {QStringLiteral("may require"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "May require"))}};
}

QueryParam text(const char *name, const char *label)
{
    return {QString::fromLatin1(name), QString::fromLatin1(label), ParamConcept::FreeText, {}, false};
}

QueryParam ident(const char *name, const char *label, bool required = false)
{
    return {QString::fromLatin1(name), QString::fromLatin1(label), ParamConcept::Identifier, {}, required};
}

QueryParam choice(const char *name, const char *label, QList<ParamValue> values)
{
    return {QString::fromLatin1(name), QString::fromLatin1(label), ParamConcept::Enumerated, std::move(values), false};
}

QueryParam branchOffice()
{
    return {QStringLiteral("branchofficefilter"),
            QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Remote office")),
            ParamConcept::BranchOffice,
            {},
            false};
}
QueryParam domain()
{
    return {QStringLiteral("domainfilter"),
            QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Domain")),
            ParamConcept::Domain,
            {},
            false};
}
QueryParam customGroup()
{
    return {QStringLiteral("customgroupfilter"),
            QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Custom group")),
            ParamConcept::CustomGroup,
            {},
            false};
}
QueryParam taskName()
{
    return {QStringLiteral("taskname"),
            QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Task name")),
            ParamConcept::TaskName,
            {},
            true};
}

// ---- Row builder -------------------------------------------------------------------------------

struct Row
{
    Operation op;
    Row(OperationId id, const char *key, const char *title, HttpMethod method, const char *path, Scope scope)
    {
        op.id = id;
        op.code = QStringLiteral("E%1").arg(int(id), 2, 10, QLatin1Char('0'));
        op.key = QString::fromLatin1(key);
        op.title = QString::fromLatin1(title);
        op.method = method;
        op.path = QString::fromLatin1(path);
        op.scope = scope;
    }
    Row &envelope(const char *messageType, const char *resultKey)
    {
        op.shape = ResponseShape::Envelope;
        op.messageType = QString::fromLatin1(messageType);
        op.resultKey = QString::fromLatin1(resultKey);
        return *this;
    }
    Row &threats(const char *messageType, const char *resultKey)
    {
        op.shape = ResponseShape::ThreatsEnvelope;
        op.messageType = QString::fromLatin1(messageType);
        op.resultKey = QString::fromLatin1(resultKey);
        return *this;
    }
    Row &bare(const char *resultKey = "")
    {
        op.shape = ResponseShape::Bare;
        op.resultKey = QString::fromLatin1(resultKey);
        return *this;
    }
    Row &declineResult()
    {
        op.shape = ResponseShape::DeclineResult;
        return *this;
    }
    Row &list(PagingStyle paging, int defaultSize, int documentedMax = 0)
    {
        op.isList = true;
        op.paging = paging;
        op.defaultPageSize = defaultSize;
        op.documentedMaxPageSize = documentedMax;
        return *this;
    }
    Row &jsonBody(const char *contentType = "application/json")
    {
        op.hasBody = true;
        op.contentType = QString::fromLatin1(contentType);
        return *this;
    }
    Row &accept(const char *mediaType)
    {
        op.acceptType = QString::fromLatin1(mediaType);
        return *this;
    }
    Row &params(QList<QueryParam> p)
    {
        op.params = std::move(p);
        return *this;
    }
};

QList<Operation> buildCatalogue()
{
    using O = OperationId;
    using M = HttpMethod;
    using S = Scope;
    const auto legacyList = PagingStyle::PagePagelimit;

    QList<Row> rows{
        Row(O::InstallMissingPatches, "install-missing-patches", "Install all missing patches in specific systems",
            M::Post, "/api/1.4/patch/installpatch", S::PatchMgmtUpdate)
            .envelope("installpatch", "installpatch")
            .jsonBody(),
        Row(O::InstallPatchesOnSystems, "install-patches", "Install specific patches in specific systems", M::Post,
            "/api/1.4/patch/installpatch", S::PatchMgmtUpdate)
            .envelope("installpatch", "installpatch")
            .jsonBody(),
        Row(O::InstallPatchesOnAllSystems, "install-patches-all", "Install specific patches in all systems", M::Post,
            "/api/1.4/patch/installpatch", S::PatchMgmtUpdate)
            .envelope("installpatch", "installpatch")
            .jsonBody(),
        Row(O::UninstallPatches, "uninstall-patches", "Uninstall specific patches in all systems", M::Post,
            "/api/1.4/patch/uninstallpatch", S::PatchMgmtUpdate)
            .envelope("uninstallpatch", "uninstallpatch")
            .jsonBody(),
        Row(O::PatchStatusByComputer, "patch-status", "List Patch Status Across Computers", M::Get,
            "/api/1.4/patch/allpatchdetails", S::PatchMgmtRead)
            .envelope("allpatchdetails", "allpatchdetails")
            .list(legacyList, 25)
            .params(
                {branchOffice(), text("bulletinid", QT_TRANSLATE_NOOP("pmp::api::Filters", "Bulletin ID")),
                 ident("patchid", QT_TRANSLATE_NOOP("pmp::api::Filters", "Patch ID")),
                 choice("patchstatusfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Patch status"),
                        patchStatusValues()),
                 customGroup(),
                 choice("severityfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Severity"), severityValues()),
                 domain(),
                 choice("platformfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Platform"), patchPlatformValues())}),
        Row(O::ScanComputers, "scan-computers", "Initiate Patch Scan on Selected", M::Post,
            "/api/1.4/patch/computers/scan", S::PatchMgmtUpdate)
            .envelope("computers", "computers")
            .jsonBody(),
        Row(O::HealthPolicy, "health-policy", "Fetch System Health Policy", M::Get, "/api/1.4/patch/healthpolicy",
            S::PatchMgmtRead)
            .envelope("healthpolicy", "healthpolicy"),
        Row(O::AllPatches, "patches", "List All Patches", M::Get, "/api/1.4/patch/allpatches", S::PatchMgmtRead)
            .envelope("allpatches", "allpatches")
            .list(legacyList, 25)
            .params(
                {branchOffice(), ident("patchid", QT_TRANSLATE_NOOP("pmp::api::Filters", "Patch ID")),
                 text("bulletinid", QT_TRANSLATE_NOOP("pmp::api::Filters", "Bulletin ID")),
                 choice("patchstatusfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Patch status"),
                        patchStatusValues()),
                 choice("approvalstatusfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Approval"), approvalValues()),
                 customGroup(),
                 choice("severityfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Severity"), severityValues()),
                 domain(),
                 choice("platformfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Platform"), patchPlatformValues())}),
        Row(O::ScanAllComputers, "scan-all", "Initiate Patch Scan for All Computers", M::Post,
            "/api/1.4/patch/computers/scanall", S::PatchMgmtUpdate)
            .envelope("computers", "computers"),
        Row(O::DeploymentPolicies, "policies", "List Patch Deployment Policies", M::Get,
            "/api/1.4/patch/deploymentpolicies", S::PatchMgmtRead)
            .envelope("deploymentpolicies", "deploymentpolicies")
            .list(legacyList, 25),
        Row(O::DownloadedPatches, "downloaded-patches", "Retrieve the details of all downloaded patches", M::Get,
            "/api/1.4/patch/downloadedpatches", S::PatchMgmtRead)
            .envelope("downloadedpatches", "downloadedpatches")
            .list(legacyList, 25),
        Row(O::PatchSummary, "patch-summary", "Patch Summary", M::Get, "/api/1.4/patch/summary", S::PatchMgmtRead)
            .envelope("summary", "summary"),
        Row(O::ApprovePatches, "approve-patches", "Initiate Approve Patch Action", M::Post,
            "/api/1.4/patch/approvepatch", S::PatchMgmtUpdate)
            .envelope("approvepatch", "approvepatch")
            .jsonBody(),
        Row(O::UnapprovePatches, "unapprove-patches", "Initiate Unapprove Patch Action", M::Post,
            "/api/1.4/patch/unapprovepatch", S::PatchMgmtUpdate)
            .envelope("unapprovepatch", "unapprovepatch")
            .jsonBody(),
        Row(O::AllSystems, "systems", "List All Systems with Patch Status", M::Get, "/api/1.4/patch/allsystems",
            S::PatchMgmtRead)
            .envelope("allsystems", "allsystems")
            .list(legacyList, 25)
            .params(
                {branchOffice(),
                 choice("healthfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Health"), healthValues()),
                 customGroup(), ident("resid", QT_TRANSLATE_NOOP("pmp::api::Filters", "Resource ID")), domain(),
                 choice("platformfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Platform"), patchPlatformValues())}),
        Row(O::ThreatSystemReport, "threat-systems", "Retrieve Systems and Patch Details", M::Get,
            "/dcapi/threats/systemreport/patches", S::PatchMgmtRead)
            .threats("systemreport", "systemreport")
            .list(PagingStyle::PagePageLimit, 30)
            .params(
                {text("severity", QT_TRANSLATE_NOOP("pmp::api::Filters", "Severity")),
                 text("patchname", QT_TRANSLATE_NOOP("pmp::api::Filters", "Patch name")),
                 choice("update_type", QT_TRANSLATE_NOOP("pmp::api::Filters", "Update type"), updateTypeValues()),
                 ident("patch_id", QT_TRANSLATE_NOOP("pmp::api::Filters", "Patch ID")),
                 text("patch_description", QT_TRANSLATE_NOOP("pmp::api::Filters", "Description")),
                 text("vendor_name", QT_TRANSLATE_NOOP("pmp::api::Filters", "Vendor")),
                 text("install_error_code", QT_TRANSLATE_NOOP("pmp::api::Filters", "Install error code")),
                 text("fqdn_name", QT_TRANSLATE_NOOP("pmp::api::Filters", "FQDN")),
                 text("patch_released_time", QT_TRANSLATE_NOOP("pmp::api::Filters", "Released")),
                 choice("reboot_required", QT_TRANSLATE_NOOP("pmp::api::Filters", "Reboot"), rebootValues()),
                 text("platform_name", QT_TRANSLATE_NOOP("pmp::api::Filters", "Platform")),
                 text("cveids", QT_TRANSLATE_NOOP("pmp::api::Filters", "CVE IDs")),
                 ident("resource_id", QT_TRANSLATE_NOOP("pmp::api::Filters", "Resource ID")),
                 text("installed_time", QT_TRANSLATE_NOOP("pmp::api::Filters", "Installed")),
                 choice("patch_status", QT_TRANSLATE_NOOP("pmp::api::Filters", "Patch status"),
                        {{QStringLiteral("Missing"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Missing"))},
                         {QStringLiteral("Failed"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Failed"))},
                         {QStringLiteral("Installed"),
                          QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Installed"))}}),
                 choice(
                     "patch_approval_status", QT_TRANSLATE_NOOP("pmp::api::Filters", "Approval"),
                     {{QStringLiteral("Approved"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Approved"))},
                      {QStringLiteral("Unapproved"),
                       QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Unapproved"))}})}),
        Row(O::ThreatPatches, "threat-patches", "Retrieves all patches", M::Get, "/dcapi/threats/patches",
            S::PatchMgmtRead)
            .threats("patches", "patches")
            .list(PagingStyle::PagePageLimit, 30)
            .params({text("severity", QT_TRANSLATE_NOOP("pmp::api::Filters", "Severity")),
                     text("patchname", QT_TRANSLATE_NOOP("pmp::api::Filters", "Patch name")),
                     text("updated_time", QT_TRANSLATE_NOOP("pmp::api::Filters", "Approved time")),
                     choice("update_type", QT_TRANSLATE_NOOP("pmp::api::Filters", "Update type"), updateTypeValues()),
                     text("patch_description", QT_TRANSLATE_NOOP("pmp::api::Filters", "Description")),
                     text("kb_number", QT_TRANSLATE_NOOP("pmp::api::Filters", "KB number")),
                     text("vendor_name", QT_TRANSLATE_NOOP("pmp::api::Filters", "Vendor")),
                     text("patch_released_time", QT_TRANSLATE_NOOP("pmp::api::Filters", "Released")),
                     text("patch_supported_time", QT_TRANSLATE_NOOP("pmp::api::Filters", "Supported since")),
                     text("patch_size", QT_TRANSLATE_NOOP("pmp::api::Filters", "Size")),
                     ident("patchid", QT_TRANSLATE_NOOP("pmp::api::Filters", "Patch ID")),
                     text("patch_uninstall", QT_TRANSLATE_NOOP("pmp::api::Filters", "Uninstall support")),
                     text("approveduser_first_name", QT_TRANSLATE_NOOP("pmp::api::Filters", "Approved by")),
                     choice("reboot_required", QT_TRANSLATE_NOOP("pmp::api::Filters", "Reboot"), rebootValues()),
                     text("platform_name", QT_TRANSLATE_NOOP("pmp::api::Filters", "Platform")),
                     text("download_status", QT_TRANSLATE_NOOP("pmp::api::Filters", "Download status")),
                     text("cveids", QT_TRANSLATE_NOOP("pmp::api::Filters", "CVE IDs")),
                     text("patch_status", QT_TRANSLATE_NOOP("pmp::api::Filters", "Approval status"))}),
        Row(O::DbUpdateStatus, "db-update-status", "Patch Database Update Status", M::Get,
            "/api/1.4/patch/dbupdatestatus", S::PatchMgmtRead)
            .envelope("dbupdatestatus", "dbupdatestatus"),
        Row(O::SystemReport, "system-report", "Retrieve Patch Report for a System", M::Get,
            "/api/1.4/patch/systemreport", S::PatchMgmtRead)
            .envelope("systemreport", "systemreport")
            .list(legacyList, 25)
            .params(
                {choice("patchstatusfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Patch status"),
                        patchStatusValues()),
                 choice("approvalstatusfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Approval"), approvalValues()),
                 ident("resid", QT_TRANSLATE_NOOP("pmp::api::Filters", "Resource ID"), true),
                 choice("severityfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Severity"), severityValues()),
                 choice("platformfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Platform"), patchPlatformValues())}),
        Row(O::DeploymentConfigurations, "configurations", "Retrieve Patch Deployment Configurations", M::Get,
            "/api/1.4/patch/viewconfig", S::PatchMgmtRead)
            .envelope("viewconfig", "viewconfig")
            .list(legacyList, 25)
            .params(
                {branchOffice(),
                 choice(
                     "configstatusfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Status"),
                     {{QStringLiteral("InProgress"),
                       QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "In progress"))},
                      {QStringLiteral("Draft"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Draft"))},
                      {QStringLiteral("Executed"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Executed"))},
                      {QStringLiteral("Suspended"),
                       QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Suspended"))},
                      {QStringLiteral("Deployed"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Deployed"))},
                      {QStringLiteral("RetryInProgress"),
                       QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Retry in progress"))},
                      {QStringLiteral("Expired"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Expired"))}}),
                 domain()}),
        Row(O::ScanDetails, "scan-status", "Get Patch Scan System List", M::Get, "/api/1.4/patch/scandetails",
            S::PatchMgmtRead)
            .envelope("scandetails", "scandetails")
            .list(legacyList, 25)
            .params(
                {branchOffice(),
                 choice("healthfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Health"), healthValues()),
                 customGroup(),
                 choice(
                     "agentinstallationstatusfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Agent"),
                     {{QStringLiteral("21"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Not installed"))},
                      {QStringLiteral("22"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Installed"))}}),
                 ident("resid", QT_TRANSLATE_NOOP("pmp::api::Filters", "Resource ID")), domain(),
                 choice("livestatusfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Live status"),
                        {{QStringLiteral("1"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Live"))},
                         {QStringLiteral("2"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Down"))}}),
                 choice("platformfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Platform"), patchPlatformValues())}),
        Row(O::ApprovalSettings, "approval-settings", "Patch Approval Settings", M::Get,
            "/api/1.4/patch/approvalsettings", S::PatchMgmtRead)
            .envelope("approvalsettings", "approvalsettings"),
        Row(O::SupportedPatches, "supported-patches", "Retrieve Supported Patches", M::Get,
            "/api/1.4/patch/supportedpatches", S::PatchMgmtRead)
            .envelope("supportedpatches", "supportedpatches")
            .list(legacyList, 25)
            .params(
                {ident("patchid", QT_TRANSLATE_NOOP("pmp::api::Filters", "Patch ID")),
                 text("bulletinid", QT_TRANSLATE_NOOP("pmp::api::Filters", "Bulletin ID")),
                 choice("approvalstatusfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Approval"), approvalValues()),
                 choice("severityfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Severity"), severityValues()),
                 choice("platformfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Platform"), patchPlatformValues())}),
        Row(O::ModifyApdTask, "apd-modify", "Modifying a APD task.", M::Post, "/api/1.4/patch/modifyAPDTask",
            S::PatchMgmtUpdate)
            .envelope("modifyAPDTask", "modifyapdtask")
            .jsonBody(),
        Row(O::DeleteApdTask, "apd-delete", "Deleting a APD task.", M::Post, "/api/1.4/patch/deleteAPDTask",
            S::PatchMgmtUpdate)
            .envelope("deleteAPDTask", "deleteapdtask")
            .params({taskName()}),
        Row(O::CreateApdTask, "apd-create", "Creating a APD task.", M::Post, "/api/1.4/patch/createAPDTask",
            S::PatchMgmtUpdate)
            .envelope("createAPDTask", "createapdtask")
            .jsonBody(),
        Row(O::SuspendApdTask, "apd-suspend", "Suspending a APD task.", M::Post, "/api/1.4/patch/suspendAPDTask",
            S::PatchMgmtUpdate)
            .envelope("suspendAPDTask", "suspendapdtask")
            .params({taskName()}),
        Row(O::ResumeApdTask, "apd-resume", "Resuming a APD task.", M::Post, "/api/1.4/patch/resumeAPDTask",
            S::PatchMgmtUpdate)
            .envelope("resumeAPDTask", "resumeapdtask")
            .params({taskName()}),
        Row(O::DeclinePatchesLegacy, "decline-patches-legacy", "DEPRECATING SOON Initiate Decline Patch Action",
            M::Post, "/api/1.4/patch/declinepatch", S::PatchMgmtUpdate)
            .envelope("declinepatch", "declinepatch")
            .jsonBody()
            .params({text("customerid", QT_TRANSLATE_NOOP("pmp::api::Filters", "Customer ID"))}),
        Row(O::DeclinePatches, "decline-patches", "Decline Patches", M::Put,
            "/dcapi/patch/settings/declinePatch/declinePatches", S::PatchMgmtUpdate)
            .declineResult()
            .jsonBody("application/declinePatches.v1+json")
            .accept("application/declinePatches.v1+json"),
        Row(O::Computers, "computers", "Get Computers", M::Get, "/api/1.4/som/computers", S::CommonRead)
            .envelope("computers", "computers")
            .list(legacyList, 25, 100)
            .params(
                {branchOffice(), text("fqdnfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "FQDN")),
                 text("computernamefilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Computer name")), domain(),
                 choice("platformfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Platform"), somPlatformValues()),
                 ident("residfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Resource ID")),
                 choice(
                     "installstatusfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Agent installation"),
                     {{QStringLiteral("21"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Yet to install"))},
                      {QStringLiteral("22"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Installed"))},
                      {QStringLiteral("23"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Uninstalled"))},
                      {QStringLiteral("31"),
                       QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Uninstallation failed"))},
                      {QStringLiteral("29"),
                       QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Installation failed"))}}),
                 choice("liveStatusfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Live status"),
                        {{QStringLiteral("1"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Live"))},
                         {QStringLiteral("2"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Down"))},
                         {QStringLiteral("3"), QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Unknown"))}}),
                 text("searchcomputerfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Name contains")),
                 text("servicetagfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Service tag")),
                 choice("agentcontactfilter", QT_TRANSLATE_NOOP("pmp::api::Filters", "Last contact"),
                        {{QStringLiteral("equal_3_day"),
                          QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "Within 3 days"))},
                         {QStringLiteral("4_day_to_7_day"),
                          QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "4 to 7 days ago"))},
                         {QStringLiteral("8_day_to_15_day"),
                          QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "8 to 15 days ago"))},
                         {QStringLiteral("16_day_to_30_day"),
                          QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "16 to 30 days ago"))},
                         {QStringLiteral("greater_30_day"),
                          QStringLiteral(QT_TRANSLATE_NOOP("pmp::api::Filters", "More than 30 days ago"))}})}),
        Row(O::RemoteOffices, "remote-offices", "Get Remote Office List", M::Get, "/api/1.4/som/remoteoffice",
            S::SomRead)
            .envelope("remoteoffice", "remoteoffice")
            .list(legacyList, 25, 100),
        Row(O::UninstallAgent, "uninstall-agent", "Uninstall Patch Manager Plus Agent", M::Post,
            "/api/1.4/som/computers/uninstallagent", S::SomUpdate)
            .envelope("computers", "computers")
            .jsonBody(),
        Row(O::SomSummary, "som-summary", "Get Summary for SoM Computers", M::Get, "/api/1.4/som/summary",
            S::CommonRead)
            .envelope("summary", "summary"),
        Row(O::InstallAgent, "install-agent", "Install Patch Manager Plus Agent", M::Post,
            "/api/1.4/som/computers/installagent", S::SomUpdate)
            .envelope("computers", "computers")
            .jsonBody(),
        Row(O::RemoveComputers, "remove-computers", "Remove Managed Computer", M::Post,
            "/api/1.4/som/computers/removecomputer", S::SomUpdate)
            .envelope("computers", "computers")
            .jsonBody(),
        Row(O::ServerProperties, "server-properties", "Server Properties", M::Get, "/api/1.4/desktop/serverproperties",
            S::CommonRead)
            .envelope("discover", "serverproperties"),
        Row(O::QueryReports, "query-reports", "Retrieve All Query Reports", M::Get, "/dcapi/reports/queryReports",
            S::QueryReportRead)
            .bare()
            .accept("application/allQueryReports.v1+json"),
        Row(O::QueryReportData, "query-report-data", "Retrieve Query Report Data by ID", M::Get,
            "/dcapi/reports/queryReports/{id}/data", S::QueryReportRead)
            .bare("data")
            .list(PagingStyle::StartIndexLimit, 100)
            .accept("application/queryResult.v1+json"),
    };

    QList<Operation> ops;
    ops.reserve(rows.size());
    for (const Row &r : rows)
        ops.append(r.op);
    Q_ASSERT(ops.size() == OperationCount);
    return ops;
}

} // namespace

QString scopeName(Scope scope)
{
    switch (scope) {
    case Scope::PatchMgmtRead:
        return QStringLiteral("PatchManagerPlusCloud.PatchMgmt.READ");
    case Scope::PatchMgmtUpdate:
        return QStringLiteral("PatchManagerPlusCloud.PatchMgmt.UPDATE");
    case Scope::SomRead:
        return QStringLiteral("PatchManagerPlusCloud.SOM.READ");
    case Scope::SomUpdate:
        return QStringLiteral("PatchManagerPlusCloud.SOM.UPDATE");
    case Scope::CommonRead:
        return QStringLiteral("PatchManagerPlusCloud.Common.READ");
    case Scope::QueryReportRead:
        return QStringLiteral("PatchManagerPlusCloud.QueryReport.READ");
    }
    return {};
}

QStringList allScopeNames()
{
    QStringList names;
    for (Scope s : {Scope::PatchMgmtRead, Scope::PatchMgmtUpdate, Scope::SomRead, Scope::SomUpdate, Scope::CommonRead,
                    Scope::QueryReportRead})
        names << scopeName(s);
    return names;
}

bool isReadScope(Scope scope)
{
    return scope != Scope::PatchMgmtUpdate && scope != Scope::SomUpdate;
}

QString Operation::scopeString() const
{
    return scopeName(scope);
}

QString Operation::methodName() const
{
    switch (method) {
    case HttpMethod::Get:
        return QStringLiteral("GET");
    case HttpMethod::Post:
        return QStringLiteral("POST");
    case HttpMethod::Put:
        return QStringLiteral("PUT");
    }
    return {};
}

const QueryParam *Operation::param(const QString &name) const
{
    for (const QueryParam &p : params)
        if (p.name == name)
            return &p;
    return nullptr;
}

QString Operation::pageParamName() const
{
    switch (paging) {
    case PagingStyle::PagePagelimit:
    case PagingStyle::PagePageLimit:
        return QStringLiteral("page");
    case PagingStyle::StartIndexLimit:
        return QStringLiteral("startIndex");
    case PagingStyle::None:
        break;
    }
    return {};
}

QString Operation::pageSizeParamName() const
{
    switch (paging) {
    case PagingStyle::PagePagelimit:
        return QStringLiteral("pagelimit");
    case PagingStyle::PagePageLimit:
        return QStringLiteral("pageLimit");
    case PagingStyle::StartIndexLimit:
        return QStringLiteral("limit");
    case PagingStyle::None:
        break;
    }
    return {};
}

const QList<Operation> &OperationCatalogue::all()
{
    static const QList<Operation> ops = buildCatalogue();
    return ops;
}

const Operation &OperationCatalogue::get(OperationId id)
{
    return all().at(int(id) - 1);
}

const Operation *OperationCatalogue::byCode(const QString &code)
{
    for (const Operation &op : all())
        if (op.code.compare(code, Qt::CaseInsensitive) == 0)
            return &op;
    return nullptr;
}

const Operation *OperationCatalogue::byKey(const QString &key)
{
    for (const Operation &op : all())
        if (op.key == key)
            return &op;
    return nullptr;
}

QList<const Operation *> OperationCatalogue::byRoute(HttpMethod method, const QString &path)
{
    QList<const Operation *> found;
    for (const Operation &op : all())
        if (op.method == method && op.path == path)
            found.append(&op);
    return found;
}

QStringList OperationCatalogue::scopesFor(const QList<OperationId> &ids)
{
    QStringList scopes;
    for (OperationId id : ids) {
        const QString s = get(id).scopeString();
        if (!scopes.contains(s))
            scopes.append(s);
    }
    return scopes;
}

QStringList OperationCatalogue::readScopes()
{
    QStringList scopes;
    for (const Operation &op : all())
        if (isReadScope(op.scope) && !scopes.contains(op.scopeString()))
            scopes.append(op.scopeString());
    return scopes;
}

QStringList OperationCatalogue::updateScopes()
{
    QStringList scopes;
    for (const Operation &op : all())
        if (!isReadScope(op.scope) && !scopes.contains(op.scopeString()))
            scopes.append(op.scopeString());
    return scopes;
}

} // namespace pmp::api
