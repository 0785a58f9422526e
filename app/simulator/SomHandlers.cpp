#include "SomHandlers.h"
#include "Latin1.h"

#include "ComputerRows.h"
#include "ListPaging.h"
#include "QueryFilters.h"
#include "ResourceIds.h"

#include <QJsonArray>

namespace pmp::sim {

using api::OperationId;

SimResponse SomHandlers::handle(const api::Operation &op, const SimRequest &request)
{
    switch (op.id) {
    case OperationId::Computers:
        return computers(op, request);
    case OperationId::RemoteOffices:
        return remoteOffices(op, request);
    case OperationId::SomSummary:
        return summary(op);
    case OperationId::ServerProperties:
        return serverProperties(op);
    case OperationId::UninstallAgent:
    case OperationId::InstallAgent:
    case OperationId::RemoveComputers:
        return action(op, request);
    default:
        return m_ctx.writer.legacyError(&op, 500, s("INTERNAL_ERROR"), s("Operation not handled here"));
    }
}

SimResponse SomHandlers::computers(const api::Operation &op, const SimRequest &request)
{
    const FleetState &fleet = m_ctx.fleet;
    PageWindow window;
    QString error;
    std::optional<int> platform, install, live;
    std::optional<qint64> resid;
    if (!ListPaging::read(op, request, m_ctx.writer.quirks(), &window, &error) ||
        !QueryFilters::intParam(request, s("platformfilter"), {0, 1, 2, 3}, &platform, &error) ||
        !QueryFilters::intParam(request, s("installstatusfilter"), {21, 22, 23, 31, 29}, &install, &error) ||
        !QueryFilters::intParam(request, s("liveStatusfilter"), {1, 2, 3}, &live, &error) ||
        !QueryFilters::idParam(request, s("residfilter"), &resid, &error))
        return m_ctx.writer.legacyError(&op, 400, s("INVALID_PARAMETER"), error);
    int contactBucket = -1;
    if (request.hasParam(s("agentcontactfilter"))) {
        const QString v = request.param(s("agentcontactfilter")).trimmed();
        for (int b = 0; b < 5; ++b)
            if (ComputerRows::contactBucketKey(b) == v)
                contactBucket = b;
        if (contactBucket < 0)
            return m_ctx.writer.legacyError(
                &op, 400, s("INVALID_PARAMETER"),
                s("agentcontactfilter must be equal_3_day, 4_day_to_7_day, 8_day_to_15_day, "
                  "16_day_to_30_day or greater_30_day, got '%1'")
                    .arg(v));
    }
    const QueryFilters::Scope scope = QueryFilters::scope(fleet, request, false);
    const QString fqdn = request.param(s("fqdnfilter")).trimmed();
    const QString name = request.param(s("computernamefilter")).trimmed();
    const QString search = request.param(s("searchcomputerfilter")).trimmed();
    const QString tag = request.param(s("servicetagfilter")).trimmed();
    const qint64 now = m_ctx.clock.nowMs();

    QList<int> matches;
    for (int c = 0; c < fleet.computers().size(); ++c) {
        const Computer &comp = fleet.computers().at(c);
        if (comp.removed || !scope.contains(fleet, c))
            continue;
        if ((platform && fleet.osProfiles().at(comp.os).platform != *platform) ||
            (install && comp.installationStatus != *install) || (live && comp.liveStatus != *live) ||
            (resid && comp.id != *resid))
            continue;
        if ((!name.isEmpty() && !QueryFilters::sameText(comp.name, name)) ||
            (!search.isEmpty() && !QueryFilters::containsText(comp.name, search)) ||
            (!fqdn.isEmpty() && !QueryFilters::sameText(fleet.fqdn(c), fqdn)) ||
            (!tag.isEmpty() && !QueryFilters::sameText(fleet.serviceTag(c), tag)))
            continue;
        if (contactBucket >= 0 && ComputerRows::contactBucket(comp.lastContactMs, now) != contactBucket)
            continue;
        matches << c;
    }
    const QJsonArray rows = ListPaging::slice(matches, window, [&](int c) { return ComputerRows::computer(fleet, c); });
    return m_ctx.writer.listEnvelope(op, rows, matches.size(), window.size, window.page);
}

SimResponse SomHandlers::remoteOffices(const api::Operation &op, const SimRequest &request)
{
    const FleetState &fleet = m_ctx.fleet;
    PageWindow window;
    QString error;
    if (!ListPaging::read(op, request, m_ctx.writer.quirks(), &window, &error))
        return m_ctx.writer.legacyError(&op, 400, s("INVALID_PARAMETER"), error);
    QList<int> managed(fleet.offices().size(), 0);
    for (const Computer &c : fleet.computers())
        if (!c.removed && c.agentInstalled())
            ++managed[c.office];
    QList<int> all;
    for (int o = 0; o < fleet.offices().size(); ++o)
        all << o;
    const QJsonArray rows =
        ListPaging::slice(all, window, [&](int o) { return ComputerRows::remoteOffice(fleet, o, managed.at(o)); });
    return m_ctx.writer.listEnvelope(op, rows, all.size(), window.size, window.page);
}

SimResponse SomHandlers::summary(const api::Operation &op)
{
    const FleetState &fleet = m_ctx.fleet;
    const qint64 now = m_ctx.clock.nowMs();
    int buckets[5] = {};
    int installed = 0, yetToInstall = 0, installFailed = 0, uninstalled = 0, uninstallFailed = 0, total = 0;
    int live = 0, down = 0, unknown = 0;
    for (const Computer &c : fleet.computers()) {
        if (c.removed)
            continue;
        ++total;
        const int b = ComputerRows::contactBucket(c.lastContactMs, now);
        if (b >= 0)
            ++buckets[b];
        switch (c.installationStatus) {
        case 22:
            ++installed;
            break;
        case 21:
            ++yetToInstall;
            break;
        case 29:
            ++installFailed;
            break;
        case 23:
            ++uninstalled;
            break;
        case 31:
            ++uninstallFailed;
            break;
        default:
            break;
        }
        switch (c.liveStatus) {
        case 1:
            ++live;
            break;
        case 2:
            ++down;
            break;
        default:
            ++unknown;
            break;
        }
    }
    QJsonObject contact;
    for (int b = 0; b < 5; ++b)
        contact.insert(ComputerRows::contactBucketKey(b), buckets[b]);
    const QJsonObject summary{
        {s("last_contact_time_summary"), contact},
        {s("installation_status_summary"), QJsonObject{{s("installed"), installed},
                                                       {s("yet_to_install"), yetToInstall},
                                                       {s("installation_failed"), installFailed},
                                                       {s("uninstalled"), uninstalled},
                                                       {s("uninstallation_failed"), uninstallFailed},
                                                       {s("total"), total}}},
        {s("live_status_summary"), QJsonObject{{s("live"), live}, {s("down"), down}, {s("unknown"), unknown}}},
    };
    return m_ctx.writer.envelope(op, QJsonObject{{op.resultKey, summary}});
}

SimResponse SomHandlers::action(const api::Operation &op, const SimRequest &request)
{
    FleetState &fleet = m_ctx.fleet;
    QList<qint64> ids;
    if (auto refused = readResourceIds(m_ctx, op, request, &ids))
        return *refused;

    const qint64 now = m_ctx.clock.nowMs();
    QString status;
    if (op.id == OperationId::RemoveComputers) {
        for (qint64 id : std::as_const(ids))
            fleet.removeComputer(fleet.computerIndex(id));
        status = s("Computer Removal initiated successfully");
    } else if (op.id == OperationId::InstallAgent) {
        for (qint64 id : std::as_const(ids)) {
            Computer &c = fleet.computer(fleet.computerIndex(id));
            if (c.installationStatus == 22)
                continue;
            c.previousInstallationStatus = c.installationStatus;
            c.installationStatus = 21; // yet to install until the agent reports back
            c.agentExecutedMs = now;
            c.statusUpdateMs = now;
        }
        m_ctx.scheduler.after(m_ctx.deployDelayMs, [this, ids] {
            FleetState &f = m_ctx.fleet;
            const qint64 when = m_ctx.clock.nowMs();
            for (qint64 id : ids) {
                const int index = f.computerIndex(id);
                if (index < 0 || f.computers().at(index).installationStatus != 21)
                    continue;
                Computer &c = f.computer(index);
                c.installationStatus = 22;
                c.agentInstalledMs = when;
                c.agentUninstalledMs = -1;
                c.lastContactMs = when;
                c.lastBootMs = std::max(c.lastBootMs, when - 3600 * 1000);
                c.liveStatus = 1;
                c.managedStatus = 61;
                c.statusUpdateMs = when;
                f.markScanned(index, when); // the first scan follows the agent installation
            }
        });
        status = s("Installation initiated successfully");
    } else {
        for (qint64 id : std::as_const(ids)) {
            Computer &c = fleet.computer(fleet.computerIndex(id));
            if (!c.agentInstalled())
                continue;
            c.previousInstallationStatus = c.installationStatus;
            c.installationStatus = 24; // yet to uninstall
            c.statusUpdateMs = now;
        }
        m_ctx.scheduler.after(m_ctx.deployDelayMs, [this, ids] {
            FleetState &f = m_ctx.fleet;
            const qint64 when = m_ctx.clock.nowMs();
            for (qint64 id : ids) {
                const int index = f.computerIndex(id);
                if (index < 0 || f.computers().at(index).installationStatus != 24)
                    continue;
                Computer &c = f.computer(index);
                c.installationStatus = 23;
                c.agentUninstalledMs = when;
                c.liveStatus = 2;
                c.statusUpdateMs = when;
            }
        });
        status = s("UnInstallation initiated successfully");
    }
    return m_ctx.writer.envelope(op, QJsonObject{{op.resultKey, QJsonObject{{s("Status"), status}}}});
}

SimResponse SomHandlers::serverProperties(const api::Operation &op)
{
    const FleetState &fleet = m_ctx.fleet;
    QJsonArray offices, domains, groups;
    for (const RemoteOffice &o : fleet.offices())
        offices.append(o.name);
    for (const QString &d : fleet.domains())
        domains.append(d);
    for (const CustomGroup &g : fleet.groups())
        groups.append(g.name);
    return m_ctx.writer.envelope(op, QJsonObject{{op.resultKey, QJsonObject{{s("branch_offices"), offices},
                                                                            {s("domains"), domains},
                                                                            {s("custom_groups"), groups}}}});
}

} // namespace pmp::sim
