#include "ConfirmationRule.h"

#include "api/WriteRequest.h"

namespace pmp::actions {

using pmp::api::OperationId;

ConfirmationRequirement ConfirmationRule::forRequest(const pmp::api::WriteRequest &request)
{
    const int count = request.targetCount();
    switch (request.operation()) {
    case OperationId::RemoveComputers:
        return {QStringLiteral("REMOVE"),
                tr("Removed computers are no longer managed; bringing them back means reinstalling the agent.")};
    case OperationId::UninstallAgent:
        return {QStringLiteral("UNINSTALL"),
                tr("Without the agent these computers receive no patches and report nothing until it is "
                   "reinstalled.")};
    case OperationId::UninstallPatches:
        return {QStringLiteral("UNINSTALL"),
                tr("Uninstalling patches reopens the vulnerabilities they fixed, on every computer that has them.")};
    case OperationId::DeleteApdTask:
        return {QStringLiteral("DELETE"), tr("A deleted task cannot be restored; it must be created again.")};
    default:
        break;
    }
    if (request.isDestructive())
        return {QStringLiteral("CONFIRM"), tr("This action cannot be undone from PatchDeck.")};
    if (count < 0)
        return {QStringLiteral("ALL"), tr("This action reaches every managed computer.")};
    if (count > WideTargetCount)
        return {QString::number(count), tr("This action reaches %n targets.", nullptr, count)};
    return {};
}

bool ConfirmationRule::isSatisfied(const ConfirmationRequirement &requirement, const QString &typed)
{
    if (!requirement.isRequired())
        return true;
    return typed.trimmed() == requirement.phrase;
}

} // namespace pmp::actions
