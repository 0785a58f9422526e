#pragma once

#include "api/WriteRequest.h"

#include <QCoreApplication>
#include <QList>

namespace pmp::api {

// POST approvepatch (E13) / unapprovepatch (E14): the patches' approval for all computers.
class PatchApprovalRequest : public WriteRequest
{
    Q_DECLARE_TR_FUNCTIONS(pmp::api::PatchApprovalRequest)

public:
    enum class Kind
    {
        Approve,
        Unapprove
    };

    explicit PatchApprovalRequest(Kind kind, const QList<qint64> &patchIds = {}) : m_kind(kind), m_patchIds(patchIds) {}

    Kind kind() const { return m_kind; }
    void setPatchIds(const QList<qint64> &ids) { m_patchIds = ids; }
    QList<qint64> patchIds() const { return m_patchIds; }

    OperationId operation() const override;
    ApiError validate(const QDateTime &now) const override;
    QJsonObject body() const override;
    QString summary() const override;
    // The patches whose approval changes (approval is a per-patch setting, not per computer).
    QStringList targets() const override;

private:
    Kind m_kind;
    QList<qint64> m_patchIds;
};

} // namespace pmp::api
