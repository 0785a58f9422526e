#pragma once

#include "ColumnTable.h"
#include "RowBatch.h"

#include "api/Record.h"

#include <QHash>

#include <vector>

namespace pmp::models {

// The rows of one view, appended page by page on the GUI thread: a ColumnTable plus the indexes that
// map a value to its dictionary id. snapshot() hands a worker a copy that stays valid while rows
// keep arriving.
class ColumnStore : public ColumnTable
{
public:
    explicit ColumnStore(QList<ColumnSpec> columns = {});

    // A batch decoded on a worker (RowBatch::decode): maps its distinct values to this store's ids.
    void append(const RowBatch &batch);
    // Decodes on this thread; for small lists and tests.
    void appendRecords(const QList<pmp::api::Record> &records);
    // Takes every row of `table` (read from the cache), replacing what was here.
    void adopt(const ColumnTable &table);
    void clear();
    // Forgets the rows but keeps every value's id (a streaming export writes rows and lets them go).
    void dropRows();

    ColumnTable snapshot() const { return ColumnTable(*this); }

private:
    struct Index
    {
        QHash<QString, quint32> texts;
        QHash<qint64, quint32> numbers;
    };
    quint32 intern(int col, const ValueDictionary &from, quint32 fromId);
    void rebuildIndex(int col);

    std::vector<Index> m_index;
};

} // namespace pmp::models
