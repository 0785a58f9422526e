#include "RecordTableModel.h"

#include <QCoreApplication>
#include <QLocale>

namespace pmp::models {

RecordTableModel::RecordTableModel(QList<ColumnSpec> columns, QObject *parent)
    : QAbstractTableModel(parent), m_store(std::move(columns))
{
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store.rowCount();
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store.columnCount();
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
    return col < 0 || row < 0 || row >= m_store.rowCount() ? QString() : m_store.display(row, col);
}

QString RecordTableModel::rawValue(int row, const QString &key) const
{
    const int col = columnOf(key);
    return col < 0 || row < 0 || row >= m_store.rowCount() ? QString() : m_store.raw(row, col);
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int col = index.column();
    const ColumnSpec &spec = m_store.columns().at(col);
    switch (role) {
    case Qt::DisplayRole: return m_store.display(row, col);
    case SortRole: return m_store.sortValue(row, col);
    case RawRole: return m_store.raw(row, col);
    case Qt::ToolTipRole: {
        if (m_store.isNull(row, col))
            return {};
        if (spec.type == ColumnType::Code)
            return tr("%1 (code %2)").arg(m_store.display(row, col)).arg(m_store.number(row, col));
        if (spec.type == ColumnType::Text) {
            const QString &raw = m_store.rawText(row, col);
            const QString &shown = m_store.text(row, col);
            return raw == shown ? shown : tr("%1\nServer value: %2").arg(shown, raw);
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
    default: return {};
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

void RecordTableModel::appendRecords(const QList<pmp::api::Record> &records)
{
    if (records.isEmpty())
        return;
    const int first = m_store.rowCount();
    beginInsertRows({}, first, first + int(records.size()) - 1);
    m_store.reserve(first + int(records.size()));
    for (const pmp::api::Record &r : records)
        m_store.append(r);
    endInsertRows();
}

void RecordTableModel::clear()
{
    beginResetModel();
    m_store.clear();
    m_asOf = {};
    endResetModel();
}

} // namespace pmp::models
