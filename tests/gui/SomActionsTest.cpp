// Scans and agent actions against the simulator: scan selected (E06), scan all (E09, typed ALL),
// install agent (E35), uninstall agent (E33, typed UNINSTALL), remove computers (E36, typed REMOVE),
// a wide scan behind the typed number of computers, the state later reads show (installation_status,
// the computer gone), and a read-only grant asking for the SOM write scope instead of failing.

#include "ActionTestHarness.h"

#include "api/OperationCatalogue.h"
#include "store/ActionJournal.h"

#include <QJsonArray>
#include <QLabel>
#include <QListWidget>

using namespace pmp;
using namespace pmp::test;
using pmp::api::AgentActionRequest;
using pmp::ui::ConfirmActionDialog;
using Outcome = pmp::actions::ActionOutcome::Outcome;

namespace {

int installationStatus(api::Client &client, qint64 resourceId)
{
    const auto row =
        findRecord(fetchAll(client, api::OperationId::Computers), QStringLiteral("resource_id"), resourceId);
    return row ? int(row->integerOr(QStringLiteral("installation_status"), -1)) : -1;
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a << id;
    return a;
}

} // namespace

class SomActionsTest : public ActionDialogTest
{
    Q_OBJECT

private slots:
    void scanSelectedComputers()
    {
        const ui::ActionSelection s = computers(h->sim.client(), 2);
        ConfirmActionDialog *c = h->centre.openScan(s);
        QVERIFY(!c->requirement().isRequired());
        QCOMPARE(c->findChild<QListWidget *>(QStringLiteral("confirmTargets"))->item(0)->text(),
                 s.computerNames.first());
        QVERIFY(confirmAndWait(c));
        QCOMPARE(c->outcome().outcome, Outcome::Succeeded);
        QVERIFY(c->findChild<QLabel *>(QStringLiteral("resultText"))
                    ->text()
                    .contains(QStringLiteral("Scan initiated successfully")));
        const auto sent = requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/patch/computers/scan"));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(bodyOf(sent.first()).value(QStringLiteral("resourceids")).toArray(), idArray(s.computerIds));
        QVERIFY(c->outcome().affectedViews.contains(QStringLiteral("scan-status")));
    }

    void wideScanNeedsTheNumber()
    {
        const ui::ActionSelection s = computers(h->sim.client(), 51);
        QCOMPARE(s.computerIds.size(), 51);
        ConfirmActionDialog *c = h->centre.openScan(s);
        QCOMPARE(c->requirement().phrase, QStringLiteral("51"));
        QVERIFY(!confirmAndWait(c, QStringLiteral("50")));
        QVERIFY(requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/patch/computers/scan")).isEmpty());
        c->findChild<QLineEdit *>(QStringLiteral("typedConfirmation"))->clear();
        QVERIFY(confirmAndWait(c, QStringLiteral("51")));
        QCOMPARE(c->outcome().outcome, Outcome::Succeeded);
    }

    void scanAllNeedsAll()
    {
        ConfirmActionDialog *c = h->centre.openScanAll();
        QCOMPARE(c->requirement().phrase, QStringLiteral("ALL"));
        QVERIFY(
            c->findChild<QLabel *>(QStringLiteral("confirmTargetsLabel"))->text().contains(QStringLiteral("every")));
        QVERIFY(confirmAndWait(c, QStringLiteral("ALL")));
        QCOMPARE(c->outcome().outcome, Outcome::Succeeded);
        const auto sent = requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/patch/computers/scanall"));
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.first().body.isEmpty());
    }

    void installAgent()
    {
        const ui::ActionSelection s = computers(h->sim.client(), 1, [](const api::Record &r) {
            return r.integerOr(QStringLiteral("installation_status"), 22) != 22;
        });
        QCOMPARE(s.computerIds.size(), 1);
        ConfirmActionDialog *c = h->centre.openAgentAction(s, AgentActionRequest::Action::Install);
        QVERIFY(!c->requirement().isRequired());
        QVERIFY(confirmAndWait(c));
        QCOMPARE(c->outcome().outcome, Outcome::Succeeded);
        QCOMPARE(bodyOf(requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/som/computers/installagent")).first())
                     .value(QStringLiteral("resourceids"))
                     .toArray(),
                 idArray(s.computerIds));
        QCOMPARE(installationStatus(h->sim.client(), s.computerIds.first()), 22);
    }

    void uninstallAgentNeedsUninstall()
    {
        const ui::ActionSelection s = computers(h->sim.client(), 1, [](const api::Record &r) {
            return r.integerOr(QStringLiteral("installation_status"), 0) == 22;
        });
        ConfirmActionDialog *c = h->centre.openAgentAction(s, AgentActionRequest::Action::Uninstall);
        QCOMPARE(c->requirement().phrase, QStringLiteral("UNINSTALL"));
        QVERIFY(!c->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
        QVERIFY(confirmAndWait(c, QStringLiteral("UNINSTALL")));
        QCOMPARE(c->outcome().outcome, Outcome::Succeeded);
        QCOMPARE(requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/som/computers/uninstallagent")).size(), 1);
        QCOMPARE(installationStatus(h->sim.client(), s.computerIds.first()), 23);
    }

    void removeComputerNeedsRemove()
    {
        const ui::ActionSelection s = computers(h->sim.client(), 2);
        ConfirmActionDialog *c = h->centre.openAgentAction(s, AgentActionRequest::Action::Remove);
        QCOMPARE(c->requirement().phrase, QStringLiteral("REMOVE"));
        QVERIFY(c->findChild<QLabel *>(QStringLiteral("confirmSummary"))->text().contains(s.computerNames.first()));
        QVERIFY(confirmAndWait(c, QStringLiteral("REMOVE")));
        QCOMPARE(c->outcome().outcome, Outcome::Succeeded);
        QVERIFY(c->outcome().affectedViews.contains(QStringLiteral("computers")));
        const QList<api::Record> after = fetchAll(h->sim.client(), api::OperationId::Computers);
        QVERIFY(!findRecord(after, QStringLiteral("resource_id"), s.computerIds.at(0)).has_value());
        QVERIFY(!findRecord(after, QStringLiteral("resource_id"), s.computerIds.at(1)).has_value());
        const store::JournalEntry e = h->centre.journal()->query().first();
        QCOMPARE(e.operationCode, QStringLiteral("E36"));
        QCOMPARE(e.targets, s.computerNames);
        QCOMPARE(e.outcome, Outcome::Succeeded);
    }

    void readOnlyGrantAsksForTheScope()
    {
        QStringList read = api::OperationCatalogue::readScopes();
        ScopedAuthenticator auth(&h->sim.simulator(), read, ScopedAuthenticator::Consent::Wait);
        h->sim.transport().setAuthenticator(&auth);
        const ui::ActionSelection s = computers(h->sim.client(), 1);
        QVERIFY(!s.computerIds.isEmpty());
        h->sim.simulator().clearRequests();
        ConfirmActionDialog *c = h->centre.openScan(s);
        QTest::mouseClick(c->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
        // Waiting for the admin's consent: said in words, nothing sent yet, and it can still be cancelled.
        QTRY_COMPARE(auth.requested, QStringList{QStringLiteral("PatchManagerPlusCloud.PatchMgmt.UPDATE")});
        auto *progress = c->findChild<QLabel *>(QStringLiteral("progressText"));
        QVERIFY(progress->isVisible());
        QVERIFY(progress->text().contains(QStringLiteral("permission")));
        QVERIFY(c->findChild<QPushButton *>(QStringLiteral("cancelButton"))->isEnabled());
        QVERIFY(requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/patch/computers/scan")).isEmpty());
        auth.grant(auth.requested);
        QTRY_VERIFY_WITH_TIMEOUT(c->phase() == ui::ConfirmActionDialog::Phase::Done, 20000);
        QCOMPARE(c->outcome().outcome, Outcome::Succeeded);
        const auto sent = requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/patch/computers/scan"));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().authorization, "Zoho-oauthtoken " + auth.token().toUtf8());

        // The SOM actions ask for the SOM scope.
        auth.requested.clear();
        auth.consent = ScopedAuthenticator::Consent::Grant;
        ConfirmActionDialog *install = h->centre.openAgentAction(s, AgentActionRequest::Action::Install);
        QVERIFY(confirmAndWait(install));
        QCOMPARE(auth.requested, QStringList{QStringLiteral("PatchManagerPlusCloud.SOM.UPDATE")});
        QCOMPARE(install->outcome().outcome, Outcome::Succeeded);
        h->sim.transport().setAuthenticator(nullptr);
    }

    void cancelWhileWaitingForPermission()
    {
        ScopedAuthenticator auth(&h->sim.simulator(), api::OperationCatalogue::readScopes(),
                                 ScopedAuthenticator::Consent::Wait);
        h->sim.transport().setAuthenticator(&auth);
        const ui::ActionSelection s = computers(h->sim.client(), 1);
        ConfirmActionDialog *c = h->centre.openScan(s);
        QTest::mouseClick(c->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
        QTRY_VERIFY(!auth.requested.isEmpty());
        QTest::mouseClick(c->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QTRY_VERIFY(c->phase() == ui::ConfirmActionDialog::Phase::Done);
        QCOMPARE(c->outcome().outcome, Outcome::Refused);
        QVERIFY(requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/patch/computers/scan")).isEmpty());
        QCOMPARE(h->centre.journal()->query().first().outcome, Outcome::Refused);
        h->sim.transport().setAuthenticator(nullptr);
    }
};

QTEST_MAIN(SomActionsTest)
#include "SomActionsTest.moc"
