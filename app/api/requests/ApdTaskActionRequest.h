#pragma once

#include "api/WriteRequest.h"

#include <QCoreApplication>

namespace pmp::api {

// POST deleteAPDTask (E25), suspendAPDTask (E27), resumeAPDTask (E28): the task is named by the
// `taskname` query parameter and there is no body.
class ApdTaskActionRequest : public WriteRequest
{
    Q_DECLARE_TR_FUNCTIONS(pmp::api::ApdTaskActionRequest)

public:
    enum class Action
    {
        Delete,
        Suspend,
        Resume
    };

    explicit ApdTaskActionRequest(Action action, const QString &taskName = {}) : m_action(action), m_taskName(taskName)
    {
    }

    Action action() const { return m_action; }
    void setTaskName(const QString &name) { m_taskName = name; }
    QString taskName() const { return m_taskName; }

    OperationId operation() const override;
    ApiError validate(const QDateTime &now) const override;
    QUrlQuery query() const override;
    QString summary() const override;
    QStringList targets() const override { return {m_taskName.trimmed()}; }
    bool isDestructive() const override { return m_action == Action::Delete; }

private:
    Action m_action;
    QString m_taskName;
};

} // namespace pmp::api
