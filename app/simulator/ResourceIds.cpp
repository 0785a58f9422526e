#include "ResourceIds.h"

#include "JsonBody.h"
#include "Latin1.h"

namespace pmp::sim {

std::optional<SimResponse> readResourceIds(SimContext &ctx, const api::Operation &op, const SimRequest &request,
                                           QList<qint64> *ids)
{
    QString error;
    const auto body = JsonBody::object(request, &error);
    if (!body)
        return ctx.writer.legacyError(&op, 400, s("INVALID_JSON"), error);
    if (!body->contains(s("resourceids")))
        return ctx.writer.legacyError(&op, 400, s("MISSING_PARAMETER"), s("resourceids is mandatory"));
    if (!JsonBody::idList(body->value(s("resourceids")), ids, &error, s("resourceids")))
        return ctx.writer.legacyError(&op, 400, s("INVALID_PARAMETER"), error);
    if (ids->isEmpty())
        return ctx.writer.legacyError(&op, 400, s("MISSING_PARAMETER"), s("resourceids is empty"));
    QStringList unknown;
    for (qint64 id : std::as_const(*ids))
        if (ctx.fleet.computerIndex(id) < 0)
            unknown << QString::number(id);
    if (!unknown.isEmpty())
        return ctx.writer.legacyError(&op, 400, s("RESOURCE_NOT_FOUND"),
                                      s("Unknown resource id(s): ") + unknown.join(s(", ")));
    return std::nullopt;
}

} // namespace pmp::sim
