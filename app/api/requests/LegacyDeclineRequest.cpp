#include "LegacyDeclineRequest.h"

#include "RequestRules.h"
#include "api/QueryEncoding.h"

namespace pmp::api {

ApiError LegacyDeclineRequest::validate(const QDateTime &) const
{
    if (m_patchIds.isEmpty())
        return ApiError::validation(QStringLiteral("patchids"), tr("patchids is empty: select at least one patch to "
                                                                   "decline."));
    if (m_patchIds.size() > MaxPatchIds)
        return ApiError::validation(QStringLiteral("patchids"),
                                    tr("%1 patches selected; the legacy decline takes at most %2 per request.")
                                        .arg(m_patchIds.size())
                                        .arg(MaxPatchIds));
    return RequestRules::checkIds(QStringLiteral("patchids"), m_patchIds);
}

QJsonObject LegacyDeclineRequest::body() const
{
    return {{QStringLiteral("patchids"), RequestRules::numberArray(m_patchIds)}};
}

QUrlQuery LegacyDeclineRequest::query() const
{
    QUrlQuery q;
    if (!m_customerId.isEmpty())
        QueryEncoding::add(q, QStringLiteral("customerid"), m_customerId);
    return q;
}

QString LegacyDeclineRequest::summary() const
{
    const int n = int(m_patchIds.size());
    return tr("Decline %n patch(es) for all computers (legacy endpoint)", nullptr, n);
}

QStringList LegacyDeclineRequest::targets() const
{
    return RequestRules::idStrings(m_patchIds);
}

} // namespace pmp::api
