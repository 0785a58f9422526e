#include "RecordListView.h"

#include "ChangeHighlightDelegate.h"
#include "ChangesBar.h"
#include "FilterBar.h"
#include "widgets/ElidedLabel.h"
#include "widgets/LayoutMemory.h"
#include "widgets/MessageBanner.h"

#include "api/OperationCatalogue.h"
#include "api/WorkerPools.h"
#include "models/ListLoader.h"
#include "models/RecordFilterProxy.h"
#include "models/ServerChoices.h"
#include "models/StaleFilters.h"
#include "models/TableExporter.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pmp::ui {

using namespace pmp::models;

RecordListView::RecordListView(ListLoader *loader, ServerChoices *choices, QWidget *parent)
    : QWidget(parent), m_loader(loader), m_proxy(new RecordFilterProxy(this)), m_banner(new MessageBanner(this)),
      m_search(new QLineEdit(this)), m_table(new QTableView(this)), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_count(new ElidedLabel(this)), m_asOf(new QLabel(this)), m_export(new QToolButton(this)),
      m_saveView(new QToolButton(this)), m_changes(new ChangesBar(loader, m_proxy, this)), m_choices(choices)
{
    const ViewSpec &view = loader->view();
    setObjectName(view.id + QStringLiteral("View"));
    m_proxy->setSourceModel(loader->model());

    const auto &op = pmp::api::OperationCatalogue::get(view.operation);
    m_filters = new FilterBar(op, view.fixedQuery, choices, this);
    m_filters->setVisible(!m_filters->isEmpty());
    connect(m_filters, &FilterBar::changed, this, [this] {
        m_appliedSaved.reset(); // the admin changed the filters: the notice no longer applies
        m_loader->setQuery(m_filters->query());
        m_loader->reload();
    });

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search the loaded rows… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search %1").arg(view.itemNounPlural));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_search->setMaximumWidth(420);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_asOf->setObjectName(QStringLiteral("asOfLabel"));
    m_asOf->setEnabled(false); // greyed: secondary information
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save the rows and columns shown, as CSV"));
    m_export->setAutoRaise(true);
    connect(m_export, &QToolButton::clicked, this, [this] { exportInteractively(); });
    m_saveView->setObjectName(QStringLiteral("saveViewButton"));
    m_saveView->setText(tr("Save view…"));
    m_saveView->setToolTip(tr("Keep these filters, search, sort and columns under a name (Ctrl+Shift+S)"));
    m_saveView->setAutoRaise(true);
    connect(m_saveView, &QToolButton::clicked, this, &RecordListView::saveViewRequested);

    m_table->setObjectName(QStringLiteral("recordTable"));
    m_table->setAccessibleName(QCoreApplication::translate("pmp::models::Views", view.title.toUtf8().constData()));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new ChangeHighlightDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &RecordListView::showColumnMenu);
    applyDefaultColumns();
    restoreHeaderState();
    connect(header, &QHeaderView::sectionMoved, this, &RecordListView::saveHeaderState);
    connect(header, &QHeaderView::sectionResized, this, &RecordListView::saveHeaderState);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &RecordListView::saveHeaderState);

    auto *copy = new QAction(tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &RecordListView::copySelection);
    m_table->addAction(copy);

    m_splitter->addWidget(m_table);
    m_splitter->setChildrenCollapsible(false);
    LayoutMemory::saveSplitterWhenMoved(m_splitter, splitterKey());

    auto *top = new QHBoxLayout;
    top->addWidget(m_search);
    top->addSpacing(8);
    // The count takes the free space and gives it up when the window narrows (while a long list loads
    // it reads "1,200 of 6,700,000 patch statuses loaded…", which must not set the window's width).
    top->addWidget(m_count, 1);
    top->addWidget(m_asOf);
    top->addWidget(m_saveView);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 4);
    layout->setSpacing(6);
    layout->addWidget(m_banner);
    layout->addWidget(m_filters);
    layout->addLayout(top);
    layout->addWidget(m_changes);
    layout->addWidget(m_splitter, 1);

    // No debounce: every keystroke searches at once. Large tables search on worker threads, and a
    // keystroke cancels the search it makes obsolete, so typing never waits.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_selectionKept)
            rememberSelection(); // brought back when the search's rows are shown
        m_proxy->setSearchColumns(visibleColumnsInOrder());
        m_proxy->setSearchText(text);
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RecordListView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordListView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RecordListView::updateCount);
    connect(m_proxy, &RecordFilterProxy::settled, this, &RecordListView::updateCount);
    // A new search resets the rows shown: the current row and a modest selection come back if shown.
    // New rows (a refresh) make the remembered rows meaningless: they are forgotten.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordListView::restoreSelection);
    connect(loader->model(), &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptSelection.clear();
        m_keptCurrent = -1;
        m_selectionKept = false;
    });
    // Qt remaps a selection row by row when rows are reordered: a huge one would freeze the window.
    connect(m_proxy, &RecordFilterProxy::aboutToReorder, this, [this] {
        if (selectedRowCount() > LargeSelection)
            m_table->selectionModel()->clearSelection();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const int row = currentSourceRow();
        if (m_detail && row >= 0 && m_detail->isHidden()) {
            m_detail->show();
            if (!LayoutMemory::restoreSplitter(m_splitter, splitterKey())) {
                const int height = m_splitter->height();
                m_splitter->setSizes({height * 3 / 5, height - height * 3 / 5});
            }
        }
        emit currentRowChanged(row);
    });
    connect(loader, &ListLoader::started, this, [this] {
        m_banner->hide();
        showStaleNotice();
        m_asOf->setText(m_loader->showsCachedData()
                            ? tr("Showing data from %1 — refreshing…")
                                  .arg(QLocale().toString(m_loader->cachedAt(), QLocale::ShortFormat))
                            : tr("Loading…"));
    });
    connect(loader, &ListLoader::progress, this, &RecordListView::updateCount);
    connect(loader, &ListLoader::finished, this, &RecordListView::onFinished);
    connect(m_banner, &MessageBanner::retryRequested, loader, &ListLoader::reload);
    if (m_choices)
        connect(m_choices, &ServerChoices::loaded, this, &RecordListView::showStaleNotice);
    updateCount();
}

RecordListView::~RecordListView() = default;

void RecordListView::setEmbedded()
{
    m_saveView->hide();
    // One computer's patches or one patch's computers are few enough for the search field; the
    // server filters would take half of a small pane (and were crushed in it).
    m_filters->hide();
    m_search->setMinimumWidth(150);
}

QString RecordListView::settingsKey() const
{
    return QStringLiteral("views/%1/header").arg(m_loader->view().id);
}

QString RecordListView::splitterKey() const
{
    return QStringLiteral("views/%1/detail").arg(m_loader->view().id);
}

void RecordListView::applyDefaultColumns()
{
    const auto &columns = m_loader->view().columns;
    const int charWidth = fontMetrics().averageCharWidth();
    for (int c = 0; c < columns.size(); ++c) {
        const auto &spec = columns.at(c);
        m_table->setColumnHidden(c, spec.hiddenByDefault);
        int chars = 16;
        switch (spec.type) {
        case ColumnType::DateTime:
            chars = 17;
            break;
        case ColumnType::Integer:
        case ColumnType::Size:
            chars = 10;
            break;
        case ColumnType::Code:
            chars = 13;
            break;
        case ColumnType::Boolean:
            chars = 7;
            break;
        case ColumnType::Text:
            chars = c == 0 ? 30 : 18;
            break;
        }
        const int headerChars = int(spec.header.size()) + 3;
        m_table->setColumnWidth(c, qMax(chars, headerChars) * charWidth + 18);
    }
}

void RecordListView::saveHeaderState() const
{
    QSettings().setValue(settingsKey(), m_table->horizontalHeader()->saveState());
}

void RecordListView::restoreHeaderState()
{
    const QByteArray state = QSettings().value(settingsKey()).toByteArray();
    if (!state.isEmpty() && m_table->horizontalHeader()->restoreState(state))
        return;
    applyDefaultColumns();
}

void RecordListView::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    const auto &columns = m_loader->view().columns;
    for (int c = 0; c < columns.size(); ++c) {
        QAction *a = menu.addAction(m_proxy->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_table->isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            m_table->setColumnHidden(c, !on);
            saveHeaderState();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset columns"), this, [this] {
        QSettings().remove(settingsKey());
        m_table->horizontalHeader()->reset();
        for (int v = 0; v < m_table->horizontalHeader()->count(); ++v)
            m_table->horizontalHeader()->moveSection(m_table->horizontalHeader()->visualIndex(v), v);
        applyDefaultColumns();
    });
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

QList<int> RecordListView::visibleColumnsInOrder() const
{
    QList<int> cols;
    const QHeaderView *h = m_table->horizontalHeader();
    for (int visual = 0; visual < h->count(); ++visual) {
        const int logical = h->logicalIndex(visual);
        if (!h->isSectionHidden(logical))
            cols << logical;
    }
    return cols;
}

int RecordListView::currentSourceRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

QList<int> RecordListView::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows << m_proxy->mapToSource(i).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void RecordListView::copySelection() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows << i.row();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end()); // in the order shown
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TableExporter::write(*m_proxy, visibleColumnsInOrder(), {}, TableExporter::Format::Tsv, buffer, rows);
    QApplication::clipboard()->setText(QString::fromUtf8(buffer.data()));
}

bool RecordListView::exportTo(const QString &fileName, QString *error) const
{
    const QString problem =
        TableExporter::writeFile(m_loader->model()->snapshot(), m_proxy->rowsShownOrAll(), visibleColumnsInOrder(),
                                 exportKeys(), formatFor(fileName), fileName);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

QStringList RecordListView::exportKeys() const
{
    return m_loader->view().keysOf(visibleColumnsInOrder());
}

TableExporter::Format RecordListView::formatFor(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? TableExporter::Format::Json
                                                                          : TableExporter::Format::Csv;
}

void RecordListView::reload()
{
    m_loader->reload();
}

void RecordListView::showing()
{
    // The first time on screen: the rows of the last session at once, then fresh ones.
    if (!m_loader->isLoading() && m_loader->model()->rowCount() == 0 && !m_loader->lastCompleted().isValid())
        m_loader->loadCachedThenReload();
}

bool RecordListView::isLoading() const
{
    return m_loader->isLoading();
}

bool RecordListView::exportInteractively()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
                              m_loader->view().id + QLatin1Char('-') +
                              QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")) +
                              QStringLiteral(".csv");
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export %1").arg(m_loader->view().pluralNoun()),
                                                          suggested, tr("CSV files (*.csv);;JSON files (*.json)"));
    if (fileName.isEmpty())
        return true;
    // Written from a snapshot of the rows shown, on a worker thread: millions of rows take seconds,
    // and the window stays usable meanwhile.
    const int rows = m_proxy->rowCount();
    m_export->setEnabled(false);
    m_banner->showMessage(MessageBanner::Level::Info, tr("Exporting %Ln row(s) to %1…", nullptr, rows).arg(fileName));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, fileName, rows] {
        watcher->deleteLater();
        m_export->setEnabled(true);
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            m_banner->hide();
            emit exportFinished(tr("Could not write %1: %2").arg(fileName, error), false);
            QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(fileName, error));
            return;
        }
        const QString done = tr("Exported %Ln row(s) to %1", nullptr, rows).arg(fileName);
        m_banner->showMessage(MessageBanner::Level::Info, done);
        emit exportFinished(done, true);
    });
    watcher->setFuture(QtConcurrent::run(
        pmp::api::WorkerPools::interactive(),
        [table = m_loader->model()->snapshot(), shown = m_proxy->rowsShownOrAll(), columns = visibleColumnsInOrder(),
         keys = exportKeys(), format = formatFor(fileName),
         fileName] { return TableExporter::writeFile(table, shown, columns, keys, format, fileName); }));
    return true;
}

int RecordListView::selectedRowCount() const
{
    int rows = 0;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        rows += range.height();
    return rows;
}

void RecordListView::rememberSelection()
{
    m_selectionKept = true;
    m_keptCurrent = currentSourceRow();
    m_keptSelection.clear();
    if (selectedRowCount() <= LargeSelection)
        for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
            m_keptSelection << m_proxy->sourceRow(i.row());
}

void RecordListView::restoreSelection()
{
    if (!m_selectionKept || !m_proxy->isSettled())
        return;
    m_selectionKept = false;
    const QList<int> selected = m_proxy->rowsOf(m_keptSelection);
    const int current = m_keptCurrent < 0 ? -1 : m_proxy->rowsOf({m_keptCurrent}).first();
    QItemSelection selection;
    for (const int row : selected)
        if (row >= 0)
            selection.select(m_proxy->index(row, 0), m_proxy->index(row, m_proxy->columnCount() - 1));
    if (!selection.isEmpty())
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (current >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(current, 0), QItemSelectionModel::NoUpdate);
        m_table->scrollTo(m_proxy->index(current, 0));
    }
    m_keptSelection.clear();
    m_keptCurrent = -1;
}

void RecordListView::applyFilters(const pmp::api::ListQuery &query)
{
    m_filters->setQuery(query);
    m_loader->setQuery(m_filters->query());
    m_loader->reload();
}

pmp::store::SavedView RecordListView::savedState() const
{
    pmp::store::SavedView saved;
    saved.viewId = m_loader->view().id;
    const auto filters = m_filters->query().filters();
    for (auto it = filters.constBegin(); it != filters.constEnd(); ++it)
        if (!it.value().isEmpty())
            saved.filters.insert(it.key(), it.value());
    saved.search = m_search->text();
    const QHeaderView *header = m_table->horizontalHeader();
    saved.sortColumn = header->sortIndicatorSection() < header->count() ? header->sortIndicatorSection() : -1;
    saved.sortOrder = header->sortIndicatorOrder();
    saved.headerState = header->saveState();
    saved.created = QDateTime::currentDateTimeUtc();
    return saved;
}

void RecordListView::applySavedView(const pmp::store::SavedView &saved)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (saved.headerState.isEmpty() || !header->restoreState(saved.headerState))
        applyDefaultColumns();
    if (saved.sortColumn >= 0 && saved.sortColumn < header->count())
        m_table->sortByColumn(saved.sortColumn, saved.sortOrder);
    else
        header->setSortIndicator(-1, Qt::AscendingOrder);
    m_search->setText(saved.search);
    pmp::api::ListQuery query;
    for (auto it = saved.filters.constBegin(); it != saved.filters.constEnd(); ++it)
        query.set(it.key(), it.value());
    m_appliedSaved = saved;
    applyFilters(query);
    showStaleNotice();
}

QStringList RecordListView::staleFilters(const pmp::store::SavedView &saved) const
{
    QStringList sentences;
    const auto &op = pmp::api::OperationCatalogue::get(m_loader->view().operation);
    const QString name = QStringLiteral("“%1”").arg(saved.name);
    for (const StaleFilter &f : pmp::models::staleFilters(saved.filters, op, m_choices)) {
        if (f.label.isEmpty()) {
            sentences << tr("Saved view %1 filters on “%2”, which this list does not offer; the filter was kept, so "
                            "the list may be empty or fail to load.")
                             .arg(name, f.param);
            continue;
        }
        const QString label = QCoreApplication::translate("pmp::api::Filters", f.label.toUtf8().constData());
        sentences << tr("Saved view %1 filters on %2 “%3”, which the server no longer has; the filter was kept, so "
                        "the list may be empty.")
                         .arg(name, label, f.value);
    }
    return sentences;
}

void RecordListView::showStaleNotice()
{
    if (!m_appliedSaved)
        return;
    const QStringList stale = staleFilters(*m_appliedSaved);
    if (!stale.isEmpty())
        m_banner->showMessage(MessageBanner::Level::Warning, stale.join(QLatin1Char(' ')));
}

void RecordListView::setDetailPane(QWidget *pane)
{
    delete m_detail;
    m_detail = pane;
    if (pane) {
        m_splitter->addWidget(pane);
        m_splitter->setStretchFactor(0, 3);
        m_splitter->setStretchFactor(1, 2);
        // An empty pane would take half the window for nothing: it appears with the first current row.
        pane->setVisible(currentSourceRow() >= 0);
    }
}

QString RecordListView::countText() const
{
    return m_count->fullText();
}

void RecordListView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void RecordListView::updateCount()
{
    const qint64 shown = m_proxy->rowCount();
    const qint64 rows = m_loader->model()->rowCount();
    const auto &view = m_loader->view();
    QString text = shown == rows
                       ? view.countOf(shown)
                       : tr("%1 of %2", "5 of <250 computers>").arg(QLocale().toString(shown), view.countOf(rows));
    if (m_loader->isLoading()) {
        const qint64 received = m_loader->received();
        const qint64 total = m_loader->expectedTotal();
        const QString progress = total > 0 ? tr("%1 of %2 loaded…", "5 of <250 computers> loaded")
                                                 .arg(QLocale().toString(received), view.countOf(total))
                                           : tr("%1 loaded…", "<250 computers> loaded").arg(view.countOf(received));
        if (m_loader->showsCachedData())
            // The cached rows stay until the fresh list is complete.
            text = tr("%1 · refreshing: %2").arg(text, progress);
        else if (!m_proxy->searchText().isEmpty())
            text = tr("%1 matching · %2").arg(QLocale().toString(shown), progress);
        else
            text = progress;
    }
    m_count->setFullText(text);
}

void RecordListView::onFinished(const pmp::api::FetchOutcome &outcome)
{
    updateCount();
    if (outcome.complete) {
        m_asOf->setText(tr("as of %1").arg(QLocale().toString(m_loader->lastCompleted().time(), QLocale::ShortFormat)));
        if (outcome.totalChanged())
            m_banner->showMessage(MessageBanner::Level::Info,
                                  tr("The list changed on the server while loading (%1 → %2 %3); refresh for an "
                                     "exact snapshot.")
                                      .arg(outcome.firstTotal)
                                      .arg(outcome.total)
                                      .arg(m_loader->view().pluralNoun()));
        return;
    }
    if (outcome.error.kind() == pmp::api::ApiError::Kind::Cancelled) {
        m_asOf->setText(tr("Loading cancelled: partial list"));
        return;
    }
    m_asOf->setText(m_loader->showsCachedData()
                        ? tr("Refresh failed — showing data from %1")
                              .arg(QLocale().toString(m_loader->cachedAt(), QLocale::ShortFormat))
                        : tr("Partial list"));
    m_banner->showMessage(MessageBanner::Level::Error,
                          tr("Only %1 of %2 %3 could be loaded. %4")
                              .arg(outcome.received)
                              .arg(outcome.total < 0 ? QStringLiteral("?") : QString::number(outcome.total))
                              .arg(m_loader->view().pluralNoun(), outcome.error.message()),
                          outcome.error.oneLine(), true);
}

} // namespace pmp::ui
