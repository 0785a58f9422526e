#include "AgentActionRequest.h"

#include "RequestRules.h"

namespace pmp::api {

OperationId AgentActionRequest::operation() const
{
    switch (m_action) {
    case Action::Install:
        return OperationId::InstallAgent;
    case Action::Uninstall:
        return OperationId::UninstallAgent;
    case Action::Remove:
        return OperationId::RemoveComputers;
    }
    return OperationId::InstallAgent;
}

ApiError AgentActionRequest::validate(const QDateTime &) const
{
    if (m_resourceIds.isEmpty())
        return ApiError::validation(QStringLiteral("resourceids"),
                                    tr("resourceids is empty: select at least one computer."));
    return RequestRules::checkIds(QStringLiteral("resourceids"), m_resourceIds);
}

QJsonObject AgentActionRequest::body() const
{
    return {{QStringLiteral("resourceids"), RequestRules::numberArray(m_resourceIds)}};
}

QString AgentActionRequest::summary() const
{
    const int n = int(m_resourceIds.size());
    const QString who = RequestRules::withNames(tr("%n computer(s)", nullptr, n), m_names);
    switch (m_action) {
    case Action::Install:
        return tr("Install the Patch Manager Plus agent on %1").arg(who);
    case Action::Uninstall:
        return tr("Uninstall the Patch Manager Plus agent from %1").arg(who);
    case Action::Remove:
        // Numerus without %n: English says "it" for one computer, "they" for more.
        return tr("Remove %1 from Patch Manager Plus; they will no longer be managed", nullptr, n).arg(who);
    }
    return {};
}

QStringList AgentActionRequest::targets() const
{
    return m_names.size() == m_resourceIds.size() && !m_names.isEmpty() ? m_names
                                                                        : RequestRules::idStrings(m_resourceIds);
}

} // namespace pmp::api
