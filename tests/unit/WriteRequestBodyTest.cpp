#include "TestData.h"

#include "api/ListQuery.h"
#include "api/OperationCatalogue.h"
#include "api/QueryEncoding.h"
#include "api/requests/AgentActionRequest.h"
#include "api/requests/ApdTaskActionRequest.h"
#include "api/requests/CreateApdTaskRequest.h"
#include "api/requests/DeclinePatchesRequest.h"
#include "api/requests/InstallPatchesRequest.h"
#include "api/requests/LegacyDeclineRequest.h"
#include "api/requests/ModifyApdTaskRequest.h"
#include "api/requests/PatchApprovalRequest.h"
#include "api/requests/RequestRules.h"
#include "api/requests/ScanAllComputersRequest.h"
#include "api/requests/ScanComputersRequest.h"
#include "api/requests/UninstallPatchesRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace pmp::api;
using pmp::test::TestData;

namespace {

using Settings = ApdTaskSettings;

// What a Java servlet container makes of an encoded query string (application/x-www-form-urlencoded:
// '+' is a space, %XX are UTF-8 bytes): written here independently of the simulator's decoder.
QMap<QString, QString> servletParameters(const QByteArray &encodedQuery)
{
    QMap<QString, QString> out;
    for (const QByteArray &pair : encodedQuery.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        auto decode = [](QByteArray b) {
            return QString::fromUtf8(QByteArray::fromPercentEncoding(b.replace('+', ' ')));
        };
        out.insert(decode(pair.left(eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1)));
    }
    return out;
}

// The URL as the Transport builds it (QUrl::setQuery with the request's QUrlQuery), on the wire.
QByteArray wireQuery(const QUrlQuery &query)
{
    QUrl url(QStringLiteral("https://patch.example.com/api/1.4/patch/suspendAPDTask"));
    url.setQuery(query);
    return url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemovePath).mid(1); // without '?'
}

const QString kHostileName = QStringLiteral("a+b & c=d #1 %20 \u00fcn\u00ef");

QByteArray pretty(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// The guide's installpatch samples share everything but PatchIDs, the target set and isOnlyApproved.
InstallPatchesRequest installFromSample()
{
    InstallPatchesRequest r;
    r.setRetrySettings({true, 2, 1, 1});
    r.setDeploymentType(InstallPatchesRequest::DeploymentType::DeployAndSelfService);
    // The sample's 1691393760 has seconds magnitude (Q27); we send milliseconds, so the same number
    // comes out of the matching instant.
    r.setDeadline(QDateTime::fromMSecsSinceEpoch(1691393760, QTimeZone::utc()));
    r.setConfigName(QStringLiteral("API install patch test1"));
    r.setAction(DeploymentAction::Deploy);
    r.setConfigDescription(QStringLiteral("API test"));
    r.setForceRebootOption(ForceRebootOption::OutsideWindow);
    r.setDeploymentPolicyTemplateId(1);
    return r;
}

// Every value of the E26 sample, through the setters.
ApdTaskSettings createSettingsFromSample()
{
    Settings s;
    s.setOsAppSelection(Settings::AppSelection::AllExcept);
    s.setNeedFailureAttachment(true);
    s.setAttachmentFormatForFailure(QStringLiteral("xls"));
    s.setDescription(QStringLiteral("task for windows"));
    s.setUpdateType(Settings::UpdateType::ThirdParty, true);
    s.setPlatform(Settings::Platform::Windows);
    s.setUpdateType(Settings::UpdateType::Rollups, true);
    s.setFailureNotifyDuration(1);
    s.setReportNotifyEnabled(false);
    s.setNeedReportAttachment(true);
    s.setOsApplications({QStringLiteral("Windows Defender x64")});
    s.setEmail(QStringLiteral("xx@yy.com"));
    s.setUpdateType(Settings::UpdateType::ServicePack, true);
    s.setAttachmentFormatForReport(QStringLiteral("pdf"));
    s.setExpiry(QDateTime(QDate(2018, 8, 29), QTime(0, 0)));
    s.setUpdateType(Settings::UpdateType::Optional, true);
    s.setUpdateType(Settings::UpdateType::Definition, true);
    s.setDelay(Settings::DelayBasis::AfterApproval, 5);
    s.setTargetType(Settings::TargetType::RemoteOffice);
    s.setUpdateType(Settings::UpdateType::NonSecurity, true);
    s.setUpdateType(Settings::UpdateType::Security, true);
    s.setReportNotifyDuration(3);
    s.setUpdateType(Settings::UpdateType::FeaturePack, true);
    s.setTargetList({QStringLiteral("Local Office")});
    s.setTpAppSelection(Settings::AppSelection::Specific);
    s.setTemplateName(QStringLiteral("Force reboot excluding servers"));
    s.setTpApplications({QStringLiteral("Notepad++")});
    s.setFailureNotifyEnabled(false);
    s.setTaskName(QStringLiteral("windows create task"));
    return s;
}

// The E26 sample with its slash-joined key (Q35) replaced by the real key it stands for.
QJsonObject e26SampleWithRealDelayKey()
{
    QJsonObject sample = TestData::guideSample(QStringLiteral("E26"), QStringLiteral("request"));
    QJsonObject settings = sample.value(QLatin1String("settings")).toObject();
    const QString slashKey = QStringLiteral("delay_deployment_by_approved_time/delay_deployment_by_released_time");
    Q_ASSERT(settings.contains(slashKey));
    settings.insert(QStringLiteral("delay_deployment_by_approved_time"), settings.take(slashKey));
    sample.insert(QStringLiteral("settings"), settings);
    return sample;
}

} // namespace

#define COMPARE_JSON(actual, expected)                                                                                 \
    do {                                                                                                               \
        const QJsonObject a_ = (actual);                                                                               \
        const QJsonObject e_ = (expected);                                                                             \
        if (a_ != e_)                                                                                                  \
            QFAIL(qPrintable(QStringLiteral("JSON differs\nactual:\n%1\nexpected:\n%2")                                \
                                 .arg(QString::fromUtf8(pretty(a_)), QString::fromUtf8(pretty(e_)))));                 \
    } while (false)

// Building each request from a guide sample's values must give the sample's JSON exactly: the
// same keys and the same JSON types (numbers where the sample has numbers, strings where strings).
class WriteRequestBodyTest : public QObject
{
    Q_OBJECT
private slots:
    void e01InstallMissingPatches()
    {
        InstallPatchesRequest r = installFromSample();
        r.setOnlyApproved(true);
        r.setResourceIds({601});
        QCOMPARE(r.operation(), OperationId::InstallMissingPatches);
        COMPARE_JSON(r.body(), TestData::guideSample(QStringLiteral("E01"), QStringLiteral("request")));
    }

    void e02InstallPatchesOnSystems()
    {
        InstallPatchesRequest r = installFromSample();
        r.setPatchIds({103980});
        r.setResourceIds({601});
        QCOMPARE(r.operation(), OperationId::InstallPatchesOnSystems);
        COMPARE_JSON(r.body(), TestData::guideSample(QStringLiteral("E02"), QStringLiteral("request")));
    }

    void e03InstallPatchesOnAllSystems()
    {
        InstallPatchesRequest r = installFromSample();
        r.setPatchIds({103980});
        QCOMPARE(r.operation(), OperationId::InstallPatchesOnAllSystems);
        COMPARE_JSON(r.body(), TestData::guideSample(QStringLiteral("E03"), QStringLiteral("request")));
    }

    void installOperationFollowsContent()
    {
        InstallPatchesRequest r;
        QCOMPARE(r.operation(), OperationId::InstallMissingPatches);
        r.setRemoteOffices({QStringLiteral("Local Office")});
        QCOMPARE(r.operation(), OperationId::InstallMissingPatches);
        r.setPatchIds({1, 2});
        QCOMPARE(r.operation(), OperationId::InstallPatchesOnSystems);
        r.clearTargets();
        QCOMPARE(r.operation(), OperationId::InstallPatchesOnAllSystems);
        r.clearPatchIds();
        QCOMPARE(r.operation(), OperationId::InstallMissingPatches);
    }

    void installNamedTargetsAreStringArrays_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("key");
        QTest::newRow("resourceNames") << int(InstallPatchesRequest::TargetFormat::ResourceNames) << "resourceNames";
        QTest::newRow("customGroups") << int(InstallPatchesRequest::TargetFormat::CustomGroups) << "customGroups";
        QTest::newRow("ipAddresses") << int(InstallPatchesRequest::TargetFormat::IpAddresses) << "ipAddresses";
        QTest::newRow("remoteOffices") << int(InstallPatchesRequest::TargetFormat::RemoteOffices) << "remoteOffices";
    }
    void installNamedTargetsAreStringArrays()
    {
        QFETCH(int, format);
        QFETCH(QString, key);
        InstallPatchesRequest r = installFromSample();
        const QStringList values{QStringLiteral("127.0.0.1"), QStringLiteral("126.0.0.1")};
        switch (InstallPatchesRequest::TargetFormat(format)) {
        case InstallPatchesRequest::TargetFormat::ResourceNames:
            r.setResourceNames(values);
            break;
        case InstallPatchesRequest::TargetFormat::CustomGroups:
            r.setCustomGroups(values);
            break;
        case InstallPatchesRequest::TargetFormat::IpAddresses:
            r.setIpAddresses(values);
            break;
        case InstallPatchesRequest::TargetFormat::RemoteOffices:
            r.setRemoteOffices(values);
            break;
        case InstallPatchesRequest::TargetFormat::ResourceIds:
            break;
        }
        const QJsonObject b = r.body();
        QCOMPARE(b.value(key).toArray(), QJsonArray({QStringLiteral("127.0.0.1"), QStringLiteral("126.0.0.1")}));
        QVERIFY(!b.contains(QLatin1String("ResourceIDs")));
        QCOMPARE(r.targets(), values);
        QCOMPARE(r.targetCount(), 2);
    }

    void installOptionalFieldsAndTypes()
    {
        InstallPatchesRequest r;
        r.setResourceIds({601});
        r.setConfigName(QStringLiteral("Nightly"));
        r.setOnlyApproved(false);
        r.setInstallAfter(QDateTime(QDate(2025, 1, 31), QTime(14, 30, 59)));
        r.setExpiry(QDateTime(QDate(2025, 2, 28), QTime(8, 5)));
        r.setDeploymentType(InstallPatchesRequest::DeploymentType::SelfServiceOnly);
        r.setDeploymentPolicyTemplateId(7); // mandatory for Self Service only too, by the guide's note
        r.setRetrySettings({false, 2, 1, 1});
        const QJsonObject b = r.body();
        QCOMPARE(b.value(QLatin1String("isOnlyApproved")), QJsonValue(QStringLiteral("false")));
        QCOMPARE(b.value(QLatin1String("installaftertime")), QJsonValue(QStringLiteral("2025-01-31 14:30")));
        QCOMPARE(b.value(QLatin1String("expirytime")), QJsonValue(QStringLiteral("2025-02-28 08:05")));
        QCOMPARE(b.value(QLatin1String("deploymentType")), QJsonValue(1));
        QCOMPARE(b.value(QLatin1String("actionToPerform")), QJsonValue(QStringLiteral("Draft"))); // the default
        QCOMPARE(b.value(QLatin1String("DeploymentPolicyTemplateID")), QJsonValue(7));            // issue 14 #19
        QVERIFY(!b.contains(QLatin1String("forceRebootOption")));
        QVERIFY(!b.contains(QLatin1String("deadlineTime")));
        QVERIFY(!b.contains(QLatin1String("ConfigDescription")));
        QVERIFY(!b.contains(QLatin1String("PatchIDs")));
        QCOMPARE(b.value(QLatin1String("retrySettings")).toObject(),
                 QJsonObject({{QStringLiteral("enableRetrySettings"), false}}));
    }

    void installDeadlineIsEpochMilliseconds()
    {
        InstallPatchesRequest r;
        const QDateTime deadline(QDate(2025, 7, 1), QTime(9, 0), QTimeZone::utc());
        r.setDeadline(deadline);
        const QJsonValue v = r.body().value(QLatin1String("deadlineTime"));
        QVERIFY(v.isDouble());
        QCOMPARE(v.toInteger(), deadline.toMSecsSinceEpoch());
    }

    void installSummaries()
    {
        InstallPatchesRequest r;
        r.setPatchIds({1, 2, 3});
        QList<qint64> computers;
        for (qint64 i = 1; i <= 120; ++i)
            computers.append(i);
        r.setResourceIds(computers);
        r.setAction(DeploymentAction::DeployImmediately);
        r.setForceRebootOption(ForceRebootOption::OutsideWindow);
        QCOMPARE(r.summary(), QStringLiteral("Install 3 patches on 120 computers, deploy immediately, force reboot "
                                             "outside the deployment window"));
        QCOMPARE(r.targetCount(), 120);

        InstallPatchesRequest m;
        m.setOnlyApproved(true);
        m.setRemoteOffices({QStringLiteral("Local Office"), QStringLiteral("Paris")});
        QCOMPARE(m.summary(), QStringLiteral("Install all missing approved patches on 2 remote offices (Local Office, "
                                             "Paris), save as draft"));

        InstallPatchesRequest all;
        all.setPatchIds({42});
        all.setAction(DeploymentAction::Deploy);
        all.setDeploymentType(InstallPatchesRequest::DeploymentType::DeployAndSelfService);
        QCOMPARE(all.summary(), QStringLiteral("Install 1 patch on all computers, deploy when the agents next contact "
                                               "the server, also publish in the Self Service Portal"));
        QCOMPARE(all.targetCount(), -1);

        InstallPatchesRequest groups;
        groups.setCustomGroups(
            {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("E")});
        QCOMPARE(groups.summary(),
                 QStringLiteral("Install all missing patches on 5 custom groups (A, B, C and 2 more), "
                                "save as draft"));
    }

    void e04UninstallPatches()
    {
        UninstallPatchesRequest r;
        r.setPatchIds({27170});
        r.setConfigName(QStringLiteral("API install patch test1"));
        r.setAction(DeploymentAction::Deploy);
        r.setConfigDescription(QStringLiteral("API test"));
        r.setDeploymentPolicyTemplateId(1);
        QCOMPARE(r.operation(), OperationId::UninstallPatches);
        QVERIFY(r.isDestructive());
        QCOMPARE(r.targetCount(), -1);
        COMPARE_JSON(r.body(), TestData::guideSample(QStringLiteral("E04"), QStringLiteral("request")));
        QCOMPARE(
            r.summary(),
            QStringLiteral("Uninstall 1 patch from all computers, deploy when the agents next contact the server"));
    }

    void e06ScanComputers()
    {
        ScanComputersRequest r({112, 113});
        QCOMPARE(r.operation(), OperationId::ScanComputers);
        COMPARE_JSON(r.body(), TestData::guideSample(QStringLiteral("E06"), QStringLiteral("request")));
        r.setDisplayNames({QStringLiteral("win-1"), QStringLiteral("win-2")});
        QCOMPARE(r.summary(), QStringLiteral("Scan 2 computers (win-1, win-2) for missing patches"));
        QCOMPARE(r.targets(), QStringList({QStringLiteral("win-1"), QStringLiteral("win-2")}));
    }

    void e09ScanAllComputersHasNoBody()
    {
        ScanAllComputersRequest r;
        QCOMPARE(r.operation(), OperationId::ScanAllComputers);
        QVERIFY(r.body().isEmpty());
        QVERIFY(r.query().isEmpty());
        QCOMPARE(r.targetCount(), -1);
        QVERIFY(!r.validate(QDateTime::currentDateTimeUtc()));
    }

    void e13ApprovePatches()
    {
        PatchApprovalRequest r(PatchApprovalRequest::Kind::Approve, {112, 113});
        QCOMPARE(r.operation(), OperationId::ApprovePatches);
        COMPARE_JSON(r.body(), TestData::guideSample(QStringLiteral("E13"), QStringLiteral("request")));
        QCOMPARE(r.summary(), QStringLiteral("Approve 2 patches for all computers"));
    }

    void e14UnapprovePatches()
    {
        PatchApprovalRequest r(PatchApprovalRequest::Kind::Unapprove, {112, 113});
        QCOMPARE(r.operation(), OperationId::UnapprovePatches);
        COMPARE_JSON(r.body(), TestData::guideSample(QStringLiteral("E14"), QStringLiteral("request")));
    }

    void e24ModifyApdTask()
    {
        Settings changes;
        changes.setTargetList({QStringLiteral("Local Office")});
        changes.setTemplateName(QStringLiteral("Deploy any time at the earliest"));
        changes.setTargetType(Settings::TargetType::RemoteOffice);
        ModifyApdTaskRequest r(QStringLiteral("windows create task"), changes);
        QCOMPARE(r.operation(), OperationId::ModifyApdTask);
        COMPARE_JSON(r.body(), TestData::guideSample(QStringLiteral("E24"), QStringLiteral("request")));
        QCOMPARE(r.summary(), QStringLiteral("Change automatic deployment task “windows create task”: deployment "
                                             "policy, target type, targets"));
    }

    void e24SettingsReadBackArePartial()
    {
        const QJsonObject sample = TestData::guideSample(QStringLiteral("E24"), QStringLiteral("request"));
        const QJsonObject settings = sample.value(QLatin1String("settings")).toObject();
        const Settings s = Settings::fromJson(settings);
        QCOMPARE(s.setFields().size(), 3);
        COMPARE_JSON(s.toJson(true), settings);
    }

    void e25e27e28TaskActionsUseTheQuery_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("operation");
        QTest::addColumn<bool>("destructive");
        QTest::newRow("E25 delete") << int(ApdTaskActionRequest::Action::Delete) << int(OperationId::DeleteApdTask)
                                    << true;
        QTest::newRow("E27 suspend") << int(ApdTaskActionRequest::Action::Suspend) << int(OperationId::SuspendApdTask)
                                     << false;
        QTest::newRow("E28 resume") << int(ApdTaskActionRequest::Action::Resume) << int(OperationId::ResumeApdTask)
                                    << false;
    }
    void e25e27e28TaskActionsUseTheQuery()
    {
        QFETCH(int, action);
        QFETCH(int, operation);
        QFETCH(bool, destructive);
        ApdTaskActionRequest r(ApdTaskActionRequest::Action(action), QStringLiteral("windows create task"));
        QCOMPARE(int(r.operation()), operation);
        QCOMPARE(r.isDestructive(), destructive);
        QVERIFY(r.body().isEmpty());
        QCOMPARE(r.query().queryItemValue(QStringLiteral("taskname")), QStringLiteral("windows create task"));
        QCOMPARE(r.targets(), QStringList{QStringLiteral("windows create task")});
    }

    // Issue 14 #17: a '+' in a task name reached the server raw (a servlet reads it as a space), and a
    // "%20" in a name was taken for an escape.
    void e25e27e28TaskNamesArePercentEncoded_data()
    {
        QTest::addColumn<int>("action");
        QTest::newRow("E25 delete") << int(ApdTaskActionRequest::Action::Delete);
        QTest::newRow("E27 suspend") << int(ApdTaskActionRequest::Action::Suspend);
        QTest::newRow("E28 resume") << int(ApdTaskActionRequest::Action::Resume);
    }
    void e25e27e28TaskNamesArePercentEncoded()
    {
        QFETCH(int, action);
        const ApdTaskActionRequest r(ApdTaskActionRequest::Action(action), kHostileName);
        const QByteArray wire = wireQuery(r.query());
        QCOMPARE(wire, QByteArrayLiteral("taskname=a%2Bb%20%26%20c%3Dd%20%231%20%2520%20%C3%BCn%C3%AF"));
        QCOMPARE(servletParameters(wire), (QMap<QString, QString>{{QStringLiteral("taskname"), kHostileName}}));
        QCOMPARE(r.query().queryItemValue(QStringLiteral("taskname"), QUrl::FullyDecoded), kHostileName);
        QCOMPARE(r.targets(), QStringList{kHostileName});
    }

    void everyQueryValueArrivesIntact_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plus") << QStringLiteral("a+b");
        QTest::newRow("space") << QStringLiteral("a b");
        QTest::newRow("ampersand and equals") << QStringLiteral("a&b=c");
        QTest::newRow("hash") << QStringLiteral("#1");
        QTest::newRow("percent escapes") << QStringLiteral("%20%2B%zz%");
        QTest::newRow("non-ASCII") << QStringLiteral("Z\u00fcrich \u65e5\u672c \U0001F600");
        QTest::newRow("reserved") << QStringLiteral("/?:@!$'()*,;[]");
        QTest::newRow("hostile") << kHostileName;
    }
    void everyQueryValueArrivesIntact()
    {
        QFETCH(QString, value);
        QUrlQuery q;
        QueryEncoding::add(q, QStringLiteral("taskname"), value);
        QCOMPARE(servletParameters(wireQuery(q)).value(QStringLiteral("taskname")), value);

        LegacyDeclineRequest decline({112});
        decline.setCustomerId(value);
        QCOMPARE(servletParameters(wireQuery(decline.query())).value(QStringLiteral("customerid")), value);

        // List filters go the same way (free-text filters such as E16 patchname).
        ListQuery list;
        list.set(QStringLiteral("patchname"), value);
        const QByteArray wire =
            wireQuery(list.toUrlQuery(OperationCatalogue::get(OperationId::ThreatSystemReport), 1, 25));
        QCOMPARE(servletParameters(wire).value(QStringLiteral("patchname")), value);
    }

    void e26CreateApdTask()
    {
        CreateApdTaskRequest r(createSettingsFromSample());
        QCOMPARE(r.operation(), OperationId::CreateApdTask);
        COMPARE_JSON(r.body(), e26SampleWithRealDelayKey());
        QVERIFY(!r.body()
                     .value(QLatin1String("settings"))
                     .toObject()
                     .contains(QLatin1String("delay_deployment_by_approved_time/delay_deployment_by_released_time")));
        QCOMPARE(r.summary(), QStringLiteral("Create automatic deployment task “windows create task” for Windows on 1 "
                                             "remote office (Local Office), deployment policy “Force reboot excluding "
                                             "servers”"));
    }

    void e26SettingsRoundTripThroughTheStore()
    {
        const QJsonObject expected = e26SampleWithRealDelayKey().value(QLatin1String("settings")).toObject();
        const Settings s = Settings::fromJson(expected);
        COMPARE_JSON(s.toJson(false), expected);
        // The sample's literal slash key is read as the delay after approval.
        const Settings fromSample =
            Settings::fromJson(TestData::guideSample(QStringLiteral("E26"), QStringLiteral("request"))
                                   .value(QLatin1String("settings"))
                                   .toObject());
        QCOMPARE(fromSample.delayBasis(), Settings::DelayBasis::AfterApproval);
        QCOMPARE(fromSample.delayValue(), 5);
        QCOMPARE(fromSample.expiry(), QDateTime(QDate(2018, 8, 29), QTime(0, 0)));
    }

    void apdOptionalSettingsShapes()
    {
        Settings s = createSettingsFromSample();
        s.setDelay(Settings::DelayBasis::AfterRelease, 2);
        s.setDeadlineSettings({true, 3, ForceRebootOption::WithinWindow});
        s.setUpdateType(Settings::UpdateType::Driver, false);
        const QJsonObject o = s.toJson(false);
        QCOMPARE(o.value(QLatin1String("delay_deployment_by_released_time")), QJsonValue(QStringLiteral("2")));
        QVERIFY(!o.contains(QLatin1String("delay_deployment_by_approved_time")));
        QCOMPARE(o.value(QLatin1String("driver")), QJsonValue(QStringLiteral("false")));
        QVERIFY(!o.contains(QLatin1String("preview_rollups")));
        const QJsonObject d = o.value(QLatin1String("deadlineSettings")).toObject();
        QCOMPARE(d.value(QLatin1String("enableDeadline")), QJsonValue(true));
        QCOMPARE(d.value(QLatin1String("preferredDays")), QJsonValue(3));
        QCOMPARE(d.value(QLatin1String("forceRebootOption")), QJsonValue(1));
        const Settings back = Settings::fromJson(o);
        QCOMPARE(back.deadlineSettings().preferredDays, 3);
        QCOMPARE(back.deadlineSettings().forceRebootOption, ForceRebootOption::WithinWindow);
        COMPARE_JSON(back.toJson(false), o);
    }

    void apdFullSettingsCarryDefaults()
    {
        Settings s;
        s.setTaskName(QStringLiteral("Linux security"));
        s.setTemplateName(QStringLiteral("Deploy any time at the earliest"));
        s.setPlatform(Settings::Platform::Linux);
        s.setTargetType(Settings::TargetType::CustomGroup);
        s.setTargetList({QStringLiteral("Servers"), QStringLiteral("Lab")});
        s.setUpdateType(Settings::UpdateType::Security, true);
        const QJsonObject o = s.toJson(false);
        QCOMPARE(o.value(QLatin1String("target_list")), QJsonValue(QStringLiteral("Servers,Lab")));
        QCOMPARE(o.value(QLatin1String("target_type")), QJsonValue(QStringLiteral("CUSTOM_GROUP")));
        QCOMPARE(o.value(QLatin1String("security_update")), QJsonValue(QStringLiteral("true")));
        QCOMPARE(o.value(QLatin1String("definition_update")), QJsonValue(QStringLiteral("false")));
        QVERIFY(!o.contains(QLatin1String("include_os_app_type"))); // All: no documented literal (issue 14 #20)
        QVERIFY(!o.contains(QLatin1String("include_tp_app_type")));
        QCOMPARE(o.value(QLatin1String("failure_notify_duration")), QJsonValue(QStringLiteral("1")));
        QVERIFY(!o.contains(QLatin1String("EXPIRY_TIME")));
        QVERIFY(!o.contains(QLatin1String("deadlineSettings")));
        QVERIFY(!o.contains(QLatin1String("email")));
        QCOMPARE(s.toJson(true).size(), 6);
    }

    // Issue 14 #20: include_*_app_type carries only the values the guide's samples show. All, the default,
    // has none: it goes out as no selection, without a list, and comes back from the store as All.
    void apdAppSelectionsAreTheGuidesLiterals_data()
    {
        QTest::addColumn<int>("selection");
        QTest::newRow("all") << int(Settings::AppSelection::All);
        QTest::newRow("specific") << int(Settings::AppSelection::Specific);
        QTest::newRow("all except") << int(Settings::AppSelection::AllExcept);
    }
    void apdAppSelectionsAreTheGuidesLiterals()
    {
        QFETCH(int, selection);
        const auto chosen = Settings::AppSelection(selection);
        // What the guide documents: every value of the two keys in its request samples.
        QSet<QString> documented;
        for (const QString &code : {QStringLiteral("E24"), QStringLiteral("E26")}) {
            const QJsonObject sample =
                TestData::guideSample(code, QStringLiteral("request")).value(QLatin1String("settings")).toObject();
            for (const char *key : {"include_os_app_type", "include_tp_app_type"})
                if (sample.contains(QLatin1String(key)))
                    documented << sample.value(QLatin1String(key)).toString();
        }
        QCOMPARE(documented, (QSet<QString>{QStringLiteral("Patch Specific Applications"),
                                            QStringLiteral("Patch All Applications Except")}));

        Settings s = createSettingsFromSample();
        s.setOsAppSelection(chosen);
        s.setOsApplications({QStringLiteral("Windows Defender x64")});
        s.setTpAppSelection(chosen);
        s.setTpApplications({QStringLiteral("Notepad++")});
        const QJsonObject o = CreateApdTaskRequest(s).body().value(QLatin1String("settings")).toObject();
        for (const char *key : {"include_os_app_type", "include_tp_app_type"}) {
            if (chosen == Settings::AppSelection::All)
                QVERIFY2(!o.contains(QLatin1String(key)), key);
            else
                QVERIFY2(documented.contains(o.value(QLatin1String(key)).toString()), key);
        }
        QCOMPARE(o.contains(QLatin1String("os_applications")), chosen != Settings::AppSelection::All);
        QCOMPARE(o.contains(QLatin1String("tp_applications")), chosen != Settings::AppSelection::All);
        const Settings back = Settings::fromJson(o);
        QCOMPARE(back.osAppSelection(), chosen);
        QCOMPARE(back.tpAppSelection(), chosen);
        // Settings stored by earlier versions, with their made-up literal, still read as All.
        QCOMPARE(
            Settings::fromJson({{QStringLiteral("include_os_app_type"), QStringLiteral("Patch All Applications")},
                                {QStringLiteral("include_tp_app_type"), QStringLiteral("Patch Specific Applications")}})
                .osAppSelection(),
            Settings::AppSelection::All);
    }

    void e29LegacyDecline()
    {
        LegacyDeclineRequest r({112, 113});
        r.setCustomerId(QStringLiteral("SOME_STRING_VALUE"));
        QCOMPARE(r.operation(), OperationId::DeclinePatchesLegacy);
        COMPARE_JSON(r.body(), TestData::guideSample(QStringLiteral("E29"), QStringLiteral("request")));
        QCOMPARE(r.query().queryItemValue(QStringLiteral("customerid")), QStringLiteral("SOME_STRING_VALUE"));
        QVERIFY(LegacyDeclineRequest({1}).query().isEmpty());
    }

    void e30DeclineSinglePatch()
    {
        DeclinePatchesRequest r;
        r.addEntry({110001,
                    DeclinePatchesRequest::Reason::VendorReportedIssue,
                    QStringLiteral("Vendor reported crash on reboot"),
                    {}});
        r.setCustomGroups({{QStringLiteral("301"), QStringLiteral("Finance")}});
        QCOMPARE(r.operation(), OperationId::DeclinePatches);
        COMPARE_JSON(r.body(), TestData::guideSample(QStringLiteral("E30"), QStringLiteral("request")));
        QCOMPARE(r.summary(),
                 QStringLiteral("Decline 1 patch for 1 custom group (Finance), reason: Vendor-reported patch issue"));
    }

    void e30DeclineSeveralPatches()
    {
        DeclinePatchesRequest r;
        r.setEntries({
            {110001,
             DeclinePatchesRequest::Reason::VendorReportedIssue,
             QStringLiteral("Vendor-reported patch issue causing BSOD"),
             {}},
            {110002,
             DeclinePatchesRequest::Reason::KnownConflict,
             QStringLiteral("Conflicts with in-house CRM application v4.2"),
             {}},
            {110003,
             DeclinePatchesRequest::Reason::Other,
             QStringLiteral("Awaiting approval from change advisory board"),
             {}},
        });
        r.setCustomGroups({{QStringLiteral("501"), {}}, {QStringLiteral("502"), {}}});
        COMPARE_JSON(r.body(), TestData::guideSample(QStringLiteral("E30"), QStringLiteral("request-2")));
        QCOMPARE(r.summary(), QStringLiteral("Decline 3 patches for 2 custom groups (501, 502)"));
        QCOMPARE(r.targetCount(), 2);
    }

    void e30PlatformAndAllComputers()
    {
        DeclinePatchesRequest r;
        r.addEntry({7, DeclinePatchesRequest::Reason::NotApplicable, QStringLiteral("Not used here"),
                    QStringLiteral("Linux")});
        r.addEntry({8, DeclinePatchesRequest::Reason::NotApplicable, QStringLiteral("Not used here"), {}});
        r.setCustomGroups({{QStringLiteral("1"), QStringLiteral("All Computers Group")}});
        const QJsonArray patches = r.body().value(QLatin1String("patches")).toArray();
        QCOMPARE(patches.at(0).toObject().value(QLatin1String("platform")), QJsonValue(QStringLiteral("Linux")));
        QVERIFY(!patches.at(1).toObject().contains(QLatin1String("platform")));
        QCOMPARE(r.targetCount(), -1);
        QVERIFY(r.hasLinuxPatches());
        QCOMPARE(r.summary(), QStringLiteral("Decline 2 patches for all computers, reason: Accepted Risk - Not "
                                             "Applicable to Environment, Linux patches are skipped by the server"));
    }

    void e30ReasonTexts()
    {
        QCOMPARE(DeclinePatchesRequest::reasonText(1), QStringLiteral("Vendor-reported patch issue"));
        QCOMPARE(DeclinePatchesRequest::reasonText(2), QStringLiteral("Accepted Risk - Not Applicable to Environment"));
        QCOMPARE(DeclinePatchesRequest::reasonText(3), QStringLiteral("Accepted Risk - Known Application Conflict"));
        QCOMPARE(DeclinePatchesRequest::reasonText(4), QStringLiteral("Accepted Risk - Managed by Alternative Method"));
        QCOMPARE(DeclinePatchesRequest::reasonText(5), QStringLiteral("Other (Specify Below)"));
        QVERIFY(DeclinePatchesRequest::reasonText(6).isEmpty());
        QVERIFY(DeclinePatchesRequest::linuxNotice().contains(QLatin1String("Linux")));
    }

    void agentActions_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("operation");
        QTest::addColumn<bool>("destructive");
        QTest::addColumn<QString>("summary");
        QTest::newRow("E33 uninstall") << int(AgentActionRequest::Action::Uninstall) << "E33"
                                       << int(OperationId::UninstallAgent) << true
                                       << "Uninstall the Patch Manager Plus agent from 1 computer";
        QTest::newRow("E35 install") << int(AgentActionRequest::Action::Install) << "E35"
                                     << int(OperationId::InstallAgent) << false
                                     << "Install the Patch Manager Plus agent on 1 computer";
        QTest::newRow("E36 remove") << int(AgentActionRequest::Action::Remove) << "E36"
                                    << int(OperationId::RemoveComputers) << true
                                    << "Remove 1 computer from Patch Manager Plus; it will no longer be managed";
    }
    void agentActions()
    {
        QFETCH(int, action);
        QFETCH(QString, code);
        QFETCH(int, operation);
        QFETCH(bool, destructive);
        QFETCH(QString, summary);
        AgentActionRequest r(AgentActionRequest::Action(action), {301});
        QCOMPARE(int(r.operation()), operation);
        QCOMPARE(r.isDestructive(), destructive);
        COMPARE_JSON(r.body(), TestData::guideSample(code, QStringLiteral("request")));
        QCOMPARE(r.summary(), summary);
        QCOMPARE(r.targets(), QStringList{QStringLiteral("301")});
    }

    // A summary names the targets in a sentence: a 10,000-character name is cut in the middle there
    // (the confirmation must fit a screen), while the targets the journal records keep every character.
    void summariesCutLongNamesTargetsKeepThem()
    {
        const QString huge = QStringLiteral("HEAD-") + QString(9990, QLatin1Char('W')) + QStringLiteral("-TAIL");
        ScanComputersRequest r({301, 302});
        r.setDisplayNames({huge, QStringLiteral("HQ-LT-0001")});
        QVERIFY2(r.summary().size() < 200, qPrintable(QString::number(r.summary().size())));
        QVERIFY(r.summary().contains(QStringLiteral("HEAD-")));
        QVERIFY(r.summary().contains(QStringLiteral("-TAIL")));
        QVERIFY(r.summary().contains(QChar(0x2026)));
        QVERIFY(r.summary().contains(QStringLiteral("HQ-LT-0001")));
        QCOMPARE(r.targets().first(), huge);
        QCOMPARE(RequestRules::shortName(QStringLiteral("HQ-LT-0001")), QStringLiteral("HQ-LT-0001"));
        QCOMPARE(RequestRules::shortName(huge).size(), 80);
    }
};

QTEST_GUILESS_MAIN(WriteRequestBodyTest)
#include "WriteRequestBodyTest.moc"
