#pragma once

#include <QCoreApplication>
#include <QString>

namespace pmp::api {

// What installpatch/uninstallpatch do with the configuration once it is saved (`actionToPerform`).
enum class DeploymentAction
{
    Deploy,            // "Deploy": starts when each agent next contacts the server
    DeployImmediately, // "Deploy Immediately": without waiting for agent contact
    Draft,             // "Draft": saved, nothing runs (the console's default: nothing happens by accident)
};

// installpatch `forceRebootOption` and the APD `deadlineSettings.forceRebootOption` share these codes
// (0 is "Not configured" in one and "Disable force reboot" in the other: the same thing).
enum class ForceRebootOption : int
{
    NotConfigured = 0,
    WithinWindow = 1,  // within the deployment/reboot window
    OutsideWindow = 2, // outside the deployment/reboot window
};

// Names and plain-language phrases for the two enums, shared by the requests that send them.
class DeploymentOptions
{
    Q_DECLARE_TR_FUNCTIONS(pmp::api::DeploymentOptions)

public:
    static bool isValid(DeploymentAction action);
    static bool isValid(ForceRebootOption option);
    // The literal the API expects ("Deploy", "Deploy Immediately", "Draft"); empty when out of range.
    static QString wireName(DeploymentAction action);
    // "deploy immediately", "save as draft": a clause of a summary.
    static QString summaryClause(DeploymentAction action);
    // "force reboot outside the deployment window"; empty for NotConfigured.
    static QString summaryClause(ForceRebootOption option);
};

} // namespace pmp::api
