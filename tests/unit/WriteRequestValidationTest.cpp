#include "api/requests/AgentActionRequest.h"
#include "api/requests/ApdTaskActionRequest.h"
#include "api/requests/CreateApdTaskRequest.h"
#include "api/requests/DeclinePatchesRequest.h"
#include "api/requests/InstallPatchesRequest.h"
#include "api/requests/LegacyDeclineRequest.h"
#include "api/requests/ModifyApdTaskRequest.h"
#include "api/requests/PatchApprovalRequest.h"
#include "api/requests/ScanComputersRequest.h"
#include "api/requests/UninstallPatchesRequest.h"

#include <QTest>
#include <QTimeZone>

using namespace pmp::api;

namespace {

using Settings = ApdTaskSettings;
using Install = InstallPatchesRequest;
using Decline = DeclinePatchesRequest;

// Every time rule is judged against this instant, never the wall clock.
const QDateTime kNow(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::utc());

// E02 with every field filled in and every rule respected.
Install validInstall()
{
    Install r;
    r.setPatchIds({103980, 103981});
    r.setResourceIds({601, 602});
    r.setConfigName(QStringLiteral("June rollout"));
    r.setConfigDescription(QStringLiteral("monthly"));
    r.setAction(DeploymentAction::Deploy);
    r.setDeploymentType(Install::DeploymentType::DeployAndSelfService);
    r.setDeploymentPolicyTemplateId(1);
    r.setForceRebootOption(ForceRebootOption::OutsideWindow);
    r.setRetrySettings({true, 3, 1, 2});
    r.setInstallAfter(kNow.addDays(1));
    r.setExpiry(kNow.addDays(30));
    r.setDeadline(kNow.addDays(7));
    return r;
}

// E01: all missing approved patches on two remote offices.
Install validInstallMissing()
{
    Install r = validInstall();
    r.clearPatchIds();
    r.clearTargets();
    r.setRemoteOffices({QStringLiteral("Local Office"), QStringLiteral("Paris")});
    r.setOnlyApproved(true);
    return r;
}

UninstallPatchesRequest validUninstall()
{
    UninstallPatchesRequest r;
    r.setPatchIds({27170});
    r.setConfigName(QStringLiteral("Remove KB"));
    r.setDeploymentPolicyTemplateId(1);
    return r;
}

Decline validDecline()
{
    Decline r;
    r.setEntries({{110001, Decline::Reason::VendorReportedIssue, QStringLiteral("Crash on reboot"), {}},
                  {110003, Decline::Reason::Other, QStringLiteral("Awaiting change advisory board"), {}}});
    r.setCustomGroups(
        {{QStringLiteral("501"), QStringLiteral("Finance")}, {QStringLiteral("502"), QStringLiteral("HR")}});
    return r;
}

Settings validApdSettings()
{
    Settings s;
    s.setTaskName(QStringLiteral("windows create task"));
    s.setTemplateName(QStringLiteral("Force reboot excluding servers"));
    s.setDescription(QStringLiteral("task for windows"));
    s.setPlatform(Settings::Platform::Windows);
    s.setTargetType(Settings::TargetType::RemoteOffice);
    s.setTargetList({QStringLiteral("Local Office")});
    s.setUpdateType(Settings::UpdateType::Security, true);
    s.setUpdateType(Settings::UpdateType::Definition, true);
    s.setOsAppSelection(Settings::AppSelection::AllExcept);
    s.setOsApplications({QStringLiteral("Windows Defender x64")});
    s.setTpAppSelection(Settings::AppSelection::Specific);
    s.setTpApplications({QStringLiteral("Notepad++")});
    s.setDelay(Settings::DelayBasis::AfterRelease, 5);
    s.setExpiry(kNow.addDays(90));
    s.setDeadlineSettings({true, 3, ForceRebootOption::WithinWindow});
    s.setEmail(QStringLiteral("admin@example.com"));
    s.setFailureNotifyEnabled(true);
    s.setFailureNotifyDuration(1);
    s.setNeedFailureAttachment(true);
    s.setAttachmentFormatForFailure(QStringLiteral("xls"));
    s.setReportNotifyEnabled(true);
    s.setReportNotifyDuration(3);
    s.setNeedReportAttachment(true);
    s.setAttachmentFormatForReport(QStringLiteral("pdf"));
    return s;
}

ApiError validateCreate(const Settings &s)
{
    return CreateApdTaskRequest(s).validate(kNow);
}

} // namespace

// The error must be a validation error about `fieldName` whose message contains `fragment`.
#define EXPECT_INVALID(error, fieldName, fragment)                                                                     \
    do {                                                                                                               \
        const ApiError e_ = (error);                                                                                   \
        QVERIFY2(e_.kind() == ApiError::Kind::Validation, "expected a validation error");                              \
        QCOMPARE(e_.field(), QStringLiteral(fieldName));                                                               \
        QVERIFY2(e_.message().contains(QStringLiteral(fragment)), qPrintable(e_.message()));                           \
    } while (false)

#define EXPECT_VALID(error)                                                                                            \
    do {                                                                                                               \
        const ApiError e_ = (error);                                                                                   \
        QVERIFY2(!e_.isError(), qPrintable(e_.field() + QStringLiteral(": ") + e_.message()));                         \
    } while (false)

// One test per documented (or deliberately chosen) rule: the valid baseline passes, and breaking the
// rule once gives a validation error naming the JSON field, with a message specific to the rule.
class WriteRequestValidationTest : public QObject
{
    Q_OBJECT
private slots:
    // --- installpatch (E01/E02/E03) ---------------------------------------------------------------
    void installBaselinesPass()
    {
        EXPECT_VALID(validInstall().validate(kNow));
        EXPECT_VALID(validInstallMissing().validate(kNow));
        Install all = validInstall();
        all.clearTargets();
        QCOMPARE(all.operation(), OperationId::InstallPatchesOnAllSystems);
        EXPECT_VALID(all.validate(kNow));
    }

    void installMissingNeedsTargetSet()
    {
        Install r = validInstallMissing();
        r.clearTargets();
        EXPECT_INVALID(r.validate(kNow), "ResourceIDs", "needs a target set");
    }

    void installTwoTargetFormatsNameBoth()
    {
        Install r = validInstall();
        r.setCustomGroups({QStringLiteral("cg-1")});
        EXPECT_INVALID(r.validate(kNow), "customGroups", "ResourceIDs and customGroups cannot be sent together");
        Install m = validInstallMissing();
        m.setIpAddresses({QStringLiteral("127.0.0.1")});
        EXPECT_INVALID(m.validate(kNow), "remoteOffices", "ipAddresses and remoteOffices");
    }

    void installEmptyTargetList_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("field");
        QTest::newRow("ResourceIDs") << int(Install::TargetFormat::ResourceIds) << "ResourceIDs";
        QTest::newRow("resourceNames") << int(Install::TargetFormat::ResourceNames) << "resourceNames";
        QTest::newRow("customGroups") << int(Install::TargetFormat::CustomGroups) << "customGroups";
        QTest::newRow("ipAddresses") << int(Install::TargetFormat::IpAddresses) << "ipAddresses";
        QTest::newRow("remoteOffices") << int(Install::TargetFormat::RemoteOffices) << "remoteOffices";
    }
    void installEmptyTargetList()
    {
        QFETCH(int, format);
        QFETCH(QString, field);
        Install r = validInstallMissing();
        r.clearTargets();
        switch (Install::TargetFormat(format)) {
        case Install::TargetFormat::ResourceIds:
            r.setResourceIds({});
            break;
        case Install::TargetFormat::ResourceNames:
            r.setResourceNames({});
            break;
        case Install::TargetFormat::CustomGroups:
            r.setCustomGroups({});
            break;
        case Install::TargetFormat::IpAddresses:
            r.setIpAddresses({});
            break;
        case Install::TargetFormat::RemoteOffices:
            r.setRemoteOffices({});
            break;
        }
        const ApiError e = r.validate(kNow);
        QCOMPARE(e.kind(), ApiError::Kind::Validation);
        QCOMPARE(e.field(), field);
        QVERIFY2(e.message().startsWith(field + QStringLiteral(" is empty")), qPrintable(e.message()));
    }

    void installNonPositivePatchId()
    {
        Install r = validInstall();
        r.setPatchIds({103980, 0});
        EXPECT_INVALID(r.validate(kNow), "PatchIDs", "contains 0, which is not a valid id");
    }

    void installDuplicatePatchId()
    {
        // The guide's own example lists 103980 twice (Q32); we refuse it rather than guess.
        Install r = validInstall();
        r.setPatchIds({103980, 103981, 103980});
        EXPECT_INVALID(r.validate(kNow), "PatchIDs", "lists id 103980 more than once");
    }

    void installExplicitlyEmptyPatchIds()
    {
        Install r = validInstall();
        r.setPatchIds({});
        EXPECT_INVALID(r.validate(kNow), "PatchIDs", "PatchIDs is empty");
    }

    void installNonPositiveResourceId()
    {
        Install r = validInstall();
        r.setResourceIds({601, -5});
        EXPECT_INVALID(r.validate(kNow), "ResourceIDs", "contains -5");
    }

    void installDuplicateResourceId()
    {
        Install r = validInstall();
        r.setResourceIds({601, 601});
        EXPECT_INVALID(r.validate(kNow), "ResourceIDs", "lists id 601 more than once");
    }

    void installBlankOrRepeatedName()
    {
        Install r = validInstallMissing();
        r.clearTargets();
        r.setResourceNames({QStringLiteral("win-1"), QStringLiteral("  ")});
        EXPECT_INVALID(r.validate(kNow), "resourceNames", "contains an empty name");
        r.setResourceNames({QStringLiteral("win-1"), QStringLiteral("WIN-1")});
        EXPECT_INVALID(r.validate(kNow), "resourceNames", "more than once");
    }

    void installIpAddressSyntax()
    {
        Install r = validInstallMissing();
        r.clearTargets();
        r.setIpAddresses({QStringLiteral("127.0.0.1"), QStringLiteral("10.0.0")});
        EXPECT_INVALID(r.validate(kNow), "ipAddresses", "“10.0.0” is not an IP address");
        r.setIpAddresses({QStringLiteral("127.0.0.1"), QStringLiteral("::1")});
        EXPECT_VALID(r.validate(kNow));
    }

    void installConfigNameRequired()
    {
        Install r = validInstall();
        r.setConfigName(QStringLiteral("   "));
        EXPECT_INVALID(r.validate(kNow), "ConfigName", "ConfigName is required");
    }

    void installConfigNameMaxLength()
    {
        Install r = validInstall();
        r.setConfigName(QString(Install::MaxConfigNameLength, QLatin1Char('x')));
        EXPECT_VALID(r.validate(kNow));
        r.setConfigName(QString(Install::MaxConfigNameLength + 1, QLatin1Char('x')));
        EXPECT_INVALID(r.validate(kNow), "ConfigName", "at most 100 are allowed");
    }

    void installActionMustBeKnown()
    {
        Install r = validInstall();
        r.setAction(DeploymentAction(7));
        EXPECT_INVALID(r.validate(kNow), "actionToPerform", "Deploy, Deploy Immediately or Draft");
    }

    void installDeploymentTypeMustBeKnown()
    {
        Install r = validInstall();
        r.setDeploymentType(Install::DeploymentType(3));
        EXPECT_INVALID(r.validate(kNow), "deploymentType", "3 is not one of them");
    }

    // Issue 14 #19: the guide's note makes the policy mandatory for 0 and 1 (Self Service only
    // included); 2 deploys through it as well.
    void installPolicyRequiredForEveryType_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("0 deploy only") << 0;
        QTest::newRow("1 self service only") << 1;
        QTest::newRow("2 both") << 2;
    }
    void installPolicyRequiredForEveryType()
    {
        QFETCH(int, type);
        Install r = validInstall();
        r.setDeploymentType(Install::DeploymentType(type));
        EXPECT_VALID(r.validate(kNow));
        r.clearDeploymentPolicyTemplateId();
        EXPECT_INVALID(r.validate(kNow), "DeploymentPolicyTemplateID", "DeploymentPolicyTemplateID is required");
    }

    void installPolicyIdMustBePositive()
    {
        Install r = validInstall();
        r.setDeploymentPolicyTemplateId(0);
        EXPECT_INVALID(r.validate(kNow), "DeploymentPolicyTemplateID", "0 is not a valid policy id");
    }

    void installForceRebootInRange()
    {
        Install r = validInstall();
        r.setForceRebootOption(ForceRebootOption(3));
        EXPECT_INVALID(r.validate(kNow), "forceRebootOption", "3 is not one of them");
    }

    void installRetryCountRange()
    {
        Install r = validInstall();
        r.setRetrySettings({true, 0, 0, 0});
        EXPECT_INVALID(r.validate(kNow), "retrySettings.noOfRetries", "between 1 and 10; 0 is not");
        r.setRetrySettings({true, 11, 9, 2});
        EXPECT_INVALID(r.validate(kNow), "retrySettings.noOfRetries", "between 1 and 10; 11 is not");
    }

    void installLogonRetryRange()
    {
        Install r = validInstall();
        r.setRetrySettings({true, 10, 10, 0});
        EXPECT_INVALID(r.validate(kNow), "retrySettings.logonStartupMinRetry", "between 0 and 9; 10 is not");
    }

    void installRefreshRetryRange()
    {
        Install r = validInstall();
        r.setRetrySettings({true, 2, 3, -1});
        EXPECT_INVALID(r.validate(kNow), "retrySettings.refreshMinRetry", "between 0 and 9; -1 is not");
    }

    void installRetrySumMustMatch()
    {
        Install r = validInstall();
        r.setRetrySettings({true, 4, 1, 2});
        EXPECT_INVALID(r.validate(kNow), "retrySettings.noOfRetries",
                       "Retry count: logonStartupMinRetry + refreshMinRetry (1 + 2) must equal noOfRetries (4)");
    }

    void installRetryDisabledSkipsCounts()
    {
        Install r = validInstall();
        r.setRetrySettings({false, 0, 42, 42});
        EXPECT_VALID(r.validate(kNow));
    }

    void installAfterMustBeValid()
    {
        Install r = validInstall();
        r.setInstallAfter(QDateTime());
        EXPECT_INVALID(r.validate(kNow), "installaftertime", "not a valid date and time");
    }

    void installExpiryMustBeValid()
    {
        Install r = validInstall();
        r.setExpiry(QDateTime(QDate(2025, 2, 30), QTime(10, 0)));
        EXPECT_INVALID(r.validate(kNow), "expirytime", "not a valid date and time");
    }

    void installExpiryAfterInstallAfter()
    {
        Install r = validInstall();
        r.setInstallAfter(kNow.addDays(10));
        r.setExpiry(kNow.addDays(5));
        EXPECT_INVALID(r.validate(kNow), "expirytime", "must be later than the install-after time");
        // The strings carry minutes: 30 seconds later is the same minute, hence not later.
        r.setExpiry(kNow.addDays(10).addSecs(30));
        EXPECT_INVALID(r.validate(kNow), "expirytime", "must be later than the install-after time");
    }

    void installExpiryInTheFuture()
    {
        Install r = validInstall();
        r.setInstallAfter(kNow.addDays(-2));
        r.setExpiry(kNow.addDays(-1));
        EXPECT_INVALID(r.validate(kNow), "expirytime", "is not in the future");
    }

    void installDeadlineInTheFuture()
    {
        Install r = validInstall();
        r.setDeadline(kNow.addSecs(-60));
        EXPECT_INVALID(r.validate(kNow), "deadlineTime", "is not in the future");
    }

    void installDeadlineAtMostOneYear()
    {
        Install r = validInstall();
        r.setDeadline(kNow.addYears(1));
        EXPECT_VALID(r.validate(kNow));
        r.setDeadline(kNow.addYears(1).addSecs(60));
        EXPECT_INVALID(r.validate(kNow), "deadlineTime", "more than one year ahead");
    }

    void installOnlyApprovedOnlyForMissingPatches()
    {
        Install r = validInstall();
        r.setOnlyApproved(true);
        EXPECT_INVALID(r.validate(kNow), "isOnlyApproved", "only when installing all missing patches");
    }

    // --- uninstallpatch (E04) ---------------------------------------------------------------------
    void uninstallBaselinePasses() { EXPECT_VALID(validUninstall().validate(kNow)); }

    void uninstallNeedsPatches()
    {
        UninstallPatchesRequest r = validUninstall();
        r.setPatchIds({});
        EXPECT_INVALID(r.validate(kNow), "PatchIDs", "select at least one patch to uninstall");
    }

    void uninstallRejectsBadPatchIds()
    {
        UninstallPatchesRequest r = validUninstall();
        r.setPatchIds({27170, 27170});
        EXPECT_INVALID(r.validate(kNow), "PatchIDs", "more than once");
    }

    void uninstallNeedsConfigName()
    {
        UninstallPatchesRequest r = validUninstall();
        r.setConfigName({});
        EXPECT_INVALID(r.validate(kNow), "ConfigName", "ConfigName is required");
    }

    void uninstallNeedsKnownAction()
    {
        UninstallPatchesRequest r = validUninstall();
        r.setAction(DeploymentAction(-1));
        EXPECT_INVALID(r.validate(kNow), "actionToPerform", "Deploy, Deploy Immediately or Draft");
    }

    void uninstallPolicyIsMandatory()
    {
        UninstallPatchesRequest r;
        r.setPatchIds({27170});
        r.setConfigName(QStringLiteral("Remove KB"));
        EXPECT_INVALID(r.validate(kNow), "DeploymentPolicyTemplateID", "required for an uninstall");
        QVERIFY(r.isDestructive());
    }

    // --- approve / unapprove (E13/E14) --------------------------------------------------------------
    void approvalBaselinePasses()
    {
        EXPECT_VALID(PatchApprovalRequest(PatchApprovalRequest::Kind::Approve, {112, 113}).validate(kNow));
        EXPECT_VALID(PatchApprovalRequest(PatchApprovalRequest::Kind::Unapprove, {112}).validate(kNow));
    }

    void approvalNeedsPatches()
    {
        EXPECT_INVALID(PatchApprovalRequest(PatchApprovalRequest::Kind::Approve).validate(kNow), "patchids",
                       "to approve");
        EXPECT_INVALID(PatchApprovalRequest(PatchApprovalRequest::Kind::Unapprove).validate(kNow), "patchids",
                       "to unapprove");
    }

    void approvalRejectsBadIds()
    {
        EXPECT_INVALID(PatchApprovalRequest(PatchApprovalRequest::Kind::Approve, {112, -1}).validate(kNow), "patchids",
                       "contains -1");
        EXPECT_INVALID(PatchApprovalRequest(PatchApprovalRequest::Kind::Approve, {112, 112}).validate(kNow), "patchids",
                       "more than once");
    }

    // --- legacy decline (E29) -----------------------------------------------------------------------
    void legacyDeclineNeedsPatches()
    {
        EXPECT_VALID(LegacyDeclineRequest({112, 113}).validate(kNow));
        EXPECT_INVALID(LegacyDeclineRequest().validate(kNow), "patchids", "select at least one patch to decline");
    }

    void legacyDeclineAtMost1000()
    {
        QList<qint64> ids;
        for (qint64 i = 1; i <= LegacyDeclineRequest::MaxPatchIds; ++i)
            ids.append(i);
        EXPECT_VALID(LegacyDeclineRequest(ids).validate(kNow));
        ids.append(LegacyDeclineRequest::MaxPatchIds + 1);
        EXPECT_INVALID(LegacyDeclineRequest(ids).validate(kNow), "patchids", "at most 1000 per request");
    }

    // --- decline (E30) ------------------------------------------------------------------------------
    void declineBaselinePasses() { EXPECT_VALID(validDecline().validate(kNow)); }

    void declinePatchesListEmpty()
    {
        Decline r = validDecline();
        r.setEntries({});
        EXPECT_INVALID(r.validate(kNow), "patches", "Patches list is empty");
    }

    void declinePatchIdNumeric()
    {
        Decline r = validDecline();
        r.addEntry({0, Decline::Reason::NotApplicable, QStringLiteral("Not relevant"), {}});
        EXPECT_INVALID(r.validate(kNow), "patches[2].id", "not a numeric patch id");
    }

    void declineDuplicatePatch()
    {
        Decline r = validDecline();
        r.addEntry({110001, Decline::Reason::NotApplicable, QStringLiteral("Not relevant"), {}});
        EXPECT_INVALID(r.validate(kNow), "patches[2].id", "110001 is listed more than once");
    }

    void declineReasonMandatory()
    {
        Decline r = validDecline();
        r.setEntries({{110001, Decline::Reason::Unspecified, QStringLiteral("Crash on reboot"), {}}});
        EXPECT_INVALID(r.validate(kNow), "patches[0].reasonId", "reasonId is mandatory for patch id: 110001");
    }

    void declineReasonInRange()
    {
        Decline r = validDecline();
        r.setEntries({{110001, Decline::Reason(6), QStringLiteral("Crash on reboot"), {}}});
        EXPECT_INVALID(r.validate(kNow), "patches[0].reasonId", "reasonId 6 for patch id 110001 is not one of");
    }

    void declineRemarksRequired()
    {
        Decline r = validDecline();
        r.setEntries({{110001, Decline::Reason::KnownConflict, QStringLiteral("  "), {}}});
        EXPECT_INVALID(r.validate(kNow), "patches[0].remarks", "Remarks are required for patch id 110001");
    }

    void declineOtherNeedsMeaningfulRemarks()
    {
        Decline r = validDecline();
        r.setEntries({{110003, Decline::Reason::Other, QStringLiteral("see CAB"), {}}});
        EXPECT_INVALID(r.validate(kNow), "patches[0].remarks", "at least 10 characters");
        // The same short remark is fine with a documented reason.
        r.setEntries({{110003, Decline::Reason::KnownConflict, QStringLiteral("see CAB"), {}}});
        EXPECT_VALID(r.validate(kNow));
    }

    void declineCustomGroupsRequired()
    {
        Decline r = validDecline();
        r.setCustomGroups({});
        EXPECT_INVALID(r.validate(kNow), "customGroupID", "customGroupID is empty");
    }

    void declineCustomGroupIdNumeric()
    {
        Decline r = validDecline();
        r.setCustomGroups({{QStringLiteral("50a"), QStringLiteral("Finance")}});
        EXPECT_INVALID(r.validate(kNow), "customGroupID", "“50a” is not numeric");
    }

    void declineAllComputersAlone()
    {
        Decline r = validDecline();
        r.setCustomGroups({{QStringLiteral("1"), QStringLiteral("all computers group")},
                           {QStringLiteral("501"), QStringLiteral("Finance")}});
        EXPECT_INVALID(r.validate(kNow), "customGroupID",
                       "All Computer Groups cannot be selected with other Custom Groups");
        r.setCustomGroups({{QStringLiteral("1"), QStringLiteral("All Computers Group")}});
        EXPECT_VALID(r.validate(kNow));
        QCOMPARE(r.targetCount(), -1);
    }

    void declineOnlyLinuxPatchesDoesNothing()
    {
        Decline r = validDecline();
        r.setEntries({{7, Decline::Reason::NotApplicable, QStringLiteral("Not used"), QStringLiteral("Linux")}});
        EXPECT_INVALID(r.validate(kNow), "patches", "server excludes Linux patches");
        r.addEntry({8, Decline::Reason::NotApplicable, QStringLiteral("Not used"), QStringLiteral("Windows")});
        EXPECT_VALID(r.validate(kNow));
        QVERIFY(r.hasLinuxPatches());
    }

    // --- scans and agent actions (E06, E33, E35, E36) --------------------------------------------------
    void scanNeedsComputers()
    {
        EXPECT_VALID(ScanComputersRequest({112, 113}).validate(kNow));
        EXPECT_INVALID(ScanComputersRequest().validate(kNow), "resourceids", "select at least one computer to scan");
        EXPECT_INVALID(ScanComputersRequest({112, 0}).validate(kNow), "resourceids", "contains 0");
    }

    void agentActionsNeedComputers_data()
    {
        QTest::addColumn<int>("action");
        QTest::newRow("install") << int(AgentActionRequest::Action::Install);
        QTest::newRow("uninstall") << int(AgentActionRequest::Action::Uninstall);
        QTest::newRow("remove") << int(AgentActionRequest::Action::Remove);
    }
    void agentActionsNeedComputers()
    {
        QFETCH(int, action);
        EXPECT_VALID(AgentActionRequest(AgentActionRequest::Action(action), {301}).validate(kNow));
        EXPECT_INVALID(AgentActionRequest(AgentActionRequest::Action(action)).validate(kNow), "resourceids",
                       "select at least one computer");
        EXPECT_INVALID(AgentActionRequest(AgentActionRequest::Action(action), {301, 301}).validate(kNow), "resourceids",
                       "more than once");
    }

    // --- APD (E24 - E28) ----------------------------------------------------------------------------
    void apdBaselinePasses() { EXPECT_VALID(validateCreate(validApdSettings())); }

    void apdTaskNameMandatory()
    {
        Settings s = validApdSettings();
        s.setTaskName(QStringLiteral(" "));
        EXPECT_INVALID(validateCreate(s), "settings.taskName", "taskName is required");
        // Never set at all (a task read back without a name) is refused the same way.
        QJsonObject withoutName = validApdSettings().toJson(false);
        withoutName.remove(QStringLiteral("taskName"));
        EXPECT_INVALID(validateCreate(Settings::fromJson(withoutName)), "settings.taskName", "taskName is required");
    }

    void apdTemplateNameMandatory()
    {
        Settings s = validApdSettings();
        s.setTemplateName({});
        EXPECT_INVALID(validateCreate(s), "settings.templateName", "templateName is required");
    }

    void apdPlatformMustBeKnown()
    {
        Settings s = validApdSettings();
        s.setPlatform(Settings::Platform(5));
        EXPECT_INVALID(validateCreate(s), "settings.platform", "Windows, Mac or Linux");
    }

    void apdTargetTypeMustBeKnown()
    {
        Settings s = validApdSettings();
        s.setTargetType(Settings::TargetType(-1));
        EXPECT_INVALID(validateCreate(s), "settings.target_type", "DOMAIN, REMOTE_OFFICE or CUSTOM_GROUP");
    }

    void apdTargetListNotEmpty()
    {
        Settings s = validApdSettings();
        s.setTargetList({});
        EXPECT_INVALID(validateCreate(s), "settings.target_list", "target_list is empty");
    }

    void apdTargetNameWithoutSeparator()
    {
        Settings s = validApdSettings();
        s.setTargetList({QStringLiteral("Paris, France")});
        EXPECT_INVALID(validateCreate(s), "settings.target_list", "contains a comma");
    }

    void apdAtLeastOneUpdateType()
    {
        Settings s = validApdSettings();
        s.setUpdateType(Settings::UpdateType::Security, false);
        s.setUpdateType(Settings::UpdateType::Definition, false);
        EXPECT_INVALID(validateCreate(s), "settings.security_update",
                       "At least one applicable update type must be selected for the chosen platform");
    }

    void apdLinuxTakesSecurityAndThirdPartyOnly()
    {
        Settings s = validApdSettings();
        s.setPlatform(Settings::Platform::Linux);
        s.setUpdateType(Settings::UpdateType::Definition, false);
        s.setUpdateType(Settings::UpdateType::ThirdParty, true);
        EXPECT_VALID(validateCreate(s));
        s.setUpdateType(Settings::UpdateType::NonSecurity, true);
        EXPECT_INVALID(validateCreate(s), "settings.non_security_update",
                       "non_security_update is not applicable to Linux tasks");
    }

    void apdMacHasNoWindowsOnlyTypes()
    {
        Settings s = validApdSettings();
        s.setPlatform(Settings::Platform::Mac);
        EXPECT_INVALID(validateCreate(s), "settings.definition_update", "definition_update is not applicable to Mac");
        s.setUpdateType(Settings::UpdateType::Definition, false);
        s.setUpdateType(Settings::UpdateType::Rollups, true);
        EXPECT_INVALID(validateCreate(s), "settings.rollups", "rollups is not applicable to Mac");
        s.setUpdateType(Settings::UpdateType::Rollups, false);
        s.setUpdateType(Settings::UpdateType::NonSecurity, true);
        EXPECT_VALID(validateCreate(s));
    }

    void apdAppSelectionMustBeKnown()
    {
        Settings s = validApdSettings();
        s.setTpAppSelection(Settings::AppSelection(3));
        EXPECT_INVALID(validateCreate(s), "settings.include_tp_app_type", "Patch Specific Applications");
    }

    void apdSpecificAppsNeedNames()
    {
        Settings s = validApdSettings();
        s.setOsApplications({});
        EXPECT_INVALID(validateCreate(s), "settings.os_applications",
                       "include_os_app_type is “Patch All Applications Except” but os_applications is empty");
        s.setOsAppSelection(Settings::AppSelection::All);
        EXPECT_VALID(validateCreate(s));
    }

    // Issue 14 #20: the guide has no literal for "all applications", so a modification cannot switch a
    // task back to them; the other two selections can be changed.
    void apdModifyCannotSwitchBackToAllApplications()
    {
        Settings change;
        change.setTpAppSelection(Settings::AppSelection::All);
        EXPECT_INVALID(ModifyApdTaskRequest(QStringLiteral("t"), change).validate(kNow), "settings.include_tp_app_type",
                       "cannot be switched back");
        Settings specific;
        specific.setOsAppSelection(Settings::AppSelection::Specific);
        specific.setOsApplications({QStringLiteral("Windows Defender x64")});
        EXPECT_VALID(ModifyApdTaskRequest(QStringLiteral("t"), specific).validate(kNow));
        // A new task may patch all applications: that is what sending no selection means.
        Settings create = validApdSettings();
        create.setOsAppSelection(Settings::AppSelection::All);
        create.setTpAppSelection(Settings::AppSelection::All);
        EXPECT_VALID(validateCreate(create));
    }

    void apdDelayAtLeastOne()
    {
        Settings s = validApdSettings();
        s.setDelay(Settings::DelayBasis::AfterApproval, 0);
        EXPECT_INVALID(validateCreate(s), "settings.delay_deployment_by_approved_time", "a delay must be at least 1");
    }

    void apdExpiryInTheFuture()
    {
        Settings s = validApdSettings();
        s.setExpiry(kNow.addSecs(-3600));
        EXPECT_INVALID(validateCreate(s), "settings.EXPIRY_TIME", "is not in the future");
        s.setExpiry(QDateTime());
        EXPECT_INVALID(validateCreate(s), "settings.EXPIRY_TIME", "not a valid date and time");
    }

    void apdDeadlinePreferredDays()
    {
        Settings s = validApdSettings();
        s.setDeadlineSettings({true, 0, ForceRebootOption::NotConfigured});
        EXPECT_INVALID(validateCreate(s), "settings.deadlineSettings.preferredDays", "at least 1 day");
        s.setDeadlineSettings({false, 0, ForceRebootOption::NotConfigured});
        EXPECT_VALID(validateCreate(s));
    }

    void apdDeadlineForceRebootInRange()
    {
        Settings s = validApdSettings();
        s.setDeadlineSettings({true, 2, ForceRebootOption(9)});
        EXPECT_INVALID(validateCreate(s), "settings.deadlineSettings.forceRebootOption", "9 is not one of them");
    }

    void apdNotifyDurationsAtLeastOne()
    {
        Settings s = validApdSettings();
        s.setFailureNotifyDuration(0);
        EXPECT_INVALID(validateCreate(s), "settings.failure_notify_duration", "must be at least 1");
        s = validApdSettings();
        s.setReportNotifyDuration(-2);
        EXPECT_INVALID(validateCreate(s), "settings.report_notify_duration", "must be at least 1");
    }

    void apdAttachmentFormat()
    {
        Settings s = validApdSettings();
        s.setAttachmentFormatForFailure(QStringLiteral("docx"));
        EXPECT_INVALID(validateCreate(s), "settings.attachmentFormatForFailure",
                       "“docx” is not one of xls, pdf or csv");
        s = validApdSettings();
        s.setAttachmentFormatForReport(QStringLiteral("CSV")); // normalised
        EXPECT_VALID(validateCreate(s));
        s.setAttachmentFormatForReport(QStringLiteral("html"));
        EXPECT_INVALID(validateCreate(s), "settings.attachmentFormatForReport", "not one of xls, pdf or csv");
    }

    void apdEmailRequiredWhenNotifying()
    {
        Settings s = validApdSettings();
        s.setEmail({});
        EXPECT_INVALID(validateCreate(s), "settings.email", "no e-mail address");
        s.setFailureNotifyEnabled(false);
        s.setReportNotifyEnabled(false);
        EXPECT_VALID(validateCreate(s));
    }

    void apdEmailSyntax()
    {
        Settings s = validApdSettings();
        s.setEmail(QStringLiteral("admin@localhost"));
        EXPECT_INVALID(validateCreate(s), "settings.email", "“admin@localhost” is not a valid e-mail address");
        s.setEmail(QStringLiteral("a@example.com, b@example.org"));
        EXPECT_VALID(validateCreate(s));
    }

    void modifyNeedsTaskName()
    {
        Settings changes;
        changes.setTemplateName(QStringLiteral("Deploy any time at the earliest"));
        EXPECT_VALID(ModifyApdTaskRequest(QStringLiteral("windows create task"), changes).validate(kNow));
        EXPECT_INVALID(ModifyApdTaskRequest(QString(), changes).validate(kNow), "taskname", "taskname is required");
    }

    void modifyNeedsAChange()
    {
        EXPECT_INVALID(ModifyApdTaskRequest(QStringLiteral("windows create task")).validate(kNow), "settings",
                       "Nothing to change");
    }

    void modifyChecksOnlyWhatChanges()
    {
        // Partial: no task name, template or update types in the change, and that is fine.
        Settings changes;
        changes.setFailureNotifyDuration(0);
        EXPECT_INVALID(ModifyApdTaskRequest(QStringLiteral("t"), changes).validate(kNow),
                       "settings.failure_notify_duration", "must be at least 1");
        Settings other;
        other.setUpdateType(Settings::UpdateType::Definition, false);
        EXPECT_VALID(ModifyApdTaskRequest(QStringLiteral("t"), other).validate(kNow));
    }

    void modifyTargetTypeNeedsTargetList()
    {
        Settings changes;
        changes.setTargetType(Settings::TargetType::CustomGroup);
        EXPECT_INVALID(ModifyApdTaskRequest(QStringLiteral("t"), changes).validate(kNow), "settings.target_list",
                       "Changing target_type needs target_list as well");
    }

    void modifyPlatformChecksApplicability()
    {
        Settings changes;
        changes.setPlatform(Settings::Platform::Linux);
        changes.setUpdateType(Settings::UpdateType::FeaturePack, true);
        EXPECT_INVALID(ModifyApdTaskRequest(QStringLiteral("t"), changes).validate(kNow), "settings.featurepack_update",
                       "not applicable to Linux");
    }

    void apdTaskActionNeedsTaskName_data()
    {
        QTest::addColumn<int>("action");
        QTest::newRow("delete") << int(ApdTaskActionRequest::Action::Delete);
        QTest::newRow("suspend") << int(ApdTaskActionRequest::Action::Suspend);
        QTest::newRow("resume") << int(ApdTaskActionRequest::Action::Resume);
    }
    void apdTaskActionNeedsTaskName()
    {
        // "Optional" in the guide (Q36), required here: it is the only way to name the task.
        QFETCH(int, action);
        const auto a = ApdTaskActionRequest::Action(action);
        EXPECT_VALID(ApdTaskActionRequest(a, QStringLiteral("windows create task")).validate(kNow));
        EXPECT_INVALID(ApdTaskActionRequest(a, QStringLiteral("  ")).validate(kNow), "taskname",
                       "taskname is required");
    }
};

QTEST_GUILESS_MAIN(WriteRequestValidationTest)
#include "WriteRequestValidationTest.moc"
