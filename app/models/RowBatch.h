#pragma once

#include "ColumnTable.h"

#include "api/Record.h"

#include <QList>

#include <vector>

namespace pmp::models {

// A page of records turned into a store's cell form, on a worker thread: each column's distinct
// values of the page with their display and search text, and one id (or value) per row. Appending
// it to a ColumnStore on the GUI thread then only maps the page's few distinct values to the store's
// ids; no JSON is read there.
struct RowBatch
{
    struct Column
    {
        ValueDictionary dict;       // dictionary columns: the page's distinct values
        std::vector<quint32> ids;   // dictionary columns: one per row, into `dict`
        std::vector<qint64> values; // other columns: one per row
    };

    int rows = 0;
    std::vector<Column> columns;

    // Reads the records as the columns say (fallback keys, codes sent as names, -1 as none).
    static RowBatch decode(const QList<ColumnSpec> &specs, const QList<pmp::api::Record> &records);
};

} // namespace pmp::models
