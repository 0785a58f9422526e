#pragma once

#include "api/WriteRequest.h"

#include <QCoreApplication>
#include <QList>

namespace pmp::api {

// POST declinepatch (E29), deprecated ("permanently removed on October 2026"); kept for servers that
// do not offer E30 yet. Declines the patches for every computer, without reasons.
class LegacyDeclineRequest : public WriteRequest
{
    Q_DECLARE_TR_FUNCTIONS(pmp::api::LegacyDeclineRequest)

public:
    // The guide states no limit for this endpoint; one request stays bounded at 1000 ids, the figure
    // the team settled on for the legacy decline (split larger selections).
    static constexpr int MaxPatchIds = 1000;

    explicit LegacyDeclineRequest(const QList<qint64> &patchIds = {}) : m_patchIds(patchIds) {}

    void setPatchIds(const QList<qint64> &ids) { m_patchIds = ids; }
    QList<qint64> patchIds() const { return m_patchIds; }
    // Optional `customerid` query parameter (the sample sends one; its meaning is not documented).
    void setCustomerId(const QString &id) { m_customerId = id; }
    QString customerId() const { return m_customerId; }

    OperationId operation() const override { return OperationId::DeclinePatchesLegacy; }
    ApiError validate(const QDateTime &now) const override;
    QJsonObject body() const override;
    QUrlQuery query() const override;
    QString summary() const override;
    QStringList targets() const override;

private:
    QList<qint64> m_patchIds;
    QString m_customerId;
};

} // namespace pmp::api
