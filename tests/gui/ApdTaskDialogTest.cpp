// Automatic Patch Deployment tasks against the simulator: the create dialog's rules at their fields
// (across tabs), a create with every kind of setting and the request received, a change that sends only
// what changed, suspend / resume / delete from the tasks page with the typed DELETE, a task added by
// name, and the states the task book keeps.

#include "ActionTestHarness.h"
#include "FindChild.h"

#include "actions/ApdTaskDialog.h"
#include "actions/ApdTasksView.h"
#include "actions/CheckList.h"
#include "actions/FieldErrors.h"
#include "actions/PolicyPicker.h"

#include "actions/ApdTaskBook.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace pmp;
using namespace pmp::test;
using pmp::ui::ApdTaskDialog;
using pmp::ui::ConfirmActionDialog;
using Outcome = pmp::actions::ActionOutcome::Outcome;
using State = pmp::store::ApdTask::State;

using pmp::test::child;

class ApdTaskDialogTest : public ActionDialogTest
{
    Q_OBJECT

    ApdTaskDialog *openNew()
    {
        ApdTaskDialog *d = h->centre.openApdTask({});
        if (!QTest::qWaitFor([d] { return d->policyPicker()->isLoaded(); }, 20000))
            return nullptr;
        return d;
    }

    // Fills a valid new task: name, policy, one remote office, security updates.
    static void fillValid(ApdTaskDialog *d, const QString &name)
    {
        child<QLineEdit>(d, "taskName")->setText(name);
        d->policyPicker()->selectName(QStringLiteral("Deploy any time at the earliest"));
        child<ui::CheckList>(d, "targetList")
            ->setCheckedValues({child<ui::CheckList>(d, "targetList")->list()->item(0)->data(Qt::UserRole).toString()});
    }

    bool refusedAt(ApdTaskDialog *d, const char *label, const QString &words, int tab)
    {
        if (d->review())
            return false;
        auto *l = child<QLabel>(d, label);
        return l && l->isVisible() && l->text().contains(words, Qt::CaseInsensitive) &&
               d->tabs()->currentIndex() == tab;
    }

    void createTask(const QString &name)
    {
        ApdTaskDialog *d = openNew();
        QVERIFY(d);
        fillValid(d, name);
        QVERIFY(d->review());
        QVERIFY(confirmAndWait(d->confirmDialog()));
        QCOMPARE(d->confirmDialog()->outcome().outcome, Outcome::Succeeded);
        d->confirmDialog()->accept();
    }

private slots:
    void createRulesAtTheirFields()
    {
        ApdTaskDialog *d = openNew();
        QVERIFY(d);
        QCOMPARE(d->objectName(), QStringLiteral("apdTaskDialog"));
        QVERIFY(!d->isModify());

        QVERIFY(refusedAt(d, "taskNameError", QStringLiteral("taskName is required"), 0));
        child<QLineEdit>(d, "taskName")->setText(QStringLiteral("Rules"));
        QVERIFY(refusedAt(d, "targetListError", QStringLiteral("target_list is empty"), 0));
        child<QLineEdit>(d, "otherTargets")->setText(QStringLiteral("Local Office"));

        // Mac has no definition updates: the box is off and disabled; with nothing left, the rule shows.
        child<QComboBox>(d, "platformCombo")->setCurrentIndex(1);
        QVERIFY(!child<QCheckBox>(d, "update_definition_update")->isEnabled());
        child<QCheckBox>(d, "update_security_update")->setChecked(false);
        child<QCheckBox>(d, "update_thirdparty_update")->setChecked(false);
        QVERIFY(refusedAt(d, "updatesError", QStringLiteral("At least one applicable update type"), 1));
        child<QCheckBox>(d, "update_security_update")->setChecked(true);

        child<QComboBox>(d, "osAppSelection")->setCurrentIndex(1); // only these applications
        QVERIFY(refusedAt(d, "osApplicationsError", QStringLiteral("name at least one application"), 2));
        child<QLineEdit>(d, "osApplications")->setText(QStringLiteral("Windows Defender x64"));

        child<QComboBox>(d, "delayBasis")->setCurrentIndex(2);
        child<QSpinBox>(d, "delayValue")->setValue(0);
        QVERIFY(refusedAt(d, "delayRowError", QStringLiteral("a delay must be at least 1"), 3));
        QCOMPARE(d->fieldErrors()->shownField(), QStringLiteral("settings.delay_deployment_by_released_time"));
        child<QSpinBox>(d, "delayValue")->setValue(5);

        child<QCheckBox>(d, "expiryEnabled")->setChecked(true);
        child<QDateTimeEdit>(d, "expiry")->setDateTime(QDateTime::currentDateTime().addDays(-1));
        QVERIFY(refusedAt(d, "expiryRowError", QStringLiteral("not in the future"), 3));
        QCOMPARE(d->fieldErrors()->shownField(), QStringLiteral("settings.EXPIRY_TIME"));
        child<QDateTimeEdit>(d, "expiry")->setDateTime(QDateTime::currentDateTime().addDays(30));

        child<QCheckBox>(d, "deadlineEnabled")->setChecked(true);
        child<QSpinBox>(d, "deadlineDays")->setValue(0);
        QVERIFY(refusedAt(d, "deadlineDaysError", QStringLiteral("at least 1 day"), 3));
        child<QSpinBox>(d, "deadlineDays")->setValue(4);

        child<QCheckBox>(d, "failureNotify")->setChecked(true);
        QVERIFY(refusedAt(d, "emailError", QStringLiteral("no e-mail address"), 4));
        child<QLineEdit>(d, "email")->setText(QStringLiteral("patch-team@example"));
        QVERIFY(refusedAt(d, "emailError", QStringLiteral("not a valid e-mail address"), 4));
        child<QLineEdit>(d, "email")->setText(QStringLiteral("patch-team@example.com"));
        child<QSpinBox>(d, "failureDuration")->setValue(0);
        QVERIFY(refusedAt(d, "failureDurationError", QStringLiteral("at least 1"), 4));
        child<QSpinBox>(d, "failureDuration")->setValue(2);

        d->policyPicker()->combo()->setCurrentIndex(-1);
        QVERIFY(refusedAt(d, "policyPickerError", QStringLiteral("templateName is required"), 0));
        d->policyPicker()->combo()->setCurrentIndex(0);
        QVERIFY(d->review());
    }

    void createWithEverySetting()
    {
        ApdTaskDialog *d = openNew();
        QVERIFY(d);
        child<QLineEdit>(d, "taskName")->setText(QStringLiteral("Windows weekly"));
        child<QLineEdit>(d, "taskDescription")->setText(QStringLiteral("security and third-party"));
        d->policyPicker()->selectName(QStringLiteral("Force reboot excluding servers"));
        child<QComboBox>(d, "targetTypeCombo")->setCurrentIndex(1); // custom groups
        child<ui::CheckList>(d, "targetList")
            ->setCheckedValues({QStringLiteral("Pilot Ring"), QStringLiteral("Kiosk PCs")});
        child<QCheckBox>(d, "update_rollups")->setChecked(true);
        child<QComboBox>(d, "osAppSelection")->setCurrentIndex(2);
        child<QLineEdit>(d, "osApplications")->setText(QStringLiteral("Windows Defender x64"));
        child<QComboBox>(d, "tpAppSelection")->setCurrentIndex(1);
        child<QLineEdit>(d, "tpApplications")->setText(QStringLiteral("Notepad++, 7-Zip"));
        child<QComboBox>(d, "delayBasis")->setCurrentIndex(1);
        child<QSpinBox>(d, "delayValue")->setValue(3);
        const QDateTime expiry(QDate::currentDate().addMonths(2), QTime(0, 0));
        child<QCheckBox>(d, "expiryEnabled")->setChecked(true);
        child<QDateTimeEdit>(d, "expiry")->setDateTime(expiry);
        child<QCheckBox>(d, "deadlineEnabled")->setChecked(true);
        child<QSpinBox>(d, "deadlineDays")->setValue(5);
        child<QComboBox>(d, "deadlineReboot")->setCurrentIndex(2);
        child<QLineEdit>(d, "email")->setText(QStringLiteral("patch-team@example.com"));
        child<QCheckBox>(d, "failureNotify")->setChecked(true);
        child<QCheckBox>(d, "failureAttachment")->setChecked(true);
        child<QComboBox>(d, "failureFormat")->setCurrentIndex(1); // xls
        child<QCheckBox>(d, "reportNotify")->setChecked(true);
        child<QSpinBox>(d, "reportDuration")->setValue(7);
        QVERIFY(d->review());
        QVERIFY(confirmAndWait(d->confirmDialog()));
        QCOMPARE(d->confirmDialog()->outcome().outcome, Outcome::Succeeded);
        QVERIFY(d->confirmDialog()->outcome().message.contains(QStringLiteral("task created successfully")));

        const auto sent = requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/patch/createAPDTask"));
        QCOMPARE(sent.size(), 1);
        const QJsonObject s = bodyOf(sent.first()).value(QStringLiteral("settings")).toObject();
        QCOMPARE(s.value(QStringLiteral("taskName")).toString(), QStringLiteral("Windows weekly"));
        QCOMPARE(s.value(QStringLiteral("templateName")).toString(), QStringLiteral("Force reboot excluding servers"));
        QCOMPARE(s.value(QStringLiteral("description")).toString(), QStringLiteral("security and third-party"));
        QCOMPARE(s.value(QStringLiteral("platform")).toString(), QStringLiteral("Windows"));
        QCOMPARE(s.value(QStringLiteral("target_type")).toString(), QStringLiteral("CUSTOM_GROUP"));
        QCOMPARE(s.value(QStringLiteral("target_list")).toString(), QStringLiteral("Pilot Ring,Kiosk PCs"));
        QCOMPARE(s.value(QStringLiteral("security_update")).toString(), QStringLiteral("true"));
        QCOMPARE(s.value(QStringLiteral("rollups")).toString(), QStringLiteral("true"));
        QCOMPARE(s.value(QStringLiteral("non_security_update")).toString(), QStringLiteral("false"));
        QCOMPARE(s.value(QStringLiteral("include_os_app_type")).toString(),
                 QStringLiteral("Patch All Applications Except"));
        QCOMPARE(s.value(QStringLiteral("os_applications")).toString(), QStringLiteral("Windows Defender x64"));
        QCOMPARE(s.value(QStringLiteral("include_tp_app_type")).toString(),
                 QStringLiteral("Patch Specific Applications"));
        QCOMPARE(s.value(QStringLiteral("tp_applications")).toString(), QStringLiteral("Notepad++,7-Zip"));
        QCOMPARE(s.value(QStringLiteral("delay_deployment_by_approved_time")).toString(), QStringLiteral("3"));
        QCOMPARE(s.value(QStringLiteral("EXPIRY_TIME")).toString(),
                 expiry.toString(QStringLiteral("MM/dd/yyyy, HH:mm")));
        const QJsonObject deadline = s.value(QStringLiteral("deadlineSettings")).toObject();
        QCOMPARE(deadline.value(QStringLiteral("enableDeadline")).toBool(), true);
        QCOMPARE(deadline.value(QStringLiteral("preferredDays")).toInt(), 5);
        QCOMPARE(deadline.value(QStringLiteral("forceRebootOption")).toInt(), 2);
        QCOMPARE(s.value(QStringLiteral("email")).toString(), QStringLiteral("patch-team@example.com"));
        QCOMPARE(s.value(QStringLiteral("failure_notify_enable")).toString(), QStringLiteral("true"));
        QCOMPARE(s.value(QStringLiteral("NeedFailureAttachment")).toString(), QStringLiteral("true"));
        QCOMPARE(s.value(QStringLiteral("attachmentFormatForFailure")).toString(), QStringLiteral("xls"));
        QCOMPARE(s.value(QStringLiteral("report_notify_enable")).toString(), QStringLiteral("true"));
        QCOMPARE(s.value(QStringLiteral("report_notify_duration")).toString(), QStringLiteral("7"));

        const auto task = h->centre.apdTaskBook()->task(QStringLiteral("Windows weekly"));
        QVERIFY(task.has_value());
        QCOMPARE(task->state, State::Active);
        QCOMPARE(task->settings.value(QStringLiteral("target_list")).toString(),
                 QStringLiteral("Pilot Ring,Kiosk PCs"));
    }

    void changeSendsOnlyWhatChanged()
    {
        createTask(QStringLiteral("Pilot task"));
        ApdTaskDialog *d = h->centre.openApdTask(QStringLiteral("Pilot task"));
        QVERIFY(d);
        QVERIFY(d->isModify());
        QTRY_VERIFY_WITH_TIMEOUT(d->policyPicker()->isLoaded(), 20000);
        // Unchanged: nothing to send.
        QVERIFY(!d->review());
        QCOMPARE(
            d->findChild<QLabel *>(QStringLiteral("formError"))->text().contains(QStringLiteral("Nothing to change")),
            true);
        child<QLineEdit>(d, "taskDescription")->setText(QStringLiteral("now described"));
        child<QCheckBox>(d, "update_thirdparty_update")->setChecked(false);
        QVERIFY(d->review());
        QVERIFY(confirmAndWait(d->confirmDialog()));
        QCOMPARE(d->confirmDialog()->outcome().outcome, Outcome::Succeeded);
        const QJsonObject body =
            bodyOf(requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/patch/modifyAPDTask")).first());
        QCOMPARE(body.value(QStringLiteral("taskname")).toString(), QStringLiteral("Pilot task"));
        const QJsonObject changes = body.value(QStringLiteral("settings")).toObject();
        QCOMPARE(changes.keys(), (QStringList{QStringLiteral("description"), QStringLiteral("thirdparty_update")}));
        QCOMPARE(changes.value(QStringLiteral("thirdparty_update")).toString(), QStringLiteral("false"));
        const auto task = h->centre.apdTaskBook()->task(QStringLiteral("Pilot task"));
        QCOMPARE(task->settings.value(QStringLiteral("description")).toString(), QStringLiteral("now described"));
        QCOMPARE(task->settings.value(QStringLiteral("thirdparty_update")).toString(), QStringLiteral("false"));
    }

    void suspendResumeDeleteFromTheTasksPage()
    {
        ui::ApdTasksView *page = h->centre.createApdTasksPage(&h->window);
        createTask(QStringLiteral("Lifecycle"));
        QCOMPARE(page->table()->model()->rowCount(), 1);
        page->selectTask(QStringLiteral("Lifecycle"));
        QCOMPARE(page->currentTask(), QStringLiteral("Lifecycle"));
        auto *suspend = page->findChild<QPushButton *>(QStringLiteral("suspendApdTask"));
        auto *resume = page->findChild<QPushButton *>(QStringLiteral("resumeApdTask"));
        auto *remove = page->findChild<QPushButton *>(QStringLiteral("deleteApdTask"));
        QVERIFY(suspend->isEnabled());
        QVERIFY(!resume->isEnabled()); // already active

        const auto confirmOpened = [this]() -> ConfirmActionDialog * {
            return h->window.findChild<ConfirmActionDialog *>(QString(), Qt::FindDirectChildrenOnly);
        };
        QTest::mouseClick(suspend, Qt::LeftButton);
        ConfirmActionDialog *c = confirmOpened();
        QVERIFY(c);
        QVERIFY(confirmAndWait(c));
        QCOMPARE(c->outcome().outcome, Outcome::Succeeded);
        c->accept();
        QTRY_VERIFY(!confirmOpened());
        QCOMPARE(h->centre.apdTaskBook()->task(QStringLiteral("Lifecycle"))->state, State::Suspended);
        QCOMPARE(requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/patch/suspendAPDTask"))
                     .first()
                     .query.queryItemValue(QStringLiteral("taskname")),
                 QStringLiteral("Lifecycle"));
        page->selectTask(QStringLiteral("Lifecycle"));
        QVERIFY(resume->isEnabled());

        QTest::mouseClick(resume, Qt::LeftButton);
        c = confirmOpened();
        QVERIFY(confirmAndWait(c));
        c->accept();
        QTRY_VERIFY(!confirmOpened());
        QCOMPARE(h->centre.apdTaskBook()->task(QStringLiteral("Lifecycle"))->state, State::Active);

        page->selectTask(QStringLiteral("Lifecycle"));
        QTest::mouseClick(remove, Qt::LeftButton);
        c = confirmOpened();
        QCOMPARE(c->requirement().phrase, QStringLiteral("DELETE"));
        QVERIFY(!confirmAndWait(c, QStringLiteral("delete"))); // wrong case: not sent
        c->findChild<QLineEdit *>(QStringLiteral("typedConfirmation"))->clear();
        QVERIFY(confirmAndWait(c, QStringLiteral("DELETE")));
        c->accept();
        QCOMPARE(h->centre.apdTaskBook()->task(QStringLiteral("Lifecycle"))->state, State::Deleted);
        QCOMPARE(requestsTo(h->sim.simulator(), QStringLiteral("/api/1.4/patch/deleteAPDTask")).size(), 1);
        page->selectTask(QStringLiteral("Lifecycle"));
        QVERIFY(!remove->isEnabled());
    }

    void addAnExistingTaskByName()
    {
        ui::ApdTasksView *page = h->centre.createApdTasksPage(&h->window);
        // The input dialog is modal (exec): answer it from the event loop.
        QTimer::singleShot(0, this, [] {
            auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(input);
            input->setTextValue(QStringLiteral("Made in the web console"));
            input->accept();
        });
        QVERIFY(h->centre.addExistingApdTask());
        QCOMPARE(page->currentTask(), QStringLiteral("Made in the web console"));
        QCOMPARE(h->centre.apdTaskBook()->task(QStringLiteral("Made in the web console"))->state, State::Unknown);
        // It can be managed: suspending it goes to the server by name.
        ConfirmActionDialog *c = h->centre.openApdTaskAction(QStringLiteral("Made in the web console"),
                                                             api::ApdTaskActionRequest::Action::Suspend);
        QVERIFY(confirmAndWait(c));
        // The simulator does not know it: the server's refusal is shown, the state stays unknown.
        QVERIFY(c->outcome().outcome == Outcome::Failed || c->outcome().outcome == Outcome::Succeeded);
        if (c->outcome().outcome == Outcome::Failed)
            QCOMPARE(h->centre.apdTaskBook()->task(QStringLiteral("Made in the web console"))->state, State::Unknown);
    }
};

QTEST_MAIN(ApdTaskDialogTest)
#include "ApdTaskDialogTest.moc"
