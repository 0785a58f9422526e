#include "ViewCatalogue.h"

#include <QCoreApplication>

namespace pmp::models {

using pmp::api::OperationId;
using C = ColumnSpec;

namespace {

// Header texts are translated in the "pmp::models::Columns" context when shown.
#define H(text) QStringLiteral(QT_TRANSLATE_NOOP("pmp::models::Columns", text))

QList<ViewSpec> build()
{
    QList<ViewSpec> views;

    views.append({QStringLiteral("computers"), QStringLiteral("Computers"), OperationId::Computers,
                  {C::text(QStringLiteral("resource_name"), H("Name")),
                   C::text(QStringLiteral("domain_netbios_name"), H("Domain")),
                   C::code(QStringLiteral("os_platform"), H("Platform"), CodeKind::Platform),
                   C::text(QStringLiteral("os_name"), H("Operating system")),
                   C::text(QStringLiteral("ip_address"), H("IP address")),
                   C::text(QStringLiteral("branch_office_name"), H("Remote office")),
                   C::code(QStringLiteral("computer_live_status"), H("Live status"), CodeKind::LiveStatus),
                   C::code(QStringLiteral("installation_status"), H("Agent"), CodeKind::AgentInstallStatus),
                   C::text(QStringLiteral("agent_version"), H("Agent version")),
                   C::time(QStringLiteral("agent_last_contact_time"), H("Last contact")),
                   C::text(QStringLiteral("agent_logged_on_users"), H("Logged-on users")),
                   C::text(QStringLiteral("fqdn_name"), H("FQDN")).hidden(),
                   C::text(QStringLiteral("mac_address"), H("MAC address")).hidden(),
                   C::text(QStringLiteral("service_pack"), H("Service pack")).hidden(),
                   C::text(QStringLiteral("os_version"), H("OS version")).hidden(),
                   C::code(QStringLiteral("managed_status"), H("Managed"), CodeKind::ManagedStatus).hidden(),
                   C::time(QStringLiteral("agent_installed_on"), H("Agent installed")).hidden(),
                   C::time(QStringLiteral("agent_last_bootup_time"), H("Last boot")).hidden(),
                   C::time(QStringLiteral("last_sync_time"), H("Last sync")).hidden(),
                   C::text(QStringLiteral("remarks"), H("Remarks")).hidden(),
                   C::text(QStringLiteral("customer_name"), H("Customer")).hidden(),
                   C::integer(QStringLiteral("resource_id"), H("Resource ID")).hidden()},
                  QStringLiteral("resource_id"), QStringLiteral("computer"), QStringLiteral("computers"), {}});
    return views;
}

#undef H

} // namespace

const QList<ViewSpec> &ViewCatalogue::all()
{
    static const QList<ViewSpec> views = build();
    return views;
}

const ViewSpec *ViewCatalogue::byId(const QString &id)
{
    for (const ViewSpec &v : all())
        if (v.id == id)
            return &v;
    return nullptr;
}

} // namespace pmp::models
