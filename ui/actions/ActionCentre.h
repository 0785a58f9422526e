#pragma once

#include "ActionSelection.h"
#include "ApdTasksView.h"
#include "InstallPatchesDialog.h"
#include "JournalView.h"

#include "api/requests/AgentActionRequest.h"
#include "api/requests/ApdTaskActionRequest.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QMenu;
class QWidget;

namespace pmp::actions {
class ActionRunner;
class ApdTaskBook;
class CustomGroupDirectory;
} // namespace pmp::actions
namespace pmp::api {
class Client;
class WriteRequest;
} // namespace pmp::api
namespace pmp::models {
class ServerChoices;
}
namespace pmp::store {
class ActionJournal;
class Workspace;
} // namespace pmp::store

namespace pmp::ui {

class ApdTasksView;
class ConfirmActionDialog;
class DeclineDialog;
class JournalView;
class RecordListView;
class UninstallPatchesDialog;
class ApdTaskDialog;

// The write actions of one connection: over the profile's workspace (journal, APD task registry), the
// runner every write goes through, the custom group directory, and where the admin finds each action — the context
// menu of the tables, the Actions menu, the APD tasks and journal pages. Dialogs open window-modal
// and non-blocking; each write ends in the one confirmation dialog.
class ActionCentre : public QObject
{
    Q_OBJECT
public:
    // `window` parents the dialogs; `workspace` outlives the centre.
    ActionCentre(pmp::api::Client *client, pmp::models::ServerChoices *choices, pmp::store::Workspace *workspace,
                 const QString &profileLabel, QWidget *window);
    ~ActionCentre() override;

    pmp::actions::ActionRunner *runner() const { return m_runner; }
    pmp::store::ActionJournal *journal() const;
    pmp::actions::ApdTaskBook *apdTaskBook() const { return m_book; }
    pmp::actions::CustomGroupDirectory *customGroups() const { return m_groups; }

    // The two pages (created once, parented to `parent`).
    JournalView *createJournalPage(QWidget *parent);
    ApdTasksView *createApdTasksPage(QWidget *parent);
    JournalView *journalView() const { return m_journalView; }
    ApdTasksView *apdTasksView() const { return m_apdView; }

    // Right-click on a list view's rows offers the actions for what is selected.
    void attach(RecordListView *view);
    // The context menu for a view's selection (the caller owns it).
    QMenu *contextMenu(RecordListView *view, QWidget *parent = nullptr);
    // The Actions menu for the current page (rebuilt each time it opens).
    void populateActionsMenu(QMenu *menu, RecordListView *current);

    // The actions; each returns the dialog it opened (null when it opened none).
    InstallPatchesDialog *openInstall(const ActionSelection &selection);
    UninstallPatchesDialog *openUninstall(const ActionSelection &selection);
    DeclineDialog *openDecline(const ActionSelection &selection);
    ConfirmActionDialog *openApproval(const ActionSelection &selection, bool approve);
    ConfirmActionDialog *openScan(const ActionSelection &selection);
    ConfirmActionDialog *openScanAll();
    ConfirmActionDialog *openAgentAction(const ActionSelection &selection, pmp::api::AgentActionRequest::Action action);
    // Empty name: a new task; otherwise the task of the book to change.
    ApdTaskDialog *openApdTask(const QString &taskName);
    ConfirmActionDialog *openApdTaskAction(const QString &taskName, pmp::api::ApdTaskActionRequest::Action action);
    // Asks for a name and adds it to the book; returns whether one was added.
    bool addExistingApdTask();
    // Any write through the one confirmation path.
    ConfirmActionDialog *confirm(std::shared_ptr<const pmp::api::WriteRequest> request);

signals:
    // Pages whose data a finished write may have changed (list view ids, "apd-tasks", "journal").
    void pagesAffected(const QStringList &pageIds);
    void showPageRequested(const QString &pageId);
    // A write ended (any outcome): its action's title and the sentence the journal shows.
    void writeFinished(const QString &action, const QString &message, bool succeeded);

private:
    void showJournalEntry(qint64 id);
    void addSelectionActions(QMenu *menu, const ActionSelection &selection, bool withHints);
    template <typename Dialog> Dialog *present(Dialog *dialog);

    QPointer<pmp::api::Client> m_client;
    QPointer<pmp::models::ServerChoices> m_choices;
    QPointer<QWidget> m_window;
    QString m_profile;
    pmp::store::Workspace *m_workspace;
    pmp::actions::ActionRunner *m_runner = nullptr;
    pmp::actions::ApdTaskBook *m_book = nullptr;
    pmp::actions::CustomGroupDirectory *m_groups = nullptr;
    QPointer<JournalView> m_journalView;
    QPointer<ApdTasksView> m_apdView;
};

} // namespace pmp::ui
