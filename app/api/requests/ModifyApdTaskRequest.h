#pragma once

#include "ApdTaskSettings.h"
#include "api/WriteRequest.h"

#include <QCoreApplication>

namespace pmp::api {

// POST modifyAPDTask (E24): changes some settings of an existing task. The task is named by the
// top-level "taskname" of the guide's sample (undocumented, Q34); `settings` carries only the
// fields being changed (settings.taskName only for a rename).
class ModifyApdTaskRequest : public WriteRequest
{
    Q_DECLARE_TR_FUNCTIONS(pmp::api::ModifyApdTaskRequest)

public:
    explicit ModifyApdTaskRequest(const QString &taskName = {}, const ApdTaskSettings &changes = {})
        : m_taskName(taskName), m_changes(changes)
    {
    }

    void setTaskName(const QString &name) { m_taskName = name; }
    QString taskName() const { return m_taskName; }
    void setChanges(const ApdTaskSettings &changes) { m_changes = changes; }
    const ApdTaskSettings &changes() const { return m_changes; }

    OperationId operation() const override { return OperationId::ModifyApdTask; }
    ApiError validate(const QDateTime &now) const override;
    QJsonObject body() const override;
    QString summary() const override;
    QStringList targets() const override { return {m_taskName.trimmed()}; }

private:
    QString m_taskName;
    ApdTaskSettings m_changes;
};

} // namespace pmp::api
