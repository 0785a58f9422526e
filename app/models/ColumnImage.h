#pragma once

#include "ColumnTable.h"
#include "ParallelWork.h"

#include <QString>

#include <optional>

class QIODevice;

namespace pmp::models {

// A ColumnTable as bytes, so the cache keeps a list in the form the console holds it: each column's
// distinct values once, then its cells block by block, every block compressed on its own (in
// parallel, and read back straight into the table's blocks). No records, no JSON: writing and
// reading 6.7 million rows is a matter of seconds, and the file is a few bytes per row.
class ColumnImage
{
public:
    static constexpr quint32 Magic = 0x50444349; // "PDCI"
    static constexpr quint32 Version = 1;

    // Writes `table` to `out`. False when writing failed or `cancel` was raised.
    static bool write(const ColumnTable &table, QIODevice &out, const CancelFlag &cancel = {});
    // Reads an image written for the same columns (same keys and types, in order); anything else,
    // or damaged data, gives nullopt and says why.
    static std::optional<ColumnTable> read(QIODevice &in, const QList<ColumnSpec> &columns, QString *error);
};

} // namespace pmp::models
