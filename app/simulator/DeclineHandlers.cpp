#include "DeclineHandlers.h"
#include "Latin1.h"

#include "JsonBody.h"

#include <QJsonArray>

namespace pmp::sim {

using api::OperationId;

namespace {

bool isNumeric(const QString &text)
{
    bool ok = false;
    text.trimmed().toLongLong(&ok);
    return ok;
}

} // namespace

SimResponse DeclineHandlers::handle(const api::Operation &op, const SimRequest &request)
{
    if (op.id == OperationId::DeclinePatches)
        return perGroup(request);
    return legacy(op, request);
}

SimResponse DeclineHandlers::legacy(const api::Operation &op, const SimRequest &request)
{
    FleetState &fleet = m_ctx.fleet;
    QString error;
    const auto body = JsonBody::object(request, &error);
    if (!body)
        return m_ctx.writer.legacyError(&op, 400, s("INVALID_JSON"), error);
    QList<qint64> ids;
    if (!body->contains(s("patchids")))
        return m_ctx.writer.legacyError(&op, 400, s("MISSING_PARAMETER"), s("patchids is mandatory"));
    if (!JsonBody::idList(body->value(s("patchids")), &ids, &error, s("patchids")))
        return m_ctx.writer.legacyError(&op, 400, s("INVALID_PARAMETER"), error);
    if (ids.isEmpty())
        return m_ctx.writer.legacyError(&op, 400, s("MISSING_PARAMETER"), s("patchids is empty"));
    if (ids.size() > 1000) // the on-premises page documents this limit (landscape §4.8)
        return m_ctx.writer.legacyError(&op, 400, s("DECLINE_FAILED_CODE"), s("At most 1000 patch ids per request"));
    QList<int> patches;
    QStringList unknown;
    for (qint64 id : std::as_const(ids)) {
        const int p = fleet.patchIndex(id);
        p < 0 ? void(unknown << QString::number(id)) : void(patches << p);
    }
    if (!unknown.isEmpty())
        return m_ctx.writer.legacyError(&op, 400, s("PATCH_NOT_FOUND"),
                                        s("Unknown patch id(s): ") + unknown.join(s(", ")));
    const qint64 now = m_ctx.clock.nowMs();
    for (int p : std::as_const(patches)) {
        fleet.setApproval(p, 212, s("admin"), now);
        PatchDecline d;
        d.groupIds = {fleet.groups().isEmpty() ? 0 : fleet.groups().first().id}; // all computers
        d.declinedMs = now;
        fleet.patch(p).declines = {d};
    }
    return m_ctx.writer.envelope(op,
                                 QJsonObject{{op.resultKey, QJsonObject{{s("status"), s("Initiated Successfully")}}}});
}

SimResponse DeclineHandlers::perGroup(const SimRequest &request)
{
    FleetState &fleet = m_ctx.fleet;
    const ResponseWriter &w = m_ctx.writer;
    auto insufficient = [&](const QString &text) { return w.dcapiError(400, s("INSUFFICIENT_DATA"), text); };
    auto invalid = [&](const QString &text) { return w.dcapiError(400, s("INVALID_DATA"), text); };
    QString error;
    const auto body = JsonBody::object(request, &error);
    if (!body)
        return invalid(error);

    const QJsonValue patchesValue = body->value(s("patches"));
    if (!patchesValue.isArray() || patchesValue.toArray().isEmpty())
        return insufficient(s("Patches list is empty"));

    struct Entry
    {
        int patch;
        int reason;
        QString remarks;
    };
    QList<Entry> entries;
    QStringList unknown;
    for (const QJsonValue &v : patchesValue.toArray()) {
        if (!v.isObject())
            return invalid(s("Each entry of patches must be an object with id, reasonId and remarks"));
        const QJsonObject o = v.toObject();
        const QString id = JsonBody::text(o.value(s("id"))).trimmed();
        if (id.isEmpty())
            return insufficient(s("id is mandatory for every patch"));
        if (!isNumeric(id))
            return invalid(s("Invalid patch id: %1").arg(id));
        const QString reason = JsonBody::text(o.value(s("reasonId"))).trimmed();
        if (reason.isEmpty())
            return insufficient(s("reasonId is mandatory for patch id: %1").arg(id));
        if (!isNumeric(reason))
            return invalid(s("Invalid reasonId for patch id: %1").arg(id));
        const int reasonId = reason.toInt();
        if (reasonId < 1 || reasonId > 5)
            return invalid(s("reasonId must be between 1 and 5 for patch id: %1").arg(id));
        const QString remarks = JsonBody::text(o.value(s("remarks"))).trimmed();
        if (reasonId == 5 && remarks.isEmpty())
            return insufficient(s("remarks is mandatory when reasonId is 5 for patch id: %1").arg(id));
        const int p = fleet.patchIndex(id.toLongLong());
        if (p < 0) {
            unknown << id;
            continue;
        }
        entries.append({p, reasonId, remarks});
    }
    if (!unknown.isEmpty())
        return invalid(s("Invalid patch id: %1").arg(unknown.join(s(", "))));

    const QJsonValue groupsValue = body->value(s("customGroupID"));
    const QStringList groupTexts = groupsValue.isArray() ? JsonBody::stringList(groupsValue) : QStringList();
    if (groupTexts.isEmpty())
        return insufficient(s("customGroupID list is empty"));
    QList<qint64> groups;
    bool allComputers = false;
    for (const QString &g : groupTexts) {
        if (!isNumeric(g))
            return invalid(s("Invalid customGroupID: %1").arg(g));
        const int index = fleet.groupIndexById(g.toLongLong());
        // A group the user cannot see is an authorisation failure, as the guide's 403 describes.
        if (index < 0 || !fleet.groups().at(index).containsComputers())
            return w.dcapiError(403, s("UAC_UNAUTHORIZED"), s("The user is not authorized to perform this operation!"));
        allComputers = allComputers || fleet.groups().at(index).kind == CustomGroup::Kind::AllComputers;
        if (!groups.contains(g.toLongLong()))
            groups << g.toLongLong();
    }
    if (allComputers && groups.size() > 1)
        return invalid(s("All Computer Groups cannot be selected with other Custom Groups"));

    const qint64 now = m_ctx.clock.nowMs();
    for (const Entry &e : std::as_const(entries)) {
        if (fleet.patches().at(e.patch).platform == 3)
            continue; // "Linux patches were automatically excluded"
        fleet.setApproval(e.patch, 212, s("admin"), now);
        PatchDecline d;
        d.groupIds = groups;
        d.reasonId = e.reason;
        d.remarks = e.remarks;
        d.declinedMs = now;
        fleet.patch(e.patch).declines.append(d);
    }
    return w.json(200, QJsonObject{{s("message"), s("Patches declined successfully")}, {s("status"), s("success")}});
}

} // namespace pmp::sim
