// Approve, unapprove, decline and uninstall against the simulator: the one confirmation, the request
// received, and the approval state a later read shows (211 approved, 0 not approved, 212 declined);
// decline's rules shown at the patch row or the group list, custom groups picked by name with ids from
// the query reports, and the deprecated decline offered (with its notice) only when the server
// refuses E30 as unsupported; uninstall behind a typed UNINSTALL.

#include "ActionTestHarness.h"

#include "actions/CheckList.h"
#include "actions/DeclineDialog.h"
#include "actions/FieldErrors.h"
#include "actions/PolicyPicker.h"
#include "actions/UninstallPatchesDialog.h"

#include "actions/CustomGroupDirectory.h"
#include "store/ActionJournal.h"

#include <QComboBox>
#include <QFrame>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>

using namespace pmp;
using namespace pmp::test;
using pmp::ui::ConfirmActionDialog;
using Outcome = pmp::actions::ActionOutcome::Outcome;

namespace {

int approvalOf(api::Client &client, qint64 patchId)
{
    const auto row = findRecord(fetchAll(client, api::OperationId::AllPatches), QStringLiteral("patch_id"), patchId);
    return row ? int(row->integerOr(QStringLiteral("status_id"), -1)) : -1;
}

bool notLinux(const api::Record &r)
{
    return !r.text(QStringLiteral("platform_name")).contains(QStringLiteral("Linux"), Qt::CaseInsensitive);
}

} // namespace

class PatchActionsDialogTest : public ActionDialogTest
{
    Q_OBJECT

private slots:
    void approveThenUnapprove()
    {
        api::ListQuery notApproved;
        notApproved.set(QStringLiteral("approvalstatusfilter"), QStringLiteral("0"));
        const ui::ActionSelection s = patches(h->sim.client(), 2, notApproved);
        QCOMPARE(s.patchIds.size(), 2);
        QCOMPARE(approvalOf(h->sim.client(), s.patchIds.first()), 0);

        ConfirmActionDialog *approve = h->centre.openApproval(s, true);
        QCOMPARE(approve->objectName(), QStringLiteral("confirmActionDialog"));
        QVERIFY(!approve->requirement().isRequired());
        QVERIFY(approve->findChild<QLabel *>(QStringLiteral("confirmSummary"))->text().contains(QStringLiteral("2")));
        QVERIFY(confirmAndWait(approve));
        QCOMPARE(approve->outcome().outcome, Outcome::Succeeded);
        QVERIFY(approve->findChild<QLabel *>(QStringLiteral("resultText"))
                    ->text()
                    .contains(QStringLiteral("Initiated Successfully")));
        const auto sent = requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/patch/approvepatch"));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(bodyOf(sent.first()).value(QStringLiteral("patchids")).toArray(),
                 (QJsonArray{s.patchIds.at(0), s.patchIds.at(1)}));
        QCOMPARE(approvalOf(h->sim.client(), s.patchIds.first()), 211);
        QCOMPARE(approvalOf(h->sim.client(), s.patchIds.last()), 211);

        ConfirmActionDialog *unapprove = h->centre.openApproval(s, false);
        QVERIFY(confirmAndWait(unapprove));
        QCOMPARE(unapprove->outcome().outcome, Outcome::Succeeded);
        QCOMPARE(requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/patch/unapprovepatch")).size(), 1);
        QCOMPARE(approvalOf(h->sim.client(), s.patchIds.first()), 0);

        const QList<store::JournalEntry> journal = h->centre.journal()->query();
        QCOMPARE(journal.size(), 2);
        QCOMPARE(journal.at(0).operationCode, QStringLiteral("E14")); // newest first
        QCOMPARE(journal.at(1).operationCode, QStringLiteral("E13"));
        QVERIFY(journal.at(1).targets.first().startsWith(s.patchNames.first()));
    }

    void declineRulesAtTheirFields()
    {
        const ui::ActionSelection s = patches(h->sim.client(), 2, missingFilter(), notLinux);
        ui::DeclineDialog *d = h->centre.openDecline(s);
        QCOMPARE(d->objectName(), QStringLiteral("declineDialog"));
        QTRY_VERIFY_WITH_TIMEOUT(d->groupList()->count() > 0, 20000);
        auto *tableError = d->findChild<QLabel *>(QStringLiteral("declineTableError"));

        QVERIFY(!d->review()); // no reason for the first patch
        QVERIFY(tableError->isVisible());
        QVERIFY(tableError->text().contains(QStringLiteral("reasonId is mandatory")));
        QCOMPARE(d->fieldErrors()->shownWidget(), d->reasonCombo(0));

        d->reasonCombo(0)->setCurrentIndex(1);
        d->reasonCombo(1)->setCurrentIndex(5); // Other
        QVERIFY(!d->review());
        QCOMPARE(d->fieldErrors()->shownWidget(), d->remarksEdit(0));
        QVERIFY(tableError->text().contains(QStringLiteral("Remarks are required")));

        d->remarksEdit(0)->setText(QStringLiteral("Vendor reported crash on reboot"));
        d->remarksEdit(1)->setText(QStringLiteral("tbd"));
        QVERIFY(!d->review()); // "Other" needs a real description
        QCOMPARE(d->fieldErrors()->shownWidget(), d->remarksEdit(1));
        d->remarksEdit(1)->setText(QStringLiteral("Awaiting approval from the change board"));

        QVERIFY(!d->review()); // no group
        auto *groupError = d->findChild<QLabel *>(QStringLiteral("declineGroupsError"));
        QVERIFY(groupError->isVisible());
        QVERIFY(groupError->text().contains(QStringLiteral("customGroupID")));

        // The All Computers group cannot go with others.
        d->groupList()->setCheckedValues({QStringLiteral("301"), QStringLiteral("501")});
        QVERIFY(!d->review());
        QVERIFY(groupError->text().contains(QStringLiteral("All Computer Groups cannot be selected")));

        d->groupList()->setCheckedValues({QStringLiteral("501"), QStringLiteral("505")});
        QVERIFY(d->review());
        QVERIFY(!d->confirmDialog()->requirement().isRequired());
    }

    void declineForCustomGroupsChosenByName()
    {
        const ui::ActionSelection s = patches(h->sim.client(), 2, missingFilter(), notLinux);
        ui::DeclineDialog *d = h->centre.openDecline(s);
        QTRY_VERIFY_WITH_TIMEOUT(d->groupList()->count() > 0, 20000);
        auto *status = d->findChild<QLabel *>(QStringLiteral("groupStatus"));
        QVERIFY(status->text().contains(QStringLiteral("Custom Groups")));
        // Picked by name; the id goes to the server.
        bool found = false;
        for (int i = 0; i < d->groupList()->count(); ++i) {
            QListWidgetItem *item = d->groupList()->list()->item(i);
            if (item->text() == QLatin1String("Finance Workstations")) {
                item->setCheckState(Qt::Checked);
                found = true;
            }
        }
        QVERIFY(found);
        auto *allReason = d->findChild<QComboBox *>(QStringLiteral("allReasonCombo"));
        allReason->setCurrentIndex(3); // known application conflict
        d->findChild<QLineEdit *>(QStringLiteral("allRemarks"))->setText(QStringLiteral("Breaks the CRM add-in"));
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("applyToAll")), Qt::LeftButton);
        QVERIFY(d->review());
        ConfirmActionDialog *confirm = d->confirmDialog();
        QVERIFY(confirm->findChild<QLabel *>(QStringLiteral("confirmSummary"))
                    ->text()
                    .contains(QStringLiteral("Finance Workstations")));
        QVERIFY(confirmAndWait(confirm));
        QCOMPARE(confirm->outcome().outcome, Outcome::Succeeded);

        const auto sent =
            requestsTo(h->sim.simulator(), QStringLiteral("/dcapi/patch/settings/declinePatch/declinePatches"));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().method, QStringLiteral("PUT"));
        QCOMPARE(sent.first().contentType, QByteArray("application/declinePatches.v1+json"));
        const QJsonObject body = bodyOf(sent.first());
        QCOMPARE(body.value(QStringLiteral("customGroupID")).toArray(), QJsonArray{QStringLiteral("501")});
        const QJsonArray entries = body.value(QStringLiteral("patches")).toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("id")).toString(), QString::number(s.patchIds.first()));
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("reasonId")).toString(), QStringLiteral("3"));
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("remarks")).toString(),
                 QStringLiteral("Breaks the CRM add-in"));
        QCOMPARE(approvalOf(h->sim.client(), s.patchIds.first()), 212);
        QVERIFY(!d->isFallbackOffered());
        const store::JournalEntry entry = h->centre.journal()->query().first();
        QCOMPARE(entry.operationCode, QStringLiteral("E30"));
        QCOMPARE(entry.targets, QStringList{QStringLiteral("Finance Workstations")});
    }

    void deprecatedDeclineOnlyWhenE30IsUnsupported()
    {
        const ui::ActionSelection s = patches(h->sim.client(), 1, missingFilter(), notLinux);
        // A content refusal (403 for a group) offers nothing.
        {
            ui::DeclineDialog *d = h->centre.openDecline(s);
            QTRY_VERIFY_WITH_TIMEOUT(d->groupList()->count() > 0, 20000);
            d->reasonCombo(0)->setCurrentIndex(1);
            d->remarksEdit(0)->setText(QStringLiteral("Vendor issue"));
            d->groupList()->setCheckedValues({QStringLiteral("501")});
            QVERIFY(h->sim.simulator().setFaults(
                QStringLiteral("5xx:1:status=500:path=/dcapi/patch/settings/declinePatch/declinePatches")));
            QVERIFY(d->review());
            QVERIFY(confirmAndWait(d->confirmDialog()));
            QCOMPARE(d->confirmDialog()->outcome().outcome, Outcome::Failed);
            QVERIFY(!d->isFallbackOffered());
            d->confirmDialog()->accept();
            d->reject();
        }
        // 501 Not Implemented: the deprecated operation is offered, with its notice, and sent only when confirmed.
        QVERIFY(h->sim.simulator().setFaults(
            QStringLiteral("5xx:1:status=501:path=/dcapi/patch/settings/declinePatch/declinePatches")));
        h->sim.simulator().clearRequests();
        ui::DeclineDialog *d = h->centre.openDecline(s);
        QTRY_VERIFY_WITH_TIMEOUT(d->groupList()->count() > 0, 20000);
        d->reasonCombo(0)->setCurrentIndex(1);
        d->remarksEdit(0)->setText(QStringLiteral("Vendor issue"));
        d->groupList()->setCheckedValues({QStringLiteral("501")});
        QVERIFY(d->review());
        QVERIFY(confirmAndWait(d->confirmDialog()));
        QCOMPARE(d->confirmDialog()->outcome().outcome, Outcome::Failed);
        QVERIFY(d->isFallbackOffered());
        QVERIFY(requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/patch/declinepatch")).isEmpty());
        QTest::mouseClick(d->confirmDialog()->findChild<QPushButton *>(QStringLiteral("closeButton")), Qt::LeftButton);
        QVERIFY(d->isVisible()); // a failed decline leaves the form open

        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("legacyDeclineButton")), Qt::LeftButton);
        ConfirmActionDialog *legacy = d->confirmDialog();
        QVERIFY(legacy);
        QCOMPARE(legacy->request().operation(), api::OperationId::DeclinePatchesLegacy);
        auto *notice = legacy->findChild<QLabel *>(QStringLiteral("confirmNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("deprecated")));
        QVERIFY(confirmAndWait(legacy));
        QCOMPARE(legacy->outcome().outcome, Outcome::Succeeded);
        const auto sent = requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/patch/declinepatch"));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(bodyOf(sent.first()).value(QStringLiteral("patchids")).toArray(), QJsonArray{s.patchIds.first()});
        QCOMPARE(approvalOf(h->sim.client(), s.patchIds.first()), 212);
        QCOMPARE(h->centre.journal()->query().first().operationCode, QStringLiteral("E29"));
    }

    void uninstallNeedsTypedWordAndAPolicy()
    {
        api::ListQuery installed;
        installed.set(QStringLiteral("patchstatusfilter"), QStringLiteral("201"));
        const ui::ActionSelection s = patches(h->sim.client(), 1, installed, [](const api::Record &r) {
            return r.integerOr(QStringLiteral("patch_uninstall_status"), 0) == 1;
        });
        QCOMPARE(s.patchIds.size(), 1);
        ui::UninstallPatchesDialog *d = h->centre.openUninstall(s);
        QCOMPARE(d->objectName(), QStringLiteral("uninstallPatchesDialog"));
        QTRY_VERIFY_WITH_TIMEOUT(d->policyPicker()->isLoaded(), 20000);
        QCOMPARE(d->request().action(), api::DeploymentAction::Draft);

        d->policyPicker()->combo()->setCurrentIndex(-1);
        QVERIFY(!d->review());
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("policyPickerError"))->isVisible());
        d->policyPicker()->combo()->setCurrentIndex(0);
        d->findChild<QLineEdit *>(QStringLiteral("configName"))->clear();
        QVERIFY(!d->review());
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("configNameError"))->isVisible());
        d->findChild<QLineEdit *>(QStringLiteral("configName"))->setText(QStringLiteral("Roll back KB"));

        QVERIFY(d->review());
        ConfirmActionDialog *confirm = d->confirmDialog();
        QCOMPARE(confirm->requirement().phrase, QStringLiteral("UNINSTALL"));
        QVERIFY(!confirm->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
        QVERIFY(confirmAndWait(confirm, QStringLiteral("UNINSTALL")));
        QCOMPARE(confirm->outcome().outcome, Outcome::Succeeded);
        const QJsonObject body =
            bodyOf(requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/patch/uninstallpatch")).first());
        QCOMPARE(body.value(QStringLiteral("PatchIDs")).toArray(), QJsonArray{s.patchIds.first()});
        QCOMPARE(body.value(QStringLiteral("actionToPerform")).toString(), QStringLiteral("Draft"));
        QVERIFY(body.value(QStringLiteral("DeploymentPolicyTemplateID")).isString()); // as the guide's sample
        bool found = false;
        for (const api::Record &r : fetchAll(h->sim.client(), api::OperationId::DeploymentConfigurations))
            found = found || r.text(QStringLiteral("collection.collection_name")) == QLatin1String("Roll back KB");
        QVERIFY(found);
    }
};

QTEST_MAIN(PatchActionsDialogTest)
#include "PatchActionsDialogTest.moc"
