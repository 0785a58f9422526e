#pragma once

#include "ColumnTable.h"
#include "ParallelWork.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include <memory>
#include <vector>

namespace pmp::models {

// What changed in a list between two complete fetches of it: rows added, rows removed, and rows whose
// cells changed (which cells, and what they held before). Rows are matched by the view's identity
// columns (ViewSpec::identityColumns: a computer's resource id, a patch status's computer and patch),
// never by position, so a server that returns rows in another order shows no change.
//
// Built for the largest lists: 6.7 million patch statuses are compared by dictionary ids (each
// column's distinct values are matched once, then cells are compared as small integers), rows are
// paired by a stable radix sort of their identity ids, and what is kept afterwards is one byte per row
// plus the changed cells and the removed rows themselves. The earlier fetch is let go once compared.
class ListChanges
{
public:
    enum class Row : quint8
    {
        Unchanged = 0,
        Added = 1,
        Changed = 2,
    };

    // Old values are kept for at most this many changed rows (a refresh where every row changed, say
    // a time column, still marks every row; the first rows keep their old values for the tooltip).
    static constexpr qint64 KeptChangedRows = 1000000;
    // Removed rows are kept for showing up to this many.
    static constexpr qint64 KeptRemovedRows = 1000000;

    // Compares `before` with `after` (same columns). Returns null when cancelled, or when the
    // identity columns are missing or not dictionary columns (nothing to match rows by).
    static std::shared_ptr<ListChanges> compare(const ColumnTable &before, const ColumnTable &after,
                                                const QList<int> &identity, const CancelFlag &cancel = {},
                                                const QLocale &locale = QLocale());

    // When the earlier fetch was taken.
    QDateTime since;

    int rows() const { return int(m_rowState.size()); }
    qint64 addedCount() const { return m_added; }
    qint64 changedCount() const { return m_changed; }
    qint64 removedCount() const { return m_removed; }
    bool isEmpty() const { return m_added == 0 && m_changed == 0 && m_removed == 0; }

    Row row(int row) const
    {
        return row >= 0 && size_t(row) < m_rowState.size() ? Row(m_rowState[size_t(row)]) : Row::Unchanged;
    }
    // Whether `col` of a changed row holds another value than before.
    bool cellChanged(int row, int col) const;
    // What a changed cell showed before, as it was displayed; empty when not changed or not kept.
    QString oldDisplay(int row, int col) const;
    // Rows added or changed, one bit per row of `after`: what "only changes" shows.
    const std::shared_ptr<const std::vector<quint64>> &changedRows() const { return m_changedBits; }
    // The rows of `before` that are gone (at most KeptRemovedRows of them), with before's columns.
    const ColumnTable &removedRows() const { return m_removedRows; }
    // Whether some changed rows or removed rows were counted but not kept.
    bool detailsTruncated() const { return m_truncated; }

    // Memory held, for the benchmark.
    qsizetype bytesUsed() const;

private:
    struct ChangedRow
    {
        quint32 row;
        quint32 firstOld; // index of the first changed column's old value in m_oldValues
        quint64 columns;  // bit per column (a change beyond the 64th column marks the row only)
    };
    const ChangedRow *findChanged(int row) const;

    friend class ListComparison;
    std::vector<quint8> m_rowState;
    std::shared_ptr<const std::vector<quint64>> m_changedBits;
    std::vector<ChangedRow> m_changedRows; // sorted by row
    std::vector<quint32> m_oldValues;      // indexes into m_oldTexts, one per changed column
    QList<QString> m_oldTexts;             // distinct old display texts
    ColumnTable m_removedRows;
    qint64 m_added = 0;
    qint64 m_changed = 0;
    qint64 m_removed = 0;
    bool m_truncated = false;
};

} // namespace pmp::models
