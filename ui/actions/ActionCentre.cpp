#include "ActionCentre.h"

#include "ApdTaskDialog.h"
#include "ApdTasksView.h"
#include "ConfirmActionDialog.h"
#include "DeclineDialog.h"
#include "JournalView.h"
#include "UninstallPatchesDialog.h"

#include "views/RecordListView.h"

#include "actions/ActionNames.h"
#include "actions/ActionRunner.h"
#include "actions/AffectedViews.h"
#include "actions/ApdTaskBook.h"
#include "actions/CustomGroupDirectory.h"
#include "api/Client.h"
#include "api/Transport.h"
#include "api/requests/CreateApdTaskRequest.h"
#include "api/requests/PatchApprovalRequest.h"
#include "api/requests/ScanAllComputersRequest.h"
#include "api/requests/ScanComputersRequest.h"
#include "models/ServerChoices.h"
#include "store/Workspace.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>

namespace pmp::ui {

using pmp::api::AgentActionRequest;
using pmp::api::ApdTaskActionRequest;

ActionCentre::ActionCentre(pmp::api::Client *client, pmp::models::ServerChoices *choices,
                           pmp::store::Workspace *workspace, const QString &profileLabel, QWidget *window)
    : QObject(window), m_client(client), m_choices(choices), m_window(window), m_profile(profileLabel),
      m_workspace(workspace)
{
    m_book = new pmp::actions::ApdTaskBook(&workspace->apdTasks(), this);
    m_runner = new pmp::actions::ActionRunner(client, &workspace->journal(), profileLabel, this);
    m_runner->setApdTaskBook(m_book);
    m_groups = new pmp::actions::CustomGroupDirectory(client, &workspace->viewCache(), this);
    connect(m_runner, &pmp::actions::ActionRunner::viewsAffected, this, &ActionCentre::pagesAffected);
    connect(m_runner, &pmp::actions::ActionRunner::journalChanged, this, [this] {
        if (m_journalView)
            m_journalView->reload();
    });
    connect(m_runner, &pmp::actions::ActionRunner::runFinished, this,
            [this](pmp::actions::ActionRun *, const pmp::actions::ActionOutcome &outcome) {
                emit writeFinished(pmp::actions::ActionNames::title(outcome.operation), outcome.message,
                                   outcome.succeeded());
            });
}

ActionCentre::~ActionCentre()
{
    // Dialogs still open refer to the runner; they go first.
    delete m_runner;
    m_runner = nullptr;
}

pmp::store::ActionJournal *ActionCentre::journal() const
{
    return &m_workspace->journal();
}

JournalView *ActionCentre::createJournalPage(QWidget *parent)
{
    if (!m_journalView)
        m_journalView = new JournalView(journal(), parent);
    return m_journalView;
}

ApdTasksView *ActionCentre::createApdTasksPage(QWidget *parent)
{
    if (!m_apdView)
        m_apdView = new ApdTasksView(this, m_book, parent);
    return m_apdView;
}

template <typename Dialog> Dialog *ActionCentre::present(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &Dialog::showJournalRequested, this, &ActionCentre::showJournalEntry);
    dialog->open();
    return dialog;
}

void ActionCentre::showJournalEntry(qint64 id)
{
    emit showPageRequested(pmp::actions::AffectedViews::journalPage());
    if (m_journalView)
        m_journalView->selectEntry(id);
}

ConfirmActionDialog *ActionCentre::confirm(std::shared_ptr<const pmp::api::WriteRequest> request)
{
    return present(new ConfirmActionDialog(m_runner, std::move(request), m_window));
}

InstallPatchesDialog *ActionCentre::openInstall(const ActionSelection &selection)
{
    auto *dialog = new InstallPatchesDialog(m_runner, m_choices, selection, m_window);
    // Chosen patches without chosen computers: the natural target is every computer that needs them
    // (it asks for ALL before sending, and the action is still a draft by default).
    if (selection.hasPatches() && !selection.hasComputers())
        dialog->setTarget(InstallPatchesDialog::Target::AllComputers);
    return present(dialog);
}

UninstallPatchesDialog *ActionCentre::openUninstall(const ActionSelection &selection)
{
    return present(new UninstallPatchesDialog(m_runner, selection, m_window));
}

DeclineDialog *ActionCentre::openDecline(const ActionSelection &selection)
{
    return present(new DeclineDialog(m_runner, m_groups, selection, m_window));
}

ConfirmActionDialog *ActionCentre::openApproval(const ActionSelection &selection, bool approve)
{
    using Kind = pmp::api::PatchApprovalRequest::Kind;
    ConfirmActionDialog *dialog = confirm(std::make_shared<pmp::api::PatchApprovalRequest>(
        approve ? Kind::Approve : Kind::Unapprove, selection.patchIds));
    // The request knows patch ids; the admin (and the journal) read the patches' names.
    QStringList names;
    for (int i = 0; i < selection.patchIds.size(); ++i)
        names << tr("%1 (id %2)").arg(selection.patchNames.value(i)).arg(selection.patchIds.at(i));
    dialog->setTargetNames(names);
    return dialog;
}

ConfirmActionDialog *ActionCentre::openScan(const ActionSelection &selection)
{
    auto request = std::make_shared<pmp::api::ScanComputersRequest>(selection.computerIds);
    request->setDisplayNames(selection.computerNames);
    return confirm(request);
}

ConfirmActionDialog *ActionCentre::openScanAll()
{
    return confirm(std::make_shared<pmp::api::ScanAllComputersRequest>());
}

ConfirmActionDialog *ActionCentre::openAgentAction(const ActionSelection &selection, AgentActionRequest::Action action)
{
    auto request = std::make_shared<AgentActionRequest>(action, selection.computerIds);
    request->setDisplayNames(selection.computerNames);
    return confirm(request);
}

ApdTaskDialog *ActionCentre::openApdTask(const QString &taskName)
{
    std::optional<pmp::store::ApdTask> task;
    if (!taskName.isEmpty()) {
        task = m_book->task(taskName);
        if (!task)
            return nullptr;
    }
    auto *dialog = new ApdTaskDialog(m_runner, m_choices, task, m_window);
    connect(dialog, &ApdTaskDialog::outcomeReady, this, [this, dialog](const pmp::actions::ActionOutcome &o) {
        if (o.mayHaveActed() && m_apdView) {
            emit showPageRequested(pmp::actions::AffectedViews::apdTasksPage());
            // Keep the request alive while reading it: get() of a temporary shared_ptr dangles.
            const std::shared_ptr<const pmp::api::WriteRequest> request = dialog->buildRequest();
            if (const auto *create = dynamic_cast<const pmp::api::CreateApdTaskRequest *>(request.get()))
                m_apdView->selectTask(create->settings().taskName().trimmed());
        }
    });
    return present(dialog);
}

ConfirmActionDialog *ActionCentre::openApdTaskAction(const QString &taskName, ApdTaskActionRequest::Action action)
{
    if (taskName.trimmed().isEmpty())
        return nullptr;
    return confirm(std::make_shared<ApdTaskActionRequest>(action, taskName));
}

bool ActionCentre::addExistingApdTask()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Add an existing task"),
                                               tr("The task's name, exactly as the web console shows it:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return false;
    QString error;
    if (!m_book->addExisting(name, &error)) {
        QMessageBox::warning(m_window, tr("Add an existing task"), error);
        return false;
    }
    if (m_apdView)
        m_apdView->selectTask(name.trimmed());
    return true;
}

void ActionCentre::attach(RecordListView *view)
{
    QTableView *table = view->table();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QTableView::customContextMenuRequested, view, [this, view](const QPoint &pos) {
        QMenu *menu = contextMenu(view, view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(view->table()->viewport()->mapToGlobal(pos));
    });
}

QMenu *ActionCentre::contextMenu(RecordListView *view, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("actionsContextMenu"));
    const ActionSelection selection = ActionSelection::fromView(view);
    addSelectionActions(menu, selection, false);
    if (!menu->isEmpty())
        menu->addSeparator();
    QAction *copy = menu->addAction(tr("&Copy"), view, &RecordListView::copySelection);
    copy->setObjectName(QStringLiteral("copyAction"));
    copy->setShortcut(QKeySequence::Copy);
    return menu;
}

void ActionCentre::addSelectionActions(QMenu *menu, const ActionSelection &s, bool withHints)
{
    const auto add = [&](const char *name, const QString &text, bool enabled, const QString &hint, auto slot) {
        QAction *a = menu->addAction(text);
        a->setObjectName(QLatin1String(name));
        a->setEnabled(enabled);
        if (!enabled && !hint.isEmpty())
            a->setStatusTip(hint);
        if (!enabled && withHints && !hint.isEmpty())
            a->setText(tr("%1 — %2").arg(text, hint));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    const int patches = int(s.patchIds.size());
    const int computers = int(s.computerIds.size());
    const QString selectPatches = tr("select patches first");
    const QString selectComputers = tr("select computers first");
    // Without a selection the entries name the action; with one, how many it reaches (a numerus
    // message each, so every language counts with its own plural rules).
    const auto words = [](int n, const QString &none, const QString &counted) { return n == 0 ? none : counted; };

    if (s.hasPatches() || withHints) {
        // One selected patch reads "the selected patch", without a number.
        const QString install =
            s.hasComputers()
                ? words(patches, tr("Install selected patches…"),
                        patches == 1
                            ? tr("Install the selected patch on the selected computers…")
                            : tr("Install the %n selected patch(es) on the selected computers…", nullptr, patches))
                : words(patches, tr("Install selected patches…"),
                        patches == 1 ? tr("Install the selected patch…")
                                     : tr("Install the %n selected patch(es)…", nullptr, patches));
        add("installSelectedPatchesAction", install, s.hasPatches(), selectPatches, [this, s] { openInstall(s); });
        add("approveAction", words(patches, tr("Approve patches"), tr("Approve %n patch(es)", nullptr, patches)),
            s.hasPatches(), selectPatches, [this, s] { openApproval(s, true); });
        add("unapproveAction", words(patches, tr("Unapprove patches"), tr("Unapprove %n patch(es)", nullptr, patches)),
            s.hasPatches(), selectPatches, [this, s] { openApproval(s, false); });
        add("declineAction", words(patches, tr("Decline patches…"), tr("Decline %n patch(es)…", nullptr, patches)),
            s.hasPatches(), selectPatches, [this, s] { openDecline(s); });
        add("uninstallPatchesAction",
            words(patches, tr("Uninstall patches from all computers…"),
                  tr("Uninstall %n patch(es) from all computers…", nullptr, patches)),
            s.hasPatches(), selectPatches, [this, s] { openUninstall(s); });
    }
    if (s.hasComputers() || withHints) {
        if (!menu->isEmpty())
            menu->addSeparator();
        if (!s.hasPatches()) {
            add("installMissingAction",
                words(computers, tr("Install missing patches on computers…"),
                      tr("Install missing patches on %n computer(s)…", nullptr, computers)),
                s.hasComputers(), selectComputers, [this, s] { openInstall(s); });
        }
        add("scanAction",
            words(computers, tr("Scan computers for missing patches"),
                  tr("Scan %n computer(s) for missing patches", nullptr, computers)),
            s.hasComputers(), selectComputers, [this, s] { openScan(s); });
        menu->addSeparator();
        add("installAgentAction",
            words(computers, tr("Install the agent"), tr("Install the agent on %n computer(s)", nullptr, computers)),
            s.hasComputers(), selectComputers, [this, s] { openAgentAction(s, AgentActionRequest::Action::Install); });
        add("uninstallAgentAction",
            words(computers, tr("Uninstall the agent…"),
                  tr("Uninstall the agent from %n computer(s)…", nullptr, computers)),
            s.hasComputers(), selectComputers,
            [this, s] { openAgentAction(s, AgentActionRequest::Action::Uninstall); });
        add("removeComputerAction",
            words(computers, tr("Remove computers from Patch Manager Plus…"),
                  tr("Remove %n computer(s) from Patch Manager Plus…", nullptr, computers)),
            s.hasComputers(), selectComputers, [this, s] { openAgentAction(s, AgentActionRequest::Action::Remove); });
    }
}

void ActionCentre::populateActionsMenu(QMenu *menu, RecordListView *current)
{
    menu->clear();
    const ActionSelection selection = ActionSelection::fromView(current);
    if (selection.isEmpty()) {
        QAction *hint = menu->addAction(tr("Select computers or patches in a list to act on them"));
        hint->setObjectName(QStringLiteral("selectionHint"));
        hint->setEnabled(false);
        menu->addSeparator();
    }
    addSelectionActions(menu, selection, true);
    menu->addSeparator();
    QAction *install = menu->addAction(tr("Install patches…"), this, [this] { openInstall({}); });
    install->setObjectName(QStringLiteral("installPatchesAction"));
    QAction *scanAll = menu->addAction(tr("Scan all computers…"), this, [this] { openScanAll(); });
    scanAll->setObjectName(QStringLiteral("scanAllAction"));
    QAction *newTask = menu->addAction(tr("New automatic deployment task…"), this, [this] { openApdTask({}); });
    newTask->setObjectName(QStringLiteral("newApdTaskAction"));
    menu->addSeparator();
    QAction *tasks = menu->addAction(tr("Automatic deployment tasks"), this,
                                     [this] { emit showPageRequested(pmp::actions::AffectedViews::apdTasksPage()); });
    tasks->setObjectName(QStringLiteral("showApdTasksAction"));
    QAction *journal = menu->addAction(tr("Action journal"), this,
                                       [this] { emit showPageRequested(pmp::actions::AffectedViews::journalPage()); });
    journal->setObjectName(QStringLiteral("showJournalAction"));
}

} // namespace pmp::ui
