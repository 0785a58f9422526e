#pragma once

#include "store/JournalEntry.h"

#include <QAbstractTableModel>

namespace pmp::ui {

// The action journal's entries as a table: when, outcome, action, what, targets, answer, profile,
// request id. Newest first, as the journal returns them.
class JournalTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Outcome,
        Action,
        Summary,
        Targets,
        Message,
        Profile,
        RequestId,
        ColumnCount
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        OutcomeKeyRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<pmp::store::JournalEntry> entries);
    const QList<pmp::store::JournalEntry> &entries() const { return m_entries; }
    const pmp::store::JournalEntry *entry(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Install patches" for "E02" (the guide's title when the code is unknown to ActionNames).
    static QString actionName(const pmp::store::JournalEntry &entry);

private:
    QList<pmp::store::JournalEntry> m_entries;
};

} // namespace pmp::ui
