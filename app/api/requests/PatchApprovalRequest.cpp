#include "PatchApprovalRequest.h"

#include "RequestRules.h"

namespace pmp::api {

OperationId PatchApprovalRequest::operation() const
{
    return m_kind == Kind::Approve ? OperationId::ApprovePatches : OperationId::UnapprovePatches;
}

ApiError PatchApprovalRequest::validate(const QDateTime &) const
{
    if (m_patchIds.isEmpty())
        return ApiError::validation(QStringLiteral("patchids"), m_kind == Kind::Approve
                                                                    ? tr("patchids is empty: select at least one patch "
                                                                         "to approve.")
                                                                    : tr("patchids is empty: select at least one patch "
                                                                         "to unapprove."));
    return RequestRules::checkIds(QStringLiteral("patchids"), m_patchIds);
}

QJsonObject PatchApprovalRequest::body() const
{
    return {{QStringLiteral("patchids"), RequestRules::numberArray(m_patchIds)}};
}

QString PatchApprovalRequest::summary() const
{
    const int n = int(m_patchIds.size());
    if (m_kind == Kind::Approve)
        return tr("Approve %n patch(es) for all computers", nullptr, n);
    return tr("Unapprove %n patch(es) for all computers", nullptr, n);
}

QStringList PatchApprovalRequest::targets() const
{
    return RequestRules::idStrings(m_patchIds);
}

} // namespace pmp::api
