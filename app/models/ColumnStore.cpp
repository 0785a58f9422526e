#include "ColumnStore.h"

namespace pmp::models {

ColumnStore::ColumnStore(QList<ColumnSpec> columns) : ColumnTable(std::move(columns))
{
    m_index.resize(m_columns.size());
    for (int c = 0; c < columnCount(); ++c)
        rebuildIndex(c);
}

quint32 ColumnStore::intern(int col, const ValueDictionary &from, quint32 fromId)
{
    Column &column = m_columns[size_t(col)];
    Index &index = m_index[size_t(col)];
    ValueDictionary &dict = column.dict;
    quint32 id = 0;
    if (m_specs.at(col).type == ColumnType::Text) {
        const QString &raw = from.raw.at(fromId);
        const auto it = index.texts.constFind(raw);
        if (it != index.texts.constEnd())
            return it.value();
        id = quint32(dict.raw.size());
        index.texts.insert(raw, id);
        dict.raw.append(raw);
        dict.display.append(from.display.at(fromId));
    } else {
        const qint64 value = from.values.at(fromId);
        const auto it = index.numbers.constFind(value);
        if (it != index.numbers.constEnd())
            return it.value();
        id = quint32(dict.values.size());
        index.numbers.insert(value, id);
        dict.values.append(value);
    }
    dict.folded.append(from.folded.at(fromId));
    return id;
}

void ColumnStore::append(const RowBatch &batch)
{
    if (batch.rows <= 0)
        return;
    Q_ASSERT(batch.columns.size() == m_columns.size());
    std::vector<quint32> map;
    for (int c = 0; c < columnCount(); ++c) {
        Column &column = m_columns[size_t(c)];
        const RowBatch::Column &in = batch.columns[size_t(c)];
        if (!column.dictionary) {
            for (const qint64 v : in.values)
                column.cells.appendValue(v);
            continue;
        }
        map.resize(size_t(in.dict.size()));
        for (qsizetype i = 0; i < in.dict.size(); ++i)
            map[size_t(i)] = intern(c, in.dict, quint32(i));
        const int width = CellBlocks::widthFor(column.dict.size());
        if (width > column.cells.width())
            column.cells.widen(width);
        for (const quint32 local : in.ids)
            column.cells.appendId(map[local]);
    }
    m_rows += batch.rows;
}

void ColumnStore::appendRecords(const QList<pmp::api::Record> &records)
{
    append(RowBatch::decode(m_specs, records));
}

void ColumnStore::adopt(const ColumnTable &table)
{
    Q_ASSERT(table.columnCount() == columnCount());
    ColumnTable::operator=(table);
    for (int c = 0; c < columnCount(); ++c)
        rebuildIndex(c);
}

void ColumnStore::rebuildIndex(int col)
{
    Index &index = m_index[size_t(col)];
    const ValueDictionary &dict = m_columns[size_t(col)].dict;
    index.texts.clear();
    index.numbers.clear();
    if (m_specs.at(col).type == ColumnType::Text) {
        index.texts.reserve(dict.raw.size());
        for (qsizetype i = 0; i < dict.raw.size(); ++i)
            index.texts.insert(dict.raw.at(i), quint32(i));
    } else {
        index.numbers.reserve(dict.values.size());
        for (qsizetype i = 0; i < dict.values.size(); ++i)
            index.numbers.insert(dict.values.at(i), quint32(i));
    }
}

void ColumnStore::dropRows()
{
    for (Column &c : m_columns)
        c.cells.clear();
    m_rows = 0;
}

void ColumnStore::clear()
{
    const QList<ColumnSpec> specs = m_specs;
    ColumnTable::operator=(ColumnTable(specs));
    for (int c = 0; c < columnCount(); ++c)
        rebuildIndex(c);
}

} // namespace pmp::models
