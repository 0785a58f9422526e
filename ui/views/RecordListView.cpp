#include "RecordListView.h"

#include "widgets/MessageBanner.h"

#include "models/ListLoader.h"
#include "models/RecordFilterProxy.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pmp::ui {

using namespace pmp::models;

RecordListView::RecordListView(ListLoader *loader, QWidget *parent)
    : QWidget(parent), m_loader(loader), m_proxy(new RecordFilterProxy(this)), m_banner(new MessageBanner(this)),
      m_search(new QLineEdit(this)), m_table(new QTableView(this)), m_count(new QLabel(this)),
      m_asOf(new QLabel(this)), m_searchDebounce(new QTimer(this))
{
    setObjectName(loader->view().id + QStringLiteral("View"));
    m_proxy->setSourceModel(loader->model());

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search %1… (Ctrl+F)").arg(tr(loader->view().title.toUtf8().constData()).toLower()));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(420);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_asOf->setObjectName(QStringLiteral("asOfLabel"));
    m_asOf->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_table->setObjectName(QStringLiteral("recordTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    applyDefaultColumns();

    auto *top = new QHBoxLayout;
    top->addWidget(m_search);
    top->addStretch(1);
    top->addWidget(m_asOf);
    top->addSpacing(12);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, [this] {
        QList<int> visible;
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            if (!m_table->isColumnHidden(c))
                visible << c;
        m_proxy->setSearchColumns(visible);
        m_proxy->setSearchText(m_search->text());
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RecordListView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordListView::updateCount);
    connect(loader, &ListLoader::started, this, [this] {
        m_banner->hide();
        m_asOf->setText(tr("Loading…"));
    });
    connect(loader, &ListLoader::finished, this, &RecordListView::onFinished);
    connect(m_banner, &MessageBanner::retryRequested, loader, &ListLoader::reload);
    updateCount();
}

void RecordListView::applyDefaultColumns()
{
    const auto &columns = m_loader->view().columns;
    for (int c = 0; c < columns.size(); ++c)
        m_table->setColumnHidden(c, columns.at(c).hiddenByDefault);
    const int charWidth = fontMetrics().averageCharWidth();
    for (int c = 0; c < columns.size(); ++c) {
        const auto &spec = columns.at(c);
        int chars = 16;
        switch (spec.type) {
        case ColumnType::DateTime: chars = 18; break;
        case ColumnType::Integer:
        case ColumnType::Size: chars = 11; break;
        case ColumnType::Code: chars = 14; break;
        case ColumnType::Boolean: chars = 8; break;
        case ColumnType::Text: chars = 20; break;
        }
        m_table->setColumnWidth(c, chars * charWidth + 16);
    }
}

QString RecordListView::countText() const
{
    return m_count->text();
}

void RecordListView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void RecordListView::updateCount()
{
    const qint64 shown = m_proxy->rowCount();
    const qint64 loaded = m_loader->model()->rowCount();
    const qint64 total = m_loader->isLoading() ? m_loader->lastOutcome().total : loaded;
    const auto &view = m_loader->view();
    const qint64 of = qMax(loaded, total);
    if (shown == of)
        m_count->setText(tr("%1 %2").arg(QLocale().toString(shown), shown == 1 ? view.itemNoun : view.itemNounPlural));
    else
        m_count->setText(tr("%1 of %2 %3").arg(QLocale().toString(shown), QLocale().toString(of), view.itemNounPlural));
}

void RecordListView::onFinished(const pmp::api::FetchOutcome &outcome)
{
    updateCount();
    if (outcome.complete) {
        m_asOf->setText(tr("as of %1").arg(QLocale().toString(m_loader->lastCompleted().time(), QLocale::ShortFormat)));
        if (outcome.totalChanged())
            m_banner->showMessage(MessageBanner::Level::Info,
                                  tr("The list changed on the server while loading (%1 → %2 items); what is shown is "
                                     "complete as of the end of the load.")
                                      .arg(outcome.firstTotal)
                                      .arg(outcome.total));
        return;
    }
    if (outcome.error.kind() == pmp::api::ApiError::Kind::Cancelled) {
        m_asOf->setText(tr("Loading cancelled: partial list"));
        return;
    }
    m_asOf->setText(tr("Partial list"));
    m_banner->showMessage(MessageBanner::Level::Error,
                          tr("Only %1 of %2 %3 could be loaded. %4")
                              .arg(outcome.received)
                              .arg(outcome.total < 0 ? QStringLiteral("?") : QString::number(outcome.total))
                              .arg(m_loader->view().itemNounPlural, outcome.error.message()),
                          outcome.error.oneLine(), true);
}

} // namespace pmp::ui
