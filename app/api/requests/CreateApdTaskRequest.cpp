#include "CreateApdTaskRequest.h"

#include "RequestRules.h"

namespace pmp::api {

QJsonObject CreateApdTaskRequest::body() const
{
    return {{QStringLiteral("settings"), m_settings.toJson(false)}};
}

QString CreateApdTaskRequest::targetPhrase(ApdTaskSettings::TargetType type, const QStringList &targets)
{
    const int n = int(targets.size());
    QString count;
    switch (type) {
    case ApdTaskSettings::TargetType::Domain:
        count = tr("%n domain(s)", nullptr, n);
        break;
    case ApdTaskSettings::TargetType::RemoteOffice:
        count = tr("%n remote office(s)", nullptr, n);
        break;
    case ApdTaskSettings::TargetType::CustomGroup:
        count = tr("%n custom group(s)", nullptr, n);
        break;
    }
    return RequestRules::withNames(count, targets);
}

QString CreateApdTaskRequest::summary() const
{
    const QString s = tr("Create automatic deployment task %1 for %2 on %3")
                          .arg(RequestRules::quoted(m_settings.taskName().trimmed()),
                               ApdTaskSettings::platformName(m_settings.platform()),
                               targetPhrase(m_settings.targetType(), m_settings.targetList()));
    return RequestRules::clause(
        s, tr("deployment policy %1").arg(RequestRules::quoted(m_settings.templateName().trimmed())));
}

} // namespace pmp::api
