#pragma once

#include "ColumnTable.h"
#include "ParallelWork.h"

#include <QCollatorSortKey>

#include <memory>
#include <vector>

namespace pmp::models {

// The order of a table's rows by one column, as a vector of row numbers: text by the user's
// collation (case-insensitive, numbers in names by value), codes by their meaning (severity order),
// numbers, times and sizes by value; empty cells last when ascending, first when descending; rows
// that compare equal keep their order. Dictionary columns are sorted by ranking their distinct values
// once and then counting rows per rank, so millions of rows cost two passes; times and sizes by a
// radix sort of their values.
class RowSort
{
public:
    using Order = std::vector<quint32>;

    // Collation keys of a text column's distinct values, kept from one sort to the next so only new
    // values need a key.
    struct CollationKeys
    {
        int column = -1;
        std::vector<QCollatorSortKey> keys;
    };

    // `keys`: in, the keys from an earlier sort of this column (may be null); out, the keys extended
    // to every value. Returns null when cancelled.
    static std::shared_ptr<const Order> run(const ColumnTable &table, int column, Qt::SortOrder order,
                                            std::shared_ptr<const CollationKeys> *keys, const CancelFlag &cancel);

    // The rank of each distinct value of a dictionary column (equal values equal ranks, empty last).
    static std::vector<quint32> ranks(const ColumnTable &table, int column, std::shared_ptr<const CollationKeys> *keys);
};

} // namespace pmp::models
