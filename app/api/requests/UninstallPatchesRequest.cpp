#include "UninstallPatchesRequest.h"

#include "InstallPatchesRequest.h"
#include "RequestRules.h"

namespace pmp::api {

ApiError UninstallPatchesRequest::validate(const QDateTime &) const
{
    if (m_patchIds.isEmpty())
        return ApiError::validation(QStringLiteral("PatchIDs"), tr("PatchIDs is empty: select at least one patch to "
                                                                   "uninstall."));
    if (const ApiError e = RequestRules::checkIds(QStringLiteral("PatchIDs"), m_patchIds))
        return e;
    const QString name = m_configName.trimmed();
    if (name.isEmpty())
        return ApiError::validation(QStringLiteral("ConfigName"),
                                    tr("ConfigName is required: name the configuration."));
    if (name.size() > InstallPatchesRequest::MaxConfigNameLength)
        return ApiError::validation(QStringLiteral("ConfigName"),
                                    tr("ConfigName is %1 characters long; at most %2 are allowed.")
                                        .arg(name.size())
                                        .arg(InstallPatchesRequest::MaxConfigNameLength));
    if (!DeploymentOptions::isValid(m_action))
        return ApiError::validation(QStringLiteral("actionToPerform"),
                                    tr("actionToPerform must be Deploy, Deploy Immediately or Draft."));
    return RequestRules::checkPolicyTemplate(
        m_templateId, tr("DeploymentPolicyTemplateID is required for an uninstall: choose a deployment policy."));
}

QJsonObject UninstallPatchesRequest::body() const
{
    QJsonObject o;
    o.insert(QStringLiteral("PatchIDs"), RequestRules::numberArray(m_patchIds));
    o.insert(QStringLiteral("ConfigName"), m_configName.trimmed());
    if (!m_configDescription.isEmpty())
        o.insert(QStringLiteral("ConfigDescription"), m_configDescription);
    o.insert(QStringLiteral("actionToPerform"), DeploymentOptions::wireName(m_action));
    // The uninstallpatch sample sends the template id as a string ("1"), unlike installpatch (Q28).
    if (m_templateId)
        o.insert(QStringLiteral("DeploymentPolicyTemplateID"), QString::number(*m_templateId));
    return o;
}

QString UninstallPatchesRequest::summary() const
{
    const int n = int(m_patchIds.size());
    const QString what = tr("%n patch(es)", nullptr, n);
    return RequestRules::clause(tr("Uninstall %1 from all computers").arg(what),
                                DeploymentOptions::summaryClause(m_action));
}

QStringList UninstallPatchesRequest::targets() const
{
    return {tr("All computers")};
}

} // namespace pmp::api
