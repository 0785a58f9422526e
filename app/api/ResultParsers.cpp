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

// A count the guide documents: where it lives (section, key) and which member it fills. The summaries
// are tables of these rather than a line per field, so a new count is one row.
template <typename Result> struct CountField
{
    qint64 Result::*member;
    const char *section;
    const char *key;
};

template <typename Result, std::size_t N>
void readCounts(const QJsonObject &o, Result &result, const CountField<Result> (&fields)[N])
{
    for (const CountField<Result> &f : fields)
        result.*f.member = num(sub(o, f.section), f.key);
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
    static const CountField<PatchSummary> counts[] = {
        {&PatchSummary::installedPatches, "patch_summary", "installed_patches"},
        {&PatchSummary::applicablePatches, "patch_summary", "applicable_patches"},
        {&PatchSummary::missingPatches, "patch_summary", "missing_patches"},
        {&PatchSummary::newPatches, "patch_summary", "new_patches"},
        {&PatchSummary::missingCritical, "missing_patch_severity_summary", "critical_count"},
        {&PatchSummary::missingImportant, "missing_patch_severity_summary", "important_count"},
        {&PatchSummary::missingModerate, "missing_patch_severity_summary", "moderate_count"},
        {&PatchSummary::missingLow, "missing_patch_severity_summary", "low_count"},
        {&PatchSummary::missingUnrated, "missing_patch_severity_summary", "unrated_count"},
        {&PatchSummary::missingTotal, "missing_patch_severity_summary", "total_count"},
        {&PatchSummary::totalSystems, "system_summary", "total_systems"},
        {&PatchSummary::healthySystems, "system_summary", "healthy_systems"},
        {&PatchSummary::moderatelyVulnerableSystems, "system_summary", "moderately_vulnerable_systems"},
        {&PatchSummary::highlyVulnerableSystems, "system_summary", "highly_vulnerable_systems"},
        {&PatchSummary::healthUnknownSystems, "system_summary", "health_unknown_systems"},
        {&PatchSummary::scannedSystems, "patch_scan_summary", "scanned_systems"},
        {&PatchSummary::unscannedSystems, "patch_scan_summary", "unscanned_system_count"},
        {&PatchSummary::scanSuccess, "patch_scan_summary", "scan_success_count"},
        {&PatchSummary::scanFailure, "patch_scan_summary", "scan_failure_count"},
        {&PatchSummary::apdTaskCount, "apd_summary", "number_of_apd_tasks"},
    };
    readCounts(o, s, counts);
    const QJsonObject v = sub(o, "vulnerability_db_summary");
    s.lastDbUpdateStatus = ValueReader::text(v.value(QLatin1String("last_db_update_status")));
    s.lastDbUpdate = ValueReader::epochTime(v.value(QLatin1String("last_db_update_time")));
    s.nextDbUpdate = ValueReader::epochTime(v.value(QLatin1String("next_db_update_scheduled_time")));
    s.autoDbUpdateDisabled = flag(v, "is_auto_db_update_disabled");
    s.dbUpdateInProgress = flag(v, "db_update_in_progress");
    const QJsonObject a = sub(o, "apd_summary");
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
    static const CountField<SomSummary> counts[] = {
        {&SomSummary::contactWithin3Days, "last_contact_time_summary", "equal_3_day"},
        {&SomSummary::contact4To7Days, "last_contact_time_summary", "4_day_to_7_day"},
        {&SomSummary::contact8To15Days, "last_contact_time_summary", "8_day_to_15_day"},
        {&SomSummary::contact16To30Days, "last_contact_time_summary", "16_day_to_30_day"},
        {&SomSummary::contactOver30Days, "last_contact_time_summary", "greater_30_day"},
        {&SomSummary::agentsTotal, "installation_status_summary", "total"},
        {&SomSummary::agentsInstalled, "installation_status_summary", "installed"},
        {&SomSummary::agentsYetToInstall, "installation_status_summary", "yet_to_install"},
        {&SomSummary::agentsUninstalled, "installation_status_summary", "uninstalled"},
        {&SomSummary::agentsInstallFailed, "installation_status_summary", "installation_failed"},
        {&SomSummary::agentsUninstallFailed, "installation_status_summary", "uninstallation_failed"},
        {&SomSummary::live, "live_status_summary", "live"},
        {&SomSummary::down, "live_status_summary", "down"},
        {&SomSummary::liveUnknown, "live_status_summary", "unknown"},
    };
    readCounts(o, s, counts);
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
                *error =
                    ApiError(ApiError::Kind::Malformed,
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
