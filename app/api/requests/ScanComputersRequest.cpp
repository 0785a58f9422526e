#include "ScanComputersRequest.h"

#include "RequestRules.h"

namespace pmp::api {

ApiError ScanComputersRequest::validate(const QDateTime &) const
{
    if (m_resourceIds.isEmpty())
        return ApiError::validation(QStringLiteral("resourceids"),
                                    tr("resourceids is empty: select at least one computer to scan."));
    return RequestRules::checkIds(QStringLiteral("resourceids"), m_resourceIds);
}

QJsonObject ScanComputersRequest::body() const
{
    return {{QStringLiteral("resourceids"), RequestRules::numberArray(m_resourceIds)}};
}

QString ScanComputersRequest::summary() const
{
    const int n = int(m_resourceIds.size());
    const QString who = tr("%n computer(s)", nullptr, n);
    return tr("Scan %1 for missing patches").arg(RequestRules::withNames(who, m_names));
}

QStringList ScanComputersRequest::targets() const
{
    return m_names.size() == m_resourceIds.size() && !m_names.isEmpty() ? m_names
                                                                        : RequestRules::idStrings(m_resourceIds);
}

} // namespace pmp::api
