#pragma once

#include "api/WriteRequest.h"

#include <QCoreApplication>
#include <QList>

namespace pmp::api {

// POST computers/scan (E06): a patch scan on chosen computers.
class ScanComputersRequest : public WriteRequest
{
    Q_DECLARE_TR_FUNCTIONS(pmp::api::ScanComputersRequest)

public:
    explicit ScanComputersRequest(const QList<qint64> &resourceIds = {}) : m_resourceIds(resourceIds) {}

    void setResourceIds(const QList<qint64> &ids) { m_resourceIds = ids; }
    QList<qint64> resourceIds() const { return m_resourceIds; }
    // Computer names for the summary and the journal only; the server gets ids.
    void setDisplayNames(const QStringList &names) { m_names = names; }

    OperationId operation() const override { return OperationId::ScanComputers; }
    ApiError validate(const QDateTime &now) const override;
    QJsonObject body() const override;
    QString summary() const override;
    QStringList targets() const override;
    int targetCount() const override { return int(m_resourceIds.size()); }

private:
    QList<qint64> m_resourceIds;
    QStringList m_names;
};

} // namespace pmp::api
