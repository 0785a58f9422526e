// The one path every write takes, against the simulator over a real socket: what the server
// receives, what the journal records (operation, targets, payload without secrets, outcome), the
// outcome-unknown path with the simulator's fault switch (one request, never re-sent), refusals that
// send nothing, incremental authorization for a read-only grant, and custom group ids found in query
// report data.

#include "ScopedAuthenticator.h"
#include "SimulatorFixture.h"
#include "SimulatorReads.h"

#include "actions/ActionRunner.h"
#include "actions/ApdTaskBook.h"
#include "actions/CustomGroupDirectory.h"

#include "api/Authenticator.h"
#include "api/OperationCatalogue.h"
#include "api/requests/ApdTaskActionRequest.h"
#include "api/requests/CreateApdTaskRequest.h"
#include "api/requests/InstallPatchesRequest.h"
#include "api/requests/PatchApprovalRequest.h"
#include "store/ActionJournal.h"
#include "store/ApdTaskRegistry.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace pmp;
using namespace pmp::actions;
using Outcome = ActionOutcome::Outcome;

class ActionRunnerTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SimulatorFixture> m_sim;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::ActionJournal> m_journal;
    std::unique_ptr<ActionRunner> m_runner;

    ActionOutcome runToEnd(std::shared_ptr<const api::WriteRequest> request)
    {
        ActionRun *run = m_runner->run(std::move(request));
        QSignalSpy finished(run, &ActionRun::finished);
        if (finished.isEmpty())
            finished.wait(30000);
        return finished.isEmpty() ? ActionOutcome{} : finished.first().first().value<ActionOutcome>();
    }

    qint64 someMissingPatch()
    {
        api::ListQuery q;
        q.set(QStringLiteral("patchstatusfilter"), QStringLiteral("202"));
        const QList<api::Record> rows = test::fetchAll(m_sim->client(), api::OperationId::AllPatches, q);
        return rows.isEmpty() ? 0 : rows.first().integerOr(QStringLiteral("patch_id"), 0);
    }

private slots:
    void initTestCase() { qRegisterMetaType<ActionOutcome>(); }

    void init()
    {
        m_sim = std::make_unique<test::SimulatorFixture>(test::fleetOf(40, 120));
        QVERIFY(m_sim->isListening());
        m_db = std::make_unique<store::Database>(store::Database::memoryPath());
        m_db->open();
        m_journal = std::make_unique<store::ActionJournal>(*m_db);
        m_runner = std::make_unique<ActionRunner>(&m_sim->client(), m_journal.get(), QStringLiteral("Test profile"));
    }

    void cleanup()
    {
        m_runner.reset();
        m_journal.reset();
        m_db.reset();
        m_sim.reset();
    }

    void approveIsSentOnceAndJournaled()
    {
        const qint64 patch = someMissingPatch();
        QVERIFY(patch > 0);
        m_sim->simulator().clearRequests();
        QSignalSpy affected(m_runner.get(), &ActionRunner::viewsAffected);
        const ActionOutcome o = runToEnd(std::make_shared<api::PatchApprovalRequest>(
            api::PatchApprovalRequest::Kind::Approve, QList<qint64>{patch}));
        QCOMPARE(o.outcome, Outcome::Succeeded);
        QCOMPARE(o.serverText, QStringLiteral("Initiated Successfully"));
        QVERIFY(o.message.contains(QStringLiteral("Initiated Successfully")));
        QVERIFY(o.affectedViews.contains(QStringLiteral("missing-patches")));
        QCOMPARE(affected.size(), 1);

        const auto sent = test::requestsTo(m_sim->simulator(), QStringLiteral("/api/1.4/patch/approvepatch"));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().method, QStringLiteral("POST"));
        QCOMPARE(QJsonDocument::fromJson(sent.first().body).object().value(QStringLiteral("patchids")).toArray(),
                 (QJsonArray{patch}));

        const QList<store::JournalEntry> entries = m_journal->query();
        QCOMPARE(entries.size(), 1);
        const store::JournalEntry &e = entries.first();
        QCOMPARE(e.outcome, Outcome::Succeeded);
        QCOMPARE(e.operationCode, QStringLiteral("E13"));
        QCOMPARE(e.profile, QStringLiteral("Test profile"));
        QCOMPARE(e.targets, QStringList{QString::number(patch)});
        QCOMPARE(e.payload.value(QStringLiteral("body")).toObject().value(QStringLiteral("patchids")).toArray(),
                 (QJsonArray{patch}));
        QCOMPARE(e.message, QStringLiteral("Initiated Successfully"));
        QVERIFY(!e.requestId.isEmpty());
        QVERIFY(e.completedAt.isValid());
        // No secret of the connection in the journal.
        QVERIFY(!QJsonDocument(e.payload).toJson().contains(m_sim->token().toUtf8()));
    }

    void lostAnswerIsOutcomeUnknownAndNeverResent()
    {
        auto request = std::make_shared<api::InstallPatchesRequest>();
        request->setPatchIds({someMissingPatch()}); // no target set: every computer that needs it (E03)
        request->setConfigName(QStringLiteral("Lost answer"));
        request->setAction(api::DeploymentAction::DeployImmediately);
        request->setDeploymentPolicyTemplateId(1);
        QVERIFY(m_sim->simulator().setFaults(QStringLiteral("drop:1:path=/api/1.4/patch/installpatch")));
        m_sim->simulator().clearRequests();
        QSignalSpy affected(m_runner.get(), &ActionRunner::viewsAffected);
        const ActionOutcome o = runToEnd(request);
        QCOMPARE(o.outcome, Outcome::OutcomeUnknown);
        QVERIFY(o.message.startsWith(QStringLiteral("Outcome unknown")));
        QVERIFY(o.message.contains(QStringLiteral("Deployment › Configurations")));
        QVERIFY(o.mayHaveActed());
        QVERIFY(o.affectedViews.contains(QStringLiteral("configurations")));

        // A later read completes, and still exactly one installpatch reached the server.
        QVERIFY(m_sim->simulator().setFaults(QString()));
        test::fetchAll(m_sim->client(), api::OperationId::DeploymentPolicies);
        QCOMPARE(test::requestsTo(m_sim->simulator(), QStringLiteral("/api/1.4/patch/installpatch")).size(), 1);

        const QList<store::JournalEntry> entries = m_journal->query();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().outcome, Outcome::OutcomeUnknown);
        QCOMPARE(entries.first().errorKind, api::ApiError::Kind::OutcomeUnknown);
        QCOMPARE(entries.first().operationCode, QStringLiteral("E03"));
    }

    void serverFailureIsFailed()
    {
        QVERIFY(m_sim->simulator().setFaults(QStringLiteral("5xx:1:status=500:path=/api/1.4/patch/approvepatch")));
        const ActionOutcome o = runToEnd(
            std::make_shared<api::PatchApprovalRequest>(api::PatchApprovalRequest::Kind::Approve, QList<qint64>{1}));
        QCOMPARE(o.outcome, Outcome::Failed);
        QVERIFY(o.message.startsWith(QStringLiteral("Not done")));
        QCOMPARE(o.affectedViews, QStringList{QStringLiteral("journal")});
        QCOMPARE(test::requestsTo(m_sim->simulator(), QStringLiteral("/api/1.4/patch/approvepatch")).size(), 1);
        QCOMPARE(m_journal->query().first().outcome, Outcome::Failed);
    }

    void invalidRequestIsRefusedAndNotSent()
    {
        m_sim->simulator().clearRequests();
        const ActionOutcome o = runToEnd(
            std::make_shared<api::PatchApprovalRequest>(api::PatchApprovalRequest::Kind::Approve, QList<qint64>{}));
        QCOMPARE(o.outcome, Outcome::Refused);
        QCOMPARE(o.error.kind(), api::ApiError::Kind::Validation);
        QVERIFY(m_sim->simulator().requests().isEmpty());
        QCOMPARE(m_journal->query().size(), 1);
        QCOMPARE(m_journal->query().first().outcome, Outcome::Refused);
    }

    void noJournalNoSend()
    {
        store::Database closed(store::Database::memoryPath()); // never opened: begin() fails
        store::ActionJournal journal(closed);
        ActionRunner runner(&m_sim->client(), &journal, QStringLiteral("x"));
        m_sim->simulator().clearRequests();
        ActionRun *run = runner.run(
            std::make_shared<api::PatchApprovalRequest>(api::PatchApprovalRequest::Kind::Approve, QList<qint64>{1}));
        QSignalSpy finished(run, &ActionRun::finished);
        QVERIFY(finished.wait(10000));
        const auto o = finished.first().first().value<ActionOutcome>();
        QCOMPARE(o.outcome, Outcome::Refused);
        QVERIFY(o.message.contains(QStringLiteral("journal")));
        // Let the transport's turn pass: nothing goes out.
        test::fetchAll(m_sim->client(), api::OperationId::DeploymentPolicies);
        QVERIFY(test::requestsTo(m_sim->simulator(), QStringLiteral("/api/1.4/patch/approvepatch")).isEmpty());
    }

    void readOnlyGrantAsksForTheUpdateScope()
    {
        const QStringList readScopes = api::OperationCatalogue::readScopes();
        test::ScopedAuthenticator auth(&m_sim->simulator(), readScopes);
        m_sim->transport().setAuthenticator(&auth);
        const qint64 patch = someMissingPatch();
        m_sim->simulator().clearRequests();
        QSignalSpy asked(m_runner.get(), &ActionRunner::authorizationRequested);
        const ActionOutcome o = runToEnd(std::make_shared<api::PatchApprovalRequest>(
            api::PatchApprovalRequest::Kind::Approve, QList<qint64>{patch}));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(1).toString(), QStringLiteral("PatchManagerPlusCloud.PatchMgmt.UPDATE"));
        QCOMPARE(auth.requested, QStringList{QStringLiteral("PatchManagerPlusCloud.PatchMgmt.UPDATE")});
        QCOMPARE(o.outcome, Outcome::Succeeded);
        const auto sent = test::requestsTo(m_sim->simulator(), QStringLiteral("/api/1.4/patch/approvepatch"));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().authorization, "Zoho-oauthtoken " + auth.token().toUtf8());
        m_sim->transport().setAuthenticator(nullptr);
    }

    void refusedScopeSendsNothing()
    {
        test::ScopedAuthenticator auth(&m_sim->simulator(), api::OperationCatalogue::readScopes(),
                                       test::ScopedAuthenticator::Consent::Refuse);
        m_sim->transport().setAuthenticator(&auth);
        m_sim->simulator().clearRequests();
        const ActionOutcome o = runToEnd(
            std::make_shared<api::PatchApprovalRequest>(api::PatchApprovalRequest::Kind::Approve, QList<qint64>{1}));
        QCOMPARE(o.outcome, Outcome::Refused);
        QVERIFY(o.message.contains(QStringLiteral("The admin said no.")));
        QVERIFY(test::requestsTo(m_sim->simulator(), QStringLiteral("/api/1.4/patch/approvepatch")).isEmpty());
        QCOMPARE(m_journal->query().first().outcome, Outcome::Refused);
        m_sim->transport().setAuthenticator(nullptr);
    }

    void cancelWhileWaitingForPermission()
    {
        // An authenticator that never answers: the admin closed the browser.
        class Silent : public api::Authenticator
        {
        public:
            QByteArray authorizationHeader() const override { return "Zoho-oauthtoken x"; }
            bool hasScope(const QString &) const override { return false; }
            void requestScopes(const QStringList &) override {}
        } silent;
        m_sim->transport().setAuthenticator(&silent);
        ActionRun *run = m_runner->run(
            std::make_shared<api::PatchApprovalRequest>(api::PatchApprovalRequest::Kind::Approve, QList<qint64>{1}));
        QSignalSpy finished(run, &ActionRun::finished);
        QTRY_COMPARE(run->stage(), ActionRun::Stage::Authorizing);
        QVERIFY(run->cancel());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ActionOutcome>().outcome, Outcome::Refused);
        QVERIFY(test::requestsTo(m_sim->simulator(), QStringLiteral("/api/1.4/patch/approvepatch")).isEmpty());
        m_sim->transport().setAuthenticator(nullptr);
    }

    void apdWritesKeepTheBook()
    {
        store::ApdTaskRegistry registry(*m_db);
        ApdTaskBook book(&registry);
        m_runner->setApdTaskBook(&book);
        api::ApdTaskSettings s;
        s.setTaskName(QStringLiteral("Runner task"));
        s.setTemplateName(QStringLiteral("Deploy any time at the earliest"));
        s.setPlatform(api::ApdTaskSettings::Platform::Windows);
        s.setTargetType(api::ApdTaskSettings::TargetType::CustomGroup);
        s.setTargetList({QStringLiteral("Pilot Ring")});
        s.setUpdateType(api::ApdTaskSettings::UpdateType::Security, true);
        QCOMPARE(runToEnd(std::make_shared<api::CreateApdTaskRequest>(s)).outcome, Outcome::Succeeded);
        QCOMPARE(book.task(QStringLiteral("Runner task"))->state, store::ApdTask::State::Active);
        QCOMPARE(runToEnd(std::make_shared<api::ApdTaskActionRequest>(api::ApdTaskActionRequest::Action::Suspend,
                                                                      QStringLiteral("Runner task")))
                     .outcome,
                 Outcome::Succeeded);
        QCOMPARE(book.task(QStringLiteral("Runner task"))->state, store::ApdTask::State::Suspended);
        const auto suspend = test::requestsTo(m_sim->simulator(), QStringLiteral("/api/1.4/patch/suspendAPDTask"));
        QCOMPARE(suspend.size(), 1);
        QCOMPARE(suspend.first().query.queryItemValue(QStringLiteral("taskname")), QStringLiteral("Runner task"));
    }

    void customGroupIdsFromQueryReports()
    {
        CustomGroupDirectory directory(&m_sim->client());
        QSignalSpy changed(&directory, &CustomGroupDirectory::changed);
        directory.load();
        QCOMPARE(directory.state(), CustomGroupDirectory::State::Loading);
        QTRY_VERIFY_WITH_TIMEOUT(directory.state() == CustomGroupDirectory::State::Ready, 20000);
        QCOMPARE(directory.sourceReport(), QStringLiteral("Custom Groups"));
        const auto finance = directory.byName(QStringLiteral("finance workstations"));
        QVERIFY(finance.has_value());
        QCOMPARE(finance->id, QStringLiteral("501"));
        QCOMPARE(directory.byName(QStringLiteral("All Computers Group"))->id, QStringLiteral("301"));
        // User groups are listed but are not decline targets.
        QVERIFY(directory.byName(QStringLiteral("Helpdesk Staff")).has_value());
        for (const CustomGroupInfo &g : directory.computerGroups())
            QVERIFY(g.name != QLatin1String("Helpdesk Staff"));
        // A second load uses what is known.
        m_sim->simulator().clearRequests();
        directory.load();
        QVERIFY(m_sim->simulator().requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(ActionRunnerTest)
#include "ActionRunnerTest.moc"
