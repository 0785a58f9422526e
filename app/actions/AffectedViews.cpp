#include "AffectedViews.h"

#include "api/requests/InstallPatchesRequest.h"
#include "api/requests/UninstallPatchesRequest.h"

namespace pmp::actions {

using pmp::api::OperationId;

namespace {

QStringList patchLists()
{
    return {QStringLiteral("missing-patches"), QStringLiteral("installed-patches"), QStringLiteral("patches"),
            QStringLiteral("supported-patches"), QStringLiteral("threat-patches")};
}

QStringList computerLists()
{
    return {QStringLiteral("computers"), QStringLiteral("systems"), QStringLiteral("scan-status")};
}

} // namespace

QStringList AffectedViews::forOperation(OperationId operation)
{
    QStringList views;
    switch (operation) {
    case OperationId::InstallMissingPatches:
    case OperationId::InstallPatchesOnSystems:
    case OperationId::InstallPatchesOnAllSystems:
    case OperationId::UninstallPatches:
        views << QStringLiteral("configurations") << patchLists() << QStringLiteral("patch-status")
              << QStringLiteral("systems") << QStringLiteral("threat-systems");
        break;
    case OperationId::ScanComputers:
    case OperationId::ScanAllComputers:
        views << QStringLiteral("scan-status") << QStringLiteral("systems");
        break;
    case OperationId::ApprovePatches:
    case OperationId::UnapprovePatches:
        views << patchLists() << QStringLiteral("patch-status");
        break;
    case OperationId::DeclinePatches:
    case OperationId::DeclinePatchesLegacy:
        // A declined patch no longer counts as missing nor for system health.
        views << patchLists() << QStringLiteral("patch-status") << QStringLiteral("systems");
        break;
    case OperationId::InstallAgent:
    case OperationId::UninstallAgent:
        views << computerLists();
        break;
    case OperationId::RemoveComputers:
        views << computerLists() << QStringLiteral("patch-status") << QStringLiteral("remote-offices")
              << QStringLiteral("threat-systems");
        break;
    case OperationId::CreateApdTask:
    case OperationId::ModifyApdTask:
    case OperationId::DeleteApdTask:
    case OperationId::SuspendApdTask:
    case OperationId::ResumeApdTask:
        views << apdTasksPage();
        break;
    default:
        break;
    }
    views << journalPage();
    return views;
}

QStringList AffectedViews::forRequest(const pmp::api::WriteRequest &request)
{
    bool draft = false;
    if (const auto *install = dynamic_cast<const pmp::api::InstallPatchesRequest *>(&request))
        draft = install->action() == pmp::api::DeploymentAction::Draft;
    else if (const auto *uninstall = dynamic_cast<const pmp::api::UninstallPatchesRequest *>(&request))
        draft = uninstall->action() == pmp::api::DeploymentAction::Draft;
    if (draft)
        return {QStringLiteral("configurations"), journalPage()};
    return forOperation(request.operation());
}

} // namespace pmp::actions
