#pragma once

#include "DeploymentOptions.h"
#include "api/ApiError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <array>

namespace pmp::api {

// The `settings` object of createAPDTask (E26) and modifyAPDTask (E24), reference 3.3.0. Remembers
// which fields were set, so a modification sends only what changes, and writes the sample's wire
// format: flags and numbers as strings ("true", "1"), the guide's mixed key casing.
class ApdTaskSettings
{
    Q_DECLARE_TR_FUNCTIONS(pmp::api::ApdTaskSettings)

public:
    enum class Platform
    {
        Windows,
        Mac,
        Linux
    };
    enum class TargetType
    {
        Domain,
        RemoteOffice,
        CustomGroup
    };
    // "All, Specific, or All Except"; only the last two literals appear in the guide, so All is sent
    // as no selection at all (see toJson()).
    enum class AppSelection
    {
        All,
        Specific,
        AllExcept
    };
    // One value per `*_update` flag, in the guide's order; Driver and PreviewRollups are listed
    // without a description.
    enum class UpdateType
    {
        Security,
        NonSecurity,
        ThirdParty,
        Definition,
        ServicePack,
        FeaturePack,
        Rollups,
        Optional,
        Driver,
        PreviewRollups,
    };
    static constexpr int UpdateTypeCount = 10;
    // The sample's key "delay_deployment_by_approved_time/delay_deployment_by_released_time" means
    // "one of the two" (Q35): a task delays from approval or from release, never both.
    enum class DelayBasis
    {
        None,
        AfterApproval,
        AfterRelease
    };

    struct DeadlineSettings
    {
        bool enableDeadline = false;
        int preferredDays = 1; // days after which unpatched systems are force-deployed
        ForceRebootOption forceRebootOption = ForceRebootOption::NotConfigured;
    };

    // Every settable field, for change tracking.
    enum class Field
    {
        TaskName,
        TemplateName,
        Description,
        Platform,
        TargetType,
        TargetList,
        SecurityUpdate, // the ten update flags follow in UpdateType order
        NonSecurityUpdate,
        ThirdPartyUpdate,
        DefinitionUpdate,
        ServicePackUpdate,
        FeaturePackUpdate,
        Rollups,
        OptionalUpdates,
        Driver,
        PreviewRollups,
        OsAppType,
        OsApplications,
        TpAppType,
        TpApplications,
        Delay,
        Expiry,
        Deadline,
        Email,
        FailureNotifyEnable,
        FailureNotifyDuration,
        NeedFailureAttachment,
        AttachmentFormatForFailure,
        ReportNotifyEnable,
        ReportNotifyDuration,
        NeedReportAttachment,
        AttachmentFormatForReport,
    };
    static constexpr int FieldCount = int(Field::AttachmentFormatForReport) + 1;

    void setTaskName(const QString &name);
    QString taskName() const { return m_taskName; }
    // A deployment policy name (E10 template_name).
    void setTemplateName(const QString &name);
    QString templateName() const { return m_templateName; }
    void setDescription(const QString &text);
    QString description() const { return m_description; }
    void setPlatform(Platform platform);
    Platform platform() const { return m_platform; }
    void setTargetType(TargetType type);
    TargetType targetType() const { return m_targetType; }
    // Sent as one string. The guide shows a single name ("Local Office") and does not say how several
    // are separated; we join with "," (the separator the server uses in its own multi-valued strings)
    // and refuse names that contain one.
    void setTargetList(const QStringList &targets);
    QStringList targetList() const { return m_targetList; }

    void setUpdateType(UpdateType type, bool include);
    bool includes(UpdateType type) const { return m_updates.at(size_t(type)); }
    // Documented applicability: Linux takes security and third-party updates only; Mac everything but
    // definition, service-pack, feature-pack and rollup updates (and the Windows-only, undocumented
    // driver and preview rollups); Windows everything.
    static bool isApplicable(UpdateType type, Platform platform);

    void setOsAppSelection(AppSelection selection);
    AppSelection osAppSelection() const { return m_osAppSelection; }
    void setOsApplications(const QStringList &apps);
    QStringList osApplications() const { return m_osApplications; }
    void setTpAppSelection(AppSelection selection);
    AppSelection tpAppSelection() const { return m_tpAppSelection; }
    void setTpApplications(const QStringList &apps);
    QStringList tpApplications() const { return m_tpApplications; }

    // The unit is "hours/days" in the guide and has no key of its own: the number is sent as it is
    // and means whatever unit the server applies.
    void setDelay(DelayBasis basis, int value);
    DelayBasis delayBasis() const { return m_delayBasis; }
    int delayValue() const { return m_delayValue; }
    void setExpiry(const QDateTime &when);
    QDateTime expiry() const { return m_expiry; }
    void setDeadlineSettings(const DeadlineSettings &deadline);
    DeadlineSettings deadlineSettings() const { return m_deadline; }

    void setEmail(const QString &address);
    QString email() const { return m_email; }
    void setFailureNotifyEnabled(bool on);
    bool failureNotifyEnabled() const { return m_failureNotify; }
    void setFailureNotifyDuration(int days);
    int failureNotifyDuration() const { return m_failureDuration; }
    void setNeedFailureAttachment(bool on);
    bool needFailureAttachment() const { return m_failureAttachment; }
    void setAttachmentFormatForFailure(const QString &format);
    QString attachmentFormatForFailure() const { return m_failureFormat; }
    void setReportNotifyEnabled(bool on);
    bool reportNotifyEnabled() const { return m_reportNotify; }
    void setReportNotifyDuration(int days);
    int reportNotifyDuration() const { return m_reportDuration; }
    void setNeedReportAttachment(bool on);
    bool needReportAttachment() const { return m_reportAttachment; }
    void setAttachmentFormatForReport(const QString &format);
    QString attachmentFormatForReport() const { return m_reportFormat; }

    bool isSet(Field field) const { return (m_set >> int(field)) & 1u; }
    bool isEmpty() const { return m_set == 0; }
    QList<Field> setFields() const;
    // A few words naming the field for summaries ("deployment policy", "targets").
    static QString fieldLabel(Field field);

    // partial=false: a complete task (createAPDTask): every documented field with its value or
    // default, plus the optional ones (delay, expiry, deadline, driver, preview rollups) when set.
    // partial=true: only the fields that were set (modifyAPDTask).
    QJsonObject toJson(bool partial) const;
    // Tolerant reader for the store and for settings the server echoes: numbers and booleans may be
    // strings or not; every key found is marked as set.
    static ApdTaskSettings fromJson(const QJsonObject &settings);

    // The first broken rule; field names are "settings.<key>". In partial mode only the fields that
    // are set are checked (the rest stay as the server has them).
    ApiError validate(const QDateTime &now, bool partial) const;

    static QString platformName(Platform platform);
    static QString targetTypeName(TargetType type);
    // The guide's literal ("Patch Specific Applications", "Patch All Applications Except"); empty for
    // All, which the guide names but never spells.
    static QString appSelectionName(AppSelection selection);
    static QString updateTypeKey(UpdateType type);
    static QString delayKey(DelayBasis basis);
    // "MM/dd/yyyy, HH:mm", e.g. "08/29/2018, 00:00".
    static QString expiryText(const QDateTime &when);
    static bool isAttachmentFormat(const QString &format);

private:
    void mark(Field field) { m_set |= quint64(1) << int(field); }
    ApiError validateUpdates(bool partial) const;
    ApiError validateApps(bool partial) const;
    ApiError validateNotifications(bool partial) const;

    quint64 m_set = 0;
    QString m_taskName;
    QString m_templateName;
    QString m_description;
    Platform m_platform = Platform::Windows;
    TargetType m_targetType = TargetType::RemoteOffice;
    QStringList m_targetList;
    std::array<bool, UpdateTypeCount> m_updates{};
    AppSelection m_osAppSelection = AppSelection::All;
    QStringList m_osApplications;
    AppSelection m_tpAppSelection = AppSelection::All;
    QStringList m_tpApplications;
    DelayBasis m_delayBasis = DelayBasis::None;
    int m_delayValue = 0;
    QDateTime m_expiry;
    DeadlineSettings m_deadline;
    QString m_email;
    bool m_failureNotify = false;
    int m_failureDuration = 1;
    bool m_failureAttachment = false;
    QString m_failureFormat = QStringLiteral("pdf");
    bool m_reportNotify = false;
    int m_reportDuration = 1;
    bool m_reportAttachment = false;
    QString m_reportFormat = QStringLiteral("pdf");
};

} // namespace pmp::api
