#pragma once

#include "api/Client.h"
#include "api/ListQuery.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace pmp::models {
class ListLoader;
class ServerChoices;
} // namespace pmp::models

namespace pmp::store {
class Workspace;
} // namespace pmp::store

namespace pmp::ui {

class DashboardView;
class StoreTrendSource;

class ActionCentre;
class AutoRefresh;
class ConsolePage;
class DesktopNotifier;
class MessageBanner;
class RecordListView;
class TenantBadge;

// The console window: grouped navigation on the left, one page at a time, refresh and progress in
// the status bar. It works through a Client and the profile's Workspace (its local data) and never
// sees the network or JSON; switching profile hands it another Client and Workspace.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(pmp::api::Client *client, std::shared_ptr<pmp::store::Workspace> workspace,
               const QString &connectionLabel, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Rebuilds every page for another connection (profile switch), without a restart.
    void setClient(pmp::api::Client *client, std::shared_ptr<pmp::store::Workspace> workspace,
                   const QString &connectionLabel);
    pmp::store::Workspace *workspace() const { return m_workspace.get(); }
    pmp::api::Client *client() const { return m_client; }
    // The write actions of the current connection (null without one).
    ActionCentre *actionCentre() const { return m_actions; }
    AutoRefresh *autoRefresh() const { return m_autoRefresh; }
    // Which tenant the window acts on, as a badge above the pages (hidden until set). The title bar
    // says it too, from the connection label.
    void setTenant(const QString &name, const QColor &colour, const QString &toolTip);
    TenantBadge *tenantBadge() const { return m_badge; }
    // For what lives beside the window's own entries (File › New window).
    QMenu *fileMenu() const { return m_fileMenu; }
    DesktopNotifier *notifier() const { return m_notifier; }

    RecordListView *currentListView() const;
    RecordListView *listView(const QString &viewId) const;
    QWidget *page(const QString &pageId) const;
    QString currentPageId() const;
    void showPage(const QString &pageId);
    // The page that shows a view of `patchdeck export` (system-report: the computers, whose detail
    // pane it is; report: the query reports); empty for an unknown view.
    static QString pageForView(const QString &viewId);
    // The size the window asks for the first time (a list and its detail pane side by side); smaller
    // screens get what fits (LayoutMemory::firstSize).
    static QSize preferredSize() { return {1320, 820}; }
    // The window opened with the geometry its tenant's window had when last closed (else with that of
    // the last window closed, or a first size): a new window only cascades when this is false.
    bool hasOwnGeometry() const { return m_ownGeometry; }
    // Help › Report a problem: the project's new-issue page with the version, Qt and system filled in.
    static QUrl problemReportUrl();
    // Opens a list view with server-side filters applied (dashboard drill-down).
    void navigateTo(const QString &viewId, const pmp::api::ListQuery &filters);

    // Saved views (the profile's SavedViewBook, listed under "Saved views" in the navigation). Each
    // returns false with a sentence in `error` when it cannot do what it says.
    // The current list as it is arranged now, under `name` (unique, not empty).
    bool saveCurrentView(const QString &name, QString *error);
    // Shows the saved view's list arranged as saved (false: no such saved view).
    bool openSavedView(const QString &name);
    bool renameSavedView(const QString &from, const QString &to, QString *error);
    bool moveSavedView(const QString &name, int delta);
    bool removeSavedView(const QString &name);
    bool exportSavedView(const QString &name, const QString &fileName, QString *error) const;
    // The name it was filed under (" (2)" added when taken), empty on error.
    QString importSavedView(const QString &fileName, QString *error);
    // The saved view whose list is on screen (empty when the page was opened otherwise).
    QString currentSavedView() const;

public slots:
    void refreshCurrent();

signals:
    // The admin closed the window (its tenant's session may go now).
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QString lastPageKey() const;
    // LayoutMemory's key for this tenant's window; "main-window" is the last window closed.
    QString geometryKey() const;
    void buildPages();
    void clearPages();
    void addSection(const QString &title);
    template <typename Page> void addPage(const QString &pageId, const QString &title, Page *page)
    {
        addPage(pageId, title, page, page);
    }
    void addPage(const QString &pageId, const QString &title, QWidget *widget, ConsolePage *page);
    ConsolePage *currentPage() const;
    void addListView(const QString &viewId);
    DashboardView *createDashboard();
    void attachDetailPane(RecordListView *view);
    void watchLoader(pmp::models::ListLoader *loader);
    void showLoadStatus(const pmp::models::ListLoader *loader);
    void setupActions();
    void onPageChanged();
    void rebuildSavedViewNavigation();
    void showNavigationMenu(const QPoint &pos);
    void saveViewInteractively();
    void importSavedViewInteractively();
    // Asks for a saved view's name; empty when cancelled. `current` is the name being renamed.
    QString askSavedViewName(const QString &title, const QString &initial, const QString &current);
    QString validateSavedViewName(const QString &name, const QString &current) const;

    QPointer<pmp::api::Client> m_client;
    std::shared_ptr<pmp::store::Workspace> m_workspace;
    bool m_ownGeometry = false;
    MessageBanner *m_storeBanner;
    TenantBadge *m_badge;
    QMenu *m_fileMenu = nullptr;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QLabel *m_statusText;
    QLabel *m_connection;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QElapsedTimer m_loadClock; // since the current page's load started, for the rate
    pmp::models::ServerChoices *m_choices = nullptr;
    ActionCentre *m_actions = nullptr;
    AutoRefresh *m_autoRefresh;
    DesktopNotifier *m_notifier;
    QHash<QString, QWidget *> m_pages;
    QHash<QWidget *, ConsolePage *> m_pageApi;
    std::unique_ptr<StoreTrendSource> m_trends;
};

} // namespace pmp::ui
