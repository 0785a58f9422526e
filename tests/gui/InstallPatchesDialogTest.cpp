// Install patches against the simulator: safe defaults, each validation rule shown at its widget, the
// three forms of installpatch (E01 all missing on custom groups, E02 chosen patches on chosen
// computers, E03 chosen patches everywhere behind a typed ALL), the exact request in the details, the
// request the simulator received and the configuration a later read shows, and a lost answer reported
// as outcome unknown and never re-sent.

#include "ActionTestHarness.h"
#include "FindChild.h"

#include "actions/CheckList.h"
#include "actions/FieldErrors.h"
#include "actions/InstallPatchesDialog.h"
#include "actions/PolicyPicker.h"

#include "store/ActionJournal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QToolButton>

using namespace pmp;
using namespace pmp::test;
using pmp::ui::ConfirmActionDialog;
using pmp::ui::InstallPatchesDialog;
using Outcome = pmp::actions::ActionOutcome::Outcome;

using pmp::test::child;

class InstallPatchesDialogTest : public ActionDialogTest
{
    Q_OBJECT

    InstallPatchesDialog *open(const ui::ActionSelection &selection)
    {
        InstallPatchesDialog *d = h->centre.openInstall(selection);
        if (!QTest::qWaitFor([d] { return d->policyPicker()->isLoaded(); }, 20000))
            return nullptr;
        return d;
    }

    // Patches missing somewhere (the first `patchCount`) for the first `computerCount` computers, as
    // when the admin picks both.
    ui::ActionSelection missingPatchesOn(int patchCount, int computerCount)
    {
        ui::ActionSelection s = patches(h->sim.client(), patchCount, missingFilter());
        const ui::ActionSelection c = computers(h->sim.client(), computerCount);
        s.computerIds = c.computerIds;
        s.computerNames = c.computerNames;
        return s;
    }

    // Reviews and expects the message at `label`, shown and mentioning `words`.
    static bool refusedAt(InstallPatchesDialog *d, const char *label, const QString &words)
    {
        if (d->review())
            return false;
        auto *l = child<QLabel>(d, label);
        return l && l->isVisible() && l->text().contains(words, Qt::CaseInsensitive);
    }

private slots:
    void defaultsAreSafe()
    {
        ui::ActionSelection s = patches(h->sim.client(), 2, missingFilter());
        s.computerIds = computers(h->sim.client(), 2).computerIds;
        s.computerNames = {QStringLiteral("a"), QStringLiteral("b")};
        InstallPatchesDialog *d = open(s);
        QVERIFY(d);
        QCOMPARE(d->objectName(), QStringLiteral("installPatchesDialog"));
        QCOMPARE(d->request().action(), api::DeploymentAction::Draft);
        QVERIFY(child<QRadioButton>(d, "modeChosenPatches")->isChecked());
        QVERIFY(child<QRadioButton>(d, "targetSelected")->isChecked());
        QVERIFY(!child<QCheckBox>(d, "onlyApproved")->isEnabled());
        QVERIFY(!d->request().forceRebootOption().has_value()); // the policy decides unless chosen
        QVERIFY(!d->request().retrySettings().has_value());     // the server's default unless chosen
        QVERIFY(d->policyPicker()->templateId().has_value());   // the server's default policy
        QVERIFY(d->summaryLabel()->text().contains(QStringLiteral("draft")));
        QCOMPARE(d->request().operation(), api::OperationId::InstallPatchesOnSystems);
    }

    void eachRuleIsShownAtItsField()
    {
        ui::ActionSelection s = patches(h->sim.client(), 1, missingFilter());
        InstallPatchesDialog *d = open(s);
        QVERIFY(d);
        QVERIFY(child<QRadioButton>(d, "targetAll")->isChecked());

        // ConfigName
        child<QLineEdit>(d, "configName")->clear();
        QVERIFY(refusedAt(d, "configNameError", QStringLiteral("ConfigName")));
        QCOMPARE(d->fieldErrors()->shownWidget(), child<QLineEdit>(d, "configName"));
        child<QLineEdit>(d, "configName")->setText(QStringLiteral("Rules"));
        // Fixed: the message goes as soon as the field is right (the next problem shows instead).
        QVERIFY(!child<QLabel>(d, "configNameError")->isVisible());

        // ipAddresses: empty, then not an address
        d->setTarget(InstallPatchesDialog::Target::IpAddresses);
        QVERIFY(refusedAt(d, "targetError", QStringLiteral("ipAddresses")));
        child<QLineEdit>(d, "targetIpsEdit")->setText(QStringLiteral("10.0.0"));
        QVERIFY(refusedAt(d, "targetError", QStringLiteral("not an IP address")));
        QCOMPARE(d->fieldErrors()->shownWidget(), child<QLineEdit>(d, "targetIpsEdit"));
        child<QLineEdit>(d, "targetIpsEdit")->setText(QStringLiteral("10.0.0.12"));

        // customGroups / remoteOffices / resourceNames: nothing chosen
        d->setTarget(InstallPatchesDialog::Target::CustomGroups);
        QVERIFY(refusedAt(d, "targetError", QStringLiteral("customGroups")));
        d->setTarget(InstallPatchesDialog::Target::RemoteOffices);
        QVERIFY(refusedAt(d, "targetError", QStringLiteral("remoteOffices")));
        d->setTarget(InstallPatchesDialog::Target::Names);
        QVERIFY(refusedAt(d, "targetError", QStringLiteral("resourceNames")));
        child<QLineEdit>(d, "targetNamesEdit")->setText(QStringLiteral("pc-1, PC-1"));
        QVERIFY(refusedAt(d, "targetError", QStringLiteral("more than once")));
        d->setTarget(InstallPatchesDialog::Target::AllComputers);

        // DeploymentPolicyTemplateID
        d->policyPicker()->combo()->setCurrentIndex(-1);
        QVERIFY(refusedAt(d, "policyPickerError", QStringLiteral("DeploymentPolicyTemplateID")));
        // ... which publishing to the Self Service Portal only needs too: the guide's note makes it
        // mandatory for deploymentType 0 and 1 (issue 14 #19).
        child<QComboBox>(d, "deploymentTypeCombo")->setCurrentIndex(1);
        QVERIFY(d->policyPicker()->isEnabled());
        QVERIFY(refusedAt(d, "policyPickerError", QStringLiteral("DeploymentPolicyTemplateID")));
        child<QComboBox>(d, "deploymentTypeCombo")->setCurrentIndex(0);
        d->policyPicker()->combo()->setCurrentIndex(0);

        // Retry settings: the sum rule and the range
        child<QGroupBox>(d, "retryGroup")->setChecked(true);
        child<QSpinBox>(d, "noOfRetries")->setValue(5);
        QVERIFY(refusedAt(d, "noOfRetriesError", QStringLiteral("must equal noOfRetries")));
        child<QSpinBox>(d, "logonStartupMinRetry")->setValue(0);
        child<QSpinBox>(d, "refreshMinRetry")->setValue(0);
        QVERIFY(refusedAt(d, "noOfRetriesError", QStringLiteral("between 1 and 10")));
        child<QSpinBox>(d, "refreshMinRetry")->setValue(2);

        // installaftertime / expirytime / deadlineTime
        const QDateTime now = QDateTime::currentDateTime();
        child<QCheckBox>(d, "installAfterEnabled")->setChecked(true);
        child<QDateTimeEdit>(d, "installAfter")->setDateTime(now.addDays(2));
        child<QCheckBox>(d, "expiryEnabled")->setChecked(true);
        child<QDateTimeEdit>(d, "expiry")->setDateTime(now.addDays(1));
        QVERIFY(refusedAt(d, "expiryError", QStringLiteral("later than the install-after")));
        child<QDateTimeEdit>(d, "expiry")->setDateTime(now.addDays(9));
        child<QCheckBox>(d, "deadlineEnabled")->setChecked(true);
        child<QDateTimeEdit>(d, "deadline")->setDateTime(now.addYears(2));
        QVERIFY(refusedAt(d, "deadlineError", QStringLiteral("one year")));
        child<QDateTimeEdit>(d, "deadline")->setDateTime(now.addDays(-1));
        QVERIFY(refusedAt(d, "deadlineError", QStringLiteral("not in the future")));
        child<QDateTimeEdit>(d, "deadline")->setDateTime(now.addDays(20));

        // PatchIDs: choosing patches and removing them all
        child<QListWidget>(d, "patchList")->selectAll();
        QTest::mouseClick(child<QPushButton>(d, "removePatchesButton"), Qt::LeftButton);
        QVERIFY(refusedAt(d, "patchListError", QStringLiteral("PatchIDs")));
        // Typed ids go to the list.
        QTest::keyClicks(child<QLineEdit>(d, "addPatchIds"), QString::number(s.patchIds.first()));
        QTest::mouseClick(child<QPushButton>(d, "addPatchIdsButton"), Qt::LeftButton);
        QCOMPARE(d->request().patchIds(), s.patchIds);

        // All fixed: the review opens the confirmation.
        QVERIFY(d->review());
        QVERIFY(d->confirmDialog());
        QCOMPARE(d->confirmDialog()->requirement().phrase, QStringLiteral("ALL"));
        QVERIFY(requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/patch/installpatch")).isEmpty());
    }

    void chosenPatchesOnChosenComputersAsDraft()
    {
        const ui::ActionSelection s = missingPatchesOn(2, 3);
        InstallPatchesDialog *d = open(s);
        QVERIFY(d);
        QPointer<InstallPatchesDialog> guard(d);
        child<QLineEdit>(d, "configName")->setText(QStringLiteral("GUI draft"));
        child<QLineEdit>(d, "configDescription")->setText(QStringLiteral("from the test"));
        const qint64 policy = *d->policyPicker()->templateId();
        QVERIFY(d->review());
        ConfirmActionDialog *confirm = d->confirmDialog();
        QVERIFY(!confirm->requirement().isRequired()); // three computers, nothing destructive
        QVERIFY(confirm->findChild<QLabel *>(QStringLiteral("confirmSummary"))
                    ->text()
                    .contains(QStringLiteral("3 computers")));
        QCOMPARE(confirm->findChild<QListWidget *>(QStringLiteral("confirmTargets"))->count(), 3);
        // ResourceIDs go out; the admin reads the computers' names, and the journal keeps them.
        QCOMPARE(confirm->findChild<QListWidget *>(QStringLiteral("confirmTargets"))->item(0)->text(),
                 s.computerNames.first());
        QVERIFY(confirmAndWait(confirm));
        QCOMPARE(confirm->outcome().outcome, Outcome::Succeeded);

        const auto sent = requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/patch/installpatch"));
        QCOMPARE(sent.size(), 1);
        const QJsonObject body = bodyOf(sent.first());
        QJsonArray patchIds, resourceIds;
        for (qint64 id : s.patchIds)
            patchIds << id;
        for (qint64 id : s.computerIds)
            resourceIds << id;
        QCOMPARE(body.value(QStringLiteral("PatchIDs")).toArray(), patchIds);
        QCOMPARE(body.value(QStringLiteral("ResourceIDs")).toArray(), resourceIds);
        QCOMPARE(body.value(QStringLiteral("actionToPerform")).toString(), QStringLiteral("Draft"));
        QCOMPARE(body.value(QStringLiteral("ConfigName")).toString(), QStringLiteral("GUI draft"));
        QCOMPARE(body.value(QStringLiteral("ConfigDescription")).toString(), QStringLiteral("from the test"));
        QCOMPARE(body.value(QStringLiteral("deploymentType")).toInt(), 0);
        QCOMPARE(body.value(QStringLiteral("DeploymentPolicyTemplateID")).toInteger(), policy);
        QVERIFY(!body.contains(QStringLiteral("forceRebootOption")));
        QVERIFY(!body.contains(QStringLiteral("isOnlyApproved")));

        QCOMPARE(h->centre.journal()->query().first().targets, s.computerNames);

        // The configuration is there, as a draft.
        const QList<api::Record> configs = fetchAll(h->sim.client(), api::OperationId::DeploymentConfigurations);
        bool found = false;
        for (const api::Record &r : configs)
            if (r.text(QStringLiteral("collection.collection_name")) == QLatin1String("GUI draft")) {
                found = true;
                QVERIFY(r.text(QStringLiteral("statuslabel")).contains(QStringLiteral("Draft"), Qt::CaseInsensitive));
            }
        QVERIFY(found);

        // Closing the result closes the form too: it cannot send again.
        QVERIFY(d->wasSent());
        QVERIFY(!d->reviewButton()->isEnabled());
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("closeButton")), Qt::LeftButton);
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
    }

    void allMissingOnCustomGroupsWithEveryOption()
    {
        InstallPatchesDialog *d = open({});
        QVERIFY(d);
        QVERIFY(child<QRadioButton>(d, "modeAllMissing")->isChecked());
        QVERIFY(!child<QRadioButton>(d, "targetAll")->isEnabled()); // E01 needs a target set
        child<QCheckBox>(d, "onlyApproved")->setChecked(true);
        d->setTarget(InstallPatchesDialog::Target::CustomGroups);
        auto *groups = child<ui::CheckList>(d, "targetGroupsList");
        QVERIFY(groups->count() > 0);
        groups->setCheckedValues({QStringLiteral("Pilot Ring")});
        child<QLineEdit>(d, "configName")->setText(QStringLiteral("Pilot ring, everything missing"));
        child<QComboBox>(d, "actionCombo")->setCurrentIndex(2);         // Deploy immediately
        child<QComboBox>(d, "deploymentTypeCombo")->setCurrentIndex(2); // deploy and self-service
        child<QComboBox>(d, "forceRebootCombo")->setCurrentIndex(3);    // outside the window
        child<QGroupBox>(d, "retryGroup")->setChecked(true);
        const QDateTime after = QDateTime(QDate::currentDate().addDays(1), QTime(22, 30));
        child<QCheckBox>(d, "installAfterEnabled")->setChecked(true);
        child<QDateTimeEdit>(d, "installAfter")->setDateTime(after);
        child<QCheckBox>(d, "expiryEnabled")->setChecked(true);
        child<QDateTimeEdit>(d, "expiry")->setDateTime(after.addDays(7));
        child<QCheckBox>(d, "deadlineEnabled")->setChecked(true);
        child<QDateTimeEdit>(d, "deadline")->setDateTime(after.addDays(3));
        QCOMPARE(d->request().operation(), api::OperationId::InstallMissingPatches);
        QVERIFY(d->review());
        QVERIFY(confirmAndWait(d->confirmDialog()));
        QCOMPARE(d->confirmDialog()->outcome().outcome, Outcome::Succeeded);

        const QJsonObject body =
            bodyOf(requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/patch/installpatch")).first());
        QVERIFY(!body.contains(QStringLiteral("PatchIDs")));
        QCOMPARE(body.value(QStringLiteral("customGroups")).toArray(), QJsonArray{QStringLiteral("Pilot Ring")});
        QCOMPARE(body.value(QStringLiteral("isOnlyApproved")).toString(), QStringLiteral("true"));
        QCOMPARE(body.value(QStringLiteral("actionToPerform")).toString(), QStringLiteral("Deploy Immediately"));
        QCOMPARE(body.value(QStringLiteral("deploymentType")).toInt(), 2);
        QCOMPARE(body.value(QStringLiteral("forceRebootOption")).toInt(), 2);
        const QJsonObject retry = body.value(QStringLiteral("retrySettings")).toObject();
        QCOMPARE(retry.value(QStringLiteral("enableRetrySettings")).toBool(), true);
        QCOMPARE(retry.value(QStringLiteral("noOfRetries")).toInt(), 2);
        QCOMPARE(body.value(QStringLiteral("installaftertime")).toString(),
                 after.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QCOMPARE(body.value(QStringLiteral("expirytime")).toString(),
                 after.addDays(7).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QCOMPARE(body.value(QStringLiteral("deadlineTime")).toInteger(), after.addDays(3).toMSecsSinceEpoch());

        bool found = false;
        for (const api::Record &r : fetchAll(h->sim.client(), api::OperationId::DeploymentConfigurations))
            found = found || r.text(QStringLiteral("collection.collection_name")) ==
                                 QLatin1String("Pilot ring, everything missing");
        QVERIFY(found);
    }

    void chosenPatchesEverywhereNeedsAll()
    {
        const ui::ActionSelection s = patches(h->sim.client(), 1, missingFilter());
        InstallPatchesDialog *d = open(s);
        QVERIFY(d);
        QVERIFY(child<QRadioButton>(d, "targetAll")->isChecked()); // patches without computers
        QVERIFY(d->review());
        ConfirmActionDialog *confirm = d->confirmDialog();
        QCOMPARE(confirm->requirement().phrase, QStringLiteral("ALL"));
        auto *send = confirm->findChild<QPushButton *>(QStringLiteral("sendButton"));
        auto *typed = confirm->findChild<QLineEdit *>(QStringLiteral("typedConfirmation"));
        QVERIFY(!send->isEnabled());
        QTest::keyClicks(typed, QStringLiteral("all"));
        QVERIFY(!send->isEnabled());
        typed->clear();
        QTest::keyClicks(typed, QStringLiteral("ALL"));
        QVERIFY(send->isEnabled());
        QVERIFY(confirmAndWait(confirm));
        QCOMPARE(confirm->outcome().outcome, Outcome::Succeeded);
        const QJsonObject body =
            bodyOf(requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/patch/installpatch")).first());
        for (const char *key : {"ResourceIDs", "resourceNames", "customGroups", "ipAddresses", "remoteOffices"})
            QVERIFY2(!body.contains(QLatin1String(key)), key);
        QCOMPARE(h->centre.journal()->query().first().operationCode, QStringLiteral("E03"));
    }

    void detailsShowTheExactRequest()
    {
        const ui::ActionSelection s = patches(h->sim.client(), 1, missingFilter());
        InstallPatchesDialog *d = open(s);
        QVERIFY(d);
        child<QLineEdit>(d, "configName")->setText(QStringLiteral("Shown as sent"));
        QVERIFY(d->review());
        ConfirmActionDialog *confirm = d->confirmDialog();
        auto *details = confirm->findChild<QPlainTextEdit *>(QStringLiteral("requestDetails"));
        QVERIFY(!details->isVisible());
        QTest::mouseClick(confirm->findChild<QToolButton *>(QStringLiteral("requestDetailsToggle")), Qt::LeftButton);
        QVERIFY(details->isVisible());
        const QString text = details->toPlainText();
        QVERIFY(text.startsWith(
            QStringLiteral("POST %1/api/1.4/patch/installpatch").arg(h->sim.simulator().baseUrl().toString())));
        QVERIFY(text.contains(QStringLiteral("Content-Type: application/json")));
        QVERIFY(text.contains(QStringLiteral("\"ConfigName\": \"Shown as sent\"")));
        QVERIFY(text.contains(QStringLiteral("\"actionToPerform\": \"Draft\"")));
    }

    void lostAnswerIsOutcomeUnknownAndNotResent()
    {
        const ui::ActionSelection s = missingPatchesOn(1, 1);
        InstallPatchesDialog *d = open(s);
        QVERIFY(d);
        child<QComboBox>(d, "actionCombo")->setCurrentIndex(1); // Deploy
        QVERIFY(h->sim.simulator().setFaults(QStringLiteral("drop:1:path=/api/1.4/patch/installpatch")));
        h->sim.simulator().clearRequests();
        QVERIFY(d->review());
        ConfirmActionDialog *confirm = d->confirmDialog();
        QVERIFY(confirmAndWait(confirm));
        QCOMPARE(confirm->outcome().outcome, Outcome::OutcomeUnknown);
        auto *result = confirm->findChild<QLabel *>(QStringLiteral("resultText"));
        QVERIFY(result->isVisible());
        QVERIFY(result->text().startsWith(QStringLiteral("Outcome unknown")));
        QVERIFY(result->text().contains(QStringLiteral("check Deployment › Configurations"), Qt::CaseInsensitive));
        // No way to send it again, from either dialog.
        QVERIFY(!confirm->findChild<QPushButton *>(QStringLiteral("sendButton"))->isVisible());
        QVERIFY(!d->reviewButton()->isEnabled());
        QVERIFY(!d->review());
        QVERIFY(h->sim.simulator().setFaults(QString()));
        fetchAll(h->sim.client(), api::OperationId::DeploymentPolicies);
        QCOMPARE(requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/patch/installpatch")).size(), 1);
        const store::JournalEntry entry = h->centre.journal()->query().first();
        QCOMPARE(entry.outcome, Outcome::OutcomeUnknown);
        QCOMPARE(entry.operationCode, QStringLiteral("E02"));
    }
};

QTEST_MAIN(InstallPatchesDialogTest)
#include "InstallPatchesDialogTest.moc"
