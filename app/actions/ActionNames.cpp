#include "ActionNames.h"

namespace pmp::actions {

using pmp::api::OperationId;

QString ActionNames::title(OperationId operation)
{
    switch (operation) {
    case OperationId::InstallMissingPatches:
        return tr("Install all missing patches");
    case OperationId::InstallPatchesOnSystems:
        return tr("Install patches on chosen computers");
    case OperationId::InstallPatchesOnAllSystems:
        return tr("Install patches on all computers");
    case OperationId::UninstallPatches:
        return tr("Uninstall patches");
    case OperationId::ScanComputers:
        return tr("Scan computers");
    case OperationId::ScanAllComputers:
        return tr("Scan all computers");
    case OperationId::ApprovePatches:
        return tr("Approve patches");
    case OperationId::UnapprovePatches:
        return tr("Unapprove patches");
    case OperationId::ModifyApdTask:
        return tr("Change automatic deployment task");
    case OperationId::DeleteApdTask:
        return tr("Delete automatic deployment task");
    case OperationId::CreateApdTask:
        return tr("Create automatic deployment task");
    case OperationId::SuspendApdTask:
        return tr("Suspend automatic deployment task");
    case OperationId::ResumeApdTask:
        return tr("Resume automatic deployment task");
    case OperationId::DeclinePatchesLegacy:
        return tr("Decline patches (deprecated operation)");
    case OperationId::DeclinePatches:
        return tr("Decline patches");
    case OperationId::UninstallAgent:
        return tr("Uninstall agent");
    case OperationId::InstallAgent:
        return tr("Install agent");
    case OperationId::RemoveComputers:
        return tr("Remove computers");
    default:
        return {};
    }
}

QString ActionNames::sendLabel(OperationId operation)
{
    switch (operation) {
    case OperationId::InstallMissingPatches:
    case OperationId::InstallPatchesOnSystems:
    case OperationId::InstallPatchesOnAllSystems:
        return tr("Install");
    case OperationId::UninstallPatches:
        return tr("Uninstall patches");
    case OperationId::ScanComputers:
    case OperationId::ScanAllComputers:
        return tr("Start scan");
    case OperationId::ApprovePatches:
        return tr("Approve");
    case OperationId::UnapprovePatches:
        return tr("Unapprove");
    case OperationId::ModifyApdTask:
        return tr("Save changes");
    case OperationId::DeleteApdTask:
        return tr("Delete task");
    case OperationId::CreateApdTask:
        return tr("Create task");
    case OperationId::SuspendApdTask:
        return tr("Suspend task");
    case OperationId::ResumeApdTask:
        return tr("Resume task");
    case OperationId::DeclinePatchesLegacy:
    case OperationId::DeclinePatches:
        return tr("Decline");
    case OperationId::UninstallAgent:
        return tr("Uninstall agent");
    case OperationId::InstallAgent:
        return tr("Install agent");
    case OperationId::RemoveComputers:
        return tr("Remove computers");
    default:
        return tr("Send");
    }
}

QList<OperationId> ActionNames::writeOperations()
{
    return {OperationId::InstallMissingPatches,
            OperationId::InstallPatchesOnSystems,
            OperationId::InstallPatchesOnAllSystems,
            OperationId::UninstallPatches,
            OperationId::ApprovePatches,
            OperationId::UnapprovePatches,
            OperationId::DeclinePatches,
            OperationId::DeclinePatchesLegacy,
            OperationId::ScanComputers,
            OperationId::ScanAllComputers,
            OperationId::InstallAgent,
            OperationId::UninstallAgent,
            OperationId::RemoveComputers,
            OperationId::CreateApdTask,
            OperationId::ModifyApdTask,
            OperationId::SuspendApdTask,
            OperationId::ResumeApdTask,
            OperationId::DeleteApdTask};
}

} // namespace pmp::actions
