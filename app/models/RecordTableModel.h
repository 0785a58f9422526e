#pragma once

#include "ColumnStore.h"
#include "ListChanges.h"

#include "api/Record.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QTimer>

namespace pmp::models {

// The one table model of the console: rows from any list operation, shaped by a list of ColumnSpecs.
// Rows arrive in batches (decoded off the GUI thread) and are announced to views in coalesced steps,
// at most one insert per frame and fewer as the table grows: with millions of rows each insert costs
// the view a pass over its header.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        SortRole = Qt::UserRole + 1, // typed value: severities by severity, dates by time, sizes by bytes
        RawRole,                     // the value as served (code, epoch ms, raw string)
        ChangeRole,                  // a ChangeMark: how the cell differs from the previous fetch
    };
    enum ChangeMark
    {
        NoChange = 0,
        AddedRow,    // the row is new since the previous fetch
        ChangedRow,  // another cell of the row changed
        ChangedCell, // this cell changed (its tooltip says what it was)
    };

    explicit RecordTableModel(QList<ColumnSpec> columns, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The rows views have been told about. The store may already hold more (see publish()).
    const ColumnTable &store() const { return m_store; }
    // A copy of the announced rows that a worker thread may read while rows keep arriving.
    ColumnTable snapshot() const;
    const QList<ColumnSpec> &columns() const { return m_store.columns(); }
    int columnOf(const QString &key) const;
    // The displayed / raw value of `key` in `row` (empty if the view has no such column).
    QString displayValue(int row, const QString &key) const;
    QString rawValue(int row, const QString &key) const;

    // Adds decoded rows; views hear of them at the next publish (soon, coalesced).
    void appendBatch(const RowBatch &batch);
    // Decodes and announces at once: for small lists and tests.
    void appendRecords(const QList<pmp::api::Record> &records);
    // Announces every row added so far, now.
    void publish();
    // Replaces every row with `table` (rows read from the cache), as one reset.
    void adopt(const ColumnTable &table);
    void clear();

    // What changed since the previous fetch, for the rows shown now (dropped when the rows are replaced).
    void setChanges(std::shared_ptr<const ListChanges> changes);
    const std::shared_ptr<const ListChanges> &changes() const { return m_changes; }

    // When this data was fetched ("as of"), shown by views; invalid while loading fresh.
    QDateTime asOf() const { return m_asOf; }
    void setAsOf(const QDateTime &time) { m_asOf = time; }

private:
    void schedulePublish();

    ColumnStore m_store;
    int m_published = 0;
    QTimer m_publishTimer;
    QDateTime m_asOf;
    std::shared_ptr<const ListChanges> m_changes;
};

} // namespace pmp::models
