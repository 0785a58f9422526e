#include "MainWindow.h"

#include "views/RecordListView.h"

#include "api/Client.h"
#include "models/ListLoader.h"
#include "models/ViewCatalogue.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolButton>

namespace pmp::ui {

using namespace pmp::models;

MainWindow::MainWindow(pmp::api::Client *client, const QString &connectionLabel, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_nav(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_statusText(new QLabel(this)), m_connection(new QLabel(connectionLabel, this)),
      m_progress(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PatchDeck"));
    resize(1280, 780);

    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setMaximumWidth(220);
    m_nav->setMinimumWidth(160);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(QStringLiteral("QListWidget { padding-top: 6px; } QListWidget::item { padding: 6px 10px; }"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading (Esc)"));
    m_cancel->hide();
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_connection);

    addListView(QStringLiteral("computers"));
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        RecordListView *view = currentListView();
        if (view && view->loader()->model()->rowCount() == 0 && !view->loader()->isLoading())
            view->loader()->reload();
    });
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (RecordListView *v = currentListView())
            v->loader()->cancel();
    });
    setupActions();
    m_nav->setCurrentRow(0);
}

void MainWindow::setupActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this,
                                       &MainWindow::refreshCurrent);
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *find = view->addAction(tr("&Find in list"), this, [this] {
        if (RecordListView *v = currentListView())
            v->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *stop = new QAction(tr("Stop loading"), this);
    stop->setShortcut(Qt::Key_Escape);
    connect(stop, &QAction::triggered, m_cancel, &QToolButton::click);
    addAction(stop);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PatchDeck"), this, [this] {
        QMessageBox::about(this, tr("About PatchDeck"),
                           tr("<h3>PatchDeck %1</h3><p>A native console for ManageEngine Patch Manager Plus Cloud.</p>"
                              "<p>Qt %2</p>")
                               .arg(QApplication::applicationVersion(), QLatin1String(qVersion())));
    });
}

void MainWindow::addListView(const QString &viewId)
{
    const ViewSpec *spec = ViewCatalogue::byId(viewId);
    Q_ASSERT(spec);
    auto *loader = new ListLoader(m_client, *spec, this);
    auto *view = new RecordListView(loader, this);
    m_views.append(view);
    m_stack->addWidget(view);
    auto *item = new QListWidgetItem(tr(spec->title.toUtf8().constData()), m_nav);
    item->setData(Qt::UserRole, viewId);
    watchLoader(loader);
}

void MainWindow::watchLoader(ListLoader *loader)
{
    connect(loader, &ListLoader::started, this, [this, loader] {
        m_progress->setRange(0, 0);
        m_progress->show();
        m_cancel->show();
        m_statusText->setText(tr("Loading %1…").arg(loader->view().itemNounPlural));
    });
    connect(loader, &ListLoader::progress, this, [this](qint64 received, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(received * 1000 / total));
            m_progress->setFormat(tr("%1 of %2").arg(QLocale().toString(received), QLocale().toString(total)));
        }
    });
    connect(loader, &ListLoader::finished, this, [this, loader](const pmp::api::FetchOutcome &outcome) {
        m_progress->hide();
        m_cancel->hide();
        if (outcome.complete)
            m_statusText->setText(tr("Loaded %1 %2 at %3")
                                      .arg(QLocale().toString(outcome.received), loader->view().itemNounPlural,
                                           QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        else
            m_statusText->setText(outcome.error.message());
    });
}

RecordListView *MainWindow::currentListView() const
{
    return qobject_cast<RecordListView *>(m_stack->currentWidget());
}

RecordListView *MainWindow::listView(const QString &viewId) const
{
    for (RecordListView *v : m_views)
        if (v->loader()->view().id == viewId)
            return v;
    return nullptr;
}

void MainWindow::showView(const QString &viewId)
{
    for (int i = 0; i < m_nav->count(); ++i)
        if (m_nav->item(i)->data(Qt::UserRole).toString() == viewId)
            m_nav->setCurrentRow(i);
}

void MainWindow::refreshCurrent()
{
    if (RecordListView *v = currentListView())
        v->loader()->reload();
}

} // namespace pmp::ui
