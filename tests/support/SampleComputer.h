#pragma once

#include "api/Record.h"

#include <QJsonObject>

namespace pmp::test {

// A computer as the API serves it: dotted keys, numbers as strings, epoch times, i18n keys, placeholders.
inline pmp::api::Record sampleComputer(int i)
{
    return pmp::api::Record(QJsonObject{
        {QStringLiteral("resource_id"), QString::number(300000 + i)},
        {QStringLiteral("resource.name"), QStringLiteral("PC-%1").arg(i, 6, 10, QLatin1Char('0'))},
        {QStringLiteral("domain_netbios_name"), QStringLiteral("CORP")},
        {QStringLiteral("os_name"), QStringLiteral("Windows 11 Professional Edition (x64)")},
        {QStringLiteral("os_platform_name"), QStringLiteral("Windows")},
        {QStringLiteral("ip_address"), QStringLiteral("10.%1.%2.%3").arg(i / 65536).arg((i / 256) % 256).arg(i % 256)},
        {QStringLiteral("mac_address"), QStringLiteral("00:1A:2B:%1").arg(i, 6, 16, QLatin1Char('0'))},
        {QStringLiteral("agent_version"), QStringLiteral("11.3.2416.10")},
        {QStringLiteral("agent_last_contact_time"), QString::number(1732780800000LL + i * 1000LL)},
        {QStringLiteral("installation_status"), 22},
        {QStringLiteral("computer_live_status"), i % 3 == 0 ? 2 : 1},
        {QStringLiteral("branch_office_name"), i % 2 ? QStringLiteral("Zürich") : QStringLiteral("東京")},
        {QStringLiteral("customer_name"), QStringLiteral("Default Customer")},
        {QStringLiteral("resource_health_status"), QStringLiteral("dc.common.HIGHLY_VULNERABLE")},
        {QStringLiteral("description"), QStringLiteral("--")},
        {QStringLiteral("owner_email_id"), QString()},
        {QStringLiteral("missing_patches"), QString::number(i % 40)},
        {QStringLiteral("is_remote"), i % 5 == 0},
    });
}

} // namespace pmp::test
