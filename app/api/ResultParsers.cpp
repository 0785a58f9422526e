#include "ResultParsers.h"

#include "ValueReader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pmp::api {

namespace {

qint64 num(const QJsonObject &o, const char *key)
{
    return ValueReader::integer(o.value(QLatin1String(key))).value_or(0);
}

bool flag(const QJsonObject &o, const char *key)
{
    return ValueReader::boolean(o.value(QLatin1String(key))).value_or(false);
}

QJsonObject sub(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

bool requireObject(const QJsonValue &payload, const char *what, ApiError *error)
{
    if (payload.isObject())
        return true;
    if (error)
        *error = ApiError(ApiError::Kind::Malformed,
                          QCoreApplication::translate("pmp::api::ResultParsers", "The %1 reply is not an object.")
                              .arg(QLatin1String(what)));
    return false;
}

} // namespace

QList<QueryReportNode> QueryReportNode::leaves() const
{
    QList<QueryReportNode> out;
    if (leaf)
        out.append(*this);
    for (const QueryReportNode &c : children)
        out.append(c.leaves());
    return out;
}

PatchSummary ResultParsers::patchSummary(const QJsonValue &payload, ApiError *error)
{
    PatchSummary s;
    if (!requireObject(payload, "patch summary", error))
        return s;
    const QJsonObject o = payload.toObject();
    const QJsonObject p = sub(o, "patch_summary");
    s.installedPatches = num(p, "installed_patches");
    s.applicablePatches = num(p, "applicable_patches");
    s.missingPatches = num(p, "missing_patches");
    s.newPatches = num(p, "new_patches");
    const QJsonObject m = sub(o, "missing_patch_severity_summary");
    s.missingCritical = num(m, "critical_count");
    s.missingImportant = num(m, "important_count");
    s.missingModerate = num(m, "moderate_count");
    s.missingLow = num(m, "low_count");
    s.missingUnrated = num(m, "unrated_count");
    s.missingTotal = num(m, "total_count");
    const QJsonObject y = sub(o, "system_summary");
    s.totalSystems = num(y, "total_systems");
    s.healthySystems = num(y, "healthy_systems");
    s.moderatelyVulnerableSystems = num(y, "moderately_vulnerable_systems");
    s.highlyVulnerableSystems = num(y, "highly_vulnerable_systems");
    s.healthUnknownSystems = num(y, "health_unknown_systems");
    const QJsonObject c = sub(o, "patch_scan_summary");
    s.scannedSystems = num(c, "scanned_systems");
    s.unscannedSystems = num(c, "unscanned_system_count");
    s.scanSuccess = num(c, "scan_success_count");
    s.scanFailure = num(c, "scan_failure_count");
    const QJsonObject v = sub(o, "vulnerability_db_summary");
    s.lastDbUpdateStatus = ValueReader::text(v.value(QLatin1String("last_db_update_status")));
    s.lastDbUpdate = ValueReader::epochTime(v.value(QLatin1String("last_db_update_time")));
    s.nextDbUpdate = ValueReader::epochTime(v.value(QLatin1String("next_db_update_scheduled_time")));
    s.autoDbUpdateDisabled = flag(v, "is_auto_db_update_disabled");
    s.dbUpdateInProgress = flag(v, "db_update_in_progress");
    const QJsonObject a = sub(o, "apd_summary");
    s.apdTaskCount = num(a, "number_of_apd_tasks");
    s.apdLastExecutedTask = ValueReader::text(a.value(QLatin1String("last_executed_task")));
    s.apdNextTask = ValueReader::text(a.value(QLatin1String("next_task")));
    s.apdLastScheduled = ValueReader::epochTime(a.value(QLatin1String("last_task_scheduled_time")));
    s.apdNextScheduled = ValueReader::epochTime(a.value(QLatin1String("next_task_scheduled_time")));
    return s;
}

SomSummary ResultParsers::somSummary(const QJsonValue &payload, ApiError *error)
{
    SomSummary s;
    if (!requireObject(payload, "computer summary", error))
        return s;
    const QJsonObject o = payload.toObject();
    const QJsonObject c = sub(o, "last_contact_time_summary");
    s.contactWithin3Days = num(c, "equal_3_day");
    s.contact4To7Days = num(c, "4_day_to_7_day");
    s.contact8To15Days = num(c, "8_day_to_15_day");
    s.contact16To30Days = num(c, "16_day_to_30_day");
    s.contactOver30Days = num(c, "greater_30_day");
    const QJsonObject i = sub(o, "installation_status_summary");
    s.agentsTotal = num(i, "total");
    s.agentsInstalled = num(i, "installed");
    s.agentsYetToInstall = num(i, "yet_to_install");
    s.agentsUninstalled = num(i, "uninstalled");
    s.agentsInstallFailed = num(i, "installation_failed");
    s.agentsUninstallFailed = num(i, "uninstallation_failed");
    const QJsonObject l = sub(o, "live_status_summary");
    s.live = num(l, "live");
    s.down = num(l, "down");
    s.liveUnknown = num(l, "unknown");
    return s;
}

HealthPolicy ResultParsers::healthPolicy(const QJsonValue &payload, ApiError *error)
{
    HealthPolicy h;
    if (!requireObject(payload, "health policy", error))
        return h;
    const QJsonObject o = payload.toObject();
    auto thresholds = [](const QJsonObject &t) {
        HealthPolicy::Thresholds r;
        r.critical = num(t, "critical");
        r.important = num(t, "important");
        r.moderate = num(t, "moderate");
        r.low = num(t, "low");
        return r;
    };
    h.vulnerable = thresholds(sub(o, "vulnerable"));
    h.highlyVulnerable = thresholds(sub(o, "highly_vulnerable"));
    const QJsonObject adv = sub(o, "advanced_settings");
    h.excludeThirdPartyApps = flag(adv, "exclude_tp_apps");
    h.considerOnlyApproved = flag(adv, "consider_only_approved");
    return h;
}

DbUpdateStatus ResultParsers::dbUpdateStatus(const QJsonValue &payload, ApiError *error)
{
    DbUpdateStatus d;
    if (!requireObject(payload, "database update status", error))
        return d;
    const QJsonObject o = payload.toObject();
    d.lastStatus = ValueReader::text(o.value(QLatin1String("last_db_update_status")));
    d.lastUpdate = ValueReader::epochTime(o.value(QLatin1String("last_db_update_time")));
    d.nextScheduled = ValueReader::epochTime(o.value(QLatin1String("next_db_update_scheduled_time")));
    d.autoUpdateDisabled = flag(o, "is_auto_db_update_disabled");
    return d;
}

ApprovalSettings ResultParsers::approvalSettings(const QJsonValue &payload, ApiError *error)
{
    ApprovalSettings a;
    if (!requireObject(payload, "approval settings", error))
        return a;
    a.mode = ValueReader::rawText(payload.toObject().value(QLatin1String("patch_approval")));
    return a;
}

ServerProperties ResultParsers::serverProperties(const QJsonValue &payload, ApiError *error)
{
    ServerProperties p;
    if (!requireObject(payload, "server properties", error))
        return p;
    const QJsonObject o = payload.toObject();
    p.branchOffices = ValueReader::list(o.value(QLatin1String("branch_offices")));
    p.domains = ValueReader::list(o.value(QLatin1String("domains")));
    p.customGroups = ValueReader::list(o.value(QLatin1String("custom_groups")));
    return p;
}

QueryReportNode ResultParsers::queryReports(const QJsonValue &payload, ApiError *error)
{
    QueryReportNode node;
    if (!requireObject(payload, "query report list", error))
        return node;
    const QJsonObject o = payload.toObject();
    node.id = ValueReader::rawText(o.value(QLatin1String("id")));
    node.label = ValueReader::text(o.value(QLatin1String("label")));
    node.parentId = ValueReader::rawText(o.value(QLatin1String("parent")));
    node.root = flag(o, "root");
    node.leaf = flag(o, "leaf");
    const QJsonObject props = sub(o, "properties");
    node.owner = ValueReader::text(props.value(QLatin1String("owner")));
    node.viewName = ValueReader::text(props.value(QLatin1String("viewName")));
    node.description = ValueReader::text(props.value(QLatin1String("description")));
    node.lastModified = ValueReader::text(props.value(QLatin1String("lastModified")));
    node.reportType = ValueReader::rawText(props.value(QLatin1String("reportType")));
    for (const QJsonValue &child : o.value(QLatin1String("children")).toArray()) {
        ApiError childError;
        QueryReportNode c = queryReports(child, &childError);
        if (childError) {
            if (error)
                *error = childError;
            return node;
        }
        node.children.append(c);
    }
    return node;
}

QueryReportPage ResultParsers::queryReportPage(const QJsonObject &root, ApiError *error)
{
    QueryReportPage page;
    page.reportName = ValueReader::text(root.value(QLatin1String("reportName")));
    for (const QJsonValue &c : root.value(QLatin1String("columnDetails")).toArray()) {
        const QJsonObject co = c.toObject();
        page.columns.append({ValueReader::rawText(co.value(QLatin1String("columnName"))),
                             int(ValueReader::integer(co.value(QLatin1String("columnDataType"))).value_or(0))});
    }
    const QJsonArray rows = root.value(QLatin1String("data")).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isObject()) {
            if (error)
                *error = ApiError(ApiError::Kind::Malformed,
                                  QCoreApplication::translate("pmp::api::ResultParsers", "Report row %1 is not an object.")
                                      .arg(i + 1));
            return {};
        }
        page.rows.append(Record(rows.at(i).toObject()));
    }
    return page;
}

ActionResult ResultParsers::actionResult(const QJsonValue &payload)
{
    ActionResult r;
    const QJsonObject o = payload.toObject();
    for (const char *key : {"message", "status", "Status"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty()) {
            r.message = v.toString();
            break;
        }
    }
    return r;
}

} // namespace pmp::api
