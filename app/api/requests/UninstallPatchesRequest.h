#pragma once

#include "DeploymentOptions.h"
#include "api/WriteRequest.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace pmp::api {

// POST uninstallpatch (E04): removes the chosen patches from every computer, through a deployment
// policy. Irreversible in practice, so always confirmed by typing.
class UninstallPatchesRequest : public WriteRequest
{
    Q_DECLARE_TR_FUNCTIONS(pmp::api::UninstallPatchesRequest)

public:
    using DeploymentAction = pmp::api::DeploymentAction;

    void setPatchIds(const QList<qint64> &ids) { m_patchIds = ids; }
    QList<qint64> patchIds() const { return m_patchIds; }
    void setConfigName(const QString &name) { m_configName = name; }
    QString configName() const { return m_configName; }
    void setConfigDescription(const QString &text) { m_configDescription = text; }
    QString configDescription() const { return m_configDescription; }
    void setAction(DeploymentAction action) { m_action = action; }
    DeploymentAction action() const { return m_action; }
    // "This paramater is mandatory" for uninstallpatch, unlike installpatch.
    void setDeploymentPolicyTemplateId(qint64 templateId) { m_templateId = templateId; }
    std::optional<qint64> deploymentPolicyTemplateId() const { return m_templateId; }

    OperationId operation() const override { return OperationId::UninstallPatches; }
    ApiError validate(const QDateTime &now) const override;
    QJsonObject body() const override;
    QString summary() const override;
    QStringList targets() const override;
    int targetCount() const override { return -1; }
    bool isDestructive() const override { return true; }

private:
    QList<qint64> m_patchIds;
    QString m_configName;
    QString m_configDescription;
    DeploymentAction m_action = DeploymentAction::Draft;
    std::optional<qint64> m_templateId;
};

} // namespace pmp::api
