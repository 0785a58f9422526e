#pragma once

#include "ColumnTable.h"
#include "ParallelWork.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace pmp::models {

// The rows of a table that contain a piece of text in any of the searched columns, as one bit per
// row. Built the fast way round: each column's distinct values are tested once (thousands, not
// millions), then the rows are selected by their ids, in parallel. A state answers the next
// keystroke cheaply too: text that extends the needle only re-tests what matched, and rows appended
// later are tested on their own.
class RowSearch
{
public:
    struct State
    {
        QString needle; // folded (lower-cased)
        QList<int> columns;
        int rows = 0; // rows [0, rows) are covered by `bits`
        // Per searched column: one byte per dictionary id, 1 when that value contains the needle.
        std::vector<std::vector<quint8>> valueMatches;
        std::vector<quint64> bits;
        qint64 matchCount = 0;

        bool matches(int row) const { return (bits[size_t(row) >> 6] >> (row & 63)) & 1; }
    };

    static QString fold(const QString &text) { return text.trimmed().toLower(); }

    // Whether `base` can seed a search for `needle` over `columns`: same columns, and every value that
    // contains `needle` also contains base's needle.
    static bool canRefine(const State &base, const QString &needle, const QList<int> &columns);
    // Searches `table` for `needle` (folded, not empty) over the dictionary columns among `columns`.
    // `base`, when given, must pass canRefine(). Returns null when cancelled.
    static std::shared_ptr<const State> run(const ColumnTable &table, const QString &needle, const QList<int> &columns,
                                            const std::shared_ptr<const State> &base, const CancelFlag &cancel);
};

} // namespace pmp::models
