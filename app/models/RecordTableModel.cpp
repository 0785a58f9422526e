#include "RecordTableModel.h"
#include "ToolTipText.h"

#include <QCoreApplication>
#include <QLocale>

namespace pmp::models {

namespace {
// The pause between two inserts a view hears of: one frame for small tables; longer as the table
// grows, because each insert makes the view walk its header once.
int publishIntervalMs(int rows)
{
    return rows < 100000 ? 16 : rows < 1000000 ? 50 : 100;
}
} // namespace

RecordTableModel::RecordTableModel(QList<ColumnSpec> columns, QObject *parent)
    : QAbstractTableModel(parent), m_store(std::move(columns))
{
    m_publishTimer.setSingleShot(true);
    connect(&m_publishTimer, &QTimer::timeout, this, &RecordTableModel::publish);
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_published;
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store.columnCount();
}

ColumnTable RecordTableModel::snapshot() const
{
    ColumnTable table = m_store.snapshot();
    table.truncate(m_published);
    return table;
}

int RecordTableModel::columnOf(const QString &key) const
{
    for (int c = 0; c < m_store.columnCount(); ++c)
        if (m_store.columns().at(c).key == key)
            return c;
    return -1;
}

QString RecordTableModel::displayValue(int row, const QString &key) const
{
    const int col = columnOf(key);
    return col < 0 || row < 0 || row >= m_published ? QString() : m_store.display(row, col);
}

QString RecordTableModel::rawValue(int row, const QString &key) const
{
    const int col = columnOf(key);
    return col < 0 || row < 0 || row >= m_published ? QString() : m_store.raw(row, col);
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int col = index.column();
    const ColumnSpec &spec = m_store.columns().at(col);
    switch (role) {
    case Qt::DisplayRole:
        return m_store.display(row, col);
    case SortRole:
        return m_store.sortValue(row, col);
    case RawRole:
        return m_store.raw(row, col);
    case ChangeRole:
        if (!m_changes)
            return NoChange;
        switch (m_changes->row(row)) {
        case ListChanges::Row::Added:
            return AddedRow;
        case ListChanges::Row::Changed:
            return m_changes->cellChanged(row, col) ? ChangedCell : ChangedRow;
        default:
            return NoChange;
        }
    case Qt::ToolTipRole: {
        if (m_changes && m_changes->cellChanged(row, col)) {
            const QString before = m_changes->oldDisplay(row, col);
            const QString now = m_store.display(row, col);
            return toolTipText(tr("Changed since %1\nBefore: %2\nNow: %3")
                                   .arg(QLocale().toString(m_changes->since, QLocale::ShortFormat),
                                        before.isEmpty() ? tr("(empty)") : before,
                                        now.isEmpty() ? tr("(empty)") : now));
        }
        if (m_store.isNull(row, col))
            return {};
        if (spec.type == ColumnType::Code)
            return toolTipText(tr("%1 (code %2)").arg(m_store.display(row, col)).arg(m_store.number(row, col)));
        if (spec.type == ColumnType::Text) {
            const QString &raw = m_store.rawText(row, col);
            const QString &shown = m_store.text(row, col);
            return toolTipText(raw == shown ? shown : tr("%1\nServer value: %2").arg(shown, raw));
        }
        if (spec.type == ColumnType::DateTime)
            return QDateTime::fromMSecsSinceEpoch(m_store.number(row, col)).toLocalTime().toString(Qt::ISODate);
        if (spec.type == ColumnType::Size)
            return tr("%1 bytes").arg(QLocale().toString(m_store.number(row, col)));
        return {};
    }
    case Qt::TextAlignmentRole:
        if (spec.type == ColumnType::Integer || spec.type == ColumnType::Size)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_store.columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ColumnSpec &spec = m_store.columns().at(section);
    if (role == Qt::DisplayRole)
        return QCoreApplication::translate("pmp::models::Columns", spec.header.toUtf8().constData());
    if (role == Qt::ToolTipRole)
        return tr("Server field: %1").arg(spec.key);
    return {};
}

void RecordTableModel::appendBatch(const RowBatch &batch)
{
    if (batch.rows <= 0)
        return;
    m_store.append(batch);
    schedulePublish();
}

void RecordTableModel::appendRecords(const QList<pmp::api::Record> &records)
{
    if (records.isEmpty())
        return;
    m_store.appendRecords(records);
    publish();
}

void RecordTableModel::schedulePublish()
{
    if (!m_publishTimer.isActive())
        m_publishTimer.start(m_published == 0 ? 0 : publishIntervalMs(m_published));
}

void RecordTableModel::publish()
{
    m_publishTimer.stop();
    const int rows = m_store.rowCount();
    if (rows <= m_published)
        return;
    beginInsertRows({}, m_published, rows - 1);
    m_published = rows;
    endInsertRows();
}

void RecordTableModel::adopt(const ColumnTable &table)
{
    m_publishTimer.stop();
    beginResetModel();
    m_store.adopt(table);
    m_published = m_store.rowCount();
    m_changes.reset();
    endResetModel();
}

void RecordTableModel::clear()
{
    m_publishTimer.stop();
    beginResetModel();
    m_store.clear();
    m_published = 0;
    m_asOf = {};
    m_changes.reset();
    endResetModel();
}

void RecordTableModel::setChanges(std::shared_ptr<const ListChanges> changes)
{
    if (changes && changes->rows() != m_published)
        changes.reset(); // compared with other rows than these
    if (!changes && !m_changes)
        return;
    m_changes = std::move(changes);
    if (m_published > 0)
        emit dataChanged(index(0, 0), index(m_published - 1, columnCount() - 1), {ChangeRole, Qt::ToolTipRole});
}

} // namespace pmp::models
