#include "CodeTable.h"

#include <QCoreApplication>

namespace pmp::models {

namespace {
} // namespace

QString CodeTable::label(CodeKind kind, qint64 code)
{
    switch (kind) {
    case CodeKind::None:
        return {};
    case CodeKind::Severity:
        switch (code) {
        case 0:
            return CodeTable::tr("Unrated");
        case 1:
            return CodeTable::tr("Low");
        case 2:
            return CodeTable::tr("Moderate");
        case 3:
            return CodeTable::tr("Important");
        case 4:
            return CodeTable::tr("Critical");
        }
        break;
    case CodeKind::ApprovalStatus:
        switch (code) {
        case 211:
            return CodeTable::tr("Approved");
        case 0:
            return CodeTable::tr("Not approved");
        case 212:
            return CodeTable::tr("Declined");
        }
        break;
    case CodeKind::PatchStatus:
        switch (code) {
        case 201:
            return CodeTable::tr("Installed");
        case 202:
            return CodeTable::tr("Missing");
        case 203:
        case 206:
            return CodeTable::tr("Failed");
        }
        break;
    case CodeKind::Health:
        switch (code) {
        case 0:
            return CodeTable::tr("Unknown");
        case 1:
            return CodeTable::tr("Healthy");
        case 2:
            return CodeTable::tr("Vulnerable");
        case 3:
            return CodeTable::tr("Highly vulnerable");
        }
        break;
    case CodeKind::ScanStatus:
        switch (code) {
        case 226:
            return CodeTable::tr("Failed");
        case 227:
            return CodeTable::tr("In progress");
        case 228:
            return CodeTable::tr("Success");
        case 229:
            return CodeTable::tr("Not scanned");
        }
        break;
    case CodeKind::LiveStatus:
        switch (code) {
        case 1:
            return CodeTable::tr("Live");
        case 2:
            return CodeTable::tr("Down");
        case 3:
            return CodeTable::tr("Unknown");
        }
        break;
    case CodeKind::AgentInstallStatus:
        switch (code) {
        case 21:
            return CodeTable::tr("Yet to install");
        case 22:
            return CodeTable::tr("Installed");
        case 23:
            return CodeTable::tr("Uninstalled");
        case 24:
            return CodeTable::tr("Yet to uninstall");
        case 29:
            return CodeTable::tr("Installation failed");
        case 31:
            return CodeTable::tr("Uninstallation failed");
        }
        break;
    case CodeKind::Platform:
        switch (code) {
        case 0:
            return CodeTable::tr("Unknown");
        case 1:
            return CodeTable::tr("Windows");
        case 2:
            return CodeTable::tr("macOS");
        case 3:
            return CodeTable::tr("Linux");
        }
        break;
    case CodeKind::ManagedStatus:
        switch (code) {
        case 61:
            return CodeTable::tr("Managed");
        case 62:
            return CodeTable::tr("Not managed");
        case 65:
            return CodeTable::tr("Managed by SDP");
        case 68:
            return CodeTable::tr("Inactive");
        }
        break;
    case CodeKind::DownloadStatus:
        return code == 221 ? CodeTable::tr("Downloaded") : CodeTable::tr("Yet to download");
    case CodeKind::RebootRequired:
        switch (code) {
        case 0:
            return CodeTable::tr("Not required");
        case 1:
            return CodeTable::tr("Required");
        }
        break;
    case CodeKind::UninstallSupport:
        switch (code) {
        case 0:
            return CodeTable::tr("Not supported");
        case 1:
            return CodeTable::tr("Supported");
        }
        break;
    case CodeKind::DistributionServerStatus:
        switch (code) {
        case 21:
            return CodeTable::tr("Yet to install");
        case 22:
            return CodeTable::tr("Installed");
        case 23:
            return CodeTable::tr("Uninstalled");
        case 29:
            return CodeTable::tr("Installation failed");
        }
        break;
    case CodeKind::DeploymentType:
        switch (code) {
        case 0:
            return CodeTable::tr("Deploy");
        case 1:
            return CodeTable::tr("Self-service portal");
        case 2:
            return CodeTable::tr("Deploy and self-service portal");
        }
        break;
    }
    return {};
}

std::optional<qint64> CodeTable::codeForName(CodeKind kind, const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty())
        return std::nullopt;
    switch (kind) {
    case CodeKind::Severity:
        if (n == QLatin1String("unrated"))
            return 0;
        if (n == QLatin1String("low"))
            return 1;
        if (n == QLatin1String("moderate"))
            return 2;
        if (n == QLatin1String("important"))
            return 3;
        if (n == QLatin1String("critical"))
            return 4;
        break;
    case CodeKind::ApprovalStatus:
        if (n == QLatin1String("approved"))
            return 211;
        if (n == QLatin1String("unapproved") || n == QLatin1String("not approved"))
            return 0;
        if (n == QLatin1String("declined"))
            return 212;
        break;
    case CodeKind::PatchStatus:
        if (n == QLatin1String("installed"))
            return 201;
        if (n == QLatin1String("missing"))
            return 202;
        if (n == QLatin1String("failed"))
            return 206;
        break;
    case CodeKind::Platform:
        if (n == QLatin1String("windows"))
            return 1;
        if (n == QLatin1String("mac") || n == QLatin1String("macos"))
            return 2;
        if (n == QLatin1String("linux"))
            return 3;
        break;
    default:
        break;
    }
    return std::nullopt;
}

int CodeTable::sortWeight(CodeKind kind, qint64 code)
{
    switch (kind) {
    case CodeKind::ApprovalStatus:
        return code == 211 ? 2 : code == 212 ? 0 : 1;
    case CodeKind::Health:
        return int(code); // 0 unknown < healthy < vulnerable < highly vulnerable
    default:
        return int(qBound(qint64(-1000000), code, qint64(1000000)));
    }
}

} // namespace pmp::models
