#include "ApdTaskSettings.h"

#include "RequestRules.h"
#include "api/ValueReader.h"

namespace pmp::api {

namespace {

using Field = ApdTaskSettings::Field;
using UpdateType = ApdTaskSettings::UpdateType;

const char *const kExpiryFormat = "MM/dd/yyyy, HH:mm";
const QChar kListSeparator = QLatin1Char(',');

Field updateField(UpdateType type)
{
    return Field(int(Field::SecurityUpdate) + int(type));
}

QString fieldKey(Field f)
{
    switch (f) {
    case Field::TaskName:
        return QStringLiteral("taskName");
    case Field::TemplateName:
        return QStringLiteral("templateName");
    case Field::Description:
        return QStringLiteral("description");
    case Field::Platform:
        return QStringLiteral("platform");
    case Field::TargetType:
        return QStringLiteral("target_type");
    case Field::TargetList:
        return QStringLiteral("target_list");
    case Field::SecurityUpdate:
        return QStringLiteral("security_update");
    case Field::NonSecurityUpdate:
        return QStringLiteral("non_security_update");
    case Field::ThirdPartyUpdate:
        return QStringLiteral("thirdparty_update");
    case Field::DefinitionUpdate:
        return QStringLiteral("definition_update");
    case Field::ServicePackUpdate:
        return QStringLiteral("servicepack_update");
    case Field::FeaturePackUpdate:
        return QStringLiteral("featurepack_update");
    case Field::Rollups:
        return QStringLiteral("rollups");
    case Field::OptionalUpdates:
        return QStringLiteral("optional_updates");
    case Field::Driver:
        return QStringLiteral("driver");
    case Field::PreviewRollups:
        return QStringLiteral("preview_rollups");
    case Field::OsAppType:
        return QStringLiteral("include_os_app_type");
    case Field::OsApplications:
        return QStringLiteral("os_applications");
    case Field::TpAppType:
        return QStringLiteral("include_tp_app_type");
    case Field::TpApplications:
        return QStringLiteral("tp_applications");
    case Field::Delay:
        return QStringLiteral("delay_deployment_by_approved_time");
    case Field::Expiry:
        return QStringLiteral("EXPIRY_TIME");
    case Field::Deadline:
        return QStringLiteral("deadlineSettings");
    case Field::Email:
        return QStringLiteral("email");
    case Field::FailureNotifyEnable:
        return QStringLiteral("failure_notify_enable");
    case Field::FailureNotifyDuration:
        return QStringLiteral("failure_notify_duration");
    case Field::NeedFailureAttachment:
        return QStringLiteral("NeedFailureAttachment");
    case Field::AttachmentFormatForFailure:
        return QStringLiteral("attachmentFormatForFailure");
    case Field::ReportNotifyEnable:
        return QStringLiteral("report_notify_enable");
    case Field::ReportNotifyDuration:
        return QStringLiteral("report_notify_duration");
    case Field::NeedReportAttachment:
        return QStringLiteral("NeedReportAttachment");
    case Field::AttachmentFormatForReport:
        return QStringLiteral("attachmentFormatForReport");
    }
    return {};
}

QString settingsField(const QString &key)
{
    return QStringLiteral("settings.") + key;
}

QString settingsField(Field f)
{
    return settingsField(fieldKey(f));
}

QString flag(bool on)
{
    return on ? QStringLiteral("true") : QStringLiteral("false");
}

bool readFlag(const QJsonValue &v, bool fallback)
{
    return ValueReader::boolean(v).value_or(fallback);
}

int readInt(const QJsonValue &v, int fallback)
{
    return int(ValueReader::integer(v).value_or(fallback));
}

ApiError checkListNames(const QString &field, const QStringList &names, const QString &emptyMessage)
{
    if (names.isEmpty())
        return ApiError::validation(field, emptyMessage);
    for (const QString &n : names) {
        if (n.trimmed().isEmpty())
            return ApiError::validation(field, ApdTaskSettings::tr("%1 contains an empty name.").arg(field));
        // The list travels as one comma-joined string: a comma inside a name would split it in two.
        if (n.contains(kListSeparator))
            return ApiError::validation(field, ApdTaskSettings::tr("“%1” contains a comma, which separates the "
                                                                   "names in %2.")
                                                   .arg(n, field));
    }
    return {};
}

} // namespace

void ApdTaskSettings::setTaskName(const QString &name)
{
    m_taskName = name;
    mark(Field::TaskName);
}

void ApdTaskSettings::setTemplateName(const QString &name)
{
    m_templateName = name;
    mark(Field::TemplateName);
}

void ApdTaskSettings::setDescription(const QString &text)
{
    m_description = text;
    mark(Field::Description);
}

void ApdTaskSettings::setPlatform(Platform platform)
{
    m_platform = platform;
    mark(Field::Platform);
}

void ApdTaskSettings::setTargetType(TargetType type)
{
    m_targetType = type;
    mark(Field::TargetType);
}

void ApdTaskSettings::setTargetList(const QStringList &targets)
{
    m_targetList = targets;
    mark(Field::TargetList);
}

void ApdTaskSettings::setUpdateType(UpdateType type, bool include)
{
    m_updates.at(size_t(type)) = include;
    mark(updateField(type));
}

bool ApdTaskSettings::isApplicable(UpdateType type, Platform platform)
{
    switch (platform) {
    case Platform::Windows:
        return true;
    case Platform::Mac:
        return type == UpdateType::Security || type == UpdateType::NonSecurity || type == UpdateType::ThirdParty ||
               type == UpdateType::Optional;
    case Platform::Linux:
        return type == UpdateType::Security || type == UpdateType::ThirdParty;
    }
    return false;
}

void ApdTaskSettings::setOsAppSelection(AppSelection selection)
{
    m_osAppSelection = selection;
    mark(Field::OsAppType);
}

void ApdTaskSettings::setOsApplications(const QStringList &apps)
{
    m_osApplications = apps;
    mark(Field::OsApplications);
}

void ApdTaskSettings::setTpAppSelection(AppSelection selection)
{
    m_tpAppSelection = selection;
    mark(Field::TpAppType);
}

void ApdTaskSettings::setTpApplications(const QStringList &apps)
{
    m_tpApplications = apps;
    mark(Field::TpApplications);
}

void ApdTaskSettings::setDelay(DelayBasis basis, int value)
{
    m_delayBasis = basis;
    m_delayValue = value;
    mark(Field::Delay);
}

void ApdTaskSettings::setExpiry(const QDateTime &when)
{
    m_expiry = when;
    mark(Field::Expiry);
}

void ApdTaskSettings::setDeadlineSettings(const DeadlineSettings &deadline)
{
    m_deadline = deadline;
    mark(Field::Deadline);
}

void ApdTaskSettings::setEmail(const QString &address)
{
    m_email = address.trimmed();
    mark(Field::Email);
}

void ApdTaskSettings::setFailureNotifyEnabled(bool on)
{
    m_failureNotify = on;
    mark(Field::FailureNotifyEnable);
}

void ApdTaskSettings::setFailureNotifyDuration(int days)
{
    m_failureDuration = days;
    mark(Field::FailureNotifyDuration);
}

void ApdTaskSettings::setNeedFailureAttachment(bool on)
{
    m_failureAttachment = on;
    mark(Field::NeedFailureAttachment);
}

void ApdTaskSettings::setAttachmentFormatForFailure(const QString &format)
{
    m_failureFormat = format.trimmed().toLower();
    mark(Field::AttachmentFormatForFailure);
}

void ApdTaskSettings::setReportNotifyEnabled(bool on)
{
    m_reportNotify = on;
    mark(Field::ReportNotifyEnable);
}

void ApdTaskSettings::setReportNotifyDuration(int days)
{
    m_reportDuration = days;
    mark(Field::ReportNotifyDuration);
}

void ApdTaskSettings::setNeedReportAttachment(bool on)
{
    m_reportAttachment = on;
    mark(Field::NeedReportAttachment);
}

void ApdTaskSettings::setAttachmentFormatForReport(const QString &format)
{
    m_reportFormat = format.trimmed().toLower();
    mark(Field::AttachmentFormatForReport);
}

QList<ApdTaskSettings::Field> ApdTaskSettings::setFields() const
{
    QList<Field> out;
    for (int i = 0; i < FieldCount; ++i)
        if (isSet(Field(i)))
            out.append(Field(i));
    return out;
}

QString ApdTaskSettings::fieldLabel(Field field)
{
    switch (field) {
    case Field::TaskName:
        return tr("name");
    case Field::TemplateName:
        return tr("deployment policy");
    case Field::Description:
        return tr("description");
    case Field::Platform:
        return tr("platform");
    case Field::TargetType:
        return tr("target type");
    case Field::TargetList:
        return tr("targets");
    case Field::SecurityUpdate:
        return tr("security updates");
    case Field::NonSecurityUpdate:
        return tr("non-security updates");
    case Field::ThirdPartyUpdate:
        return tr("third-party updates");
    case Field::DefinitionUpdate:
        return tr("definition updates");
    case Field::ServicePackUpdate:
        return tr("service packs");
    case Field::FeaturePackUpdate:
        return tr("feature packs");
    case Field::Rollups:
        return tr("rollups");
    case Field::OptionalUpdates:
        return tr("optional updates");
    case Field::Driver:
        return tr("driver updates");
    case Field::PreviewRollups:
        return tr("preview rollups");
    case Field::OsAppType:
        return tr("OS application selection");
    case Field::OsApplications:
        return tr("OS applications");
    case Field::TpAppType:
        return tr("third-party application selection");
    case Field::TpApplications:
        return tr("third-party applications");
    case Field::Delay:
        return tr("deployment delay");
    case Field::Expiry:
        return tr("expiry");
    case Field::Deadline:
        return tr("deadline");
    case Field::Email:
        return tr("notification e-mail");
    case Field::FailureNotifyEnable:
        return tr("failure notifications");
    case Field::FailureNotifyDuration:
        return tr("failure notification interval");
    case Field::NeedFailureAttachment:
        return tr("failure report attachment");
    case Field::AttachmentFormatForFailure:
        return tr("failure report format");
    case Field::ReportNotifyEnable:
        return tr("report notifications");
    case Field::ReportNotifyDuration:
        return tr("report notification interval");
    case Field::NeedReportAttachment:
        return tr("report attachment");
    case Field::AttachmentFormatForReport:
        return tr("report format");
    }
    return {};
}

QString ApdTaskSettings::platformName(Platform platform)
{
    switch (platform) {
    case Platform::Windows:
        return QStringLiteral("Windows");
    case Platform::Mac:
        return QStringLiteral("Mac");
    case Platform::Linux:
        return QStringLiteral("Linux");
    }
    return {};
}

QString ApdTaskSettings::targetTypeName(TargetType type)
{
    switch (type) {
    case TargetType::Domain:
        return QStringLiteral("DOMAIN");
    case TargetType::RemoteOffice:
        return QStringLiteral("REMOTE_OFFICE");
    case TargetType::CustomGroup:
        return QStringLiteral("CUSTOM_GROUP");
    }
    return {};
}

QString ApdTaskSettings::appSelectionName(AppSelection selection)
{
    switch (selection) {
    case AppSelection::All:
        return {}; // no literal in the guide
    case AppSelection::Specific:
        return QStringLiteral("Patch Specific Applications");
    case AppSelection::AllExcept:
        return QStringLiteral("Patch All Applications Except");
    }
    return {};
}

QString ApdTaskSettings::updateTypeKey(UpdateType type)
{
    return fieldKey(updateField(type));
}

QString ApdTaskSettings::delayKey(DelayBasis basis)
{
    switch (basis) {
    case DelayBasis::None:
        return {};
    case DelayBasis::AfterApproval:
        return QStringLiteral("delay_deployment_by_approved_time");
    case DelayBasis::AfterRelease:
        return QStringLiteral("delay_deployment_by_released_time");
    }
    return {};
}

QString ApdTaskSettings::expiryText(const QDateTime &when)
{
    return when.toString(QLatin1String(kExpiryFormat));
}

bool ApdTaskSettings::isAttachmentFormat(const QString &format)
{
    // xls and pdf are the guide's examples; csv is the third export format of the vendor's reports.
    return format == QLatin1String("xls") || format == QLatin1String("pdf") || format == QLatin1String("csv");
}

QJsonObject ApdTaskSettings::toJson(bool partial) const
{
    QJsonObject o;
    // Core fields go into a complete task even when untouched (with their defaults); the optional
    // ones only when set, so the server applies its own default for them.
    const auto want = [&](Field f, bool core) { return isSet(f) || (!partial && core); };
    const auto put = [&](Field f, const QJsonValue &v) { o.insert(fieldKey(f), v); };

    if (want(Field::TaskName, true))
        put(Field::TaskName, m_taskName.trimmed());
    if (want(Field::TemplateName, true))
        put(Field::TemplateName, m_templateName.trimmed());
    if (want(Field::Description, false))
        put(Field::Description, m_description);
    if (want(Field::Platform, true))
        put(Field::Platform, platformName(m_platform));
    if (want(Field::TargetType, true))
        put(Field::TargetType, targetTypeName(m_targetType));
    if (want(Field::TargetList, true))
        put(Field::TargetList, m_targetList.join(kListSeparator));
    for (int i = 0; i < UpdateTypeCount; ++i) {
        const auto type = UpdateType(i);
        // driver and preview_rollups are undocumented: sent only when asked for.
        const bool core = type != UpdateType::Driver && type != UpdateType::PreviewRollups;
        if (want(updateField(type), core))
            put(updateField(type), flag(includes(type)));
    }
    // Only the guide's two literals go out (issue 14 #20). All has none, so it is sent as no selection:
    // neither include_*_app_type nor a list, and a new task patches every application. (A modification
    // cannot express it; validate() refuses that.)
    const auto apps = [&](Field typeField, Field listField, AppSelection selection, const QStringList &list) {
        const bool all = selection == AppSelection::All && (isSet(typeField) || !partial);
        if (want(typeField, true) && !all)
            put(typeField, appSelectionName(selection));
        if (want(listField, false) && !all)
            put(listField, list.join(kListSeparator));
    };
    apps(Field::OsAppType, Field::OsApplications, m_osAppSelection, m_osApplications);
    apps(Field::TpAppType, Field::TpApplications, m_tpAppSelection, m_tpApplications);
    // One real key, never the sample's slash-joined one (Q35).
    if (want(Field::Delay, false) && m_delayBasis != DelayBasis::None)
        o.insert(delayKey(m_delayBasis), QString::number(m_delayValue));
    if (want(Field::Expiry, false) && m_expiry.isValid())
        put(Field::Expiry, expiryText(m_expiry));
    if (want(Field::Deadline, false)) {
        // No sample shows this object; it is written like installpatch's retrySettings (camelCase keys,
        // real boolean, numbers as numbers), which is how the documented types read too.
        QJsonObject d;
        d.insert(QStringLiteral("enableDeadline"), m_deadline.enableDeadline);
        // With the deadline off the other two mean nothing, as the retry counts in installpatch.
        if (m_deadline.enableDeadline) {
            d.insert(QStringLiteral("preferredDays"), m_deadline.preferredDays);
            d.insert(QStringLiteral("forceRebootOption"), int(m_deadline.forceRebootOption));
        }
        put(Field::Deadline, d);
    }
    if (want(Field::Email, false))
        put(Field::Email, m_email);
    if (want(Field::FailureNotifyEnable, true))
        put(Field::FailureNotifyEnable, flag(m_failureNotify));
    // Documented as integers, sent as strings in the sample ("1"): the sample wins (Q28).
    if (want(Field::FailureNotifyDuration, true))
        put(Field::FailureNotifyDuration, QString::number(m_failureDuration));
    if (want(Field::NeedFailureAttachment, true))
        put(Field::NeedFailureAttachment, flag(m_failureAttachment));
    if (want(Field::AttachmentFormatForFailure, true))
        put(Field::AttachmentFormatForFailure, m_failureFormat);
    if (want(Field::ReportNotifyEnable, true))
        put(Field::ReportNotifyEnable, flag(m_reportNotify));
    if (want(Field::ReportNotifyDuration, true))
        put(Field::ReportNotifyDuration, QString::number(m_reportDuration));
    if (want(Field::NeedReportAttachment, true))
        put(Field::NeedReportAttachment, flag(m_reportAttachment));
    if (want(Field::AttachmentFormatForReport, true))
        put(Field::AttachmentFormatForReport, m_reportFormat);
    return o;
}

ApdTaskSettings ApdTaskSettings::fromJson(const QJsonObject &settings)
{
    ApdTaskSettings s;
    const auto has = [&](Field f) { return settings.contains(fieldKey(f)); };
    const auto value = [&](Field f) { return settings.value(fieldKey(f)); };
    const auto text = [&](Field f) { return ValueReader::rawText(value(f)); };

    if (has(Field::TaskName))
        s.setTaskName(text(Field::TaskName));
    if (has(Field::TemplateName))
        s.setTemplateName(text(Field::TemplateName));
    if (has(Field::Description))
        s.setDescription(text(Field::Description));
    if (has(Field::Platform)) {
        const QString p = text(Field::Platform).trimmed();
        for (const Platform candidate : {Platform::Windows, Platform::Mac, Platform::Linux})
            if (p.compare(platformName(candidate), Qt::CaseInsensitive) == 0)
                s.setPlatform(candidate);
    }
    if (has(Field::TargetType)) {
        const QString t = text(Field::TargetType).trimmed();
        for (const TargetType candidate : {TargetType::Domain, TargetType::RemoteOffice, TargetType::CustomGroup})
            if (t.compare(targetTypeName(candidate), Qt::CaseInsensitive) == 0)
                s.setTargetType(candidate);
    }
    if (has(Field::TargetList))
        s.setTargetList(RequestRules::splitList(text(Field::TargetList), kListSeparator));
    for (int i = 0; i < UpdateTypeCount; ++i) {
        const Field f = updateField(UpdateType(i));
        if (has(f))
            s.setUpdateType(UpdateType(i), readFlag(value(f), false));
    }
    const auto readSelection = [&](Field f, void (ApdTaskSettings::*setter)(AppSelection)) {
        if (!has(f))
            return;
        const QString v = text(f).trimmed();
        for (const AppSelection candidate : {AppSelection::Specific, AppSelection::AllExcept})
            if (v.compare(appSelectionName(candidate), Qt::CaseInsensitive) == 0)
                (s.*setter)(candidate);
        // What earlier versions sent for All, which the store may still hold.
        if (v.compare(QLatin1String("Patch All Applications"), Qt::CaseInsensitive) == 0)
            (s.*setter)(AppSelection::All);
    };
    readSelection(Field::OsAppType, &ApdTaskSettings::setOsAppSelection);
    readSelection(Field::TpAppType, &ApdTaskSettings::setTpAppSelection);
    if (has(Field::OsApplications))
        s.setOsApplications(RequestRules::splitList(text(Field::OsApplications), kListSeparator));
    if (has(Field::TpApplications))
        s.setTpApplications(RequestRules::splitList(text(Field::TpApplications), kListSeparator));

    const QString approved = delayKey(DelayBasis::AfterApproval);
    const QString released = delayKey(DelayBasis::AfterRelease);
    if (settings.contains(approved))
        s.setDelay(DelayBasis::AfterApproval, readInt(settings.value(approved), 0));
    else if (settings.contains(released))
        s.setDelay(DelayBasis::AfterRelease, readInt(settings.value(released), 0));
    else if (settings.contains(approved + QLatin1Char('/') + released))
        // The guide sample's literal key (Q35): read as its first alternative, the delay after approval.
        s.setDelay(DelayBasis::AfterApproval, readInt(settings.value(approved + QLatin1Char('/') + released), 0));

    if (has(Field::Expiry))
        s.setExpiry(QDateTime::fromString(text(Field::Expiry).trimmed(), QLatin1String(kExpiryFormat)));
    if (has(Field::Deadline)) {
        const QJsonObject d = value(Field::Deadline).toObject();
        DeadlineSettings ds;
        ds.enableDeadline = readFlag(d.value(QLatin1String("enableDeadline")), false);
        ds.preferredDays = readInt(d.value(QLatin1String("preferredDays")), ds.preferredDays);
        ds.forceRebootOption = ForceRebootOption(readInt(d.value(QLatin1String("forceRebootOption")), 0));
        s.setDeadlineSettings(ds);
    }
    if (has(Field::Email))
        s.setEmail(text(Field::Email));
    if (has(Field::FailureNotifyEnable))
        s.setFailureNotifyEnabled(readFlag(value(Field::FailureNotifyEnable), false));
    if (has(Field::FailureNotifyDuration))
        s.setFailureNotifyDuration(readInt(value(Field::FailureNotifyDuration), 1));
    if (has(Field::NeedFailureAttachment))
        s.setNeedFailureAttachment(readFlag(value(Field::NeedFailureAttachment), false));
    if (has(Field::AttachmentFormatForFailure))
        s.setAttachmentFormatForFailure(text(Field::AttachmentFormatForFailure));
    if (has(Field::ReportNotifyEnable))
        s.setReportNotifyEnabled(readFlag(value(Field::ReportNotifyEnable), false));
    if (has(Field::ReportNotifyDuration))
        s.setReportNotifyDuration(readInt(value(Field::ReportNotifyDuration), 1));
    if (has(Field::NeedReportAttachment))
        s.setNeedReportAttachment(readFlag(value(Field::NeedReportAttachment), false));
    if (has(Field::AttachmentFormatForReport))
        s.setAttachmentFormatForReport(text(Field::AttachmentFormatForReport));
    return s;
}

ApiError ApdTaskSettings::validateUpdates(bool partial) const
{
    // Without the platform in hand (a modification that leaves it alone) applicability cannot be
    // judged here; the server checks it against the stored task.
    if (partial && !isSet(Field::Platform))
        return {};
    const QString platform = platformName(m_platform);
    bool anyApplicable = false;
    for (int i = 0; i < UpdateTypeCount; ++i) {
        const auto type = UpdateType(i);
        if (!includes(type))
            continue;
        if (!isApplicable(type, m_platform))
            return ApiError::validation(settingsField(updateField(type)),
                                        tr("%1 is not applicable to %2 tasks: %3 are not available on %2.")
                                            .arg(updateTypeKey(type), platform, fieldLabel(updateField(type))));
        anyApplicable = true;
    }
    // In a modification the flags left alone keep their stored values, so "none selected" can only be
    // judged when the change sets every flag that applies.
    bool allApplicableSet = true;
    for (int i = 0; i < UpdateTypeCount; ++i)
        if (isApplicable(UpdateType(i), m_platform) && !isSet(updateField(UpdateType(i))))
            allApplicableSet = false;
    if (!anyApplicable && (!partial || allApplicableSet))
        return ApiError::validation(settingsField(Field::SecurityUpdate),
                                    tr("At least one applicable update type must be selected for the chosen platform "
                                       "(%1).")
                                        .arg(platform));
    return {};
}

ApiError ApdTaskSettings::validateApps(bool partial) const
{
    struct Apps
    {
        Field typeField;
        Field listField;
        AppSelection selection;
        const QStringList *list;
    };
    const Apps both[] = {{Field::OsAppType, Field::OsApplications, m_osAppSelection, &m_osApplications},
                         {Field::TpAppType, Field::TpApplications, m_tpAppSelection, &m_tpApplications}};
    for (const Apps &a : both) {
        const int sel = int(a.selection);
        if ((!partial || isSet(a.typeField)) && (sel < 0 || sel > 2))
            return ApiError::validation(settingsField(a.typeField),
                                        tr("%1 must be all applications, Patch Specific Applications or Patch All "
                                           "Applications Except.")
                                            .arg(fieldKey(a.typeField)));
        if (a.selection == AppSelection::All) {
            // A new task without a selection patches everything; an existing one keeps the selection it
            // has, and the guide gives no value that sets it back to all.
            if (partial && isSet(a.typeField))
                return ApiError::validation(settingsField(a.typeField),
                                            tr("The API has no documented value of %1 for all applications, so a "
                                               "task cannot be switched back to them: delete the task and create it "
                                               "again.")
                                                .arg(fieldKey(a.typeField)));
            continue;
        }
        // "Specific" and "All Except" name applications; without names the choice means nothing.
        const bool judge = partial ? isSet(a.typeField) && isSet(a.listField) : true;
        if (judge && a.list->isEmpty())
            return ApiError::validation(
                settingsField(a.listField),
                tr("%1 is “%2” but %3 is empty: name at least one application.")
                    .arg(fieldKey(a.typeField), appSelectionName(a.selection), fieldKey(a.listField)));
        if (!partial || isSet(a.listField))
            for (const QString &app : *a.list)
                if (app.contains(kListSeparator))
                    return ApiError::validation(
                        settingsField(a.listField),
                        tr("“%1” contains a comma, which separates the names in %2.").arg(app, fieldKey(a.listField)));
    }
    return {};
}

ApiError ApdTaskSettings::validateNotifications(bool partial) const
{
    const auto check = [&](Field f) { return !partial || isSet(f); };
    if (check(Field::FailureNotifyDuration) && m_failureDuration < 1)
        return ApiError::validation(
            settingsField(Field::FailureNotifyDuration),
            tr("failure_notify_duration is %1 days; it must be at least 1.").arg(m_failureDuration));
    if (check(Field::ReportNotifyDuration) && m_reportDuration < 1)
        return ApiError::validation(
            settingsField(Field::ReportNotifyDuration),
            tr("report_notify_duration is %1 days; it must be at least 1.").arg(m_reportDuration));
    if (check(Field::AttachmentFormatForFailure) && !isAttachmentFormat(m_failureFormat))
        return ApiError::validation(
            settingsField(Field::AttachmentFormatForFailure),
            tr("attachmentFormatForFailure “%1” is not one of xls, pdf or csv.").arg(m_failureFormat));
    if (check(Field::AttachmentFormatForReport) && !isAttachmentFormat(m_reportFormat))
        return ApiError::validation(
            settingsField(Field::AttachmentFormatForReport),
            tr("attachmentFormatForReport “%1” is not one of xls, pdf or csv.").arg(m_reportFormat));
    const bool notifying =
        (check(Field::FailureNotifyEnable) && m_failureNotify) || (check(Field::ReportNotifyEnable) && m_reportNotify);
    // A modification that turns notifications on may rely on the address already stored.
    if (notifying && m_email.isEmpty() && (!partial || isSet(Field::Email)))
        return ApiError::validation(settingsField(Field::Email),
                                    tr("Notifications are on but no e-mail address is given."));
    if (check(Field::Email) && !m_email.isEmpty()) {
        // Several recipients are written comma-separated, as in the vendor console.
        const QStringList addresses = RequestRules::splitList(m_email, QLatin1Char(','));
        for (const QString &a : addresses)
            if (!RequestRules::isEmailAddress(a))
                return ApiError::validation(settingsField(Field::Email),
                                            tr("“%1” is not a valid e-mail address.").arg(a));
    }
    return {};
}

ApiError ApdTaskSettings::validate(const QDateTime &now, bool partial) const
{
    const auto check = [&](Field f) { return !partial || isSet(f); };
    if (check(Field::TaskName) && m_taskName.trimmed().isEmpty())
        return ApiError::validation(settingsField(Field::TaskName), tr("taskName is required: name the task."));
    if (check(Field::TemplateName) && m_templateName.trimmed().isEmpty())
        return ApiError::validation(settingsField(Field::TemplateName),
                                    tr("templateName is required: choose the deployment policy the task uses."));
    const int platform = int(m_platform);
    if (check(Field::Platform) && (platform < 0 || platform > 2))
        return ApiError::validation(settingsField(Field::Platform), tr("platform must be Windows, Mac or Linux."));
    const int targetType = int(m_targetType);
    if (check(Field::TargetType) && (targetType < 0 || targetType > 2))
        return ApiError::validation(settingsField(Field::TargetType),
                                    tr("target_type must be DOMAIN, REMOTE_OFFICE or CUSTOM_GROUP."));
    // A new target type with the old list would point the task at names of the wrong kind.
    if (partial && isSet(Field::TargetType) && !isSet(Field::TargetList))
        return ApiError::validation(settingsField(Field::TargetList),
                                    tr("Changing target_type needs target_list as well: name the new targets."));
    if (check(Field::TargetList))
        if (const ApiError e = checkListNames(settingsField(Field::TargetList), m_targetList,
                                              tr("target_list is empty: choose at least one target.")))
            return e;
    if (const ApiError e = validateUpdates(partial))
        return e;
    if (const ApiError e = validateApps(partial))
        return e;
    if (isSet(Field::Delay)) {
        const int basis = int(m_delayBasis);
        if (basis < 0 || basis > 2)
            return ApiError::validation(settingsField(Field::Delay),
                                        tr("The delay must count from approval or from release."));
        if (m_delayBasis == DelayBasis::None)
            return ApiError::validation(settingsField(Field::Delay),
                                        tr("The API has no way to clear a delay: set a delay after approval or after "
                                           "release."));
        if (m_delayValue < 1)
            return ApiError::validation(
                settingsField(delayKey(m_delayBasis)),
                tr("%1 is %2; a delay must be at least 1.").arg(delayKey(m_delayBasis)).arg(m_delayValue));
    }
    if (isSet(Field::Expiry)) {
        if (!m_expiry.isValid())
            return ApiError::validation(settingsField(Field::Expiry),
                                        tr("EXPIRY_TIME is not a valid date and time (MM/dd/yyyy, HH:mm)."));
        QDateTime minute = m_expiry;
        minute.setTime(QTime(m_expiry.time().hour(), m_expiry.time().minute()));
        if (minute <= now)
            return ApiError::validation(settingsField(Field::Expiry),
                                        tr("The task expiry (%1) is not in the future.").arg(expiryText(m_expiry)));
    }
    if (isSet(Field::Deadline)) {
        if (!DeploymentOptions::isValid(m_deadline.forceRebootOption))
            return ApiError::validation(QStringLiteral("settings.deadlineSettings.forceRebootOption"),
                                        tr("deadlineSettings.forceRebootOption must be 0 (disabled), 1 (within the "
                                           "window) or 2 (outside the window); %1 is not one of them.")
                                            .arg(int(m_deadline.forceRebootOption)));
        if (m_deadline.enableDeadline && m_deadline.preferredDays < 1)
            return ApiError::validation(QStringLiteral("settings.deadlineSettings.preferredDays"),
                                        tr("deadlineSettings.preferredDays is %1; with the deadline enabled it must be "
                                           "at least 1 day.")
                                            .arg(m_deadline.preferredDays));
    }
    return validateNotifications(partial);
}

} // namespace pmp::api
