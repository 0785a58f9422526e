#include "AffectedViews.h"

#include "api/requests/InstallPatchesRequest.h"
#include "api/requests/UninstallPatchesRequest.h"
#include "models/ViewCatalogue.h"

namespace pmp::actions {

using pmp::api::OperationId;

namespace {

// What each write changes on the server; every view showing any of it is stale after the write.
models::ViewFacets changedBy(OperationId operation)
{
    using models::ViewFacet;
    switch (operation) {
    case OperationId::InstallMissingPatches:
    case OperationId::InstallPatchesOnSystems:
    case OperationId::InstallPatchesOnAllSystems:
    case OperationId::UninstallPatches:
        return ViewFacet::PatchStates | ViewFacet::Configurations | ViewFacet::Health;
    case OperationId::ScanComputers:
    case OperationId::ScanAllComputers:
        return ViewFacet::Scans;
    case OperationId::ApprovePatches:
    case OperationId::UnapprovePatches:
        return ViewFacet::Approvals;
    case OperationId::DeclinePatches:
    case OperationId::DeclinePatchesLegacy:
        // A declined patch no longer counts as missing nor for system health.
        return ViewFacet::Approvals | ViewFacet::PatchStates | ViewFacet::Health;
    case OperationId::InstallAgent:
    case OperationId::UninstallAgent:
        return ViewFacet::Agents;
    case OperationId::RemoveComputers:
        return ViewFacet::Membership;
    default:
        return {};
    }
}

QStringList viewsShowing(models::ViewFacets facets)
{
    QStringList views;
    for (const models::ViewSpec &view : models::ViewCatalogue::all())
        if (view.isPage && (view.facets & facets))
            views << view.id;
    return views;
}

} // namespace

QStringList AffectedViews::forOperation(OperationId operation)
{
    QStringList views = viewsShowing(changedBy(operation));
    switch (operation) {
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
        return viewsShowing(models::ViewFacet::Configurations) << journalPage();
    return forOperation(request.operation());
}

} // namespace pmp::actions
