#include "ModifyApdTaskRequest.h"

#include "RequestRules.h"

namespace pmp::api {

ApiError ModifyApdTaskRequest::validate(const QDateTime &now) const
{
    if (m_taskName.trimmed().isEmpty())
        return ApiError::validation(QStringLiteral("taskname"), tr("taskname is required: name the task to modify."));
    if (m_changes.isEmpty())
        return ApiError::validation(QStringLiteral("settings"),
                                    tr("Nothing to change: set at least one setting of the task."));
    return m_changes.validate(now, true);
}

QJsonObject ModifyApdTaskRequest::body() const
{
    return {{QStringLiteral("settings"), m_changes.toJson(true)}, {QStringLiteral("taskname"), m_taskName.trimmed()}};
}

QString ModifyApdTaskRequest::summary() const
{
    QStringList labels;
    for (const ApdTaskSettings::Field f : m_changes.setFields())
        labels.append(ApdTaskSettings::fieldLabel(f));
    return tr("Change automatic deployment task %1: %2")
        .arg(RequestRules::quoted(m_taskName.trimmed()), RequestRules::nameList(labels, 4));
}

} // namespace pmp::api
