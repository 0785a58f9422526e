#pragma once

#include "api/WriteRequest.h"

#include <QCoreApplication>
#include <QList>

namespace pmp::api {

// The SoM agent actions on chosen computers: install the agent (E35), uninstall it (E33) or remove
// the computers from management (E36). They share one body, {"resourceids": [...]}.
class AgentActionRequest : public WriteRequest
{
    Q_DECLARE_TR_FUNCTIONS(pmp::api::AgentActionRequest)

public:
    enum class Action
    {
        Install,
        Uninstall,
        Remove
    };

    explicit AgentActionRequest(Action action, const QList<qint64> &resourceIds = {})
        : m_action(action), m_resourceIds(resourceIds)
    {
    }

    Action action() const { return m_action; }
    void setResourceIds(const QList<qint64> &ids) { m_resourceIds = ids; }
    QList<qint64> resourceIds() const { return m_resourceIds; }
    // Computer names for the summary and the journal only; the server gets ids.
    void setDisplayNames(const QStringList &names) { m_names = names; }

    OperationId operation() const override;
    ApiError validate(const QDateTime &now) const override;
    QJsonObject body() const override;
    QString summary() const override;
    QStringList targets() const override;
    int targetCount() const override { return int(m_resourceIds.size()); }
    // Uninstalling the agent or removing the computer ends its management: no undo from the console.
    bool isDestructive() const override { return m_action != Action::Install; }

private:
    Action m_action;
    QList<qint64> m_resourceIds;
    QStringList m_names;
};

} // namespace pmp::api
