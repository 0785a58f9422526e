// Where an admin finds the actions in the console: the Actions menu (with a hint when nothing is
// selected), the context menu of the tables offering what fits the selection, the Automatic deployment
// tasks and Action journal pages under Deployment; and a write from the context menu reloading the
// list it changed.

#include "ActionTestHarness.h"

#include "actions/ActionCentre.h"
#include "actions/ApdTasksView.h"
#include "actions/JournalTableModel.h"
#include "actions/JournalView.h"
#include "main/MainWindow.h"
#include "store/Workspace.h"
#include "views/RecordListView.h"

#include "models/ListLoader.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>

using namespace pmp;
using namespace pmp::test;
using pmp::ui::ConfirmActionDialog;
using Outcome = pmp::actions::ActionOutcome::Outcome;

namespace {

QAction *actionNamed(QMenu *menu, const QString &name)
{
    for (QAction *a : menu->actions())
        if (a->objectName() == name)
            return a;
    return nullptr;
}

void selectRows(ui::RecordListView *view, int count)
{
    QTableView *table = view->table();
    table->clearSelection();
    for (int r = 0; r < count; ++r)
        table->selectionModel()->select(table->model()->index(r, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

} // namespace

class ActionsMainWindowTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimulatorFixture> m_sim;
    std::unique_ptr<ui::MainWindow> m_window;

    ui::RecordListView *loaded(const QString &viewId)
    {
        m_window->showPage(viewId);
        ui::RecordListView *view = m_window->listView(viewId);
        if (!view || !QTest::qWaitFor([view] { return view->loader()->lastCompleted().isValid(); }, 30000))
            return nullptr;
        return view;
    }

    ConfirmActionDialog *openConfirm()
    {
        ConfirmActionDialog *c = nullptr;
        const bool found = QTest::qWaitFor(
            [&] {
                c = m_window->findChild<ConfirmActionDialog *>(QString(), Qt::FindDirectChildrenOnly);
                return c != nullptr;
            },
            5000);
        return found ? c : nullptr;
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimulatorFixture>(ActionHarness::small());
        QVERIFY(m_sim->isListening());
        m_window = std::make_unique<ui::MainWindow>(&m_sim->client(), store::Workspace::inMemory(),
                                                    QStringLiteral("Simulator"));
        m_window->show();
        QVERIFY(m_window->actionCentre());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_sim.reset();
    }

    void pagesUnderDeployment()
    {
        QVERIFY(qobject_cast<ui::ApdTasksView *>(m_window->page(QStringLiteral("apd-tasks"))));
        QVERIFY(qobject_cast<ui::JournalView *>(m_window->page(QStringLiteral("journal"))));
        auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        int configurations = -1, tasks = -1, journal = -1;
        for (int i = 0; i < nav->count(); ++i) {
            const QString id = nav->item(i)->data(Qt::UserRole).toString();
            if (id == QLatin1String("configurations"))
                configurations = i;
            else if (id == QLatin1String("apd-tasks"))
                tasks = i;
            else if (id == QLatin1String("journal"))
                journal = i;
        }
        QVERIFY(configurations >= 0);
        QCOMPARE(tasks, configurations + 1);
        QCOMPARE(journal, configurations + 2);
    }

    void actionsMenuWithoutSelection()
    {
        auto *menu = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("actionsMenu"));
        QVERIFY(menu);
        m_window->actionCentre()->populateActionsMenu(menu, nullptr);
        QAction *hint = actionNamed(menu, QStringLiteral("selectionHint"));
        QVERIFY(hint && !hint->isEnabled());
        QVERIFY(!actionNamed(menu, QStringLiteral("approveAction"))->isEnabled());
        QVERIFY(actionNamed(menu, QStringLiteral("approveAction"))
                    ->text()
                    .contains(QStringLiteral("select patches first")));
        QVERIFY(!actionNamed(menu, QStringLiteral("removeComputerAction"))->isEnabled());
        QVERIFY(actionNamed(menu, QStringLiteral("scanAllAction"))->isEnabled());
        QVERIFY(actionNamed(menu, QStringLiteral("installPatchesAction"))->isEnabled());
        QVERIFY(actionNamed(menu, QStringLiteral("newApdTaskAction"))->isEnabled());
        actionNamed(menu, QStringLiteral("showJournalAction"))->trigger();
        QCOMPARE(m_window->currentPageId(), QStringLiteral("journal"));
    }

    void contextMenuOfComputers()
    {
        ui::RecordListView *view = loaded(QStringLiteral("computers"));
        QVERIFY(view);
        QCOMPARE(view->table()->contextMenuPolicy(), Qt::CustomContextMenu);
        selectRows(view, 2);
        std::unique_ptr<QMenu> menu(m_window->actionCentre()->contextMenu(view));
        QVERIFY(actionNamed(menu.get(), QStringLiteral("installMissingAction")));
        QVERIFY(actionNamed(menu.get(), QStringLiteral("scanAction"))->text().contains(QStringLiteral("2")));
        QVERIFY(actionNamed(menu.get(), QStringLiteral("installAgentAction")));
        QVERIFY(actionNamed(menu.get(), QStringLiteral("uninstallAgentAction")));
        QVERIFY(actionNamed(menu.get(), QStringLiteral("removeComputerAction"))->isEnabled());
        QVERIFY(!actionNamed(menu.get(), QStringLiteral("approveAction"))); // no patches here
        QVERIFY(actionNamed(menu.get(), QStringLiteral("copyAction")));
    }

    void removeFromTheContextMenuReloadsTheList()
    {
        ui::RecordListView *view = loaded(QStringLiteral("computers"));
        QVERIFY(view);
        const int before = view->loader()->model()->rowCount();
        const QDateTime loadedAt = view->loader()->lastCompleted();
        selectRows(view, 1);
        std::unique_ptr<QMenu> menu(m_window->actionCentre()->contextMenu(view));
        actionNamed(menu.get(), QStringLiteral("removeComputerAction"))->trigger();
        ConfirmActionDialog *c = openConfirm();
        QVERIFY(c);
        QVERIFY(confirmAndWait(c, QStringLiteral("REMOVE")));
        QCOMPARE(c->outcome().outcome, Outcome::Succeeded);
        QTRY_VERIFY_WITH_TIMEOUT(view->loader()->lastCompleted() > loadedAt && !view->loader()->isLoading(), 20000);
        QCOMPARE(view->loader()->model()->rowCount(), before - 1);
        c->accept();
        QTRY_VERIFY(!m_window->findChild<ConfirmActionDialog *>(QString(), Qt::FindDirectChildrenOnly));
        // And it is in the journal page.
        auto *journal = qobject_cast<ui::JournalView *>(m_window->page(QStringLiteral("journal")));
        QVERIFY(journal->model()->rowCount() >= 1);
        QCOMPARE(journal->model()->entry(0)->operationCode, QStringLiteral("E36"));
    }

    void patchesOfferPatchActions()
    {
        ui::RecordListView *view = loaded(QStringLiteral("missing-patches"));
        QVERIFY(view);
        selectRows(view, 3);
        auto *menu = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("actionsMenu"));
        m_window->actionCentre()->populateActionsMenu(menu, view);
        QVERIFY(!actionNamed(menu, QStringLiteral("selectionHint")));
        for (const char *name : {"installSelectedPatchesAction", "approveAction", "unapproveAction", "declineAction",
                                 "uninstallPatchesAction"})
            QVERIFY2(actionNamed(menu, QLatin1String(name)) && actionNamed(menu, QLatin1String(name))->isEnabled(),
                     name);
        QVERIFY(actionNamed(menu, QStringLiteral("approveAction"))->text().contains(QStringLiteral("3")));
        QVERIFY(!actionNamed(menu, QStringLiteral("scanAction"))->isEnabled());

        // A patch × computer row offers both.
        ui::RecordListView *status = loaded(QStringLiteral("patch-status"));
        QVERIFY(status);
        selectRows(status, 1);
        std::unique_ptr<QMenu> both(m_window->actionCentre()->contextMenu(status));
        QVERIFY(actionNamed(both.get(), QStringLiteral("installSelectedPatchesAction"))
                    ->text()
                    .contains(QStringLiteral("on the selected computers")));
        QVERIFY(actionNamed(both.get(), QStringLiteral("scanAction")));
    }
};

QTEST_MAIN(ActionsMainWindowTest)
#include "ActionsMainWindowTest.moc"
