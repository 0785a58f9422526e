// The rules of the write path that need no server: typed confirmation, which pages a write changes,
// the request preview, the decline fallback, outcome classification, where the journal lives, custom
// groups read from query report rows, and the APD task book.

#include "actions/ActionOutcome.h"
#include "actions/AffectedViews.h"
#include "actions/ApdTaskBook.h"
#include "actions/ConfirmationRule.h"
#include "actions/CustomGroupDirectory.h"
#include "actions/DeclineFallback.h"
#include "actions/RequestPreview.h"

#include "api/requests/AgentActionRequest.h"
#include "api/requests/ApdTaskActionRequest.h"
#include "api/requests/CreateApdTaskRequest.h"
#include "api/requests/DeclinePatchesRequest.h"
#include "api/requests/InstallPatchesRequest.h"
#include "api/requests/ModifyApdTaskRequest.h"
#include "api/requests/PatchApprovalRequest.h"
#include "api/requests/ScanAllComputersRequest.h"
#include "api/requests/ScanComputersRequest.h"
#include "api/requests/UninstallPatchesRequest.h"
#include "models/ViewCatalogue.h"
#include "store/ApdTaskRegistry.h"
#include "store/Database.h"
#include "store/StoreLocation.h"
#include "store/ViewCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace pmp;
using namespace pmp::actions;
using pmp::api::ApiError;
using Outcome = ActionOutcome::Outcome;
using State = pmp::store::ApdTask::State;

namespace {

QList<qint64> ids(int n, qint64 first = 1000)
{
    QList<qint64> out;
    for (int i = 0; i < n; ++i)
        out << first + i;
    return out;
}

api::Record record(std::initializer_list<std::pair<const char *, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &f : fields)
        o.insert(QLatin1String(f.first), f.second);
    return api::Record(o);
}

api::ApdTaskSettings weekly()
{
    api::ApdTaskSettings s;
    s.setTaskName(QStringLiteral("Weekly"));
    s.setTemplateName(QStringLiteral("Deploy any time at the earliest"));
    s.setPlatform(api::ApdTaskSettings::Platform::Windows);
    s.setTargetType(api::ApdTaskSettings::TargetType::RemoteOffice);
    s.setTargetList({QStringLiteral("Local Office")});
    s.setUpdateType(api::ApdTaskSettings::UpdateType::Security, true);
    s.setDelay(api::ApdTaskSettings::DelayBasis::AfterApproval, 3);
    return s;
}

ApiError httpError(int status, ApiError::Kind kind = ApiError::Kind::Http)
{
    ApiError e(kind, QStringLiteral("refused"));
    e.setHttpStatus(status);
    return e;
}

} // namespace

class ActionRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void typedConfirmationWords()
    {
        using Agent = api::AgentActionRequest;
        QCOMPARE(ConfirmationRule::forRequest(Agent(Agent::Action::Remove, {1})).phrase, QStringLiteral("REMOVE"));
        QCOMPARE(ConfirmationRule::forRequest(Agent(Agent::Action::Uninstall, {1})).phrase,
                 QStringLiteral("UNINSTALL"));
        QVERIFY(!ConfirmationRule::forRequest(Agent(Agent::Action::Install, {1, 2})).isRequired());
        api::UninstallPatchesRequest uninstall;
        uninstall.setPatchIds({5});
        QCOMPARE(ConfirmationRule::forRequest(uninstall).phrase, QStringLiteral("UNINSTALL"));
        QCOMPARE(ConfirmationRule::forRequest(
                     api::ApdTaskActionRequest(api::ApdTaskActionRequest::Action::Delete, QStringLiteral("T")))
                     .phrase,
                 QStringLiteral("DELETE"));
        QVERIFY(!ConfirmationRule::forRequest(
                     api::ApdTaskActionRequest(api::ApdTaskActionRequest::Action::Suspend, QStringLiteral("T")))
                     .isRequired());
        // Every requirement explains itself.
        QVERIFY(!ConfirmationRule::forRequest(Agent(Agent::Action::Remove, {1})).reason.isEmpty());
    }

    void typedConfirmationForWideActions()
    {
        QCOMPARE(ConfirmationRule::forRequest(api::ScanAllComputersRequest()).phrase, QStringLiteral("ALL"));
        api::InstallPatchesRequest onAll; // E03: chosen patches on all systems
        onAll.setPatchIds({103980});
        onAll.setConfigName(QStringLiteral("x"));
        QCOMPARE(onAll.targetCount(), -1);
        QCOMPARE(ConfirmationRule::forRequest(onAll).phrase, QStringLiteral("ALL"));
        QCOMPARE(ConfirmationRule::forRequest(api::ScanComputersRequest(ids(51))).phrase, QStringLiteral("51"));
        QVERIFY(!ConfirmationRule::forRequest(api::ScanComputersRequest(ids(50))).isRequired());
        QVERIFY(
            !ConfirmationRule::forRequest(api::PatchApprovalRequest(api::PatchApprovalRequest::Kind::Approve, ids(3)))
                 .isRequired());
        api::DeclinePatchesRequest decline;
        decline.setCustomGroups({{QStringLiteral("301"), QStringLiteral("All Computers Group")}});
        QCOMPARE(ConfirmationRule::forRequest(decline).phrase, QStringLiteral("ALL"));
    }

    void typedConfirmationMatching()
    {
        const ConfirmationRequirement r{QStringLiteral("REMOVE"), {}};
        QVERIFY(!ConfirmationRule::isSatisfied(r, QString()));
        QVERIFY(!ConfirmationRule::isSatisfied(r, QStringLiteral("remove")));
        QVERIFY(!ConfirmationRule::isSatisfied(r, QStringLiteral("REMOV")));
        QVERIFY(ConfirmationRule::isSatisfied(r, QStringLiteral("REMOVE")));
        QVERIFY(ConfirmationRule::isSatisfied(r, QStringLiteral("  REMOVE ")));
        QVERIFY(ConfirmationRule::isSatisfied({}, QString()));
    }

    void affectedViews()
    {
        const QStringList approve = AffectedViews::forOperation(api::OperationId::ApprovePatches);
        QVERIFY(approve.contains(QStringLiteral("missing-patches")));
        QVERIFY(approve.contains(QStringLiteral("journal")));
        QVERIFY(!approve.contains(QStringLiteral("computers")));
        QVERIFY(AffectedViews::forOperation(api::OperationId::RemoveComputers).contains(QStringLiteral("computers")));
        QVERIFY(AffectedViews::forOperation(api::OperationId::ScanComputers).contains(QStringLiteral("scan-status")));
        QVERIFY(AffectedViews::forOperation(api::OperationId::SuspendApdTask).contains(QStringLiteral("apd-tasks")));

        api::InstallPatchesRequest draft;
        draft.setPatchIds({1});
        draft.setAction(api::DeploymentAction::Draft);
        QCOMPARE(AffectedViews::forRequest(draft),
                 (QStringList{QStringLiteral("configurations"), QStringLiteral("journal")}));
        draft.setAction(api::DeploymentAction::DeployImmediately);
        QVERIFY(AffectedViews::forRequest(draft).contains(QStringLiteral("missing-patches")));
        QVERIFY(AffectedViews::forRequest(draft).contains(QStringLiteral("configurations")));
        // Every list of patches follows a patch write, downloaded patches included.
        QVERIFY(approve.contains(QStringLiteral("downloaded-patches")));
        QVERIFY(AffectedViews::forRequest(draft).contains(QStringLiteral("downloaded-patches")));
        // The system report is a detail pane, never a page to reload.
        QVERIFY(!approve.contains(QStringLiteral("system-report")));
    }

    void viewFactsAgreeWithTheirColumns()
    {
        for (const models::ViewSpec &view : models::ViewCatalogue::all()) {
            QStringList keys;
            for (const models::ColumnSpec &c : view.columns)
                keys << c.key;
            if (view.subjects.testFlag(models::RowSubject::Computer))
                QVERIFY2(keys.contains(QStringLiteral("resource_id")), qPrintable(view.id));
            if (view.subjects.testFlag(models::RowSubject::Patch))
                QVERIFY2(keys.contains(QStringLiteral("patch_id")) || keys.contains(QStringLiteral("patchid")),
                         qPrintable(view.id));
            if (view.detail == models::DetailKind::Computer)
                QVERIFY2(view.subjects.testFlag(models::RowSubject::Computer), qPrintable(view.id));
            if (view.detail == models::DetailKind::Patch)
                QVERIFY2(view.subjects.testFlag(models::RowSubject::Patch), qPrintable(view.id));
            // A view that shows computers or patches is refreshed by some write.
            if (view.subjects)
                QVERIFY2(view.facets, qPrintable(view.id));
        }
    }

    void requestPreview()
    {
        api::DeclinePatchesRequest decline;
        decline.addEntry(
            {110001, api::DeclinePatchesRequest::Reason::VendorReportedIssue, QStringLiteral("crash"), {}});
        decline.setCustomGroups({{QStringLiteral("501"), QStringLiteral("Finance")}});
        QCOMPARE(RequestPreview::method(decline), QStringLiteral("PUT"));
        QCOMPARE(RequestPreview::contentType(decline), QStringLiteral("application/declinePatches.v1+json"));
        QCOMPARE(QJsonDocument::fromJson(RequestPreview::prettyBody(decline).toUtf8()).object(), decline.body());
        QCOMPARE(RequestPreview::compactBody(decline), QJsonDocument(decline.body()).toJson(QJsonDocument::Compact));
        const QString described = RequestPreview::describe(decline, QUrl(QStringLiteral("https://patch.example.com")));
        QVERIFY(described.startsWith(
            QStringLiteral("PUT https://patch.example.com/dcapi/patch/settings/declinePatch/declinePatches")));
        QVERIFY(described.contains(QStringLiteral("\"customGroupID\"")));

        QVERIFY(!RequestPreview::hasBody(api::ScanAllComputersRequest()));
        QVERIFY(RequestPreview::compactBody(api::ScanAllComputersRequest()).isEmpty());
        const api::ApdTaskActionRequest suspend(api::ApdTaskActionRequest::Action::Suspend,
                                                QStringLiteral("Weekly run"));
        QCOMPARE(RequestPreview::pathAndQuery(suspend),
                 QStringLiteral("/api/1.4/patch/suspendAPDTask?taskname=Weekly run"));
        QCOMPARE(RequestPreview::url(suspend, QUrl(QStringLiteral("https://h.example"))).query(QUrl::FullyDecoded),
                 QStringLiteral("taskname=Weekly run"));
        QVERIFY(!RequestPreview::hasBody(suspend));
    }

    void declineFallbackOnlyForMissingOperation()
    {
        QVERIFY(DeclineFallback::isOffered(httpError(404)));
        QVERIFY(DeclineFallback::isOffered(httpError(405)));
        QVERIFY(DeclineFallback::isOffered(httpError(501)));
        QVERIFY(DeclineFallback::isOffered(httpError(415)));
        QVERIFY(DeclineFallback::isOffered(httpError(404, ApiError::Kind::NotJson))); // an HTML 404 page
        QVERIFY(!DeclineFallback::isOffered(httpError(400)));
        QVERIFY(!DeclineFallback::isOffered(httpError(403, ApiError::Kind::Forbidden)));
        QVERIFY(!DeclineFallback::isOffered(httpError(500)));
        QVERIFY(!DeclineFallback::isOffered(httpError(404, ApiError::Kind::OutcomeUnknown)));
        QVERIFY(!DeclineFallback::isOffered(ApiError()));
        QVERIFY(!DeclineFallback::notice().isEmpty());
    }

    void outcomeClassification()
    {
        QCOMPARE(ActionOutcome::outcomeFor(ApiError()), Outcome::Succeeded);
        QCOMPARE(ActionOutcome::outcomeFor(ApiError(ApiError::Kind::OutcomeUnknown, {})), Outcome::OutcomeUnknown);
        QCOMPARE(ActionOutcome::outcomeFor(ApiError::validation(QStringLiteral("x"), QStringLiteral("y"))),
                 Outcome::Refused);
        QCOMPARE(ActionOutcome::outcomeFor(ApiError::cancelled()), Outcome::Refused);
        QCOMPARE(ActionOutcome::outcomeFor(httpError(500)), Outcome::Failed);
        QCOMPARE(ActionOutcome::outcomeFor(ApiError(ApiError::Kind::Network, {})), Outcome::Failed);

        const QString unknown =
            ActionOutcome::describe(Outcome::OutcomeUnknown, api::OperationId::InstallPatchesOnSystems, {},
                                    ApiError(ApiError::Kind::OutcomeUnknown, {}));
        QVERIFY(unknown.startsWith(QStringLiteral("Outcome unknown")));
        QVERIFY(unknown.contains(QStringLiteral("Deployment › Configurations")));
        QVERIFY(unknown.contains(QStringLiteral("does not send it again")));
        QVERIFY(ActionOutcome::describe(Outcome::Succeeded, api::OperationId::ApprovePatches,
                                        QStringLiteral("Initiated Successfully"), {})
                    .contains(QStringLiteral("“Initiated Successfully”")));
    }

    void storeLocation()
    {
        using store::StoreLocation;
        // Loopback is not "demo" (that is the --demo flag): a tunnel or a local on-premises server keeps its store.
        QCOMPARE(StoreLocation::pathFor(QUrl(QStringLiteral("http://127.0.0.1:8123"))),
                 store::Database::defaultPathFor(QStringLiteral("server-127.0.0.1-8123")));
        QCOMPARE(StoreLocation::pathFor(QUrl(QStringLiteral("http://localhost:8123")), QStringLiteral("p1")),
                 store::Database::defaultPathFor(QStringLiteral("p1")));
        const QUrl cloud(QStringLiteral("https://patch.manageengine.eu"));
        QCOMPARE(StoreLocation::pathFor(cloud, QStringLiteral("{abc}")),
                 store::Database::defaultPathFor(QStringLiteral("{abc}")));
        QCOMPARE(StoreLocation::serverKey(cloud), QStringLiteral("server-patch.manageengine.eu-443"));
        QCOMPARE(StoreLocation::pathFor(cloud),
                 store::Database::defaultPathFor(QStringLiteral("server-patch.manageengine.eu-443")));
        // Settings follow the profile id, which a rename does not change.
        QCOMPARE(StoreLocation::keyFor(cloud, QStringLiteral("{abc}")), QStringLiteral("{abc}"));
        QCOMPARE(StoreLocation::keyFor(cloud), QStringLiteral("server-patch.manageengine.eu-443"));
    }

    void customGroupsFromReportRows()
    {
        // The guide's E39 sample: a group by name, but no id column.
        bool namesWithoutIds = false;
        const QList<api::Record> guide{record({{"db_added_time", QStringLiteral("1724670283179")},
                                               {"name", QStringLiteral("All Computers Group")},
                                               {"resource_type", QStringLiteral("101")},
                                               {"domain_netbios_name", QStringLiteral("CRITERIA_GROUP")}})};
        QVERIFY(CustomGroupDirectory::parseRows(guide, &namesWithoutIds).isEmpty());
        QVERIFY(namesWithoutIds);

        const QList<api::Record> rows{
            record({{"resource_id", QStringLiteral("301")},
                    {"name", QStringLiteral("All Computers Group")},
                    {"resource_type", QStringLiteral("101")},
                    {"domain_netbios_name", QStringLiteral("CRITERIA_GROUP")}}),
            record({{"RESOURCE_ID", 501}, {"NAME", QStringLiteral("Finance Workstations")}, {"RESOURCE_TYPE", 101}}),
            record({{"resource_id", QStringLiteral("512")},
                    {"name", QStringLiteral("Helpdesk Staff")},
                    {"resource_type", QStringLiteral("102")}}),
            record({{"resource_id", QStringLiteral("7001")},
                    {"name", QStringLiteral("win-1422")},
                    {"resource_type", QStringLiteral("1")}}), // a computer, not a group
            record({{"resource_id", QStringLiteral("501")},
                    {"name", QStringLiteral("Finance Workstations")},
                    {"resource_type", QStringLiteral("101")}}), // listed twice
        };
        const QList<CustomGroupInfo> groups = CustomGroupDirectory::parseRows(rows);
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.at(0).id, QStringLiteral("301"));
        QCOMPARE(groups.at(0).category, QStringLiteral("CRITERIA_GROUP"));
        QCOMPARE(groups.at(1).name, QStringLiteral("Finance Workstations"));
        QCOMPARE(groups.at(1).id, QStringLiteral("501"));
        QVERIFY(groups.at(1).isComputerGroup());
        QVERIFY(!groups.at(2).isComputerGroup());

        api::QueryReportNode report;
        report.label = QStringLiteral("Custom Groups");
        QCOMPARE(CustomGroupDirectory::relevance(report), 3);
        report.label = QStringLiteral("Resource group members");
        QCOMPARE(CustomGroupDirectory::relevance(report), 2);
        report.label = QStringLiteral("Patch approvals");
        QCOMPARE(CustomGroupDirectory::relevance(report), 0);
    }

    void customGroupsFromCache()
    {
        store::Database db(store::Database::memoryPath());
        db.open();
        store::ViewCache cache(db);
        QJsonArray groups{QJsonObject{{QStringLiteral("id"), QStringLiteral("505")},
                                      {QStringLiteral("name"), QStringLiteral("Pilot Ring")},
                                      {QStringLiteral("resource_type"), QStringLiteral("101")},
                                      {QStringLiteral("category"), QStringLiteral("STATIC_GROUP")}}};
        QVERIFY(cache.saveObject(
            CustomGroupDirectory::cacheViewId(), QString(),
            {{QStringLiteral("report"), QStringLiteral("Custom Groups")}, {QStringLiteral("groups"), groups}},
            QDateTime::currentDateTimeUtc()));
        CustomGroupDirectory directory(nullptr, &cache);
        QSignalSpy changed(&directory, &CustomGroupDirectory::changed);
        directory.load();
        QCOMPARE(directory.state(), CustomGroupDirectory::State::Ready);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(directory.byName(QStringLiteral("pilot ring"))->id, QStringLiteral("505"));
        QCOMPARE(directory.sourceReport(), QStringLiteral("Custom Groups"));
        QVERIFY(directory.statusText().contains(QStringLiteral("Custom Groups")));
        // Without a client, a refresh fails and says so.
        directory.refresh();
        QCOMPARE(directory.state(), CustomGroupDirectory::State::Failed);
    }

    void apdTaskBookFollowsWrites()
    {
        store::Database db(store::Database::memoryPath());
        db.open();
        store::ApdTaskRegistry registry(db);
        ApdTaskBook book(&registry);
        QSignalSpy changed(&book, &ApdTaskBook::changed);

        // A failed create leaves no trace; a successful one is Active with its settings.
        book.record(api::CreateApdTaskRequest(weekly()), Outcome::Failed);
        QVERIFY(book.tasks().isEmpty());
        book.record(api::CreateApdTaskRequest(weekly()), Outcome::Succeeded);
        QCOMPARE(book.task(QStringLiteral("Weekly"))->state, State::Active);
        QCOMPARE(ApdTaskBook::settingsOf(*book.task(QStringLiteral("Weekly"))).templateName(),
                 QStringLiteral("Deploy any time at the earliest"));

        using A = api::ApdTaskActionRequest::Action;
        book.record(api::ApdTaskActionRequest(A::Suspend, QStringLiteral("Weekly")), Outcome::Succeeded);
        QCOMPARE(book.task(QStringLiteral("Weekly"))->state, State::Suspended);
        book.record(api::ApdTaskActionRequest(A::Resume, QStringLiteral("Weekly")), Outcome::Succeeded);
        QCOMPARE(book.task(QStringLiteral("Weekly"))->state, State::Active);
        book.record(api::ApdTaskActionRequest(A::Suspend, QStringLiteral("Weekly")), Outcome::OutcomeUnknown);
        QCOMPARE(book.task(QStringLiteral("Weekly"))->state, State::Unknown);
        book.record(api::ApdTaskActionRequest(A::Resume, QStringLiteral("Weekly")), Outcome::Refused);
        QCOMPARE(book.task(QStringLiteral("Weekly"))->state, State::Unknown);

        // A modification merges its settings; switching the delay basis replaces the old delay key.
        api::ApdTaskSettings change;
        change.setDescription(QStringLiteral("now with a description"));
        change.setDelay(api::ApdTaskSettings::DelayBasis::AfterRelease, 2);
        book.record(api::ModifyApdTaskRequest(QStringLiteral("Weekly"), change), Outcome::Succeeded);
        const QJsonObject merged = book.task(QStringLiteral("Weekly"))->settings;
        QCOMPARE(merged.value(QStringLiteral("description")).toString(), QStringLiteral("now with a description"));
        QCOMPARE(merged.value(QStringLiteral("delay_deployment_by_released_time")).toString(), QStringLiteral("2"));
        QVERIFY(!merged.contains(QStringLiteral("delay_deployment_by_approved_time")));
        QCOMPARE(merged.value(QStringLiteral("templateName")).toString(),
                 QStringLiteral("Deploy any time at the earliest"));

        // A rename moves the entry.
        api::ApdTaskSettings rename;
        rename.setTaskName(QStringLiteral("Weekly (all offices)"));
        book.record(api::ModifyApdTaskRequest(QStringLiteral("Weekly"), rename), Outcome::Succeeded);
        QVERIFY(!book.contains(QStringLiteral("Weekly")));
        QVERIFY(book.contains(QStringLiteral("Weekly (all offices)")));

        book.record(api::ApdTaskActionRequest(A::Delete, QStringLiteral("Weekly (all offices)")), Outcome::Succeeded);
        QCOMPARE(book.task(QStringLiteral("Weekly (all offices)"))->state, State::Deleted);

        // Writes that are not about APD tasks are ignored.
        const qsizetype before = changed.size();
        book.record(api::ScanAllComputersRequest(), Outcome::Succeeded);
        QCOMPARE(changed.size(), before);
    }

    void apdTaskBookAddsExistingTasksByName()
    {
        store::Database db(store::Database::memoryPath());
        db.open();
        store::ApdTaskRegistry registry(db);
        ApdTaskBook book(&registry);
        QString error;
        QVERIFY(!book.addExisting(QStringLiteral("   "), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(book.addExisting(QStringLiteral(" Made in the web console "), &error));
        QCOMPARE(book.task(QStringLiteral("Made in the web console"))->state, State::Unknown);
        QVERIFY(!book.addExisting(QStringLiteral("Made in the web console"), &error));
        QVERIFY(error.contains(QStringLiteral("already")));
        // Suspending a task known only by name records the state.
        book.record(api::ApdTaskActionRequest(api::ApdTaskActionRequest::Action::Suspend,
                                              QStringLiteral("Made in the web console")),
                    Outcome::Succeeded);
        QCOMPARE(book.task(QStringLiteral("Made in the web console"))->state, State::Suspended);
        QVERIFY(book.forget(QStringLiteral("Made in the web console")));
        QVERIFY(book.tasks().isEmpty());
    }
};

QTEST_GUILESS_MAIN(ActionRulesTest)
#include "ActionRulesTest.moc"
