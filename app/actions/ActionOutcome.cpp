#include "ActionOutcome.h"

namespace pmp::actions {

using pmp::api::ApiError;
using pmp::api::OperationId;

ActionOutcome::Outcome ActionOutcome::outcomeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return Outcome::Succeeded;
    case ApiError::Kind::OutcomeUnknown:
        return Outcome::OutcomeUnknown;
    case ApiError::Kind::Validation:
    case ApiError::Kind::Cancelled: // the transport reports a write cancelled on the wire as OutcomeUnknown
        return Outcome::Refused;
    default:
        return Outcome::Failed;
    }
}

QString ActionOutcome::whereToCheck(OperationId operation)
{
    switch (operation) {
    case OperationId::InstallMissingPatches:
    case OperationId::InstallPatchesOnSystems:
    case OperationId::InstallPatchesOnAllSystems:
    case OperationId::UninstallPatches:
        return tr("Deployment › Configurations");
    case OperationId::ApprovePatches:
    case OperationId::UnapprovePatches:
    case OperationId::DeclinePatches:
    case OperationId::DeclinePatchesLegacy:
        return tr("the Approval column of Patches › Applicable patches");
    case OperationId::ScanComputers:
    case OperationId::ScanAllComputers:
        return tr("Systems and health › Scan status");
    case OperationId::InstallAgent:
    case OperationId::UninstallAgent:
    case OperationId::RemoveComputers:
        return tr("Fleet › Computers");
    case OperationId::CreateApdTask:
    case OperationId::ModifyApdTask:
    case OperationId::DeleteApdTask:
    case OperationId::SuspendApdTask:
    case OperationId::ResumeApdTask:
        return tr("the Automatic Patch Deployment page of the Patch Manager Plus web console");
    default:
        return tr("the server");
    }
}

QString ActionOutcome::describe(Outcome outcome, OperationId operation, const QString &serverText,
                                const ApiError &error)
{
    switch (outcome) {
    case Outcome::Succeeded: {
        const QString done = serverText.trimmed().isEmpty()
                                 ? tr("Done: the server accepted the request.")
                                 : tr("Done: the server answered “%1”.").arg(serverText.trimmed());
        switch (operation) {
        case OperationId::InstallMissingPatches:
        case OperationId::InstallPatchesOnSystems:
        case OperationId::InstallPatchesOnAllSystems:
        case OperationId::UninstallPatches:
            // The answer carries no id (Q50): say where the configuration is.
            return tr("%1 Follow the configuration in Deployment › Configurations.").arg(done);
        default:
            return done;
        }
    }
    case Outcome::OutcomeUnknown:
        return tr("Outcome unknown — the connection was lost after the request was sent, so the server may or "
                  "may not have carried it out. Check %1 before trying again. PatchDeck does not send it again.")
            .arg(whereToCheck(operation));
    case Outcome::Failed:
        return tr("Not done: %1").arg(error.message());
    case Outcome::Refused:
        return tr("Not sent: %1").arg(error.message());
    case Outcome::Pending:
        return tr("Waiting for the server…");
    }
    return {};
}

} // namespace pmp::actions
