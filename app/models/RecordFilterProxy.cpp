#include "RecordFilterProxy.h"

#include "RecordTableModel.h"

namespace pmp::models {

RecordFilterProxy::RecordFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void RecordFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_records = qobject_cast<RecordTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void RecordFilterProxy::setSearchText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateFilter();
}

void RecordFilterProxy::setSearchColumns(const QList<int> &columns)
{
    m_columns = columns;
    if (!m_needle.isEmpty())
        invalidateFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty() || !m_records || sourceParent.isValid())
        return true;
    if (m_columns.isEmpty()) {
        QList<int> all;
        for (int c = 0; c < m_records->columnCount(); ++c)
            all << c;
        return m_records->store().matches(sourceRow, m_needle, all);
    }
    return m_records->store().matches(sourceRow, m_needle, m_columns);
}

bool RecordFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_records)
        return QSortFilterProxyModel::lessThan(left, right);
    const ColumnStore &store = m_records->store();
    const int col = left.column();
    // Empty cells sort last in ascending order, whatever the type.
    const bool ln = store.isNull(left.row(), col);
    const bool rn = store.isNull(right.row(), col);
    if (ln != rn)
        return rn;
    if (store.columns().at(col).type == ColumnType::Text)
        return QString::localeAwareCompare(store.text(left.row(), col), store.text(right.row(), col)) < 0;
    return store.sortValue(left.row(), col).toLongLong() < store.sortValue(right.row(), col).toLongLong();
}

} // namespace pmp::models
