#include "TenantOverviewModel.h"

#include "widgets/StatusColors.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace pmp::ui {

namespace {
QVariant count(const std::optional<qint64> &value)
{
    return value ? QVariant(QLocale().toString(*value)) : QVariant(QStringLiteral("—"));
}

QPixmap swatch(const QColor &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return pixmap;
}
} // namespace

TenantOverviewModel::TenantOverviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void TenantOverviewModel::setTenants(const QList<TenantSummaryRow> &tenants)
{
    beginResetModel();
    QList<TenantSummaryRow> rows;
    rows.reserve(tenants.size());
    for (const TenantSummaryRow &tenant : tenants) {
        const int existing = rowOf(tenant.profileId);
        if (existing < 0) {
            rows.append(tenant);
            continue;
        }
        TenantSummaryRow kept = m_rows.at(existing); // its numbers and state; the name may have changed
        kept.name = tenant.name;
        kept.server = tenant.server;
        kept.colour = tenant.colour;
        rows.append(kept);
    }
    m_rows = rows;
    endResetModel();
}

void TenantOverviewModel::update(const TenantSummaryRow &row)
{
    const int r = rowOf(row.profileId);
    if (r < 0)
        return;
    m_rows[r] = row;
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

void TenantOverviewModel::setState(const QString &profileId, TenantSummaryRow::State state, const QString &message)
{
    const int r = rowOf(profileId);
    if (r < 0)
        return;
    m_rows[r].state = state;
    m_rows[r].message = message;
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

int TenantOverviewModel::rowOf(const QString &profileId) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).profileId == profileId)
            return r;
    return -1;
}

int TenantOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TenantOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TenantOverviewModel::stateText(const TenantSummaryRow &row)
{
    switch (row.state) {
    case TenantSummaryRow::State::NotRefreshed:
        return row.refreshedAt.isValid() ? tr("From the last session") : tr("Not refreshed yet");
    case TenantSummaryRow::State::Waiting:
        return tr("Waiting");
    case TenantSummaryRow::State::Refreshing:
        return tr("Refreshing…");
    case TenantSummaryRow::State::Refreshed:
        return tr("Up to date");
    case TenantSummaryRow::State::Failed:
        return tr("Failed: %1").arg(row.message);
    case TenantSummaryRow::State::SignInNeeded:
        return tr("Sign in needed");
    }
    return {};
}

QVariant TenantOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TenantSummaryRow &row = m_rows.at(index.row());
    if (role == ProfileIdRole)
        return row.profileId;
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case TenantColumn:
            return row.name;
        case ServerColumn:
            return row.server;
        case MissingCriticalColumn:
            return count(row.missingCritical);
        case HighlyVulnerableColumn:
            return count(row.highlyVulnerable);
        case AgentsDownColumn:
            return count(row.agentsDown);
        case FailedDeploymentsColumn:
            return count(row.failedDeployments);
        case RefreshedColumn:
            return row.refreshedAt.isValid() ? QLocale().toString(row.refreshedAt.toLocalTime(), QLocale::ShortFormat)
                                             : tr("Never");
        case StatusColumn:
            return stateText(row);
        }
    }
    if (role == SortRole) {
        switch (column) {
        case MissingCriticalColumn:
            return row.missingCritical ? QVariant(*row.missingCritical) : QVariant(qint64(-1));
        case HighlyVulnerableColumn:
            return row.highlyVulnerable ? QVariant(*row.highlyVulnerable) : QVariant(qint64(-1));
        case AgentsDownColumn:
            return row.agentsDown ? QVariant(*row.agentsDown) : QVariant(qint64(-1));
        case FailedDeploymentsColumn:
            return row.failedDeployments ? QVariant(*row.failedDeployments) : QVariant(qint64(-1));
        case RefreshedColumn:
            return row.refreshedAt;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::DecorationRole && column == TenantColumn)
        return swatch(row.colour);
    if (role == Qt::TextAlignmentRole && column >= MissingCriticalColumn && column <= FailedDeploymentsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == StatusColumn &&
        (row.state == TenantSummaryRow::State::Failed || row.state == TenantSummaryRow::State::SignInNeeded))
        return QBrush(StatusColors::accent(StatusColors::Status::Error, QGuiApplication::palette()));
    if (role == Qt::ToolTipRole) {
        if (column == StatusColumn && !row.message.isEmpty())
            return row.message;
        if (column == TenantColumn)
            return tr("Double-click to open %1 in its window").arg(row.name);
    }
    return {};
}

QVariant TenantOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TenantColumn:
        return tr("Tenant");
    case ServerColumn:
        return tr("Server");
    case MissingCriticalColumn:
        return tr("Missing critical");
    case HighlyVulnerableColumn:
        return tr("Highly vulnerable");
    case AgentsDownColumn:
        return tr("Agents down");
    case FailedDeploymentsColumn:
        return tr("Failed deployments");
    case RefreshedColumn:
        return tr("Last refresh");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace pmp::ui
