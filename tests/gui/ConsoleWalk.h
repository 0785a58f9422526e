#pragma once
// Shared by the GUI tests that visit every page and every write dialog of the console window
// (AccessibilityTest, DarkModeTest, HostileTextTest, TranslationFitTest): the window opened on the
// simulator (and ConsoleWalkTest, the test object that holds it), which pages there are, a page shown
// with its data, each write dialog opened on a real selection, a session for the sign-in dialog, and a
// widget named in a failure message.

#include "LoadedView.h"
#include "SimulatorFixture.h"

#include "actions/ActionCentre.h"
#include "actions/ActionSelection.h"
#include "actions/ApdTaskDialog.h"
#include "actions/ConfirmActionDialog.h"
#include "actions/DeclineDialog.h"
#include "actions/InstallPatchesDialog.h"
#include "actions/UninstallPatchesDialog.h"
#include "auth/ProfileStore.h"
#include "auth/SessionManager.h"
#include "auth/TokenStore.h"
#include "main/MainWindow.h"
#include "models/ViewCatalogue.h"
#include "store/Workspace.h"
#include "views/RecordListView.h"

#include <QAbstractItemView>
#include <QChartView>
#include <QDialog>
#include <QListWidget>
#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace pmp::test {

// The console window signed in to `sim` with an in-memory store under `profileLabel`, shown at `size`
// (wait until it is exposed before looking at it).
inline std::unique_ptr<ui::MainWindow> openConsole(SimulatorFixture &sim, const QString &profileLabel,
                                                   const QSize &size)
{
    auto window = std::make_unique<ui::MainWindow>(&sim.client(), store::Workspace::inMemory(), profileLabel);
    window->resize(size);
    window->show();
    return window;
}

// The test object of a console walk: the simulator and the window on it, made by the test's
// initTestCase() (openConsole) and torn down here, window first. A test deriving from it lists this
// header among its sources, so that moc sees the class.
class ConsoleWalkTest : public QObject
{
    Q_OBJECT

protected:
    std::unique_ptr<SimulatorFixture> m_sim;
    std::unique_ptr<ui::MainWindow> m_window;

private slots:
    void cleanupTestCase()
    {
        m_window.reset();
        m_sim.reset();
    }
};

// A widget as a failure message names it: the object names (class names where there is none) of it
// and up to three of its ancestors, outermost first, joined by '/'.
inline QString widgetPath(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p && path.size() < 4; p = p->parentWidget())
        path.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className()) : p->objectName());
    return path.join(QLatin1Char('/'));
}

// What the sign-in dialog needs, thrown away after the test: profiles in an INI file of a temporary
// folder and a token store in session-only mode, so neither the user's settings nor the keychain are
// touched.
struct ThrowawaySession
{
    ThrowawaySession() { tokens.setMode(auth::TokenStore::Mode::SessionOnly); }

    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat};
    auth::ProfileStore profiles{&settings};
    auth::TokenStore tokens{QStringLiteral("io.patchdeck.PatchDeck.test")};
    auth::SessionManager session{&profiles, &tokens};
};

// Every page of the window, in navigation order.
inline QStringList consolePageIds(const ui::MainWindow &window)
{
    QStringList ids;
    const auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int i = 0; nav && i < nav->count(); ++i)
        if (const QString id = nav->item(i)->data(Qt::UserRole).toString(); !id.isEmpty())
            ids << id;
    return ids;
}

// Selects the first `rows` rows of a list so its detail pane and the actions have something.
inline void selectFirstRows(ui::RecordListView *view, int rows)
{
    QAbstractItemView *table = view->table();
    table->clearSelection();
    for (int r = 0; r < rows && r < table->model()->rowCount(); ++r)
        table->selectionModel()->select(table->model()->index(r, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (table->model()->rowCount() > 0)
        table->selectionModel()->setCurrentIndex(table->model()->index(0, 0), QItemSelectionModel::NoUpdate);
}

// Shows a page and waits until it shows its data: a list loaded (with its first row chosen, so the
// detail pane is there too), the dashboard's charts drawn. Null when it did not within 30 s.
inline QWidget *shownPage(ui::MainWindow &window, const QString &pageId)
{
    if (window.listView(pageId)) {
        ui::RecordListView *view = loadedView(window, pageId);
        if (!view)
            return nullptr;
        selectFirstRows(view, 1);
        QCoreApplication::processEvents();
        return view;
    }
    window.showPage(pageId);
    QWidget *page = window.page(pageId);
    if (page && pageId == QLatin1String("dashboard") &&
        !QTest::qWaitFor([page] { return page->findChildren<QChartView *>().size() >= 6; }, 30000))
        return nullptr;
    return page;
}

// Opens every write dialog of the action centre on a selection of two rows (computers, missing
// patches) or none (a new APD task, scan all), hands each to `visit` while it is open, and closes it
// without sending anything.
inline void forEachWriteDialog(ui::MainWindow &window, const std::function<void(const QString &, QDialog *)> &visit)
{
    ui::ActionCentre *centre = window.actionCentre();
    ui::RecordListView *computers = loadedView(window, QStringLiteral("computers"));
    QVERIFY(computers);
    selectFirstRows(computers, 2);
    const ui::ActionSelection onComputers = ui::ActionSelection::fromView(computers);
    ui::RecordListView *patches = loadedView(window, QStringLiteral("missing-patches"));
    QVERIFY(patches);
    selectFirstRows(patches, 2);
    const ui::ActionSelection onPatches = ui::ActionSelection::fromView(patches);
    QVERIFY(onComputers.hasComputers());
    QVERIFY(onPatches.hasPatches());

    using Agent = pmp::api::AgentActionRequest::Action;
    const QList<std::pair<QString, std::function<QDialog *()>>> dialogs = {
        {QStringLiteral("install patches"), [&] { return centre->openInstall(onPatches); }},
        {QStringLiteral("install missing on computers"), [&] { return centre->openInstall(onComputers); }},
        {QStringLiteral("uninstall patches"), [&] { return centre->openUninstall(onPatches); }},
        {QStringLiteral("decline"), [&] { return centre->openDecline(onPatches); }},
        {QStringLiteral("approve"), [&] { return centre->openApproval(onPatches, true); }},
        {QStringLiteral("scan"), [&] { return centre->openScan(onComputers); }},
        {QStringLiteral("scan all"), [&] { return centre->openScanAll(); }},
        {QStringLiteral("remove computers"), [&] { return centre->openAgentAction(onComputers, Agent::Remove); }},
        {QStringLiteral("new APD task"), [&] { return centre->openApdTask(QString()); }},
    };
    for (const auto &[name, open] : dialogs) {
        QPointer<QDialog> dialog = open();
        QVERIFY2(dialog, qPrintable(name + QStringLiteral(" opened no dialog")));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        visit(name, dialog);
        if (dialog)
            dialog->reject();
        if (dialog)
            dialog->deleteLater();
        if (QTest::currentTestFailed())
            return;
    }
}

} // namespace pmp::test
