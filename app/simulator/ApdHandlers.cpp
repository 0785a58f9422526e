#include "ApdHandlers.h"
#include "Latin1.h"

#include "JsonBody.h"

namespace pmp::sim {

using api::OperationId;

SimResponse ApdHandlers::handle(const api::Operation &op, const SimRequest &request)
{
    switch (op.id) {
    case OperationId::CreateApdTask:
        return create(op, request);
    case OperationId::ModifyApdTask:
        return modify(op, request);
    default:
        return byName(op, request);
    }
}

SimResponse ApdHandlers::done(const api::Operation &op, const QString &status) const
{
    return m_ctx.writer.envelope(op, QJsonObject{{op.resultKey, QJsonObject{{s("status"), status}}}});
}

bool ApdHandlers::validate(const QJsonObject &settings, QString *code, QString *error) const
{
    const FleetState &fleet = m_ctx.fleet;
    *code = s("INVALID_PARAMETER");
    if (settings.contains(s("templateName"))) {
        const QString t = JsonBody::text(settings.value(s("templateName"))).trimmed();
        if (fleet.policyIndexByName(t) < 0) {
            *code = s("TEMPLATE_NOT_FOUND");
            *error = s("No deployment policy is named '%1'").arg(t);
            return false;
        }
    }
    if (settings.contains(s("platform"))) {
        const QString p = JsonBody::text(settings.value(s("platform"))).trimmed();
        if (p != QLatin1String("Windows") && p != QLatin1String("Mac") && p != QLatin1String("Linux")) {
            *error = s("platform must be Windows, Mac or Linux, got '%1'").arg(p);
            return false;
        }
    }
    const QString type = JsonBody::text(settings.value(s("target_type"))).trimmed();
    if (settings.contains(s("target_type")) && type != QLatin1String("DOMAIN") &&
        type != QLatin1String("REMOTE_OFFICE") && type != QLatin1String("CUSTOM_GROUP")) {
        *error = s("target_type must be DOMAIN, REMOTE_OFFICE or CUSTOM_GROUP, got '%1'").arg(type);
        return false;
    }
    if (settings.contains(s("target_list")) && !type.isEmpty()) {
        // target_list is one string; several targets are comma-separated (separator not documented).
        const QStringList targets =
            JsonBody::text(settings.value(s("target_list"))).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &raw : targets) {
            const QString t = raw.trimmed();
            const bool known = type == QLatin1String("DOMAIN")          ? fleet.domainIndex(t) >= 0
                               : type == QLatin1String("REMOTE_OFFICE") ? fleet.officeIndex(t) >= 0
                                                                        : fleet.groupIndex(t) >= 0;
            if (!known) {
                *code = s("RESOURCE_NOT_FOUND");
                *error = s("Unknown %1 in target_list: '%2'").arg(type, t);
                return false;
            }
        }
    }
    // The guide spells two application selections; "All" it only names, so a value other than these
    // two is refused rather than guessed at (issue 14 #20). Without one a task patches everything.
    for (const char *key : {"include_os_app_type", "include_tp_app_type"}) {
        const QString v = JsonBody::text(settings.value(s(key))).trimmed();
        if (settings.contains(s(key)) && v != QLatin1String("Patch Specific Applications") &&
            v != QLatin1String("Patch All Applications Except")) {
            *error =
                s("%1 must be Patch Specific Applications or Patch All Applications Except, got '%2'").arg(s(key), v);
            return false;
        }
    }
    for (const char *flag :
         {"security_update", "non_security_update", "thirdparty_update", "definition_update", "servicepack_update",
          "featurepack_update", "rollups", "optional_updates", "driver", "preview_rollups", "failure_notify_enable",
          "report_notify_enable", "NeedFailureAttachment", "NeedReportAttachment"}) {
        if (settings.contains(s(flag)) && !JsonBody::boolean(settings.value(s(flag)), false)) {
            *error = s("%1 must be true or false").arg(s(flag));
            return false;
        }
    }
    return true;
}

SimResponse ApdHandlers::create(const api::Operation &op, const SimRequest &request)
{
    FleetState &fleet = m_ctx.fleet;
    QString error, code;
    const auto body = JsonBody::object(request, &error);
    if (!body)
        return m_ctx.writer.legacyError(&op, 400, s("INVALID_JSON"), error);
    const QJsonObject settings = body->value(s("settings")).toObject();
    if (settings.isEmpty())
        return m_ctx.writer.legacyError(&op, 400, s("MISSING_PARAMETER"), s("settings is mandatory"));
    const QString name = JsonBody::text(settings.value(s("taskName"))).trimmed();
    if (name.isEmpty())
        return m_ctx.writer.legacyError(&op, 400, s("MISSING_PARAMETER"), s("settings.taskName is mandatory"));
    if (JsonBody::text(settings.value(s("templateName"))).trimmed().isEmpty())
        return m_ctx.writer.legacyError(&op, 400, s("MISSING_PARAMETER"), s("settings.templateName is mandatory"));
    if (fleet.apdTaskIndex(name) >= 0)
        return m_ctx.writer.legacyError(&op, 400, s("TASK_ALREADY_EXISTS"),
                                        s("An APD task named '%1' already exists").arg(name));
    if (!validate(settings, &code, &error))
        return m_ctx.writer.legacyError(&op, 400, code, error);
    ApdTask task;
    task.name = name;
    task.settings = settings; // kept as sent, the slash-joined sample key included (reference Q35)
    task.createdMs = task.modifiedMs = m_ctx.clock.nowMs();
    task.nextRunMs = SimClock::ReferenceMs + SimClock::DayMs * (1 + fleet.apdTasks().size() % 7);
    fleet.apdTasks().append(task);
    return done(op, s("%1  task created successfully").arg(name));
}

SimResponse ApdHandlers::modify(const api::Operation &op, const SimRequest &request)
{
    FleetState &fleet = m_ctx.fleet;
    QString error, code;
    const auto body = JsonBody::object(request, &error);
    if (!body)
        return m_ctx.writer.legacyError(&op, 400, s("INVALID_JSON"), error);
    const QJsonObject settings = body->value(s("settings")).toObject();
    // The sample identifies the task by a top-level "taskname" (reference Q34); the documented body
    // only has settings.taskName.
    QString name = JsonBody::text(body->value(s("taskname"))).trimmed();
    if (name.isEmpty())
        name = JsonBody::text(settings.value(s("taskName"))).trimmed();
    if (name.isEmpty())
        return m_ctx.writer.legacyError(&op, 400, s("MISSING_PARAMETER"), s("taskname is mandatory"));
    const int index = fleet.apdTaskIndex(name);
    if (index < 0)
        return m_ctx.writer.legacyError(&op, 400, s("TASK_NOT_FOUND"), s("No APD task is named '%1'").arg(name));
    if (!validate(settings, &code, &error))
        return m_ctx.writer.legacyError(&op, 400, code, error);
    ApdTask &task = fleet.apdTasks()[index];
    const QString newName = JsonBody::text(settings.value(s("taskName"))).trimmed();
    if (!newName.isEmpty() && newName.compare(task.name, Qt::CaseInsensitive) != 0) {
        if (fleet.apdTaskIndex(newName) >= 0)
            return m_ctx.writer.legacyError(&op, 400, s("TASK_ALREADY_EXISTS"),
                                            s("An APD task named '%1' already exists").arg(newName));
        task.name = newName;
    }
    for (auto it = settings.begin(); it != settings.end(); ++it)
        task.settings.insert(it.key(), it.value());
    task.settings.insert(s("taskName"), task.name);
    task.modifiedMs = m_ctx.clock.nowMs();
    return done(op, s("%1  task modified successfully").arg(name));
}

SimResponse ApdHandlers::byName(const api::Operation &op, const SimRequest &request)
{
    FleetState &fleet = m_ctx.fleet;
    const QString name = request.param(s("taskname")).trimmed();
    if (name.isEmpty())
        return m_ctx.writer.legacyError(&op, 400, s("MISSING_PARAMETER"), s("taskname is mandatory"));
    const int index = fleet.apdTaskIndex(name);
    if (index < 0)
        return m_ctx.writer.legacyError(&op, 400, s("TASK_NOT_FOUND"), s("No APD task is named '%1'").arg(name));
    switch (op.id) {
    case OperationId::DeleteApdTask:
        fleet.apdTasks().removeAt(index);
        return done(op, s("Task has been deleted successfully"));
    case OperationId::SuspendApdTask:
        fleet.apdTasks()[index].suspended = true;
        fleet.apdTasks()[index].modifiedMs = m_ctx.clock.nowMs();
        return done(op, s("task has been suspended successfully"));
    case OperationId::ResumeApdTask:
        fleet.apdTasks()[index].suspended = false;
        fleet.apdTasks()[index].modifiedMs = m_ctx.clock.nowMs();
        return done(op, s("task has been resumed successfully"));
    default:
        return m_ctx.writer.legacyError(&op, 500, s("INTERNAL_ERROR"), s("Operation not handled here"));
    }
}

} // namespace pmp::sim
