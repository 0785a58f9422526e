#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace pmp::ui {

class TenantOverviewModel;
class TenantSummaryRefresher;
class TenantWindows;

// File › Tenants overview: every profile's missing critical patches, highly vulnerable computers and
// agents down in one table, for the admin who looks after many tenants. The numbers come from each
// profile's history at once and are refreshed in the background, one tenant at a time, every
// RefreshMinutes while the window is open. Double-click a tenant to open (or bring forward) its window.
class TenantsOverview : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RefreshMinutes = 15;

    explicit TenantsOverview(TenantWindows *tenants, QWidget *parent = nullptr);
    ~TenantsOverview() override;

    // Shows the window (raised) and refreshes every tenant unless a refresh ran in the last minute.
    void showAndRefresh();
    void refreshAll();

    TenantOverviewModel *model() const { return m_model; }
    TenantSummaryRefresher *refresher() const { return m_refresher; }
    QTableView *table() const { return m_table; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void reloadProfiles();
    void openTenant(const QModelIndex &index);
    void updateProgress();

    QPointer<TenantWindows> m_tenants;
    TenantOverviewModel *m_model;
    TenantSummaryRefresher *m_refresher;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QLabel *m_progress;
    QPushButton *m_refreshButton;
    QTimer *m_timer;
    qint64 m_lastRefreshMs = 0; // QDateTime ms of the last "refresh all"
};

} // namespace pmp::ui
