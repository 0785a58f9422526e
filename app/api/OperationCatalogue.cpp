#include "OperationCatalogue.h"

#include <QHash>

namespace pmp::api {

namespace {

// ---- Documented filter values (reference §2.6 and Appendix A) -----------------------------------

QList<ParamValue> severityValues()
{
    return {{QStringLiteral("0"), QStringLiteral("Unrated")},
            {QStringLiteral("1"), QStringLiteral("Low")},
            {QStringLiteral("2"), QStringLiteral("Moderate")},
            {QStringLiteral("3"), QStringLiteral("Important")},
            {QStringLiteral("4"), QStringLiteral("Critical")}};
}

QList<ParamValue> patchPlatformValues()
{
    return {{QStringLiteral("Windows"), QStringLiteral("Windows")},
            {QStringLiteral("Mac"), QStringLiteral("macOS")},
            {QStringLiteral("Linux"), QStringLiteral("Linux")}};
}

QList<ParamValue> somPlatformValues()
{
    return {{QStringLiteral("0"), QStringLiteral("Unknown")},
            {QStringLiteral("1"), QStringLiteral("Windows")},
            {QStringLiteral("2"), QStringLiteral("macOS")},
            {QStringLiteral("3"), QStringLiteral("Linux")}};
}

QList<ParamValue> patchStatusValues()
{
    return {{QStringLiteral("201"), QStringLiteral("Installed")}, {QStringLiteral("202"), QStringLiteral("Missing")}};
}

QList<ParamValue> approvalValues()
{
    return {{QStringLiteral("211"), QStringLiteral("Approved")},
            {QStringLiteral("0"), QStringLiteral("Not approved")},
            {QStringLiteral("212"), QStringLiteral("Declined")}};
}

QList<ParamValue> healthValues()
{
    return {{QStringLiteral("0"), QStringLiteral("Unknown")},
            {QStringLiteral("1"), QStringLiteral("Healthy")},
            {QStringLiteral("2"), QStringLiteral("Vulnerable")},
            {QStringLiteral("3"), QStringLiteral("Highly vulnerable")}};
}

QList<ParamValue> updateTypeValues()
{
    QList<ParamValue> v;
    for (const char *t : {"Security Updates", "Non-Security Updates", "Third-Party Updates", "Definition Update",
                          "Service Packs", "Feature Packs", "Rollups", "Tools", "Driver", "Optional Updates",
                          "Preview Rollups", "BIOS"})
        v.append({QString::fromLatin1(t), QString::fromLatin1(t)});
    return v;
}

QList<ParamValue> rebootValues()
{
    return {{QStringLiteral("required"), QStringLiteral("Required")},
            {QStringLiteral("not required"), QStringLiteral("Not required")},
            {QStringLiteral("autoreboot"), QStringLiteral("Automatic reboot")},
            {QStringLiteral("may require"), QStringLiteral("May require")}};
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

QueryParam branchOffice() { return {QStringLiteral("branchofficefilter"), QStringLiteral("Remote office"), ParamConcept::BranchOffice, {}, false}; }
QueryParam domain() { return {QStringLiteral("domainfilter"), QStringLiteral("Domain"), ParamConcept::Domain, {}, false}; }
QueryParam customGroup() { return {QStringLiteral("customgroupfilter"), QStringLiteral("Custom group"), ParamConcept::CustomGroup, {}, false}; }
QueryParam taskName() { return {QStringLiteral("taskname"), QStringLiteral("Task name"), ParamConcept::TaskName, {}, true}; }

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
            .envelope("installpatch", "installpatch").jsonBody(),
        Row(O::InstallPatchesOnSystems, "install-patches", "Install specific patches in specific systems", M::Post,
            "/api/1.4/patch/installpatch", S::PatchMgmtUpdate)
            .envelope("installpatch", "installpatch").jsonBody(),
        Row(O::InstallPatchesOnAllSystems, "install-patches-all", "Install specific patches in all systems", M::Post,
            "/api/1.4/patch/installpatch", S::PatchMgmtUpdate)
            .envelope("installpatch", "installpatch").jsonBody(),
        Row(O::UninstallPatches, "uninstall-patches", "Uninstall specific patches in all systems", M::Post,
            "/api/1.4/patch/uninstallpatch", S::PatchMgmtUpdate)
            .envelope("uninstallpatch", "uninstallpatch").jsonBody(),
        Row(O::PatchStatusByComputer, "patch-status", "List Patch Status Across Computers", M::Get,
            "/api/1.4/patch/allpatchdetails", S::PatchMgmtRead)
            .envelope("allpatchdetails", "allpatchdetails").list(legacyList, 25)
            .params({branchOffice(), text("bulletinid", "Bulletin ID"), ident("patchid", "Patch ID"),
                     choice("patchstatusfilter", "Patch status", patchStatusValues()), customGroup(),
                     choice("severityfilter", "Severity", severityValues()), domain(),
                     choice("platformfilter", "Platform", patchPlatformValues())}),
        Row(O::ScanComputers, "scan-computers", "Initiate Patch Scan on Selected", M::Post,
            "/api/1.4/patch/computers/scan", S::PatchMgmtUpdate)
            .envelope("computers", "computers").jsonBody(),
        Row(O::HealthPolicy, "health-policy", "Fetch System Health Policy", M::Get, "/api/1.4/patch/healthpolicy",
            S::PatchMgmtRead)
            .envelope("healthpolicy", "healthpolicy"),
        Row(O::AllPatches, "patches", "List All Patches", M::Get, "/api/1.4/patch/allpatches", S::PatchMgmtRead)
            .envelope("allpatches", "allpatches").list(legacyList, 25)
            .params({branchOffice(), ident("patchid", "Patch ID"), text("bulletinid", "Bulletin ID"),
                     choice("patchstatusfilter", "Patch status", patchStatusValues()),
                     choice("approvalstatusfilter", "Approval", approvalValues()), customGroup(),
                     choice("severityfilter", "Severity", severityValues()), domain(),
                     choice("platformfilter", "Platform", patchPlatformValues())}),
        Row(O::ScanAllComputers, "scan-all", "Initiate Patch Scan for All Computers", M::Post,
            "/api/1.4/patch/computers/scanall", S::PatchMgmtUpdate)
            .envelope("computers", "computers"),
        Row(O::DeploymentPolicies, "policies", "List Patch Deployment Policies", M::Get,
            "/api/1.4/patch/deploymentpolicies", S::PatchMgmtRead)
            .envelope("deploymentpolicies", "deploymentpolicies").list(legacyList, 25),
        Row(O::DownloadedPatches, "downloaded-patches", "Retrieve the details of all downloaded patches", M::Get,
            "/api/1.4/patch/downloadedpatches", S::PatchMgmtRead)
            .envelope("downloadedpatches", "downloadedpatches").list(legacyList, 25),
        Row(O::PatchSummary, "patch-summary", "Patch Summary", M::Get, "/api/1.4/patch/summary", S::PatchMgmtRead)
            .envelope("summary", "summary"),
        Row(O::ApprovePatches, "approve-patches", "Initiate Approve Patch Action", M::Post,
            "/api/1.4/patch/approvepatch", S::PatchMgmtUpdate)
            .envelope("approvepatch", "approvepatch").jsonBody(),
        Row(O::UnapprovePatches, "unapprove-patches", "Initiate Unapprove Patch Action", M::Post,
            "/api/1.4/patch/unapprovepatch", S::PatchMgmtUpdate)
            .envelope("unapprovepatch", "unapprovepatch").jsonBody(),
        Row(O::AllSystems, "systems", "List All Systems with Patch Status", M::Get, "/api/1.4/patch/allsystems",
            S::PatchMgmtRead)
            .envelope("allsystems", "allsystems").list(legacyList, 25)
            .params({branchOffice(), choice("healthfilter", "Health", healthValues()), customGroup(),
                     ident("resid", "Resource ID"), domain(), choice("platformfilter", "Platform", patchPlatformValues())}),
        Row(O::ThreatSystemReport, "threat-systems", "Retrieve Systems and Patch Details", M::Get,
            "/dcapi/threats/systemreport/patches", S::PatchMgmtRead)
            .threats("systemreport", "systemreport").list(PagingStyle::PagePageLimit, 30)
            .params({text("severity", "Severity"), text("patchname", "Patch name"),
                     choice("update_type", "Update type", updateTypeValues()), ident("patch_id", "Patch ID"),
                     text("patch_description", "Description"), text("vendor_name", "Vendor"),
                     text("install_error_code", "Install error code"), text("fqdn_name", "FQDN"),
                     text("patch_released_time", "Released"), choice("reboot_required", "Reboot", rebootValues()),
                     text("platform_name", "Platform"), text("cveids", "CVE IDs"), ident("resource_id", "Resource ID"),
                     text("installed_time", "Installed"),
                     choice("patch_status", "Patch status",
                            {{QStringLiteral("Missing"), QStringLiteral("Missing")},
                             {QStringLiteral("Failed"), QStringLiteral("Failed")},
                             {QStringLiteral("Installed"), QStringLiteral("Installed")}}),
                     choice("patch_approval_status", "Approval",
                            {{QStringLiteral("Approved"), QStringLiteral("Approved")},
                             {QStringLiteral("Unapproved"), QStringLiteral("Unapproved")}})}),
        Row(O::ThreatPatches, "threat-patches", "Retrieves all patches", M::Get, "/dcapi/threats/patches",
            S::PatchMgmtRead)
            .threats("patches", "patches").list(PagingStyle::PagePageLimit, 30)
            .params({text("severity", "Severity"), text("patchname", "Patch name"), text("updated_time", "Approved time"),
                     choice("update_type", "Update type", updateTypeValues()), text("patch_description", "Description"),
                     text("kb_number", "KB number"), text("vendor_name", "Vendor"),
                     text("patch_released_time", "Released"), text("patch_supported_time", "Supported since"),
                     text("patch_size", "Size"), ident("patchid", "Patch ID"), text("patch_uninstall", "Uninstall support"),
                     text("approveduser_first_name", "Approved by"), choice("reboot_required", "Reboot", rebootValues()),
                     text("platform_name", "Platform"), text("download_status", "Download status"),
                     text("cveids", "CVE IDs"), text("patch_status", "Approval status")}),
        Row(O::DbUpdateStatus, "db-update-status", "Patch Database Update Status", M::Get,
            "/api/1.4/patch/dbupdatestatus", S::PatchMgmtRead)
            .envelope("dbupdatestatus", "dbupdatestatus"),
        Row(O::SystemReport, "system-report", "Retrieve Patch Report for a System", M::Get,
            "/api/1.4/patch/systemreport", S::PatchMgmtRead)
            .envelope("systemreport", "systemreport").list(legacyList, 25)
            .params({choice("patchstatusfilter", "Patch status", patchStatusValues()),
                     choice("approvalstatusfilter", "Approval", approvalValues()),
                     ident("resid", "Resource ID", true), choice("severityfilter", "Severity", severityValues()),
                     choice("platformfilter", "Platform", patchPlatformValues())}),
        Row(O::DeploymentConfigurations, "configurations", "Retrieve Patch Deployment Configurations", M::Get,
            "/api/1.4/patch/viewconfig", S::PatchMgmtRead)
            .envelope("viewconfig", "viewconfig").list(legacyList, 25)
            .params({branchOffice(),
                     choice("configstatusfilter", "Status",
                            {{QStringLiteral("InProgress"), QStringLiteral("In progress")},
                             {QStringLiteral("Draft"), QStringLiteral("Draft")},
                             {QStringLiteral("Executed"), QStringLiteral("Executed")},
                             {QStringLiteral("Suspended"), QStringLiteral("Suspended")},
                             {QStringLiteral("Deployed"), QStringLiteral("Deployed")},
                             {QStringLiteral("RetryInProgress"), QStringLiteral("Retry in progress")},
                             {QStringLiteral("Expired"), QStringLiteral("Expired")}}),
                     domain()}),
        Row(O::ScanDetails, "scan-status", "Get Patch Scan System List", M::Get, "/api/1.4/patch/scandetails",
            S::PatchMgmtRead)
            .envelope("scandetails", "scandetails").list(legacyList, 25)
            .params({branchOffice(), choice("healthfilter", "Health", healthValues()), customGroup(),
                     choice("agentinstallationstatusfilter", "Agent",
                            {{QStringLiteral("21"), QStringLiteral("Not installed")},
                             {QStringLiteral("22"), QStringLiteral("Installed")}}),
                     ident("resid", "Resource ID"), domain(),
                     choice("livestatusfilter", "Live status",
                            {{QStringLiteral("1"), QStringLiteral("Live")}, {QStringLiteral("2"), QStringLiteral("Down")}}),
                     choice("platformfilter", "Platform", patchPlatformValues())}),
        Row(O::ApprovalSettings, "approval-settings", "Patch Approval Settings", M::Get,
            "/api/1.4/patch/approvalsettings", S::PatchMgmtRead)
            .envelope("approvalsettings", "approvalsettings"),
        Row(O::SupportedPatches, "supported-patches", "Retrieve Supported Patches", M::Get,
            "/api/1.4/patch/supportedpatches", S::PatchMgmtRead)
            .envelope("supportedpatches", "supportedpatches").list(legacyList, 25)
            .params({ident("patchid", "Patch ID"), text("bulletinid", "Bulletin ID"),
                     choice("approvalstatusfilter", "Approval", approvalValues()),
                     choice("severityfilter", "Severity", severityValues()),
                     choice("platformfilter", "Platform", patchPlatformValues())}),
        Row(O::ModifyApdTask, "apd-modify", "Modifying a APD task.", M::Post, "/api/1.4/patch/modifyAPDTask",
            S::PatchMgmtUpdate)
            .envelope("modifyAPDTask", "modifyapdtask").jsonBody(),
        Row(O::DeleteApdTask, "apd-delete", "Deleting a APD task.", M::Post, "/api/1.4/patch/deleteAPDTask",
            S::PatchMgmtUpdate)
            .envelope("deleteAPDTask", "deleteapdtask").params({taskName()}),
        Row(O::CreateApdTask, "apd-create", "Creating a APD task.", M::Post, "/api/1.4/patch/createAPDTask",
            S::PatchMgmtUpdate)
            .envelope("createAPDTask", "createapdtask").jsonBody(),
        Row(O::SuspendApdTask, "apd-suspend", "Suspending a APD task.", M::Post, "/api/1.4/patch/suspendAPDTask",
            S::PatchMgmtUpdate)
            .envelope("suspendAPDTask", "suspendapdtask").params({taskName()}),
        Row(O::ResumeApdTask, "apd-resume", "Resuming a APD task.", M::Post, "/api/1.4/patch/resumeAPDTask",
            S::PatchMgmtUpdate)
            .envelope("resumeAPDTask", "resumeapdtask").params({taskName()}),
        Row(O::DeclinePatchesLegacy, "decline-patches-legacy", "DEPRECATING SOON Initiate Decline Patch Action",
            M::Post, "/api/1.4/patch/declinepatch", S::PatchMgmtUpdate)
            .envelope("declinepatch", "declinepatch").jsonBody().params({text("customerid", "Customer ID")}),
        Row(O::DeclinePatches, "decline-patches", "Decline Patches", M::Put,
            "/dcapi/patch/settings/declinePatch/declinePatches", S::PatchMgmtUpdate)
            .declineResult().jsonBody("application/declinePatches.v1+json")
            .accept("application/declinePatches.v1+json"),
        Row(O::Computers, "computers", "Get Computers", M::Get, "/api/1.4/som/computers", S::CommonRead)
            .envelope("computers", "computers").list(legacyList, 25, 100)
            .params({branchOffice(), text("fqdnfilter", "FQDN"), text("computernamefilter", "Computer name"), domain(),
                     choice("platformfilter", "Platform", somPlatformValues()), ident("residfilter", "Resource ID"),
                     choice("installstatusfilter", "Agent installation",
                            {{QStringLiteral("21"), QStringLiteral("Yet to install")},
                             {QStringLiteral("22"), QStringLiteral("Installed")},
                             {QStringLiteral("23"), QStringLiteral("Uninstalled")},
                             {QStringLiteral("31"), QStringLiteral("Uninstallation failed")},
                             {QStringLiteral("29"), QStringLiteral("Installation failed")}}),
                     choice("liveStatusfilter", "Live status",
                            {{QStringLiteral("1"), QStringLiteral("Live")},
                             {QStringLiteral("2"), QStringLiteral("Down")},
                             {QStringLiteral("3"), QStringLiteral("Unknown")}}),
                     text("searchcomputerfilter", "Name contains"), text("servicetagfilter", "Service tag"),
                     choice("agentcontactfilter", "Last contact",
                            {{QStringLiteral("equal_3_day"), QStringLiteral("Within 3 days")},
                             {QStringLiteral("4_day_to_7_day"), QStringLiteral("4 to 7 days ago")},
                             {QStringLiteral("8_day_to_15_day"), QStringLiteral("8 to 15 days ago")},
                             {QStringLiteral("16_day_to_30_day"), QStringLiteral("16 to 30 days ago")},
                             {QStringLiteral("greater_30_day"), QStringLiteral("More than 30 days ago")}})}),
        Row(O::RemoteOffices, "remote-offices", "Get Remote Office List", M::Get, "/api/1.4/som/remoteoffice",
            S::SomRead)
            .envelope("remoteoffice", "remoteoffice").list(legacyList, 25, 100),
        Row(O::UninstallAgent, "uninstall-agent", "Uninstall Patch Manager Plus Agent", M::Post,
            "/api/1.4/som/computers/uninstallagent", S::SomUpdate)
            .envelope("computers", "computers").jsonBody(),
        Row(O::SomSummary, "som-summary", "Get Summary for SoM Computers", M::Get, "/api/1.4/som/summary",
            S::CommonRead)
            .envelope("summary", "summary"),
        Row(O::InstallAgent, "install-agent", "Install Patch Manager Plus Agent", M::Post,
            "/api/1.4/som/computers/installagent", S::SomUpdate)
            .envelope("computers", "computers").jsonBody(),
        Row(O::RemoveComputers, "remove-computers", "Remove Managed Computer", M::Post,
            "/api/1.4/som/computers/removecomputer", S::SomUpdate)
            .envelope("computers", "computers").jsonBody(),
        Row(O::ServerProperties, "server-properties", "Server Properties", M::Get, "/api/1.4/desktop/serverproperties",
            S::CommonRead)
            .envelope("discover", "serverproperties"),
        Row(O::QueryReports, "query-reports", "Retrieve All Query Reports", M::Get, "/dcapi/reports/queryReports",
            S::QueryReportRead)
            .bare().accept("application/allQueryReports.v1+json"),
        Row(O::QueryReportData, "query-report-data", "Retrieve Query Report Data by ID", M::Get,
            "/dcapi/reports/queryReports/{id}/data", S::QueryReportRead)
            .bare("data").list(PagingStyle::StartIndexLimit, 100).accept("application/queryResult.v1+json"),
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
    case Scope::PatchMgmtRead: return QStringLiteral("PatchManagerPlusCloud.PatchMgmt.READ");
    case Scope::PatchMgmtUpdate: return QStringLiteral("PatchManagerPlusCloud.PatchMgmt.UPDATE");
    case Scope::SomRead: return QStringLiteral("PatchManagerPlusCloud.SOM.READ");
    case Scope::SomUpdate: return QStringLiteral("PatchManagerPlusCloud.SOM.UPDATE");
    case Scope::CommonRead: return QStringLiteral("PatchManagerPlusCloud.Common.READ");
    case Scope::QueryReportRead: return QStringLiteral("PatchManagerPlusCloud.QueryReport.READ");
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
    case HttpMethod::Get: return QStringLiteral("GET");
    case HttpMethod::Post: return QStringLiteral("POST");
    case HttpMethod::Put: return QStringLiteral("PUT");
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
    case PagingStyle::PagePageLimit: return QStringLiteral("page");
    case PagingStyle::StartIndexLimit: return QStringLiteral("startIndex");
    case PagingStyle::None: break;
    }
    return {};
}

QString Operation::pageSizeParamName() const
{
    switch (paging) {
    case PagingStyle::PagePagelimit: return QStringLiteral("pagelimit");
    case PagingStyle::PagePageLimit: return QStringLiteral("pageLimit");
    case PagingStyle::StartIndexLimit: return QStringLiteral("limit");
    case PagingStyle::None: break;
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
