#include "ThreatHandlers.h"
#include "Latin1.h"

#include "ListPaging.h"
#include "PatchRows.h"
#include "QueryFilters.h"

#include <QJsonArray>

namespace pmp::sim {

using api::OperationId;

SimResponse ThreatHandlers::handle(const api::Operation &op, const SimRequest &request)
{
    switch (op.id) {
    case OperationId::ThreatSystemReport:
        return systems(op, request);
    case OperationId::ThreatPatches:
        return patches(op, request);
    default:
        return m_ctx.writer.dcapiError(500, s("INTERNAL_ERROR"), s("Operation not handled here"));
    }
}

bool ThreatHandlers::patchFilter(const SimRequest &request, bool systemView, QList<bool> *accepted,
                                 QString *error) const
{
    const FleetState &fleet = m_ctx.fleet;
    const QList<Patch> &patches = fleet.patches();
    *accepted = QList<bool>(patches.size(), true);
    auto param = [&](const char *name) { return request.param(s(name)).trimmed(); };
    auto has = [&](const char *name) { return request.hasParam(s(name)); };
    auto keep = [&](auto &&predicate) {
        for (int p = 0; p < patches.size(); ++p)
            if ((*accepted)[p] && !predicate(patches.at(p)))
                (*accepted)[p] = false;
    };
    auto dateFilter = [&](const char *name, auto field) -> bool {
        if (!has(name))
            return true;
        bool valid = true;
        QueryFilters::sameDay(param(name), 1, &valid);
        if (!valid) {
            *error = s("%1 must be epoch milliseconds or yyyy-MM-dd, got '%2'").arg(s(name), param(name));
            return false;
        }
        keep([&](const Patch &p) {
            bool ok = true;
            return QueryFilters::sameDay(param(name), field(p), &ok);
        });
        return true;
    };

    if (has("severity")) {
        const QString v = param("severity");
        int sev = -1;
        for (int i = 0; i <= 4; ++i)
            if (QueryFilters::sameText(PatchRows::severityName(i), v) || v == QString::number(i))
                sev = i;
        if (sev < 0) {
            *error = s("severity must be Unrated, Low, Moderate, Important or Critical, got '%1'").arg(v);
            return false;
        }
        keep([&](const Patch &p) { return p.severity == sev; });
    }
    if (has("patchname"))
        keep([&](const Patch &p) { return QueryFilters::containsText(p.name, param("patchname")); });
    if (has("patch_description"))
        keep([&](const Patch &p) { return QueryFilters::containsText(p.description, param("patch_description")); });
    if (has("vendor_name"))
        keep([&](const Patch &p) { return QueryFilters::containsText(p.vendor, param("vendor_name")); });
    if (has("update_type")) {
        const QString v = param("update_type");
        keep([&](const Patch &p) { return QueryFilters::sameText(PatchRows::updateTypeName(p.updateType), v); });
    }
    for (const char *name : {"patch_id", "patchid"}) {
        if (!has(name) || (systemView != (QByteArray(name) == "patch_id")))
            continue;
        bool ok = false;
        const qint64 id = param(name).toLongLong(&ok);
        if (!ok) {
            *error = s("%1 must be a numeric id, got '%2'").arg(s(name), param(name));
            return false;
        }
        keep([&](const Patch &p) { return p.id == id; });
    }
    if (has("reboot_required")) {
        const QString v = param("reboot_required");
        keep([&](const Patch &p) { return QueryFilters::sameText(PatchRows::rebootText(p.reboot), v); });
    }
    if (has("platform_name")) {
        const QString v = param("platform_name");
        keep([&](const Patch &p) { return QueryFilters::platformFromName(v) == p.platform; });
    }
    if (has("cveids")) {
        const QStringList wanted = param("cveids").split(QLatin1Char(','), Qt::SkipEmptyParts);
        keep([&](const Patch &p) {
            for (const QString &cve : wanted)
                for (const QString &have : p.cves)
                    if (QueryFilters::sameText(have, cve.trimmed()))
                        return true;
            return false;
        });
    }
    if (!dateFilter("patch_released_time", [](const Patch &p) { return p.releasedMs; }))
        return false;
    if (systemView) {
        if (has("patch_approval_status")) {
            const QString v = param("patch_approval_status");
            keep([&](const Patch &p) { return QueryFilters::sameText(PatchRows::approvalText(p.approval), v); });
        }
        return true;
    }
    // E17 only.
    if (!dateFilter("updated_time", [](const Patch &p) { return p.approvalMs > 0 ? p.approvalMs : p.updatedMs; }) ||
        !dateFilter("patch_supported_time", [](const Patch &p) { return p.supportedMs; }))
        return false;
    if (has("kb_number"))
        keep([&](const Patch &p) {
            return QueryFilters::sameText(p.kbNumber, param("kb_number").remove(s("KB"), Qt::CaseInsensitive));
        });
    if (has("patch_size")) {
        bool ok = false;
        const qint64 size = param("patch_size").toLongLong(&ok);
        if (!ok) {
            *error = s("patch_size must be a size in bytes, got '%1'").arg(param("patch_size"));
            return false;
        }
        keep([&](const Patch &p) { return p.size == size; });
    }
    if (has("patch_uninstall")) {
        const QString v = param("patch_uninstall");
        keep([&](const Patch &p) {
            return QueryFilters::sameText(p.uninstallable ? s("supported") : s("not supported"), v);
        });
    }
    if (has("approveduser_first_name"))
        keep(
            [&](const Patch &p) { return QueryFilters::containsText(p.approvedBy, param("approveduser_first_name")); });
    if (has("download_status")) {
        const QString v = param("download_status").toLower();
        const bool wantDownloaded = v == QLatin1String("221") || v == QLatin1String("downloaded");
        keep([&](const Patch &p) { return p.downloaded == wantDownloaded; });
    }
    if (has("patch_status")) {
        const QString v = param("patch_status");
        keep([&](const Patch &p) { return QueryFilters::sameText(PatchRows::approvalText(p.approval), v); });
    }
    return true;
}

SimResponse ThreatHandlers::patches(const api::Operation &op, const SimRequest &request)
{
    const FleetState &fleet = m_ctx.fleet;
    PageWindow window;
    QString error;
    QList<bool> accepted;
    if (!ListPaging::read(op, request, m_ctx.writer.quirks(), &window, &error) ||
        !patchFilter(request, false, &accepted, &error))
        return m_ctx.writer.dcapiError(400, s("INVALID_DATA"), error);
    QList<int> matches;
    for (int p = int(fleet.patches().size()) - 1; p >= 0; --p)
        if (accepted.at(p) && fleet.patches().at(p).applicable() > 0)
            matches << p;
    const QJsonArray rows = ListPaging::slice(matches, window, [&](int p) {
        const Patch &patch = fleet.patches().at(p);
        return PatchRows::threatPatch(fleet, p, {patch.installed, patch.missing, patch.failed});
    });
    return m_ctx.writer.threats(op, request.path, request.query, rows, matches.size(), window.page, window.size);
}

SimResponse ThreatHandlers::systems(const api::Operation &op, const SimRequest &request)
{
    const FleetState &fleet = m_ctx.fleet;
    PageWindow window;
    QString error;
    QList<bool> accepted;
    if (!ListPaging::read(op, request, m_ctx.writer.quirks(), &window, &error) ||
        !patchFilter(request, true, &accepted, &error))
        return m_ctx.writer.dcapiError(400, s("INVALID_DATA"), error);
    std::optional<qint64> resourceId;
    if (!QueryFilters::idParam(request, s("resource_id"), &resourceId, &error))
        return m_ctx.writer.dcapiError(400, s("INVALID_DATA"), error);
    const QString fqdn = request.param(s("fqdn_name")).trimmed();
    const QString state = request.param(s("patch_status")).trimmed();
    const QString errorCode = request.param(s("install_error_code")).trimmed();
    const QString installed = request.param(s("installed_time")).trimmed();
    if (!state.isEmpty() && !QueryFilters::sameText(state, s("Missing")) &&
        !QueryFilters::sameText(state, s("Failed")) && !QueryFilters::sameText(state, s("Installed")))
        return m_ctx.writer.dcapiError(400, s("INVALID_DATA"),
                                       s("patch_status must be Missing, Failed or Installed, got '%1'").arg(state));
    bool dateValid = true;
    if (!installed.isEmpty())
        QueryFilters::sameDay(installed, 1, &dateValid);
    if (!dateValid)
        return m_ctx.writer.dcapiError(400, s("INVALID_DATA"),
                                       s("installed_time must be epoch milliseconds or yyyy-MM-dd"));

    auto pairMatches = [&](const PatchStatus &st) {
        if (!state.isEmpty() && !QueryFilters::sameText(PatchRows::stateText(st.state), state))
            return false;
        if (!errorCode.isEmpty() && (st.state != PatchState::Failed || QString::number(st.errorCode) != errorCode))
            return false;
        if (!installed.isEmpty()) {
            bool ok = true;
            if (st.state != PatchState::Installed || !QueryFilters::sameDay(installed, st.installedMs, &ok))
                return false;
        }
        return true;
    };
    // A system is listed when at least one of its patches passes every filter.
    QList<int> matches;
    for (int c = 0; c < fleet.computers().size(); ++c) {
        const Computer &comp = fleet.computers().at(c);
        if (comp.removed || !comp.scanned() || (resourceId && comp.id != *resourceId))
            continue;
        if (!fqdn.isEmpty() && !QueryFilters::containsText(fleet.fqdn(c), fqdn))
            continue;
        bool any = false;
        fleet.visitApplicable(c, [&](int p) {
            any = accepted.at(p) && pairMatches(fleet.status(c, p));
            return !any;
        });
        if (any)
            matches << c;
    }
    const QJsonArray rows = ListPaging::slice(matches, window, [&](int c) {
        QJsonArray list;
        QList<QJsonObject> newestFirst;
        fleet.forEachApplicable(c, [&](int p, const PatchStatus &st) {
            if (accepted.at(p) && pairMatches(st))
                newestFirst.prepend(PatchRows::threatSystemPatch(fleet, c, p, st));
        });
        for (const QJsonObject &o : std::as_const(newestFirst))
            list.append(o);
        const Computer &comp = fleet.computers().at(c);
        return QJsonObject{
            {s("resource_id"), QString::number(comp.id)}, {s("resource_name"), comp.name}, {s("patches"), list}};
    });
    return m_ctx.writer.threats(op, request.path, request.query, rows, matches.size(), window.page, window.size);
}

} // namespace pmp::sim
