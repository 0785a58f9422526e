#pragma once

#include "ColumnStore.h"

#include "api/Record.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace pmp::models {

// The one table model of the console: rows from any list operation, shaped by a list of ColumnSpecs.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole + 1, // typed value: severities by severity, dates by time, sizes by bytes
        RawRole,                     // the value as served (code, epoch ms, raw string)
    };

    explicit RecordTableModel(QList<ColumnSpec> columns, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ColumnStore &store() const { return m_store; }
    const QList<ColumnSpec> &columns() const { return m_store.columns(); }
    int columnOf(const QString &key) const;
    // The displayed / raw value of `key` in `row` (empty if the view has no such column).
    QString displayValue(int row, const QString &key) const;
    QString rawValue(int row, const QString &key) const;

    // Rows arrive page by page; one insert notification per page keeps views fast.
    void appendRecords(const QList<pmp::api::Record> &records);
    void clear();

    // When this data was fetched ("as of"), shown by views; invalid while loading fresh.
    QDateTime asOf() const { return m_asOf; }
    void setAsOf(const QDateTime &time) { m_asOf = time; }

private:
    ColumnStore m_store;
    QDateTime m_asOf;
};

} // namespace pmp::models
