#include "PatchHandlers.h"
#include "Latin1.h"

#include "JsonBody.h"
#include "ListPaging.h"

#include <QJsonArray>

namespace pmp::sim {

using api::OperationId;

SimResponse PatchHandlers::bad(const api::Operation &op, const QString &code, const QString &text) const
{
    return m_ctx.writer.legacyError(&op, 400, code, text);
}

SimResponse PatchHandlers::handle(const api::Operation &op, const SimRequest &request)
{
    switch (op.id) {
    case OperationId::PatchStatusByComputer:
        return patchDetails(op, request);
    case OperationId::HealthPolicy:
        return healthPolicy(op);
    case OperationId::AllPatches:
        return allPatches(op, request);
    case OperationId::DownloadedPatches:
        return downloadedPatches(op, request);
    case OperationId::PatchSummary:
        return summary(op);
    case OperationId::ApprovePatches:
        return approval(op, request, 211);
    case OperationId::UnapprovePatches:
        return approval(op, request, 0);
    case OperationId::DbUpdateStatus:
        return dbUpdateStatus(op);
    case OperationId::SystemReport:
        return systemReport(op, request);
    case OperationId::ApprovalSettings:
        return approvalSettings(op);
    case OperationId::SupportedPatches:
        return supportedPatches(op, request);
    default:
        return m_ctx.writer.legacyError(&op, 500, s("INTERNAL_ERROR"), s("Operation not handled here"));
    }
}

QList<PatchRows::Counts> PatchHandlers::countsFor(const QueryFilters::Scope &scope) const
{
    const FleetState &fleet = m_ctx.fleet;
    QList<PatchRows::Counts> counts(fleet.patches().size());
    if (!scope.restricts()) {
        for (int p = 0; p < fleet.patches().size(); ++p) {
            const Patch &patch = fleet.patches().at(p);
            counts[p] = {patch.installed, patch.missing, patch.failed};
        }
        return counts;
    }
    for (int c = 0; c < fleet.computers().size(); ++c) {
        if (!scope.contains(fleet, c))
            continue;
        fleet.forEachApplicable(c, [&](int p, const PatchStatus &st) {
            switch (st.state) {
            case PatchState::Installed:
                ++counts[p].installed;
                break;
            case PatchState::Missing:
                ++counts[p].missing;
                break;
            case PatchState::Failed:
                ++counts[p].failed;
                break;
            case PatchState::NotApplicable:
                break;
            }
        });
    }
    return counts;
}

SimResponse PatchHandlers::patchDetails(const api::Operation &op, const SimRequest &request)
{
    const FleetState &fleet = m_ctx.fleet;
    PageWindow window;
    QString error;
    std::optional<qint64> patchId;
    std::optional<int> state, severity, platform;
    if (!ListPaging::read(op, request, m_ctx.writer.quirks(), &window, &error) ||
        !QueryFilters::idParam(request, s("patchid"), &patchId, &error) ||
        !QueryFilters::intParam(request, s("patchstatusfilter"), {201, 202}, &state, &error) ||
        !QueryFilters::intParam(request, s("severityfilter"), {0, 1, 2, 3, 4}, &severity, &error) ||
        !QueryFilters::platformParam(request, &platform, &error))
        return bad(op, s("INVALID_PARAMETER"), error);
    const QString bulletin = request.param(s("bulletinid")).trimmed();
    const QueryFilters::Scope scope = QueryFilters::scope(fleet, request);

    auto stateMatches = [&](PatchState st) {
        if (st == PatchState::NotApplicable)
            return false;
        if (!state)
            return true;
        return *state == 201 ? st == PatchState::Installed : st != PatchState::Installed;
    };
    QList<int> patches; // newest first
    for (int p = int(fleet.patches().size()) - 1; p >= 0; --p) {
        const Patch &patch = fleet.patches().at(p);
        if ((patchId && patch.id != *patchId) ||
            (!bulletin.isEmpty() && !QueryFilters::sameText(patch.bulletinId, bulletin)) ||
            (severity && patch.severity != *severity) || (platform && patch.platform != *platform))
            continue;
        patches << p;
    }
    // One row per (patch, computer); per-patch row counts let a page be found without listing rows.
    QList<qint64> rowsPerPatch(fleet.patches().size(), 0);
    if (!scope.restricts()) {
        for (int p : std::as_const(patches)) {
            const Patch &patch = fleet.patches().at(p);
            rowsPerPatch[p] =
                !state ? patch.applicable() : (*state == 201 ? patch.installed : patch.missing + patch.failed);
        }
    } else {
        for (int c = 0; c < fleet.computers().size(); ++c) {
            if (!scope.contains(fleet, c))
                continue;
            fleet.forEachApplicable(c, [&](int p, const PatchStatus &st) {
                if (stateMatches(st.state))
                    ++rowsPerPatch[p];
            });
        }
    }
    qint64 total = 0;
    for (int p : std::as_const(patches))
        total += rowsPerPatch.at(p);

    QJsonArray rows;
    qint64 skip = window.offset;
    for (int p : std::as_const(patches)) {
        if (rows.size() >= window.size)
            break;
        if (rowsPerPatch.at(p) <= skip) {
            skip -= rowsPerPatch.at(p);
            continue;
        }
        for (int c : fleet.computersForPlatform(fleet.patches().at(p).platform)) {
            if (!scope.contains(fleet, c))
                continue;
            const PatchStatus st = fleet.status(c, p);
            if (!stateMatches(st.state))
                continue;
            if (skip > 0) {
                --skip;
                continue;
            }
            rows.append(PatchRows::patchDetail(fleet, c, p, st));
            if (rows.size() >= window.size)
                break;
        }
    }
    return m_ctx.writer.listEnvelope(op, rows, total, window.size, window.page);
}

SimResponse PatchHandlers::healthPolicy(const api::Operation &op)
{
    auto thresholds = [](const std::array<int, 5> &t) {
        return QJsonObject{{s("low"), t[1]}, {s("moderate"), t[2]}, {s("important"), t[3]}, {s("critical"), t[4]}};
    };
    const QJsonObject policy{
        {s("vulnerable"), thresholds(FleetState::vulnerableThresholds())},
        {s("highly_vulnerable"), thresholds(FleetState::highlyVulnerableThresholds())},
        {s("advanced_settings"), QJsonObject{{s("exclude_tp_apps"), false}, {s("consider_only_approved"), false}}}};
    return m_ctx.writer.envelope(op, QJsonObject{{op.resultKey, policy}});
}

SimResponse PatchHandlers::allPatches(const api::Operation &op, const SimRequest &request)
{
    const FleetState &fleet = m_ctx.fleet;
    const bool quirks = m_ctx.writer.quirks();
    PageWindow window;
    QString error;
    std::optional<qint64> patchId;
    std::optional<int> state, approval, severity, platform;
    if (!ListPaging::read(op, request, m_ctx.writer.quirks(), &window, &error) ||
        !QueryFilters::idParam(request, s("patchid"), &patchId, &error) ||
        !QueryFilters::intParam(request, s("patchstatusfilter"), {201, 202}, &state, &error) ||
        !QueryFilters::intParam(request, s("approvalstatusfilter"), {211, 0, 212}, &approval, &error) ||
        !QueryFilters::intParam(request, s("severityfilter"), {0, 1, 2, 3, 4}, &severity, &error) ||
        !QueryFilters::platformParam(request, &platform, &error))
        return bad(op, s("INVALID_PARAMETER"), error);
    const QString bulletin = request.param(s("bulletinid")).trimmed();
    const QList<PatchRows::Counts> counts = countsFor(QueryFilters::scope(fleet, request));

    QList<int> matches;
    for (int p = int(fleet.patches().size()) - 1; p >= 0; --p) {
        const Patch &patch = fleet.patches().at(p);
        const PatchRows::Counts &n = counts.at(p);
        const int missing = n.missing + n.failed;
        if (n.installed + missing == 0)
            continue; // applicable patches only
        if ((patchId && patch.id != *patchId) ||
            (!bulletin.isEmpty() && !QueryFilters::sameText(patch.bulletinId, bulletin)) ||
            (approval && patch.approval != *approval) || (severity && patch.severity != *severity) ||
            (platform && patch.platform != *platform) || (state && (*state == 202) != (missing > 0)))
            continue;
        matches << p;
    }
    const QJsonArray rows = ListPaging::slice(
        matches, window, [&](int p) { return PatchRows::allPatches(fleet, p, counts.at(p), quirks); });
    return m_ctx.writer.listEnvelope(op, rows, matches.size(), window.size, window.page);
}

SimResponse PatchHandlers::downloadedPatches(const api::Operation &op, const SimRequest &request)
{
    const FleetState &fleet = m_ctx.fleet;
    PageWindow window;
    QString error;
    if (!ListPaging::read(op, request, m_ctx.writer.quirks(), &window, &error))
        return bad(op, s("INVALID_PARAMETER"), error);
    QList<int> matches;
    for (int p = int(fleet.patches().size()) - 1; p >= 0; --p)
        if (fleet.patches().at(p).downloaded)
            matches << p;
    std::stable_sort(matches.begin(), matches.end(), [&](int a, int b) {
        return fleet.patches().at(a).downloadedMs > fleet.patches().at(b).downloadedMs;
    });
    const QJsonArray rows =
        ListPaging::slice(matches, window, [&](int p) { return PatchRows::downloadedPatch(fleet, p); });
    return m_ctx.writer.listEnvelope(op, rows, matches.size(), window.size, window.page);
}

SimResponse PatchHandlers::summary(const api::Operation &op)
{
    const FleetState &fleet = m_ctx.fleet;
    int applicable = 0, missingPatches = 0, newPatches = 0;
    std::array<int, 5> missingBySeverity{};
    for (const Patch &p : fleet.patches()) {
        if (p.applicable() == 0)
            continue;
        ++applicable;
        if (SimClock::ReferenceMs - p.releasedMs < 30 * SimClock::DayMs)
            ++newPatches;
        if (p.missing + p.failed > 0) {
            ++missingPatches;
            ++missingBySeverity[std::clamp(p.severity, 0, 4)];
        }
    }
    int total = 0, healthy = 0, vulnerable = 0, highly = 0, unknown = 0, unscanned = 0, success = 0, failure = 0;
    for (const Computer &c : fleet.computers()) {
        if (c.removed)
            continue;
        ++total;
        switch (c.health) {
        case 1:
            ++healthy;
            break;
        case 2:
            ++vulnerable;
            break;
        case 3:
            ++highly;
            break;
        default:
            ++unknown;
            break;
        }
        unscanned += c.scanStatus == 229;
        success += c.scanStatus == 228;
        failure += c.scanStatus == 226;
    }
    // APD: the last run and the next scheduled run over all (non-suspended) tasks.
    const ApdTask *last = nullptr;
    const ApdTask *next = nullptr;
    for (const ApdTask &t : fleet.apdTasks()) {
        if (t.lastRunMs > 0 && (!last || t.lastRunMs > last->lastRunMs))
            last = &t;
        if (!t.suspended && t.nextRunMs > 0 && (!next || t.nextRunMs < next->nextRunMs))
            next = &t;
    }
    const QJsonObject summary{
        {s("patch_summary"), QJsonObject{{s("installed_patches"), applicable - missingPatches},
                                         {s("applicable_patches"), applicable},
                                         {s("new_patches"), newPatches},
                                         {s("patch_summary_report_generation_time"), 0},
                                         {s("missing_patches"), missingPatches}}},
        {s("missing_patch_severity_summary"), QJsonObject{{s("unrated_count"), missingBySeverity[0]},
                                                          {s("low_count"), missingBySeverity[1]},
                                                          {s("moderate_count"), missingBySeverity[2]},
                                                          {s("important_count"), missingBySeverity[3]},
                                                          {s("critical_count"), missingBySeverity[4]},
                                                          {s("total_count"), missingPatches}}},
        {s("apd_summary"),
         QJsonObject{{s("last_task_scheduled_time"), last ? QJsonValue(double(last->lastRunMs)) : QJsonValue()},
                     {s("next_task_scheduled_time"), next ? QJsonValue(double(next->nextRunMs)) : QJsonValue()},
                     {s("number_of_apd_tasks"), int(fleet.apdTasks().size())},
                     {s("last_executed_task"), last ? QJsonValue(last->name) : QJsonValue()},
                     {s("next_task"), next ? QJsonValue(next->name) : QJsonValue()}}},
        {s("system_summary"), QJsonObject{{s("total_systems"), total},
                                          {s("healthy_systems"), healthy},
                                          {s("moderately_vulnerable_systems"), vulnerable},
                                          {s("highly_vulnerable_systems"), highly},
                                          {s("health_unknown_systems"), unknown},
                                          {s("system_summary_report_generation_time"), 0}}},
        {s("patch_scan_summary"), QJsonObject{{s("scan_summary_report_generation_time"), 0},
                                              {s("unscanned_system_count"), unscanned},
                                              {s("scanned_systems"), total - unscanned},
                                              {s("scan_success_count"), success},
                                              {s("scan_failure_count"), failure}}},
        {s("vulnerability_db_summary"),
         QJsonObject{{s("last_db_update_status"), s("Success")},
                     {s("next_db_update_scheduled_time"), double(SimClock::ReferenceMs + 14 * 3600 * 1000LL)},
                     {s("is_auto_db_update_disabled"), false},
                     {s("db_update_in_progress"), s("false")},
                     {s("last_db_update_time"), double(SimClock::ReferenceMs - 10 * 3600 * 1000LL)}}},
    };
    return m_ctx.writer.envelope(op, QJsonObject{{op.resultKey, summary}});
}

SimResponse PatchHandlers::approval(const api::Operation &op, const SimRequest &request, int approval)
{
    QString error;
    const auto body = JsonBody::object(request, &error);
    if (!body)
        return bad(op, s("INVALID_JSON"), error);
    if (!body->contains(s("patchids")))
        return bad(op, s("MISSING_PARAMETER"), s("patchids is mandatory"));
    QList<qint64> ids;
    if (!JsonBody::idList(body->value(s("patchids")), &ids, &error, s("patchids")))
        return bad(op, s("INVALID_PARAMETER"), error);
    if (ids.isEmpty())
        return bad(op, s("MISSING_PARAMETER"), s("patchids is empty"));
    QList<int> patches;
    QStringList unknown;
    for (qint64 id : std::as_const(ids)) {
        const int p = m_ctx.fleet.patchIndex(id);
        if (p < 0)
            unknown << QString::number(id);
        else
            patches << p;
    }
    if (!unknown.isEmpty())
        return bad(op, s("PATCH_NOT_FOUND"), s("Unknown patch id(s): ") + unknown.join(s(", ")));
    const qint64 now = m_ctx.clock.nowMs();
    for (int p : std::as_const(patches)) {
        m_ctx.fleet.setApproval(p, approval, approval == 211 ? s("admin") : s("--"), now);
        m_ctx.fleet.patch(p).declines.clear(); // approving or unapproving ends a decline
    }
    return m_ctx.writer.envelope(op,
                                 QJsonObject{{op.resultKey, QJsonObject{{s("status"), s("Initiated Successfully")}}}});
}

SimResponse PatchHandlers::dbUpdateStatus(const api::Operation &op)
{
    const QJsonObject status{{s("last_db_update_status"), s("Success")},
                             {s("next_db_update_scheduled_time"), double(SimClock::ReferenceMs + 14 * 3600 * 1000LL)},
                             {s("is_auto_db_update_disabled"), false},
                             {s("last_db_update_time"), double(SimClock::ReferenceMs - 10 * 3600 * 1000LL)}};
    return m_ctx.writer.envelope(op, QJsonObject{{op.resultKey, status}});
}

SimResponse PatchHandlers::systemReport(const api::Operation &op, const SimRequest &request)
{
    const FleetState &fleet = m_ctx.fleet;
    const bool quirks = m_ctx.writer.quirks();
    PageWindow window;
    QString error;
    std::optional<qint64> resid;
    std::optional<int> state, approval, severity, platform;
    if (!ListPaging::read(op, request, m_ctx.writer.quirks(), &window, &error) ||
        !QueryFilters::idParam(request, s("resid"), &resid, &error) ||
        !QueryFilters::intParam(request, s("patchstatusfilter"), {201, 202}, &state, &error) ||
        !QueryFilters::intParam(request, s("approvalstatusfilter"), {211, 0, 212}, &approval, &error) ||
        !QueryFilters::intParam(request, s("severityfilter"), {0, 1, 2, 3, 4}, &severity, &error) ||
        !QueryFilters::platformParam(request, &platform, &error))
        return bad(op, s("INVALID_PARAMETER"), error);
    if (!resid)
        return bad(op, s("MISSING_PARAMETER"), s("resid is mandatory"));
    const int c = fleet.computerIndex(*resid);
    if (c < 0)
        return bad(op, s("RESOURCE_NOT_FOUND"), s("No managed computer has resource id %1").arg(*resid));
    QList<QPair<int, PatchStatus>> matches;
    fleet.forEachApplicable(c, [&](int p, const PatchStatus &st) {
        const Patch &patch = fleet.patches().at(p);
        if ((state && (*state == 201) != (st.state == PatchState::Installed)) ||
            (approval && patch.approval != *approval) || (severity && patch.severity != *severity) ||
            (platform && patch.platform != *platform))
            return;
        matches.append({p, st});
    });
    std::reverse(matches.begin(), matches.end()); // newest patches first
    const QJsonArray rows = ListPaging::slice(matches, window, [&](const QPair<int, PatchStatus> &m) {
        return PatchRows::systemReport(fleet, c, m.first, m.second, quirks);
    });
    return m_ctx.writer.listEnvelope(op, rows, matches.size(), window.size, window.page);
}

SimResponse PatchHandlers::approvalSettings(const api::Operation &op)
{
    // Manual: approvals (E13/E14) and declines are meaningful; the guide's sample shows "automatic".
    return m_ctx.writer.envelope(op, QJsonObject{{op.resultKey, QJsonObject{{s("patch_approval"), s("manual")}}}});
}

SimResponse PatchHandlers::supportedPatches(const api::Operation &op, const SimRequest &request)
{
    const FleetState &fleet = m_ctx.fleet;
    const bool quirks = m_ctx.writer.quirks();
    PageWindow window;
    QString error;
    std::optional<qint64> patchId;
    std::optional<int> approval, severity, platform;
    if (!ListPaging::read(op, request, m_ctx.writer.quirks(), &window, &error) ||
        !QueryFilters::idParam(request, s("patchid"), &patchId, &error) ||
        !QueryFilters::intParam(request, s("approvalstatusfilter"), {211, 0, 212}, &approval, &error) ||
        !QueryFilters::intParam(request, s("severityfilter"), {0, 1, 2, 3, 4}, &severity, &error) ||
        !QueryFilters::platformParam(request, &platform, &error))
        return bad(op, s("INVALID_PARAMETER"), error);
    const QString bulletin = request.param(s("bulletinid")).trimmed();
    QList<int> matches;
    for (int p = int(fleet.patches().size()) - 1; p >= 0; --p) {
        const Patch &patch = fleet.patches().at(p);
        if ((patchId && patch.id != *patchId) ||
            (!bulletin.isEmpty() && !QueryFilters::sameText(patch.bulletinId, bulletin)) ||
            (approval && patch.approval != *approval) || (severity && patch.severity != *severity) ||
            (platform && patch.platform != *platform))
            continue;
        matches << p;
    }
    const QJsonArray rows =
        ListPaging::slice(matches, window, [&](int p) { return PatchRows::supportedPatch(fleet, p, quirks); });
    return m_ctx.writer.listEnvelope(op, rows, matches.size(), window.size, window.page);
}

} // namespace pmp::sim
