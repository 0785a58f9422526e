#pragma once

#include "DeploymentOptions.h"
#include "api/WriteRequest.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace pmp::api {

// POST installpatch in its three guises (E01 all missing patches on a target set, E02 chosen patches
// on a target set, E03 chosen patches on all computers); the operation follows from the content (Q31).
class InstallPatchesRequest : public WriteRequest
{
    Q_DECLARE_TR_FUNCTIONS(pmp::api::InstallPatchesRequest)

public:
    using DeploymentAction = pmp::api::DeploymentAction;
    using ForceRebootOption = pmp::api::ForceRebootOption;

    enum class DeploymentType : int
    {
        DeployOnly = 0,           // deploy per the deployment policy (the server's default)
        SelfServiceOnly = 1,      // publish in the Self Service Portal only
        DeployAndSelfService = 2, // both
    };

    // The five "target set formats"; exactly one may be sent (documented order, used in messages).
    enum class TargetFormat
    {
        ResourceIds,
        ResourceNames,
        CustomGroups,
        IpAddresses,
        RemoteOffices
    };

    struct RetrySettings
    {
        bool enabled = true;          // "Enabled by default"
        int noOfRetries = 2;          // 1..10
        int logonStartupMinRetry = 1; // 0..9
        int refreshMinRetry = 1;      // 0..9
    };

    // The guide gives no limit; the vendor console refuses very long configuration names and a
    // summary must stay readable, so 100 characters is where the console stops.
    static constexpr int MaxConfigNameLength = 100;

    // Chosen patches (E02/E03). An explicitly empty list is refused by validate(): an empty selection
    // must never silently widen into "all missing patches". Use clearPatchIds() for E01.
    void setPatchIds(const QList<qint64> &ids);
    void clearPatchIds();
    QList<qint64> patchIds() const { return m_patchIds; }

    // Target set formats. Setting one does not clear another: choosing two is a validation error,
    // so a caller that mixes them finds out instead of losing one.
    void setResourceIds(const QList<qint64> &ids);
    void setResourceNames(const QStringList &names);
    void setCustomGroups(const QStringList &names);
    void setIpAddresses(const QStringList &addresses);
    void setRemoteOffices(const QStringList &names);
    void clearTargets();
    QList<TargetFormat> targetFormats() const;
    QList<qint64> resourceIds() const { return m_resourceIds; }
    QStringList targetNames(TargetFormat format) const;

    void setConfigName(const QString &name) { m_configName = name; }
    QString configName() const { return m_configName; }
    void setConfigDescription(const QString &text) { m_configDescription = text; }
    QString configDescription() const { return m_configDescription; }
    void setAction(DeploymentAction action) { m_action = action; }
    DeploymentAction action() const { return m_action; }
    void setDeploymentType(DeploymentType type) { m_deploymentType = type; }
    DeploymentType deploymentType() const { return m_deploymentType; }
    // Required and sent for every deployment type (see validate()).
    void setDeploymentPolicyTemplateId(qint64 templateId) { m_templateId = templateId; }
    void clearDeploymentPolicyTemplateId() { m_templateId.reset(); }
    std::optional<qint64> deploymentPolicyTemplateId() const { return m_templateId; }
    void setForceRebootOption(ForceRebootOption option) { m_forceReboot = option; }
    std::optional<ForceRebootOption> forceRebootOption() const { return m_forceReboot; }
    // Not sent unless set: the server then applies its own default (retry enabled).
    void setRetrySettings(const RetrySettings &retry) { m_retry = retry; }
    std::optional<RetrySettings> retrySettings() const { return m_retry; }
    void setInstallAfter(const QDateTime &when) { m_installAfter = when; }
    std::optional<QDateTime> installAfter() const { return m_installAfter; }
    void setExpiry(const QDateTime &when) { m_expiry = when; }
    std::optional<QDateTime> expiry() const { return m_expiry; }
    void setDeadline(const QDateTime &when) { m_deadline = when; }
    std::optional<QDateTime> deadline() const { return m_deadline; }
    // E01 only: deploy only the approved ones among the missing patches.
    void setOnlyApproved(bool onlyApproved) { m_onlyApproved = onlyApproved; }
    std::optional<bool> onlyApproved() const { return m_onlyApproved; }

    // "yyyy-MM-dd HH:mm" in the date-time's own time zone (the server's zone is not documented).
    static QString scheduleText(const QDateTime &when);
    static QString targetFieldName(TargetFormat format);

    OperationId operation() const override;
    ApiError validate(const QDateTime &now) const override;
    QJsonObject body() const override;
    QString summary() const override;
    QStringList targets() const override;
    int targetCount() const override;

private:
    ApiError validateTargets() const;
    ApiError validateSchedule(const QDateTime &now) const;
    QString targetPhrase() const;

    QList<qint64> m_patchIds;
    bool m_patchIdsSet = false;
    QList<qint64> m_resourceIds;
    QStringList m_resourceNames;
    QStringList m_customGroups;
    QStringList m_ipAddresses;
    QStringList m_remoteOffices;
    QList<TargetFormat> m_chosen; // formats set so far, each once
    QString m_configName;
    QString m_configDescription;
    DeploymentAction m_action = DeploymentAction::Draft;
    DeploymentType m_deploymentType = DeploymentType::DeployOnly;
    std::optional<qint64> m_templateId;
    std::optional<ForceRebootOption> m_forceReboot;
    std::optional<RetrySettings> m_retry;
    std::optional<QDateTime> m_installAfter;
    std::optional<QDateTime> m_expiry;
    std::optional<QDateTime> m_deadline;
    std::optional<bool> m_onlyApproved;
};

} // namespace pmp::api
