#include "SystemHandlers.h"
#include "Latin1.h"

#include "ComputerRows.h"
#include "ListPaging.h"
#include "QueryFilters.h"
#include "ResourceIds.h"

namespace pmp::sim {

using api::OperationId;

SimResponse SystemHandlers::handle(const api::Operation &op, const SimRequest &request)
{
    switch (op.id) {
    case OperationId::AllSystems:
        return systems(op, request, false);
    case OperationId::ScanDetails:
        return systems(op, request, true);
    case OperationId::ScanComputers:
        return scan(op, request, false);
    case OperationId::ScanAllComputers:
        return scan(op, request, true);
    default:
        return m_ctx.writer.legacyError(&op, 500, s("INTERNAL_ERROR"), s("Operation not handled here"));
    }
}

SimResponse SystemHandlers::systems(const api::Operation &op, const SimRequest &request, bool scanView)
{
    const FleetState &fleet = m_ctx.fleet;
    const bool quirks = m_ctx.writer.quirks();
    PageWindow window;
    QString error;
    std::optional<int> health, agent, live, platform;
    std::optional<qint64> resid;
    bool ok = ListPaging::read(op, request, m_ctx.writer.quirks(), &window, &error) &&
              QueryFilters::intParam(request, s("healthfilter"), {0, 1, 2, 3}, &health, &error) &&
              QueryFilters::idParam(request, s("resid"), &resid, &error) &&
              QueryFilters::platformParam(request, &platform, &error);
    if (ok && scanView)
        ok = QueryFilters::intParam(request, s("agentinstallationstatusfilter"), {21, 22}, &agent, &error) &&
             QueryFilters::intParam(request, s("livestatusfilter"), {1, 2}, &live, &error);
    if (!ok)
        return m_ctx.writer.legacyError(&op, 400, s("INVALID_PARAMETER"), error);
    const QueryFilters::Scope scope = QueryFilters::scope(fleet, request);

    QList<int> matches;
    for (int c = 0; c < fleet.computers().size(); ++c) {
        const Computer &comp = fleet.computers().at(c);
        if (comp.removed || !scope.contains(fleet, c))
            continue;
        if ((health && comp.health != *health) || (resid && comp.id != *resid) ||
            (platform && fleet.osProfiles().at(comp.os).platform != *platform))
            continue;
        if (agent && (*agent == 22) != comp.agentInstalled())
            continue;
        if (live && (*live == 1) != (comp.liveStatus == 1))
            continue;
        matches << c;
    }
    const QJsonArray rows = ListPaging::slice(matches, window, [&](int c) {
        return scanView ? ComputerRows::scanDetails(fleet, c, quirks) : ComputerRows::allSystems(fleet, c, quirks);
    });
    return m_ctx.writer.listEnvelope(op, rows, matches.size(), window.size, window.page);
}

SimResponse SystemHandlers::scan(const api::Operation &op, const SimRequest &request, bool all)
{
    FleetState &fleet = m_ctx.fleet;
    QList<int> targets;
    if (all) {
        for (int c = 0; c < fleet.computers().size(); ++c)
            if (!fleet.computers().at(c).removed)
                targets << c;
    } else {
        QList<qint64> ids;
        if (auto refused = readResourceIds(m_ctx, op, request, &ids))
            return *refused;
        for (qint64 id : std::as_const(ids))
            targets << fleet.computerIndex(id);
    }
    startScan(targets);
    return m_ctx.writer.envelope(
        op, QJsonObject{{op.resultKey, QJsonObject{{s("status"), s("Scan initiated successfully")}}}});
}

void SystemHandlers::startScan(const QList<int> &computers)
{
    FleetState &fleet = m_ctx.fleet;
    QList<qint64> ids;
    const qint64 now = m_ctx.clock.nowMs();
    for (int c : computers) {
        Computer &comp = fleet.computer(c);
        if (!comp.agentInstalled())
            continue;          // nothing to scan with; the real server skips such computers as well
        comp.scanStatus = 227; // in progress
        comp.lastScanMs = now;
        comp.lastContactMs = now;
        comp.liveStatus = 1;
        ids << comp.id;
    }
    // Resolved by id later: a computer removed meanwhile is simply skipped.
    m_ctx.scheduler.after(m_ctx.deployDelayMs, [this, ids] {
        for (qint64 id : ids) {
            const int c = m_ctx.fleet.computerIndex(id);
            if (c >= 0)
                m_ctx.fleet.markScanned(c, m_ctx.clock.nowMs());
        }
    });
}

} // namespace pmp::sim
