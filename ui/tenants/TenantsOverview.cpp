#include "TenantsOverview.h"

#include "TenantOverviewModel.h"
#include "TenantSummaryRefresher.h"
#include "TenantWindows.h"

#include "widgets/LayoutMemory.h"

#include "auth/ProfileStore.h"
#include "auth/TokenStore.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pmp::ui {

TenantsOverview::TenantsOverview(TenantWindows *tenants, QWidget *parent)
    : QWidget(parent, Qt::Window), m_tenants(tenants), m_model(new TenantOverviewModel(this)),
      m_refresher(new TenantSummaryRefresher(
          tenants->profiles(), tenants->tokens(),
          [tenants = QPointer<TenantWindows>(tenants)](const QString &profileId) {
              return tenants ? tenants->clientFor(profileId) : nullptr;
          },
          this)),
      m_sorted(new QSortFilterProxyModel(this)), m_table(new QTableView(this)), m_progress(new QLabel(this)),
      m_refreshButton(new QPushButton(tr("&Refresh all"), this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("tenantsOverview"));
    setWindowTitle(tr("Tenants — PatchDeck"));

    auto *intro = new QLabel(tr("Every tenant PatchDeck has a profile for. The numbers are refreshed one tenant at a "
                                "time every %n minutes while this window is open; double-click a tenant to open "
                                "its window.",
                                nullptr, RefreshMinutes),
                             this);
    intro->setWordWrap(true);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(TenantOverviewModel::SortRole);
    m_table->setObjectName(QStringLiteral("tenantsTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TenantOverviewModel::TenantColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Tenants"));
    connect(m_table, &QTableView::activated, this, &TenantsOverview::openTenant);

    m_refreshButton->setObjectName(QStringLiteral("refreshAllTenants"));
    m_refreshButton->setToolTip(tr("Fetch every tenant's summary now"));
    connect(m_refreshButton, &QPushButton::clicked, this, &TenantsOverview::refreshAll);
    auto *open = new QPushButton(tr("&Open window"), this);
    open->setToolTip(tr("Opens the selected tenant in its window, or brings that window forward"));
    connect(open, &QPushButton::clicked, this, [this] { openTenant(m_table->currentIndex()); });
    m_progress->setObjectName(QStringLiteral("tenantsProgress"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(open);
    buttons->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_refresher, &TenantSummaryRefresher::stateChanged, this,
            [this](const QString &id, TenantSummaryRow::State state, const QString &message) {
                // Refreshed rows arrive whole (refreshed()); the state is only news for the others.
                if (state != TenantSummaryRow::State::Refreshed)
                    m_model->setState(id, state, message);
                updateProgress();
            });
    connect(m_refresher, &TenantSummaryRefresher::refreshed, m_model, &TenantOverviewModel::update);
    connect(m_refresher, &TenantSummaryRefresher::finished, this, &TenantsOverview::updateProgress);
    if (auth::ProfileStore *profiles = tenants->profiles())
        connect(profiles, &auth::ProfileStore::changed, this, &TenantsOverview::reloadProfiles);

    m_timer->setInterval(RefreshMinutes * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &TenantsOverview::refreshAll);

    reloadProfiles();
    for (int c = 0; c < TenantOverviewModel::StatusColumn; ++c)
        m_table->resizeColumnToContents(c);
    LayoutMemory::restoreWindow(this, QStringLiteral("tenants-overview"), QSize(900, 420));
}

TenantsOverview::~TenantsOverview() = default;

void TenantsOverview::showAndRefresh()
{
    show();
    raise();
    activateWindow();
    m_timer->start();
    if (QDateTime::currentMSecsSinceEpoch() - m_lastRefreshMs > 60 * 1000)
        refreshAll();
}

void TenantsOverview::refreshAll()
{
    m_lastRefreshMs = QDateTime::currentMSecsSinceEpoch();
    m_refresher->refreshAll();
    updateProgress();
}

void TenantsOverview::closeEvent(QCloseEvent *event)
{
    m_timer->stop(); // no background refreshes for a window nobody sees
    LayoutMemory::saveWindow(this, QStringLiteral("tenants-overview"));
    QWidget::closeEvent(event);
}

void TenantsOverview::reloadProfiles()
{
    // Called on every change of the profiles (a window opening changes the current one): only a new
    // profile's history is read.
    QStringList known;
    for (const TenantSummaryRow &row : m_model->rows())
        known << row.profileId;
    // The model is reset: the rows the admin had selected are selected again, by profile.
    QStringList selected;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        selected << index.data(TenantOverviewModel::ProfileIdRole).toString();
    const QString current = m_table->currentIndex().data(TenantOverviewModel::ProfileIdRole).toString();
    m_model->setTenants(m_refresher->storedRows(known));
    setWindowTitle(tr("Tenants (%1) — PatchDeck").arg(m_model->rowCount()));
    for (const QString &id : std::as_const(selected))
        if (const int row = m_model->rowOf(id); row >= 0)
            m_table->selectionModel()->select(m_sorted->mapFromSource(m_model->index(row, 0)),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (const int row = m_model->rowOf(current); row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_sorted->mapFromSource(m_model->index(row, 0)),
                                                   QItemSelectionModel::NoUpdate);
}

void TenantsOverview::openTenant(const QModelIndex &index)
{
    if (!index.isValid() || !m_tenants)
        return;
    m_tenants->open(index.data(TenantOverviewModel::ProfileIdRole).toString());
}

void TenantsOverview::updateProgress()
{
    const int left = m_refresher->queued() + (m_refresher->isBusy() ? 1 : 0);
    m_refreshButton->setEnabled(left == 0);
    m_progress->setText(left > 0 ? tr("Refreshing: %n tenant(s) to go…", nullptr, left) : QString());
}

} // namespace pmp::ui
