#include "MainWindow.h"

#include "AutoRefresh.h"
#include "LanguageChoice.h"

#include "actions/ActionCentre.h"
#include "dashboard/DashboardLoader.h"
#include "dashboard/DashboardView.h"
#include "dashboard/StoreTrendSource.h"
#include "report/ReportDialog.h"
#include "views/ComputerDetailPane.h"
#include "views/ConfigurationDetailPane.h"
#include "views/ConsolePage.h"
#include "views/PatchDetailPane.h"
#include "views/RecordListView.h"
#include "views/ReportsView.h"
#include "views/ServerView.h"
#include "widgets/AccessibleNames.h"
#include "widgets/DesktopNotifier.h"
#include "widgets/LayoutMemory.h"
#include "widgets/MessageBanner.h"
#include "widgets/TenantBadge.h"

#include "api/Client.h"
#include "api/Transport.h"
#include "models/ListLoader.h"
#include "models/ServerChoices.h"
#include "models/ViewCatalogue.h"
#include "store/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QJsonDocument>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSaveFile>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QSysInfo>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace pmp::ui {

using namespace pmp::models;

namespace {
constexpr int PageIdRole = Qt::UserRole;
constexpr int SavedViewRole = Qt::UserRole + 1; // the saved view's name
constexpr int SavedSectionRole = Qt::UserRole + 2;

// The views a saved view may name: those with a page of their own.
QStringList pageViewIds()
{
    QStringList ids;
    for (const ViewSpec &spec : ViewCatalogue::all())
        if (spec.isPage)
            ids << spec.id;
    return ids;
}
// A load this long is one the admin may have walked away from (a large view, a slow tenant).
constexpr qint64 LongLoadMs = 10000;
} // namespace

MainWindow::MainWindow(pmp::api::Client *client, std::shared_ptr<pmp::store::Workspace> workspace,
                       const QString &connectionLabel, QWidget *parent)
    : QMainWindow(parent), m_storeBanner(new MessageBanner(this)), m_badge(new TenantBadge(this)),
      m_nav(new QListWidget(this)), m_stack(new QStackedWidget(this)), m_statusText(new QLabel(this)),
      m_connection(new QLabel(this)), m_progress(new QProgressBar(this)), m_cancel(new QToolButton(this)),
      m_autoRefresh(new AutoRefresh(this)), m_notifier(new DesktopNotifier(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PatchDeck"));

    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setMinimumWidth(190);
    m_nav->setMaximumWidth(260);
    m_nav->setFrameShape(QFrame::NoFrame);
    // A long page name (German) is elided rather than scrolling the list sideways.
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setTextElideMode(Qt::ElideRight);
    m_nav->setIconSize(QSize(16, 16));
    m_nav->setStyleSheet(QStringLiteral("QListWidget { padding-top: 4px; } QListWidget::item { padding: 5px 12px; }"));

    // The tenant's badge heads the pages, where the eye goes to move around.
    auto *side = new QWidget(this);
    auto *sideColumn = new QVBoxLayout(side);
    sideColumn->setContentsMargins(6, 6, 6, 0);
    sideColumn->setSpacing(4);
    sideColumn->addWidget(m_badge);
    sideColumn->addWidget(m_nav, 1);
    side->setMinimumWidth(m_nav->minimumWidth());
    side->setMaximumWidth(m_nav->maximumWidth());

    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({210, 1100});
    splitter->setObjectName(QStringLiteral("navigationSplitter"));
    LayoutMemory::rememberSplitter(splitter, QStringLiteral("navigation"));
    // The profile's local data speaks here when something needs the admin's attention.
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_storeBanner->setObjectName(QStringLiteral("storeBanner"));
    column->addWidget(m_storeBanner);
    column->addWidget(splitter, 1);
    setCentralWidget(central);

    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelLoading"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading (Esc)"));
    m_cancel->hide();
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_connection);

    connect(m_nav, &QListWidget::currentItemChanged, this, &MainWindow::onPageChanged);
    m_nav->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_nav, &QWidget::customContextMenuRequested, this, &MainWindow::showNavigationMenu);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (RecordListView *v = currentListView())
            v->loader()->cancel();
    });
    connect(m_autoRefresh, &AutoRefresh::refreshDue, this, [this] {
        // A page still loading (or a long fetch the admin is watching) is left alone.
        if (ConsolePage *page = currentPage(); page && page->isLoading())
            return;
        refreshCurrent();
    });
    setupActions();
    setClient(client, std::move(workspace), connectionLabel);
    // Tenants side by side: each tenant's window comes back where it was; one seen for the first time
    // where the last window closed.
    m_ownGeometry = LayoutMemory::isRemembered(geometryKey());
    LayoutMemory::restoreWindow(this, m_ownGeometry ? geometryKey() : QStringLiteral("main-window"), preferredSize());
}

MainWindow::~MainWindow()
{
    // The pages and the action centre use the workspace: they go before it does.
    for (QWidget *p : std::as_const(m_pages))
        if (auto *list = qobject_cast<RecordListView *>(p))
            list->loader()->setCache(nullptr);
    qDeleteAll(m_pages);
    m_pages.clear();
    m_pageApi.clear();
    delete m_actions;
    delete m_choices;
    m_trends.reset();
}

void MainWindow::setClient(pmp::api::Client *client, std::shared_ptr<pmp::store::Workspace> workspace,
                           const QString &connectionLabel)
{
    const QString previous = currentPageId();
    clearPages();
    m_client = client;
    m_workspace = std::move(workspace);
    m_connection->setText(connectionLabel);
    // Which tenant this window acts on, in the title bar and the task switcher.
    setWindowTitle(connectionLabel.isEmpty() ? tr("PatchDeck") : tr("%1 — PatchDeck").arg(connectionLabel));
    m_statusText->clear();
    m_autoRefresh->setProfileKey(m_workspace ? m_workspace->key() : QString());
    m_storeBanner->hide();
    if (m_workspace && !m_workspace->problems().isEmpty())
        m_storeBanner->showMessage(MessageBanner::Level::Warning, m_workspace->problems().join(QLatin1Char(' ')));
    if (!client || !m_workspace)
        return;
    if (client->transport()) {
        // Throttling slows every request at once: say so, or loading looks stuck.
        connect(client->transport(), &pmp::api::Transport::throttled, this, [this](int seconds) {
            statusBar()->showMessage(
                tr("The server asks PatchDeck to slow down: requests wait %n s before continuing.", nullptr, seconds),
                qMax(5000, seconds * 1000));
        });
    }
    m_choices = new ServerChoices(client, this);
    m_actions = new ActionCentre(client, m_choices, m_workspace.get(), connectionLabel, this);
    connect(m_actions, &ActionCentre::showPageRequested, this, &MainWindow::showPage);
    connect(m_actions, &ActionCentre::writeFinished, this,
            [this](const QString &action, const QString &message, bool) { m_notifier->notifyIfAway(action, message); });
    connect(m_actions, &ActionCentre::pagesAffected, this, [this](const QStringList &pageIds) {
        // A write changed what these lists show: reload the ones already loaded (others load when opened).
        for (const QString &id : pageIds)
            if (RecordListView *v = listView(id))
                if (v->loader()->lastCompleted().isValid() || v->loader()->isLoading())
                    v->loader()->reload();
    });
    // Each profile opens where the admin last left it; a switch without a remembered page keeps the
    // page on screen. (Read before the pages exist: building them may make the first one current.)
    const QString remembered = QSettings().value(lastPageKey()).toString();
    buildPages();
    m_choices->load();
    if (m_pages.contains(remembered))
        showPage(remembered);
    else
        showPage(m_pages.contains(previous) ? previous : QStringLiteral("dashboard"));
}

QString MainWindow::lastPageKey() const
{
    return QStringLiteral("profiles/%1/page").arg(m_workspace ? m_workspace->key() : QStringLiteral("none"));
}

QString MainWindow::geometryKey() const
{
    return m_workspace ? QStringLiteral("tenant/%1").arg(m_workspace->key()) : QStringLiteral("main-window");
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    LayoutMemory::saveWindow(this, geometryKey());
    LayoutMemory::saveWindow(this, QStringLiteral("main-window"));
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        emit closed();
}

void MainWindow::setTenant(const QString &name, const QColor &colour, const QString &toolTip)
{
    m_badge->setTenant(name, colour, toolTip);
}

void MainWindow::clearPages()
{
    m_nav->clear();
    for (QWidget *p : std::as_const(m_pages)) {
        if (auto *list = qobject_cast<RecordListView *>(p))
            list->loader()->setCache(nullptr); // the cache goes with the workspace
        m_stack->removeWidget(p);
        p->deleteLater();
    }
    m_pages.clear();
    m_pageApi.clear();
    if (m_choices)
        m_choices->deleteLater();
    m_choices = nullptr;
    if (m_actions)
        m_actions->deleteLater();
    m_actions = nullptr;
    // The pages and the action centre are deleted later; the workspace they use goes after them (a
    // deferred delete posted now runs after theirs).
    auto *after = new QObject;
    connect(after, &QObject::destroyed, [workspace = std::move(m_workspace), trends = std::move(m_trends)]() mutable {
        trends.reset();
        workspace.reset();
    });
    after->deleteLater();
}

void MainWindow::addSection(const QString &title)
{
    auto *item = new QListWidgetItem(title.toUpper(), m_nav);
    item->setFlags(Qt::NoItemFlags);
    QFont f = item->font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    f.setBold(true);
    item->setFont(f);
}

void MainWindow::addPage(const QString &pageId, const QString &title, QWidget *page, ConsolePage *api)
{
    m_pages.insert(pageId, page);
    m_pageApi.insert(page, api);
    AccessibleNames::nameFromLabels(page);
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(title, m_nav);
    item->setData(PageIdRole, pageId);
}

void MainWindow::buildPages()
{
    addPage(QStringLiteral("dashboard"), tr("Dashboard"), createDashboard());

    // Views grouped by section, in the order the sections first appear in the catalogue.
    QStringList groups;
    for (const ViewSpec &spec : ViewCatalogue::all())
        if (!groups.contains(spec.group))
            groups << spec.group;
    for (const QString &group : std::as_const(groups)) {
        addSection(QCoreApplication::translate("pmp::models::Views", group.toUtf8().constData()));
        for (const ViewSpec &spec : ViewCatalogue::all()) {
            if (spec.group != group || !spec.isPage)
                continue;
            addListView(spec.id);
            if (spec.id == QLatin1String("configurations") && m_actions) {
                addPage(QStringLiteral("apd-tasks"), tr("Automatic deployment tasks"),
                        m_actions->createApdTasksPage(this));
                addPage(QStringLiteral("journal"), tr("Action journal"), m_actions->createJournalPage(this));
            }
        }
    }
    addSection(tr("Reports"));
    addPage(QStringLiteral("reports"), tr("Query reports"), new ReportsView(m_client, m_choices, this));
    addSection(tr("Server"));
    addPage(QStringLiteral("server"), tr("Server settings"), new ServerView(m_client, this));
    rebuildSavedViewNavigation();
}

DashboardView *MainWindow::createDashboard()
{
    auto *loader = new DashboardLoader(m_client, this);
    m_trends = std::make_unique<StoreTrendSource>(m_workspace->history());
    loader->setTrendSource(m_trends.get());
    auto *dashboard = new DashboardView(loader, this);
    loader->setParent(dashboard);
    connect(dashboard, &DashboardView::navigateTo, this, [this](const QString &viewId, const QVariantMap &filters) {
        pmp::api::ListQuery query;
        for (auto it = filters.constBegin(); it != filters.constEnd(); ++it)
            query.set(it.key(), it.value().toString());
        if (listView(viewId))
            navigateTo(viewId, query);
        else
            showPage(viewId);
    });
    return dashboard;
}

void MainWindow::addListView(const QString &viewId)
{
    const ViewSpec *spec = ViewCatalogue::byId(viewId);
    Q_ASSERT(spec);
    auto *loader = new ListLoader(m_client, *spec, this);
    loader->setCache(&m_workspace->viewCache());
    auto *view = new RecordListView(loader, m_choices, this);
    connect(view, &QObject::destroyed, loader, &QObject::deleteLater);
    attachDetailPane(view);
    if (m_actions)
        m_actions->attach(view);
    connect(view, &RecordListView::saveViewRequested, this, &MainWindow::saveViewInteractively);
    addPage(viewId, QCoreApplication::translate("pmp::models::Views", spec->title.toUtf8().constData()), view);
    watchLoader(loader);
    connect(view, &RecordListView::exportFinished, this, [this](const QString &message, bool succeeded) {
        m_notifier->notifyIfAway(succeeded ? tr("Export finished") : tr("Export failed"), message);
    });
}

void MainWindow::attachDetailPane(RecordListView *view)
{
    DetailPane *pane = nullptr;
    switch (view->loader()->view().detail) {
    case pmp::models::DetailKind::Computer:
        pane = new ComputerDetailPane(m_client, m_choices);
        break;
    case pmp::models::DetailKind::Patch:
        pane = new PatchDetailPane(m_client, m_choices);
        break;
    case pmp::models::DetailKind::Configuration:
        pane = new ConfigurationDetailPane;
        break;
    case pmp::models::DetailKind::None:
        return;
    }
    view->setDetailPane(pane);
    connect(view, &RecordListView::currentRowChanged, pane,
            [pane, view](int row) { pane->showRow(*view->loader()->model(), row); });
}

void MainWindow::watchLoader(ListLoader *loader)
{
    // Since this loader's current load started, whether or not its page is on screen: a long load
    // finishing while the admin is in another window earns a desktop notification.
    auto sinceStart = std::make_shared<QElapsedTimer>();
    connect(loader, &ListLoader::started, this, [this, loader, sinceStart] {
        sinceStart->start();
        if (!currentListView() || currentListView()->loader() != loader) // the status line follows the page
            return;
        m_progress->setRange(0, 0);
        m_progress->setFormat(QString());
        m_progress->show();
        m_cancel->show();
        m_statusText->setText(tr("Loading %1…").arg(loader->view().pluralNoun()));
        m_loadClock.start();
    });
    connect(loader, &ListLoader::finished, this, [this, loader, sinceStart] {
        if (!sinceStart->isValid() || sinceStart->elapsed() < LongLoadMs)
            return;
        const pmp::api::FetchOutcome &outcome = loader->lastOutcome();
        const QString title =
            QCoreApplication::translate("pmp::models::Views", loader->view().title.toUtf8().constData());
        m_notifier->notifyIfAway(outcome.complete ? tr("%1 loaded").arg(title) : tr("%1 did not load").arg(title),
                                 outcome.complete ? loader->view().countOf(outcome.received) : outcome.error.message());
    });
    connect(loader, &ListLoader::progress, this, [this, loader](qint64 received, qint64 total) {
        if (!currentListView() || currentListView()->loader() != loader || total <= 0)
            return;
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(received * 1000 / total));
        m_progress->setFormat(QStringLiteral("%p%"));
        // How far and how fast: a long list says when it will be done.
        const qint64 ms = m_loadClock.isValid() ? m_loadClock.elapsed() : 0;
        const QString rate =
            ms >= 1000 ? tr(" (%1 a second)").arg(QLocale().toString(received * 1000 / ms)) : QString();
        m_statusText->setText(
            tr("Loading %1… %2 of %3%4")
                .arg(loader->view().pluralNoun(), QLocale().toString(received), QLocale().toString(total), rate));
    });
    connect(loader, &ListLoader::finished, this, [this, loader] {
        if (!currentListView() || currentListView()->loader() != loader) // the status line follows the page
            return;
        m_progress->hide();
        m_cancel->hide();
        showLoadStatus(loader);
    });
}

void MainWindow::showLoadStatus(const ListLoader *loader)
{
    const pmp::api::FetchOutcome &outcome = loader->lastOutcome();
    // The rows, not the server's items: a system of "Failures and reboots" is one item and a row per patch.
    if (outcome.complete)
        m_statusText->setText(tr("Loaded %1 at %2", "Loaded <250 computers> at <time>")
                                  .arg(loader->view().countOf(loader->model()->rowCount()),
                                       QLocale().toString(loader->lastCompleted().time(), QLocale::ShortFormat)));
    else
        m_statusText->setText(outcome.error.message());
}

void MainWindow::onPageChanged()
{
    QListWidgetItem *item = m_nav->currentItem();
    if (!item)
        return;
    QString pageId = item->data(PageIdRole).toString();
    std::optional<pmp::store::SavedView> saved;
    if (item->data(SavedViewRole).isValid()) {
        if (m_workspace)
            saved = m_workspace->savedViews().find(item->data(SavedViewRole).toString());
        if (!saved)
            return;
        pageId = saved->viewId;
    }
    QWidget *page = m_pages.value(pageId);
    if (!page)
        return;
    m_stack->setCurrentWidget(page);
    if (saved)
        if (RecordListView *view = currentListView())
            view->applySavedView(*saved); // before showing(): it loads with the saved filters
    QSettings().setValue(lastPageKey(), currentPageId());
    m_progress->hide();
    m_cancel->hide();
    // The status line speaks about the page on screen, not the one left behind.
    m_statusText->clear();
    currentPage()->showing();
    if (RecordListView *view = currentListView()) {
        if (view->loader()->isLoading()) {
            m_progress->setRange(0, 0);
            m_progress->show();
            m_cancel->show();
        } else if (view->loader()->lastCompleted().isValid()) {
            showLoadStatus(view->loader());
        }
    }
}

ConsolePage *MainWindow::currentPage() const
{
    return m_pageApi.value(m_stack->currentWidget());
}

void MainWindow::setupActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    QAction *exportAction = file->addAction(tr("&Export view…"), this, [this] {
        if (ConsolePage *page = currentPage(); !page || !page->exportInteractively())
            statusBar()->showMessage(tr("This page has no list to export."), 5000);
    });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *report = file->addAction(tr("Create &report…"), this, [this] {
        if (!m_client)
            return;
        auto *dialog = new ReportDialog(m_client, m_workspace, m_connection->text(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ReportDialog::reportWritten, this, [this](const QString &path) {
            m_notifier->notifyIfAway(tr("Report written"), QDir::toNativeSeparators(path));
        });
        dialog->open();
    });
    report->setObjectName(QStringLiteral("createReportAction"));
    file->addSeparator();
    QAction *saveView = file->addAction(tr("&Save view…"), this, &MainWindow::saveViewInteractively);
    saveView->setObjectName(QStringLiteral("saveViewAction"));
    saveView->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addAction(tr("&Import saved view…"), this, &MainWindow::importSavedViewInteractively)
        ->setObjectName(QStringLiteral("importSavedViewAction"));
    file->addSeparator();
    // With tenants side by side, closing one window leaves the others (and their sessions) open.
    QAction *close = file->addAction(tr("&Close window"), this, &QWidget::close);
    close->setObjectName(QStringLiteral("closeWindowAction"));
    close->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this,
                                       &MainWindow::refreshCurrent);
    refresh->setShortcut(QKeySequence::Refresh);
    QMenu *automatic = view->addMenu(tr("Refresh &automatically"));
    automatic->setObjectName(QStringLiteral("autoRefreshMenu"));
    m_autoRefresh->populateMenu(automatic);
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    LanguageChoice::populateMenu(language, this);
    QAction *find = view->addAction(tr("&Find in list"), this, [this] {
        if (RecordListView *v = currentListView()) {
            v->focusSearch();
        } else if (QWidget *page = m_stack->currentWidget()) {
            // Pages that are not lists but have a search box of their own (the journal).
            for (auto *edit : page->findChildren<QLineEdit *>())
                if (edit->objectName().endsWith(QLatin1String("Search")) && edit->isVisible()) {
                    edit->setFocus(Qt::ShortcutFocusReason);
                    edit->selectAll();
                    break;
                }
        }
    });
    find->setShortcut(QKeySequence::Find);
    view->addSeparator();
    QAction *notifications = view->addAction(tr("Desktop &notifications"));
    notifications->setObjectName(QStringLiteral("notificationsAction"));
    notifications->setToolTip(tr("Tell me when a long load, an export or a write finishes while PatchDeck is in the "
                                 "background"));
    notifications->setCheckable(true);
    notifications->setChecked(DesktopNotifier::isEnabled());
    connect(notifications, &QAction::toggled, this, &DesktopNotifier::setEnabled);
    auto *stop = new QAction(tr("Stop loading"), this);
    stop->setShortcut(Qt::Key_Escape);
    connect(stop, &QAction::triggered, m_cancel, &QToolButton::click);
    addAction(stop);

    // Every write is here too, for the current page's selection (also on the tables' context menu).
    QMenu *actions = menuBar()->addMenu(tr("&Actions"));
    actions->setObjectName(QStringLiteral("actionsMenu"));
    connect(actions, &QMenu::aboutToShow, this, [this, actions] {
        if (m_actions)
            m_actions->populateActionsMenu(actions, currentListView());
    });
    actions->addAction(tr("Select computers or patches in a list to act on them"))->setEnabled(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *docs = help->addAction(tr("PatchDeck &documentation"), this, [] {
        QDesktopServices::openUrl(QUrl(QStringLiteral(PATCHDECK_HOMEPAGE "#readme")));
    });
    docs->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Report a problem…"), this, [] { QDesktopServices::openUrl(problemReportUrl()); });
    help->addSeparator();
    help->addAction(tr("&About PatchDeck"), this, [this] {
        QMessageBox::about(this, tr("About PatchDeck"),
                           tr("<h3>PatchDeck %1</h3><p>A native console for ManageEngine Patch Manager Plus Cloud.</p>"
                              "<p>Built with Qt %2.</p>")
                               .arg(QApplication::applicationVersion(), QLatin1String(qVersion())));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QUrl MainWindow::problemReportUrl()
{
    // A new issue with what a maintainer asks first already filled in; never a server, profile or
    // token: the admin adds what they choose to share.
    const QString body = tr("What happened:\n\nWhat you expected:\n\nSteps to reproduce:\n\n") +
                         QStringLiteral("---\nPatchDeck %1, Qt %2, %3 (%4)\n")
                             .arg(QApplication::applicationVersion(), QLatin1String(qVersion()),
                                  QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    QUrl url(QStringLiteral(PATCHDECK_HOMEPAGE "/issues/new"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("body"), body);
    url.setQuery(query);
    return url;
}

RecordListView *MainWindow::currentListView() const
{
    return qobject_cast<RecordListView *>(m_stack->currentWidget());
}

RecordListView *MainWindow::listView(const QString &viewId) const
{
    return qobject_cast<RecordListView *>(m_pages.value(viewId));
}

QWidget *MainWindow::page(const QString &pageId) const
{
    return m_pages.value(pageId);
}

QString MainWindow::currentPageId() const
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it)
        if (it.value() == m_stack->currentWidget())
            return it.key();
    return {};
}

QString MainWindow::pageForView(const QString &viewId)
{
    if (viewId == QLatin1String("system-report"))
        return QStringLiteral("computers");
    if (viewId == QLatin1String("report"))
        return QStringLiteral("reports");
    if (viewId == QLatin1String("journal") || viewId == QLatin1String("dashboard"))
        return viewId;
    return ViewCatalogue::byId(viewId) ? viewId : QString();
}

void MainWindow::showPage(const QString &pageId)
{
    for (int i = 0; i < m_nav->count(); ++i)
        if (m_nav->item(i)->data(PageIdRole).toString() == pageId)
            m_nav->setCurrentRow(i);
}

void MainWindow::navigateTo(const QString &viewId, const pmp::api::ListQuery &filters)
{
    showPage(viewId);
    if (RecordListView *v = listView(viewId))
        v->applyFilters(filters);
}

void MainWindow::refreshCurrent()
{
    if (ConsolePage *page = currentPage())
        page->reload();
}

void MainWindow::rebuildSavedViewNavigation()
{
    const QString current = currentSavedView();
    const QSignalBlocker block(m_nav); // rebuilding is not navigating
    for (int i = m_nav->count() - 1; i >= 0; --i)
        if (m_nav->item(i)->data(SavedViewRole).isValid() || m_nav->item(i)->data(SavedSectionRole).isValid())
            delete m_nav->takeItem(i);
    if (!m_workspace)
        return;
    const QList<pmp::store::SavedView> views = m_workspace->savedViews().all();
    if (views.isEmpty())
        return;
    addSection(tr("Saved views"));
    m_nav->item(m_nav->count() - 1)->setData(SavedSectionRole, true);
    for (const pmp::store::SavedView &v : views) {
        auto *item = new QListWidgetItem(v.name, m_nav);
        item->setData(SavedViewRole, v.name);
        const ViewSpec *spec = ViewCatalogue::byId(v.viewId);
        item->setToolTip(
            tr("Saved view of %1")
                .arg(spec ? QCoreApplication::translate("pmp::models::Views", spec->title.toUtf8().constData())
                          : v.viewId));
        if (v.name == current)
            m_nav->setCurrentItem(item);
    }
}

QString MainWindow::currentSavedView() const
{
    const QListWidgetItem *item = m_nav->currentItem();
    return item ? item->data(SavedViewRole).toString() : QString();
}

QString MainWindow::validateSavedViewName(const QString &name, const QString &current) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a name for the saved view.");
    if (m_workspace && trimmed.compare(current, Qt::CaseInsensitive) != 0 && m_workspace->savedViews().find(trimmed))
        return tr("A saved view named “%1” already exists; choose another name.").arg(trimmed);
    return {};
}

bool MainWindow::saveCurrentView(const QString &name, QString *error)
{
    RecordListView *view = currentListView();
    const QString problem = !m_workspace ? tr("There is no profile to keep saved views in.")
                            : !view      ? tr("Only a list can be saved as a view.")
                                         : validateSavedViewName(name, {});
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    pmp::store::SavedView saved = view->savedState();
    saved.name = name.trimmed();
    if (!m_workspace->savedViews().add(saved)) {
        if (error)
            *error = tr("The saved view could not be stored.");
        return false;
    }
    rebuildSavedViewNavigation();
    return true;
}

bool MainWindow::openSavedView(const QString &name)
{
    for (int i = 0; i < m_nav->count(); ++i) {
        QListWidgetItem *item = m_nav->item(i);
        if (item->data(SavedViewRole).toString().compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (m_nav->currentItem() == item)
            onPageChanged(); // opened again: arranged as saved again
        else
            m_nav->setCurrentItem(item);
        return true;
    }
    return false;
}

bool MainWindow::renameSavedView(const QString &from, const QString &to, QString *error)
{
    const QString problem = m_workspace ? validateSavedViewName(to, from) : tr("There is no profile.");
    if (!problem.isEmpty() || !m_workspace->savedViews().rename(from, to.trimmed())) {
        if (error)
            *error = problem.isEmpty() ? tr("The saved view could not be renamed.") : problem;
        return false;
    }
    const bool wasCurrent = currentSavedView() == from;
    if (wasCurrent)
        m_nav->currentItem()->setData(SavedViewRole, to.trimmed());
    rebuildSavedViewNavigation();
    return true;
}

bool MainWindow::moveSavedView(const QString &name, int delta)
{
    if (!m_workspace || !m_workspace->savedViews().move(name, delta))
        return false;
    rebuildSavedViewNavigation();
    return true;
}

bool MainWindow::removeSavedView(const QString &name)
{
    if (!m_workspace)
        return false;
    const bool wasCurrent = currentSavedView().compare(name, Qt::CaseInsensitive) == 0;
    const std::optional<pmp::store::SavedView> saved = m_workspace->savedViews().find(name);
    if (!saved || !m_workspace->savedViews().remove(name))
        return false;
    rebuildSavedViewNavigation();
    if (wasCurrent)
        showPage(saved->viewId); // its list stays on screen, now as itself
    return true;
}

bool MainWindow::exportSavedView(const QString &name, const QString &fileName, QString *error) const
{
    const std::optional<pmp::store::SavedView> saved =
        m_workspace ? m_workspace->savedViews().find(name) : std::nullopt;
    if (!saved) {
        if (error)
            *error = tr("There is no saved view named “%1”.").arg(name);
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(saved->toJson()).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    return true;
}

QString MainWindow::importSavedView(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!m_workspace || !file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not read %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return {};
    }
    QString problem;
    // A saved view is a few kilobytes; anything much larger is not one.
    std::optional<pmp::store::SavedView> saved =
        pmp::store::SavedView::fromJsonBytes(file.read(1024 * 1024), pageViewIds(), &problem);
    if (!saved) {
        if (error)
            *error =
                tr("%1 is not a saved view PatchDeck can use: %2").arg(QDir::toNativeSeparators(fileName), problem);
        return {};
    }
    saved->name = pmp::store::SavedView::uniqueName(saved->name, m_workspace->savedViews().names());
    if (!m_workspace->savedViews().add(*saved)) {
        if (error)
            *error = tr("The saved view could not be stored.");
        return {};
    }
    rebuildSavedViewNavigation();
    return saved->name;
}

QString MainWindow::askSavedViewName(const QString &title, const QString &initial, const QString &current)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("savedViewNameDialog"));
    dialog.setWindowTitle(title);
    auto *edit = new QLineEdit(initial, &dialog);
    edit->setObjectName(QStringLiteral("savedViewName"));
    edit->selectAll();
    auto *problem = new QLabel(&dialog);
    problem->setObjectName(QStringLiteral("savedViewNameError"));
    problem->setWordWrap(true);
    problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), edit);
    form->addRow(QString(), problem);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const QString message = validateSavedViewName(edit->text(), current);
        if (message.isEmpty()) {
            dialog.accept();
            return;
        }
        problem->setText(message);
        problem->show();
        edit->setFocus();
    });
    connect(edit, &QLineEdit::textEdited, problem, &QLabel::hide);
    AccessibleNames::nameFromLabels(&dialog);
    return dialog.exec() == QDialog::Accepted ? edit->text().trimmed() : QString();
}

void MainWindow::saveViewInteractively()
{
    RecordListView *view = currentListView();
    if (!view || !m_workspace) {
        statusBar()->showMessage(tr("Only a list can be saved as a view."), 5000);
        return;
    }
    const QString name = askSavedViewName(tr("Save view"), currentSavedView(), {});
    if (name.isEmpty())
        return;
    QString error;
    if (!saveCurrentView(name, &error))
        QMessageBox::warning(this, tr("Save view"), error);
    else
        statusBar()->showMessage(tr("Saved as “%1” under Saved views.").arg(name), 5000);
}

void MainWindow::importSavedViewInteractively()
{
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Import saved view"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Saved views (*.json)"));
    if (fileName.isEmpty())
        return;
    QString error;
    const QString name = importSavedView(fileName, &error);
    if (name.isEmpty())
        QMessageBox::warning(this, tr("Import saved view"), error);
    else
        statusBar()->showMessage(tr("Imported as “%1” under Saved views.").arg(name), 5000);
}

void MainWindow::showNavigationMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_nav->itemAt(pos);
    if (!item || !item->data(SavedViewRole).isValid())
        return;
    const QString name = item->data(SavedViewRole).toString();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("savedViewMenu"));
    menu.addAction(tr("Open"), this, [this, name] { openSavedView(name); });
    menu.addAction(tr("Rename…"), this, [this, name] {
        const QString to = askSavedViewName(tr("Rename saved view"), name, name);
        QString error;
        if (!to.isEmpty() && !renameSavedView(name, to, &error))
            QMessageBox::warning(this, tr("Rename saved view"), error);
    });
    const QStringList names = m_workspace ? m_workspace->savedViews().names() : QStringList();
    menu.addAction(tr("Move up"), this, [this, name] { moveSavedView(name, -1); })->setEnabled(names.indexOf(name) > 0);
    menu.addAction(tr("Move down"), this, [this, name] { moveSavedView(name, 1); })
        ->setEnabled(names.indexOf(name) >= 0 && names.indexOf(name) < names.size() - 1);
    menu.addAction(tr("Export…"), this, [this, name] {
        const QString fileName =
            QFileDialog::getSaveFileName(this, tr("Export saved view"),
                                         QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                             QLatin1Char('/') + name + QStringLiteral(".json"),
                                         tr("Saved views (*.json)"));
        QString error;
        if (!fileName.isEmpty() && !exportSavedView(name, fileName, &error))
            QMessageBox::warning(this, tr("Export saved view"), error);
    });
    menu.addSeparator();
    menu.addAction(tr("Delete…"), this, [this, name] {
        if (QMessageBox::question(this, tr("Delete saved view"),
                                  tr("Delete the saved view “%1”? The list itself is not affected.").arg(name),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes)
            removeSavedView(name);
    });
    menu.exec(m_nav->viewport()->mapToGlobal(pos));
}

} // namespace pmp::ui
