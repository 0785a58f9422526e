#include "ApdTaskActionRequest.h"

#include "RequestRules.h"
#include "api/QueryEncoding.h"

namespace pmp::api {

OperationId ApdTaskActionRequest::operation() const
{
    switch (m_action) {
    case Action::Delete:
        return OperationId::DeleteApdTask;
    case Action::Suspend:
        return OperationId::SuspendApdTask;
    case Action::Resume:
        return OperationId::ResumeApdTask;
    }
    return OperationId::SuspendApdTask;
}

ApiError ApdTaskActionRequest::validate(const QDateTime &) const
{
    // Documented as "Optional" (Q36), but it is the only way to say which task is meant: a request
    // without it would at best fail and at worst act on a task the server picks.
    if (m_taskName.trimmed().isEmpty())
        return ApiError::validation(QStringLiteral("taskname"), tr("taskname is required: name the task."));
    return {};
}

QUrlQuery ApdTaskActionRequest::query() const
{
    // Task names are free text: '+', '&', '#', '%' and spaces must reach the server as typed.
    QUrlQuery q;
    QueryEncoding::add(q, QStringLiteral("taskname"), m_taskName.trimmed());
    return q;
}

QString ApdTaskActionRequest::summary() const
{
    const QString name = RequestRules::quoted(m_taskName.trimmed());
    switch (m_action) {
    case Action::Delete:
        return tr("Delete automatic deployment task %1").arg(name);
    case Action::Suspend:
        return tr("Suspend automatic deployment task %1").arg(name);
    case Action::Resume:
        return tr("Resume automatic deployment task %1").arg(name);
    }
    return {};
}

} // namespace pmp::api
