#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>
#include <QList>

#include <optional>

namespace pmp::ui {

// One profile's line in the tenants overview: the numbers an MSP scans first, when they were taken,
// and how the last refresh went.
struct TenantSummaryRow
{
    enum class State
    {
        NotRefreshed, // nothing fetched in this session yet (the numbers, if any, are from the history)
        Waiting,      // queued behind other tenants
        Refreshing,
        Refreshed,
        Failed,       // the server answered with an error or could not be reached
        SignInNeeded, // no usable tokens: the tenant's own window asks to sign in
    };

    QString profileId;
    QString name;
    QString server;
    QColor colour;
    std::optional<qint64> missingCritical;
    std::optional<qint64> highlyVulnerable;
    std::optional<qint64> agentsDown;
    std::optional<qint64> failedDeployments; // systems with a failed patch installation
    QDateTime refreshedAt;                   // when the numbers were taken (UTC); invalid: never
    State state = State::NotRefreshed;
    QString message; // why it failed
};

// The tenants overview's table: a row per profile, numbers right-aligned, sorted by their value
// (Qt::UserRole), the tenant's badge colour beside its name.
class TenantOverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TenantColumn,
        ServerColumn,
        MissingCriticalColumn,
        HighlyVulnerableColumn,
        AgentsDownColumn,
        FailedDeploymentsColumn,
        RefreshedColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int ProfileIdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole;

    explicit TenantOverviewModel(QObject *parent = nullptr);

    // The profiles to show, in order: a row kept for a profile still present keeps its numbers.
    void setTenants(const QList<TenantSummaryRow> &tenants);
    void update(const TenantSummaryRow &row); // the row with the same profileId
    void setState(const QString &profileId, TenantSummaryRow::State state, const QString &message = {});
    const QList<TenantSummaryRow> &rows() const { return m_rows; }
    int rowOf(const QString &profileId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString stateText(const TenantSummaryRow &row);

private:
    QList<TenantSummaryRow> m_rows;
};

} // namespace pmp::ui
