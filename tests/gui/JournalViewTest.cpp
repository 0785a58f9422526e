// The action journal page: entries of real writes against the simulator (succeeded, failed, outcome
// unknown, refused), its filters (time range, operation, outcome, text), the full entry as sent, and
// CSV/JSON export through the store, without the connection's token anywhere.

#include "ActionTestHarness.h"

#include "actions/JournalTableModel.h"

#include "actions/JournalView.h"
#include <QAbstractItemModelTester>

#include "actions/ActionRunner.h"
#include "api/requests/InstallPatchesRequest.h"
#include "api/requests/PatchApprovalRequest.h"
#include "api/requests/ScanComputersRequest.h"
#include "store/ActionJournal.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QJsonArray>
#include <QTableView>
#include <QTemporaryDir>

using namespace pmp;
using namespace pmp::test;
using pmp::ui::JournalView;
using Outcome = pmp::actions::ActionOutcome::Outcome;

class JournalViewTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<ActionHarness> h;
    QString m_computerName;

    void run(std::shared_ptr<const api::WriteRequest> request)
    {
        actions::ActionRun *r = h->centre.runner()->run(std::move(request));
        QSignalSpy finished(r, &actions::ActionRun::finished);
        QVERIFY(finished.wait(20000));
    }

private slots:
    void initTestCase()
    {
        h = std::make_unique<ActionHarness>();
        QVERIFY(h->sim.isListening());
        const ui::ActionSelection p = patches(h->sim.client(), 1, missingFilter());
        const ui::ActionSelection c = computers(h->sim.client(), 2);

        run(std::make_shared<api::PatchApprovalRequest>(api::PatchApprovalRequest::Kind::Approve, p.patchIds));
        QVERIFY(h->sim.simulator().setFaults(QStringLiteral("5xx:1:status=503:path=/api/1.4/patch/computers/scan")));
        auto scan = std::make_shared<api::ScanComputersRequest>(c.computerIds);
        scan->setDisplayNames(c.computerNames);
        run(scan);
        QVERIFY(h->sim.simulator().setFaults(QStringLiteral("drop:1:path=/api/1.4/patch/installpatch")));
        auto install = std::make_shared<api::InstallPatchesRequest>();
        install->setPatchIds(p.patchIds);
        install->setResourceIds(c.computerIds);
        install->setConfigName(QStringLiteral("Journal install"));
        install->setDeploymentPolicyTemplateId(1);
        actions::ActionRun *r = h->centre.runner()->run(install, c.computerNames);
        QSignalSpy finished(r, &actions::ActionRun::finished);
        QVERIFY(finished.wait(20000));
        m_computerName = c.computerNames.first();
        QVERIFY(h->sim.simulator().setFaults(QString()));
        run(std::make_shared<api::PatchApprovalRequest>(api::PatchApprovalRequest::Kind::Unapprove, QList<qint64>{}));
    }

    void cleanupTestCase() { h.reset(); }

    void listsEveryWriteNewestFirst()
    {
        JournalView *view = h->centre.createJournalPage(&h->window);
        QCOMPARE(view->objectName(), QStringLiteral("journalView"));
        ui::JournalTableModel *m = view->model();
        QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m->rowCount(), 4);
        QCOMPARE(m->entry(0)->outcome, Outcome::Refused);        // the empty unapprove, never sent
        QCOMPARE(m->entry(1)->outcome, Outcome::OutcomeUnknown); // the install whose answer was lost
        QCOMPARE(m->entry(2)->outcome, Outcome::Failed);         // the scan the server refused (503)
        QCOMPARE(m->entry(3)->outcome, Outcome::Succeeded);      // the approval
        QCOMPARE(m->data(m->index(1, ui::JournalTableModel::Outcome)).toString(), QStringLiteral("Outcome unknown"));
        QCOMPARE(m->data(m->index(3, ui::JournalTableModel::Action)).toString(), QStringLiteral("Approve patches"));
        QCOMPARE(m->data(m->index(2, ui::JournalTableModel::Targets)).toString(),
                 m->entry(2)->targets.join(QStringLiteral(", ")));
    }

    void filters()
    {
        JournalView *view = h->centre.createJournalPage(&h->window);
        view->setOutcomeFilter(QStringLiteral("unknown"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->entry(0)->operationCode, QStringLiteral("E02"));
        view->setOutcomeFilter({});
        view->setOperationFilter(QStringLiteral("E06"));
        QCOMPARE(view->model()->rowCount(), 1);
        view->setOperationFilter({});
        view->setSearchText(QStringLiteral("install"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->entry(0)->operationCode, QStringLiteral("E02"));
        // Computers by name: the scan and the install (which sent ids, and journaled the names).
        view->setSearchText(m_computerName);
        QCOMPARE(view->model()->rowCount(), 2);
        view->setSearchText({});
        view->setRange(JournalView::Range::Day);
        QCOMPARE(view->model()->rowCount(), 4);
        view->setRange(JournalView::Range::Custom);
        view->findChild<QDateTimeEdit *>(QStringLiteral("journalFrom"))
            ->setDateTime(QDateTime::currentDateTime().addDays(1));
        view->findChild<QDateTimeEdit *>(QStringLiteral("journalTo"))
            ->setDateTime(QDateTime::currentDateTime().addDays(2));
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(view->filter().from.isValid(), true);
        // Showing an entry clears what hides it.
        const qint64 id = h->centre.journal()->query().last().id;
        view->selectEntry(id);
        QCOMPARE(view->model()->rowCount(), 4);
        QCOMPARE(view->model()->entry(view->table()->currentIndex().row())->id, id);
    }

    void detailsShowWhatWasSent()
    {
        JournalView *view = h->centre.createJournalPage(&h->window);
        view->setRange(JournalView::Range::All);
        const store::JournalEntry install = h->centre.journal()->query({}).at(1);
        view->selectEntry(install.id);
        const QString details = view->detailsText();
        QVERIFY(details.contains(QStringLiteral("\"ConfigName\": \"Journal install\"")));
        QVERIFY(details.contains(install.requestId));
        QVERIFY(details.contains(QStringLiteral("Outcome unknown")));
        QVERIFY(!details.contains(h->sim.token()));
    }

    void exportsCsvAndJson()
    {
        JournalView *view = h->centre.createJournalPage(&h->window);
        view->setRange(JournalView::Range::All);
        view->setOutcomeFilter({});
        view->setOperationFilter({});
        view->setSearchText({});
        QTemporaryDir dir;
        QString error;
        const QString csv = dir.filePath(QStringLiteral("journal.csv"));
        QVERIFY2(view->exportTo(csv, JournalView::Format::Csv, &error), qPrintable(error));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray text = c.readAll();
        QVERIFY(text.startsWith("id,started_at,completed_at,profile,operation_code"));
        QVERIFY(text.contains("unknown"));
        QVERIFY(text.contains("Journal install"));
        QVERIFY(!text.contains(h->sim.token().toUtf8()));

        view->setOutcomeFilter(QStringLiteral("succeeded"));
        const QString json = dir.filePath(QStringLiteral("journal.json"));
        QVERIFY2(view->exportTo(json, JournalView::Format::Json, &error), qPrintable(error));
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QJsonArray entries = QJsonDocument::fromJson(j.readAll()).array();
        QCOMPARE(entries.size(), 1); // what the filters select
        QCOMPARE(entries.first().toObject().value(QStringLiteral("operation_code")).toString(), QStringLiteral("E13"));
    }
};

QTEST_MAIN(JournalViewTest)
#include "JournalViewTest.moc"
