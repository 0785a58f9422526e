#include "DeploymentOptions.h"

namespace pmp::api {

bool DeploymentOptions::isValid(DeploymentAction action)
{
    switch (action) {
    case DeploymentAction::Deploy:
    case DeploymentAction::DeployImmediately:
    case DeploymentAction::Draft:
        return true;
    }
    return false;
}

bool DeploymentOptions::isValid(ForceRebootOption option)
{
    const int v = int(option);
    return v >= 0 && v <= 2;
}

QString DeploymentOptions::wireName(DeploymentAction action)
{
    switch (action) {
    case DeploymentAction::Deploy:
        return QStringLiteral("Deploy");
    case DeploymentAction::DeployImmediately:
        return QStringLiteral("Deploy Immediately");
    case DeploymentAction::Draft:
        return QStringLiteral("Draft");
    }
    return {};
}

QString DeploymentOptions::summaryClause(DeploymentAction action)
{
    switch (action) {
    case DeploymentAction::Deploy:
        return tr("deploy when the agents next contact the server");
    case DeploymentAction::DeployImmediately:
        return tr("deploy immediately");
    case DeploymentAction::Draft:
        return tr("save as draft");
    }
    return {};
}

QString DeploymentOptions::summaryClause(ForceRebootOption option)
{
    switch (option) {
    case ForceRebootOption::NotConfigured:
        return {};
    case ForceRebootOption::WithinWindow:
        return tr("force reboot within the deployment window");
    case ForceRebootOption::OutsideWindow:
        return tr("force reboot outside the deployment window");
    }
    return {};
}

} // namespace pmp::api
