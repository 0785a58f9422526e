#include "InstallPatchesRequest.h"

#include "RequestRules.h"

#include <QHostAddress>
#include <QJsonObject>

namespace pmp::api {

namespace {

// The schedule strings carry minutes only, so two times in the same minute are the same time to the
// server; compare them that way too.
QDateTime toMinute(const QDateTime &t)
{
    QDateTime m = t;
    m.setTime(QTime(t.time().hour(), t.time().minute()));
    return m;
}

// QHostAddress also takes inet_aton shorthands ("10.0.0" is 10.0.0.0); an address someone typed
// short is far more likely a typo than that, so IPv4 must be written out in full.
bool isIpAddress(const QString &text)
{
    const QHostAddress address(text);
    if (address.isNull())
        return false;
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return address.toString() == text;
    return true;
}

} // namespace

void InstallPatchesRequest::setPatchIds(const QList<qint64> &ids)
{
    m_patchIds = ids;
    m_patchIdsSet = true;
}

void InstallPatchesRequest::clearPatchIds()
{
    m_patchIds.clear();
    m_patchIdsSet = false;
}

void InstallPatchesRequest::setResourceIds(const QList<qint64> &ids)
{
    m_resourceIds = ids;
    if (!m_chosen.contains(TargetFormat::ResourceIds))
        m_chosen.append(TargetFormat::ResourceIds);
}

void InstallPatchesRequest::setResourceNames(const QStringList &names)
{
    m_resourceNames = names;
    if (!m_chosen.contains(TargetFormat::ResourceNames))
        m_chosen.append(TargetFormat::ResourceNames);
}

void InstallPatchesRequest::setCustomGroups(const QStringList &names)
{
    m_customGroups = names;
    if (!m_chosen.contains(TargetFormat::CustomGroups))
        m_chosen.append(TargetFormat::CustomGroups);
}

void InstallPatchesRequest::setIpAddresses(const QStringList &addresses)
{
    m_ipAddresses = addresses;
    if (!m_chosen.contains(TargetFormat::IpAddresses))
        m_chosen.append(TargetFormat::IpAddresses);
}

void InstallPatchesRequest::setRemoteOffices(const QStringList &names)
{
    m_remoteOffices = names;
    if (!m_chosen.contains(TargetFormat::RemoteOffices))
        m_chosen.append(TargetFormat::RemoteOffices);
}

void InstallPatchesRequest::clearTargets()
{
    m_chosen.clear();
    m_resourceIds.clear();
    m_resourceNames.clear();
    m_customGroups.clear();
    m_ipAddresses.clear();
    m_remoteOffices.clear();
}

QList<InstallPatchesRequest::TargetFormat> InstallPatchesRequest::targetFormats() const
{
    // Documented order, so messages about two formats always name them the same way round.
    QList<TargetFormat> out;
    for (const TargetFormat f : {TargetFormat::ResourceIds, TargetFormat::ResourceNames, TargetFormat::CustomGroups,
                                 TargetFormat::IpAddresses, TargetFormat::RemoteOffices})
        if (m_chosen.contains(f))
            out.append(f);
    return out;
}

QStringList InstallPatchesRequest::targetNames(TargetFormat format) const
{
    switch (format) {
    case TargetFormat::ResourceIds:
        return RequestRules::idStrings(m_resourceIds);
    case TargetFormat::ResourceNames:
        return m_resourceNames;
    case TargetFormat::CustomGroups:
        return m_customGroups;
    case TargetFormat::IpAddresses:
        return m_ipAddresses;
    case TargetFormat::RemoteOffices:
        return m_remoteOffices;
    }
    return {};
}

QString InstallPatchesRequest::targetFieldName(TargetFormat format)
{
    switch (format) {
    case TargetFormat::ResourceIds:
        return QStringLiteral("ResourceIDs");
    case TargetFormat::ResourceNames:
        return QStringLiteral("resourceNames");
    case TargetFormat::CustomGroups:
        return QStringLiteral("customGroups");
    case TargetFormat::IpAddresses:
        return QStringLiteral("ipAddresses");
    case TargetFormat::RemoteOffices:
        return QStringLiteral("remoteOffices");
    }
    return {};
}

QString InstallPatchesRequest::scheduleText(const QDateTime &when)
{
    // "yyyy-MM-dd HH:MM" in the guide uses MM for month and minutes alike (Q29): the second one can
    // only be minutes.
    return when.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

OperationId InstallPatchesRequest::operation() const
{
    if (m_patchIds.isEmpty())
        return OperationId::InstallMissingPatches;
    return m_chosen.isEmpty() ? OperationId::InstallPatchesOnAllSystems : OperationId::InstallPatchesOnSystems;
}

ApiError InstallPatchesRequest::validateTargets() const
{
    const QList<TargetFormat> formats = targetFormats();
    if (formats.size() > 1)
        return ApiError::validation(targetFieldName(formats.at(1)),
                                    tr("Choose one target set: %1 and %2 cannot be sent together.")
                                        .arg(targetFieldName(formats.at(0)), targetFieldName(formats.at(1))));
    if (formats.isEmpty()) {
        if (m_patchIds.isEmpty())
            return ApiError::validation(
                targetFieldName(TargetFormat::ResourceIds),
                tr("Installing all missing patches needs a target set: one of ResourceIDs, resourceNames, "
                   "customGroups, ipAddresses or remoteOffices."));
        return {};
    }
    const TargetFormat format = formats.constFirst();
    const QString field = targetFieldName(format);
    switch (format) {
    case TargetFormat::ResourceIds:
        if (m_resourceIds.isEmpty())
            return ApiError::validation(field, tr("ResourceIDs is empty: select at least one computer."));
        return RequestRules::checkIds(field, m_resourceIds);
    case TargetFormat::ResourceNames:
        if (m_resourceNames.isEmpty())
            return ApiError::validation(field, tr("resourceNames is empty: select at least one computer."));
        return RequestRules::checkNames(field, m_resourceNames);
    case TargetFormat::CustomGroups:
        if (m_customGroups.isEmpty())
            return ApiError::validation(field, tr("customGroups is empty: select at least one custom group."));
        return RequestRules::checkNames(field, m_customGroups);
    case TargetFormat::IpAddresses:
        if (m_ipAddresses.isEmpty())
            return ApiError::validation(field, tr("ipAddresses is empty: enter at least one IP address."));
        if (const ApiError e = RequestRules::checkNames(field, m_ipAddresses))
            return e;
        for (const QString &ip : m_ipAddresses)
            if (!isIpAddress(ip.trimmed()))
                return ApiError::validation(field, tr("ipAddresses: “%1” is not an IP address.").arg(ip));
        return {};
    case TargetFormat::RemoteOffices:
        if (m_remoteOffices.isEmpty())
            return ApiError::validation(field, tr("remoteOffices is empty: select at least one remote office."));
        return RequestRules::checkNames(field, m_remoteOffices);
    }
    return {};
}

ApiError InstallPatchesRequest::validateSchedule(const QDateTime &now) const
{
    if (m_installAfter && !m_installAfter->isValid())
        return ApiError::validation(QStringLiteral("installaftertime"),
                                    tr("installaftertime is not a valid date and time (yyyy-MM-dd HH:mm)."));
    if (m_expiry && !m_expiry->isValid())
        return ApiError::validation(QStringLiteral("expirytime"),
                                    tr("expirytime is not a valid date and time (yyyy-MM-dd HH:mm)."));
    if (m_expiry) {
        if (m_installAfter && toMinute(*m_expiry) <= toMinute(*m_installAfter))
            return ApiError::validation(QStringLiteral("expirytime"),
                                        tr("The expiry time (%1) must be later than the install-after time (%2).")
                                            .arg(scheduleText(*m_expiry), scheduleText(*m_installAfter)));
        if (toMinute(*m_expiry) <= toMinute(now))
            return ApiError::validation(QStringLiteral("expirytime"),
                                        tr("The expiry time (%1) is not in the future: the configuration would never "
                                           "apply.")
                                            .arg(scheduleText(*m_expiry)));
    }
    if (m_deadline) {
        if (!m_deadline->isValid())
            return ApiError::validation(QStringLiteral("deadlineTime"),
                                        tr("deadlineTime is not a valid date and time."));
        if (*m_deadline <= now)
            return ApiError::validation(QStringLiteral("deadlineTime"),
                                        tr("The deadline (%1) is not in the future.").arg(scheduleText(*m_deadline)));
        // "Max of 1 year is supported": a year from the moment of sending.
        if (*m_deadline > now.addYears(1))
            return ApiError::validation(QStringLiteral("deadlineTime"),
                                        tr("The deadline (%1) is more than one year ahead; at most one year is "
                                           "supported.")
                                            .arg(scheduleText(*m_deadline)));
    }
    return {};
}

ApiError InstallPatchesRequest::validate(const QDateTime &now) const
{
    if (m_patchIdsSet && m_patchIds.isEmpty())
        return ApiError::validation(QStringLiteral("PatchIDs"),
                                    tr("PatchIDs is empty: select at least one patch (or choose to install all "
                                       "missing patches)."));
    if (!m_patchIds.isEmpty())
        if (const ApiError e = RequestRules::checkIds(QStringLiteral("PatchIDs"), m_patchIds))
            return e;
    if (const ApiError e = validateTargets())
        return e;
    if (m_onlyApproved && operation() != OperationId::InstallMissingPatches)
        return ApiError::validation(QStringLiteral("isOnlyApproved"),
                                    tr("isOnlyApproved applies only when installing all missing patches (without "
                                       "PatchIDs)."));
    const QString name = m_configName.trimmed();
    if (name.isEmpty())
        return ApiError::validation(QStringLiteral("ConfigName"),
                                    tr("ConfigName is required: name the configuration."));
    if (name.size() > MaxConfigNameLength)
        return ApiError::validation(
            QStringLiteral("ConfigName"),
            tr("ConfigName is %1 characters long; at most %2 are allowed.").arg(name.size()).arg(MaxConfigNameLength));
    if (!DeploymentOptions::isValid(m_action))
        return ApiError::validation(QStringLiteral("actionToPerform"),
                                    tr("actionToPerform must be Deploy, Deploy Immediately or Draft."));
    const int type = int(m_deploymentType);
    if (type < 0 || type > 2)
        return ApiError::validation(QStringLiteral("deploymentType"),
                                    tr("deploymentType must be 0 (deploy only), 1 (Self Service Portal only) or 2 "
                                       "(both); %1 is not one of them.")
                                        .arg(type));
    // Q26: the guide's note makes the template mandatory for deploymentType 0 and 1, although the
    // description of 1 says it "will be ignored". The note is explicit, so 1 needs it too (a template
    // the server ignores costs nothing; a missing mandatory one fails). The guide is silent for 2,
    // which deploys through a policy and whose samples all send one: required as well.
    if (const ApiError e = RequestRules::checkPolicyTemplate(
            m_templateId, tr("DeploymentPolicyTemplateID is required for every deployment type: choose a deployment "
                             "policy.")))
        return e;
    if (m_forceReboot && !DeploymentOptions::isValid(*m_forceReboot))
        return ApiError::validation(QStringLiteral("forceRebootOption"),
                                    tr("forceRebootOption must be 0 (not configured), 1 (within the window) or 2 "
                                       "(outside the window); %1 is not one of them.")
                                        .arg(int(*m_forceReboot)));
    if (m_retry && m_retry->enabled) {
        const RetrySettings &r = *m_retry;
        if (r.noOfRetries < 1 || r.noOfRetries > 10)
            return ApiError::validation(QStringLiteral("retrySettings.noOfRetries"),
                                        tr("noOfRetries must be between 1 and 10; %1 is not.").arg(r.noOfRetries));
        if (r.logonStartupMinRetry < 0 || r.logonStartupMinRetry > 9)
            return ApiError::validation(
                QStringLiteral("retrySettings.logonStartupMinRetry"),
                tr("logonStartupMinRetry must be between 0 and 9; %1 is not.").arg(r.logonStartupMinRetry));
        if (r.refreshMinRetry < 0 || r.refreshMinRetry > 9)
            return ApiError::validation(
                QStringLiteral("retrySettings.refreshMinRetry"),
                tr("refreshMinRetry must be between 0 and 9; %1 is not.").arg(r.refreshMinRetry));
        // "Retry count: logonStartupMinRetry + refreshMinRetry" next to noOfRetries "Total number of
        // retries count" (Q30): the total is the sum of the two kinds, as in the sample (2 = 1 + 1).
        if (r.logonStartupMinRetry + r.refreshMinRetry != r.noOfRetries)
            return ApiError::validation(QStringLiteral("retrySettings.noOfRetries"),
                                        tr("Retry count: logonStartupMinRetry + refreshMinRetry (%1 + %2) must equal "
                                           "noOfRetries (%3).")
                                            .arg(r.logonStartupMinRetry)
                                            .arg(r.refreshMinRetry)
                                            .arg(r.noOfRetries));
    }
    return validateSchedule(now);
}

QJsonObject InstallPatchesRequest::body() const
{
    QJsonObject o;
    if (!m_patchIds.isEmpty())
        o.insert(QStringLiteral("PatchIDs"), RequestRules::numberArray(m_patchIds));
    for (const TargetFormat f : targetFormats()) {
        const QString key = targetFieldName(f);
        if (f == TargetFormat::ResourceIds)
            o.insert(key, RequestRules::numberArray(m_resourceIds));
        else
            o.insert(key, RequestRules::stringArray(targetNames(f)));
    }
    if (m_onlyApproved)
        o.insert(QStringLiteral("isOnlyApproved"), *m_onlyApproved ? QStringLiteral("true") : QStringLiteral("false"));
    o.insert(QStringLiteral("ConfigName"), m_configName.trimmed());
    if (!m_configDescription.isEmpty())
        o.insert(QStringLiteral("ConfigDescription"), m_configDescription);
    o.insert(QStringLiteral("actionToPerform"), DeploymentOptions::wireName(m_action));
    o.insert(QStringLiteral("deploymentType"), int(m_deploymentType));
    if (m_templateId)
        o.insert(QStringLiteral("DeploymentPolicyTemplateID"), QJsonValue(*m_templateId));
    if (m_forceReboot)
        o.insert(QStringLiteral("forceRebootOption"), int(*m_forceReboot));
    if (m_retry) {
        QJsonObject r;
        r.insert(QStringLiteral("enableRetrySettings"), m_retry->enabled);
        // Counts mean nothing with retries off; sending them would only invite a range error.
        if (m_retry->enabled) {
            r.insert(QStringLiteral("noOfRetries"), m_retry->noOfRetries);
            r.insert(QStringLiteral("logonStartupMinRetry"), m_retry->logonStartupMinRetry);
            r.insert(QStringLiteral("refreshMinRetry"), m_retry->refreshMinRetry);
        }
        o.insert(QStringLiteral("retrySettings"), r);
    }
    if (m_installAfter)
        o.insert(QStringLiteral("installaftertime"), scheduleText(*m_installAfter));
    if (m_expiry)
        o.insert(QStringLiteral("expirytime"), scheduleText(*m_expiry));
    if (m_deadline)
        o.insert(QStringLiteral("deadlineTime"), QJsonValue(m_deadline->toMSecsSinceEpoch()));
    return o;
}

QString InstallPatchesRequest::targetPhrase() const
{
    const QList<TargetFormat> formats = targetFormats();
    if (formats.isEmpty())
        return tr("all computers");
    const TargetFormat f = formats.constFirst();
    const QStringList names = targetNames(f);
    const int n = int(names.size());
    switch (f) {
    case TargetFormat::ResourceIds:
        return tr("%n computer(s)", nullptr, n);
    case TargetFormat::ResourceNames:
        return RequestRules::withNames(tr("%n computer(s)", nullptr, n), names);
    case TargetFormat::CustomGroups:
        return RequestRules::withNames(tr("%n custom group(s)", nullptr, n), names);
    case TargetFormat::IpAddresses:
        return RequestRules::withNames(tr("%n IP address(es)", nullptr, n), names);
    case TargetFormat::RemoteOffices:
        return RequestRules::withNames(tr("%n remote office(s)", nullptr, n), names);
    }
    return {};
}

QString InstallPatchesRequest::summary() const
{
    QString what;
    if (m_patchIds.isEmpty()) {
        what = m_onlyApproved.value_or(false) ? tr("all missing approved patches") : tr("all missing patches");
    } else {
        const int n = int(m_patchIds.size());
        what = tr("%n patch(es)", nullptr, n);
    }
    QString s = tr("Install %1 on %2").arg(what, targetPhrase());
    s = RequestRules::clause(s, DeploymentOptions::summaryClause(m_action));
    if (m_deploymentType == DeploymentType::SelfServiceOnly)
        s = RequestRules::clause(s, tr("publish in the Self Service Portal only"));
    else if (m_deploymentType == DeploymentType::DeployAndSelfService)
        s = RequestRules::clause(s, tr("also publish in the Self Service Portal"));
    if (m_forceReboot)
        s = RequestRules::clause(s, DeploymentOptions::summaryClause(*m_forceReboot));
    return s;
}

QStringList InstallPatchesRequest::targets() const
{
    const QList<TargetFormat> formats = targetFormats();
    if (formats.isEmpty())
        return {tr("All computers")};
    return targetNames(formats.constFirst());
}

int InstallPatchesRequest::targetCount() const
{
    const QList<TargetFormat> formats = targetFormats();
    if (formats.isEmpty())
        return -1;
    return int(targetNames(formats.constFirst()).size());
}

} // namespace pmp::api
