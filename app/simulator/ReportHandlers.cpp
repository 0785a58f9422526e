#include "ReportHandlers.h"
#include "Latin1.h"

#include "ComputerRows.h"
#include "ListPaging.h"
#include "PatchRows.h"
#include "QueryFilters.h"

#include <QJsonArray>

namespace pmp::sim {

using api::OperationId;

namespace {

QString n(qint64 v)
{
    return QString::number(v);
}

} // namespace

const QList<ReportHandlers::Report> &ReportHandlers::reports()
{
    static const QList<Report> list{
        {"9504000000142241",
         "Custom Groups",
         "CUSTOM_GROUPS",
         "admin",
         "Custom groups with their resource ids (customGroupID of the decline API)",
         nullptr,
         "Sep 3, 2026 01:05 PM",
         {{"resource_id", -5},
          {"name", 12},
          {"resource_type", 12},
          {"domain_netbios_name", 12},
          {"member_count", 4},
          {"db_added_time", -5}}},
        {"9504000000142257",
         "Computers Missing Critical Patches",
         "CRITICAL_MISSING",
         "admin",
         "Managed computers with at least one missing critical patch",
         nullptr,
         "Oct 12, 2026 09:41 AM",
         {{"resource_id", -5},
          {"resource_name", 12},
          {"os_name", 12},
          {"branch_office_name", 12},
          {"critical_missing", 4},
          {"last_scan_time", -5}}},
        {"9504000000142263",
         "Patch Approval Overview",
         "PATCH_APPROVALS",
         "mani",
         "Approval state of every supported patch",
         nullptr,
         "Oct 28, 2026 04:17 PM",
         {{"patch_id", -5},
          {"patch_name", 12},
          {"severity", 12},
          {"approval_status", 12},
          {"approved_by", 12},
          {"approved_time", -5}}},
        {"9504000000142279",
         "Agent Contact Overview",
         "AGENT_CONTACT",
         "admin",
         "Agent version and last contact of every computer",
         "Agents",
         "Aug 19, 2026 11:02 AM",
         {{"resource_id", -5},
          {"resource_name", 12},
          {"agent_version", 12},
          {"last_contact_time", -5},
          {"contact_bucket", 12}}},
        {"9504000000142285",
         "Remote Office Summary",
         "REMOTE_OFFICES",
         "admin",
         "Computers and distribution servers per remote office",
         "Agents",
         "Jul 7, 2026 02:30 PM",
         {{"branch_office_id", 4}, {"branch_office_name", 12}, {"managed_computers", 4}, {"ds_status", 12}}},
    };
    return list;
}

QStringList ReportHandlers::reportIds()
{
    QStringList ids;
    for (const Report &r : reports())
        ids << s(r.id);
    return ids;
}

SimResponse ReportHandlers::handle(const api::Operation &op, const SimRequest &request, const QString &reportId)
{
    if (op.id == OperationId::QueryReports)
        return tree();
    return data(op, request, reportId);
}

SimResponse ReportHandlers::tree()
{
    auto leaf = [](const Report &r, const QString &parent) {
        return QJsonObject{{s("parent"), parent},
                           {s("children"), QJsonValue()},
                           {s("root"), false},
                           {s("id"), s(r.id)},
                           {s("label"), s(r.label)},
                           {s("leaf"), true},
                           {s("properties"), QJsonObject{{s("owner"), s(r.owner)},
                                                         {s("viewName"), s(r.viewName)},
                                                         {s("expandable"), false},
                                                         {s("selectable"), true},
                                                         {s("description"), s(r.description)},
                                                         {s("lastModified"), s(r.lastModified)}}}};
    };
    QJsonArray children;
    QJsonArray folder;
    for (const Report &r : reports()) {
        if (r.folder)
            folder.append(leaf(r, s("queryReports_agents")));
        else
            children.append(leaf(r, s("queryReports")));
    }
    // One sub-folder, so clients see that the tree can nest (expandable, not a leaf).
    children.append(QJsonObject{
        {s("parent"), s("queryReports")},
        {s("children"), folder},
        {s("root"), false},
        {s("id"), s("queryReports_agents")},
        {s("label"), s("Agents")},
        {s("leaf"), false},
        {s("properties"), QJsonObject{{s("reportType"), s("3")}, {s("expandable"), true}, {s("selectable"), false}}}});
    const QJsonObject root{
        {s("parent"), QJsonValue()},
        {s("children"), children},
        {s("root"), true},
        {s("id"), s("queryReports")},
        {s("label"), s("Query Reports")},
        {s("leaf"), false},
        {s("properties"), QJsonObject{{s("reportType"), s("3")}, {s("expandable"), true}, {s("selectable"), true}}}};
    return m_ctx.writer.bare(root);
}

QList<QJsonObject> ReportHandlers::rows(const QString &reportId) const
{
    const FleetState &fleet = m_ctx.fleet;
    QList<QJsonObject> out;
    // Every value is a string, as in the guide's sample rows.
    if (reportId == QLatin1String("9504000000142241")) {
        for (const CustomGroup &g : fleet.groups()) {
            int members = 0;
            const int gi = fleet.groupIndexById(g.id);
            if (g.containsComputers())
                for (int c = 0; c < fleet.computers().size(); ++c)
                    members += !fleet.computers().at(c).removed && fleet.inGroup(c, gi);
            out << QJsonObject{{s("resource_id"), n(g.id)},          {s("name"), g.name},
                               {s("resource_type"), g.resourceType}, {s("domain_netbios_name"), g.category},
                               {s("member_count"), n(members)},      {s("db_added_time"), n(g.createdMs)}};
        }
    } else if (reportId == QLatin1String("9504000000142257")) {
        for (int c = 0; c < fleet.computers().size(); ++c) {
            const Computer &comp = fleet.computers().at(c);
            if (comp.removed || comp.missingBySeverity[4] == 0)
                continue;
            out << QJsonObject{{s("resource_id"), n(comp.id)},
                               {s("resource_name"), comp.name},
                               {s("os_name"), fleet.osProfiles().at(comp.os).name},
                               {s("branch_office_name"), fleet.offices().at(comp.office).name},
                               {s("critical_missing"), n(comp.missingBySeverity[4])},
                               {s("last_scan_time"), n(comp.lastScanMs)}};
        }
    } else if (reportId == QLatin1String("9504000000142263")) {
        for (int p = int(fleet.patches().size()) - 1; p >= 0; --p) {
            const Patch &patch = fleet.patches().at(p);
            out << QJsonObject{{s("patch_id"), n(patch.id)},
                               {s("patch_name"), patch.name},
                               {s("severity"), PatchRows::severityName(patch.severity)},
                               {s("approval_status"), PatchRows::approvalText(patch.approval)},
                               {s("approved_by"), patch.approvedBy.isEmpty() ? s("--") : patch.approvedBy},
                               {s("approved_time"), n(patch.approvalMs)}};
        }
    } else if (reportId == QLatin1String("9504000000142279")) {
        const qint64 now = m_ctx.clock.nowMs();
        for (int c = 0; c < fleet.computers().size(); ++c) {
            const Computer &comp = fleet.computers().at(c);
            if (comp.removed)
                continue;
            const int bucket = ComputerRows::contactBucket(comp.lastContactMs, now);
            out << QJsonObject{{s("resource_id"), n(comp.id)},
                               {s("resource_name"), comp.name},
                               {s("agent_version"), comp.agentInstalledMs > 0 ? fleet.agentVersion(c) : s("--")},
                               {s("last_contact_time"), n(comp.lastContactMs)},
                               {s("contact_bucket"), bucket < 0 ? s("--") : ComputerRows::contactBucketKey(bucket)}};
        }
    } else if (reportId == QLatin1String("9504000000142285")) {
        QList<int> managed(fleet.offices().size(), 0);
        for (const Computer &c : fleet.computers())
            if (!c.removed)
                ++managed[c.office];
        for (int o = 0; o < fleet.offices().size(); ++o) {
            const RemoteOffice &office = fleet.offices().at(o);
            out << QJsonObject{{s("branch_office_id"), n(office.id)},
                               {s("branch_office_name"), office.name},
                               {s("managed_computers"), n(managed.at(o))},
                               {s("ds_status"), office.hasDistributionServer
                                                    ? ComputerRows::installationLabel(office.dsStatus)
                                                    : s("--")}};
        }
    }
    return out;
}

SimResponse ReportHandlers::data(const api::Operation &op, const SimRequest &request, const QString &reportId)
{
    bool numeric = false;
    reportId.toLongLong(&numeric);
    if (!numeric)
        return m_ctx.writer.dcapiError(400, s("INVALID_DATA"),
                                       s("The report id must be a number, got '%1'").arg(reportId));
    const Report *report = nullptr;
    for (const Report &r : reports())
        if (reportId == QLatin1String(r.id))
            report = &r;
    if (!report)
        return m_ctx.writer.dcapiError(404, s("RESOURCE_NOT_FOUND"), s("No query report has id %1").arg(reportId));
    PageWindow window;
    QString error;
    if (!ListPaging::read(op, request, m_ctx.writer.quirks(), &window, &error))
        return m_ctx.writer.dcapiError(400, s("INVALID_DATA"), error);
    const QList<QJsonObject> all = rows(reportId);
    const QJsonArray page = ListPaging::slice(all, window, [](const QJsonObject &o) { return o; });
    QJsonArray columns;
    for (const Column &c : report->columns)
        columns.append(QJsonObject{{s("columnDataType"), c.sqlType}, {s("columnName"), s(c.name)}});
    // reportName is the tree's root label, as in the guide's sample (reference Q39).
    return m_ctx.writer.bare(
        QJsonObject{{s("data"), page}, {s("reportName"), s("Query Reports")}, {s("columnDetails"), columns}});
}

} // namespace pmp::sim
