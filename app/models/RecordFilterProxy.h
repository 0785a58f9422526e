#pragma once

#include <QSortFilterProxyModel>

namespace pmp::models {

class RecordTableModel;

// Instant client-side search across the visible columns plus typed sorting (SortRole), on top of
// RecordTableModel. The search runs on the column store, not through data(), to stay fast.
class RecordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setSearchText(const QString &text);
    QString searchText() const { return m_needle; }
    // Columns the search looks at (the visible ones); empty means all.
    void setSearchColumns(const QList<int> &columns);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    RecordTableModel *m_records = nullptr;
    QString m_needle;
    QList<int> m_columns;
};

} // namespace pmp::models
