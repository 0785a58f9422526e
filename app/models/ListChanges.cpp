#include "ListChanges.h"

#include <QHash>

#include <algorithm>
#include <bit>

namespace pmp::models {

namespace {

constexpr quint32 Missing = 0xFFFFFFFFu;
// Cancellation is looked at once per this many rows.
constexpr qsizetype CancelStride = 1 << 16;

// One column's values on both sides as comparable ids: `after`'s ids made canonical (the first id of
// each distinct value) and `before`'s ids mapped to them (Missing: a value `after` does not have).
struct ColumnMatch
{
    bool dictionary = true;
    std::vector<quint32> afterCanon;
    std::vector<quint32> beforeToAfter;
};

template <typename Key, typename List> ColumnMatch matchValues(const List &before, const List &after)
{
    ColumnMatch m;
    QHash<Key, quint32> index;
    index.reserve(after.size());
    m.afterCanon.resize(size_t(after.size()));
    for (qsizetype i = 0; i < after.size(); ++i) {
        auto it = index.constFind(after.at(i));
        if (it == index.constEnd())
            it = index.insert(after.at(i), quint32(i));
        m.afterCanon[size_t(i)] = it.value();
    }
    m.beforeToAfter.resize(size_t(before.size()));
    for (qsizetype i = 0; i < before.size(); ++i)
        m.beforeToAfter[size_t(i)] = index.value(before.at(i), Missing);
    return m;
}

ColumnMatch matchColumn(const ColumnTable &before, const ColumnTable &after, int col)
{
    if (!before.column(col).dictionary) {
        ColumnMatch m;
        m.dictionary = false;
        return m;
    }
    if (after.columns().at(col).type == ColumnType::Text)
        return matchValues<QString>(before.column(col).dict.raw, after.column(col).dict.raw);
    return matchValues<qint64>(before.column(col).dict.values, after.column(col).dict.values);
}

// Rows ordered by their identity ids (stable: equal identities keep their order, so the k-th duplicate
// before pairs with the k-th duplicate after). One counting sort per identity column, last column first.
std::vector<quint32> orderByIdentity(std::vector<quint32> rows, const QList<const CellBlocks *> &cells,
                                     const QList<const std::vector<quint32> *> &toKey, const QList<quint32> &buckets)
{
    std::vector<quint32> out(rows.size());
    for (qsizetype k = cells.size() - 1; k >= 0; --k) {
        const CellBlocks &c = *cells.at(k);
        const std::vector<quint32> &key = *toKey.at(k);
        std::vector<quint32> start(size_t(buckets.at(k)) + 1, 0);
        for (const quint32 r : rows)
            ++start[key[c.id(r)] + 1];
        for (size_t b = 1; b < start.size(); ++b)
            start[b] += start[b - 1];
        for (const quint32 r : rows)
            out[start[key[c.id(r)]]++] = r;
        rows.swap(out);
    }
    return rows;
}

} // namespace

// The comparison itself, kept out of the header: it fills a ListChanges.
class ListComparison
{
public:
    ListComparison(const ColumnTable &before, const ColumnTable &after, const QLocale &locale)
        : m_before(before), m_after(after), m_locale(locale)
    {
    }

    std::shared_ptr<ListChanges> run(const QList<int> &identity, const CancelFlag &cancel);

private:
    quint32 beforeKey(int k, quint32 row) const
    {
        return m_match[size_t(m_identity.at(k))].beforeToAfter[m_before.column(m_identity.at(k)).cells.id(row)];
    }
    quint32 afterKey(int k, quint32 row) const
    {
        return m_match[size_t(m_identity.at(k))].afterCanon[m_after.column(m_identity.at(k)).cells.id(row)];
    }
    // <0, 0, >0 as before's row sorts before, with or after after's row.
    int compareIdentity(quint32 beforeRow, quint32 afterRow) const
    {
        for (int k = 0; k < m_identity.size(); ++k) {
            const quint32 a = beforeKey(k, beforeRow);
            const quint32 b = afterKey(k, afterRow);
            if (a != b)
                return a < b ? -1 : 1;
        }
        return 0;
    }
    quint64 changedColumns(quint32 beforeRow, quint32 afterRow, bool *any) const;
    quint32 oldText(int col, quint32 beforeRow);

    const ColumnTable &m_before;
    const ColumnTable &m_after;
    QLocale m_locale;
    QList<int> m_identity;
    std::vector<ColumnMatch> m_match;
    std::shared_ptr<ListChanges> m_out;
    std::vector<std::vector<quint32>> m_oldTextOfId; // per dictionary column: before's id -> m_oldTexts
    QHash<QString, quint32> m_textIndex;
};

quint64 ListComparison::changedColumns(quint32 beforeRow, quint32 afterRow, bool *any) const
{
    quint64 mask = 0;
    *any = false;
    for (int c = 0; c < m_after.columnCount(); ++c) {
        const ColumnMatch &m = m_match[size_t(c)];
        bool differs;
        if (m.dictionary)
            differs = m.beforeToAfter[m_before.column(c).cells.id(beforeRow)] !=
                      m.afterCanon[m_after.column(c).cells.id(afterRow)];
        else
            differs = m_before.column(c).cells.value(beforeRow) != m_after.column(c).cells.value(afterRow);
        if (differs) {
            *any = true;
            if (c < 64)
                mask |= quint64(1) << c;
        }
    }
    return mask;
}

quint32 ListComparison::oldText(int col, quint32 beforeRow)
{
    auto intern = [this](const QString &text) {
        const auto it = m_textIndex.constFind(text);
        if (it != m_textIndex.constEnd())
            return it.value();
        const quint32 index = quint32(m_out->m_oldTexts.size());
        m_out->m_oldTexts.append(text);
        m_textIndex.insert(text, index);
        return index;
    };
    const ColumnTable::Column &column = m_before.column(col);
    if (!column.dictionary)
        return intern(m_before.display(int(beforeRow), col, m_locale));
    std::vector<quint32> &cache = m_oldTextOfId[size_t(col)];
    if (cache.empty())
        cache.assign(size_t(column.dict.size()), Missing);
    const quint32 id = column.cells.id(beforeRow);
    if (cache[id] == Missing)
        cache[id] = intern(m_before.displayOf(col, id, m_locale));
    return cache[id];
}

std::shared_ptr<ListChanges> ListComparison::run(const QList<int> &identity, const CancelFlag &cancel)
{
    if (identity.isEmpty() || m_before.columnCount() != m_after.columnCount())
        return {};
    for (int c = 0; c < m_after.columnCount(); ++c)
        if (m_before.columns().at(c).key != m_after.columns().at(c).key ||
            m_before.columns().at(c).type != m_after.columns().at(c).type)
            return {};
    for (const int col : identity)
        if (col < 0 || col >= m_after.columnCount() || !m_after.column(col).dictionary)
            return {};
    m_identity = identity;
    m_out = std::make_shared<ListChanges>();
    m_match.resize(size_t(m_after.columnCount()));
    for (int c = 0; c < m_after.columnCount(); ++c)
        m_match[size_t(c)] = matchColumn(m_before, m_after, c);
    m_oldTextOfId.resize(size_t(m_after.columnCount()));

    // Rows before whose identity names a value no row after has are removed without further ado.
    std::vector<quint32> removed;
    std::vector<quint32> beforeRows;
    beforeRows.reserve(size_t(m_before.rowCount()));
    for (quint32 r = 0; r < quint32(m_before.rowCount()); ++r) {
        bool known = true;
        for (int k = 0; k < identity.size() && known; ++k)
            known = beforeKey(k, r) != Missing;
        (known ? beforeRows : removed).push_back(r);
    }
    std::vector<quint32> afterRows(size_t(m_after.rowCount()));
    for (quint32 r = 0; r < quint32(afterRows.size()); ++r)
        afterRows[r] = r;
    if (isCancelled(cancel))
        return {};

    QList<const CellBlocks *> beforeCells, afterCells;
    QList<const std::vector<quint32> *> beforeMaps, afterMaps;
    QList<quint32> buckets;
    for (const int col : identity) {
        beforeCells << &m_before.column(col).cells;
        afterCells << &m_after.column(col).cells;
        beforeMaps << &m_match[size_t(col)].beforeToAfter;
        afterMaps << &m_match[size_t(col)].afterCanon;
        buckets << quint32(m_after.column(col).dict.size());
    }
    beforeRows = orderByIdentity(std::move(beforeRows), beforeCells, beforeMaps, buckets);
    afterRows = orderByIdentity(std::move(afterRows), afterCells, afterMaps, buckets);
    if (isCancelled(cancel))
        return {};

    ListChanges &out = *m_out;
    out.m_rowState.assign(afterRows.size(), quint8(ListChanges::Row::Unchanged));
    size_t i = 0, j = 0;
    qsizetype steps = 0;
    while (i < beforeRows.size() || j < afterRows.size()) {
        if (++steps % CancelStride == 0 && isCancelled(cancel))
            return {};
        const int order = i == beforeRows.size()  ? 1
                          : j == afterRows.size() ? -1
                                                  : compareIdentity(beforeRows[i], afterRows[j]);
        if (order < 0) {
            removed.push_back(beforeRows[i++]);
        } else if (order > 0) {
            out.m_rowState[afterRows[j++]] = quint8(ListChanges::Row::Added);
            ++out.m_added;
        } else {
            const quint32 b = beforeRows[i++];
            const quint32 a = afterRows[j++];
            bool any = false;
            const quint64 mask = changedColumns(b, a, &any);
            if (!any)
                continue;
            out.m_rowState[a] = quint8(ListChanges::Row::Changed);
            ++out.m_changed;
            if (qint64(out.m_changedRows.size()) >= ListChanges::KeptChangedRows) {
                out.m_truncated = true;
                continue;
            }
            out.m_changedRows.push_back({a, quint32(out.m_oldValues.size()), mask});
            for (quint64 bits = mask; bits; bits &= bits - 1)
                out.m_oldValues.push_back(oldText(std::countr_zero(bits), b));
        }
    }
    std::sort(out.m_changedRows.begin(), out.m_changedRows.end(),
              [](const auto &x, const auto &y) { return x.row < y.row; });

    out.m_removed = qint64(removed.size());
    std::sort(removed.begin(), removed.end());
    if (qint64(removed.size()) > ListChanges::KeptRemovedRows) {
        removed.resize(size_t(ListChanges::KeptRemovedRows));
        out.m_truncated = true;
    }
    out.m_removedRows = m_before.rowsAt(removed);

    auto bits = std::make_shared<std::vector<quint64>>((out.m_rowState.size() + 63) / 64, 0);
    for (size_t r = 0; r < out.m_rowState.size(); ++r)
        if (out.m_rowState[r] != quint8(ListChanges::Row::Unchanged))
            (*bits)[r >> 6] |= quint64(1) << (r & 63);
    out.m_changedBits = std::move(bits);
    return m_out;
}

std::shared_ptr<ListChanges> ListChanges::compare(const ColumnTable &before, const ColumnTable &after,
                                                  const QList<int> &identity, const CancelFlag &cancel,
                                                  const QLocale &locale)
{
    return ListComparison(before, after, locale).run(identity, cancel);
}

const ListChanges::ChangedRow *ListChanges::findChanged(int row) const
{
    const auto it = std::lower_bound(m_changedRows.begin(), m_changedRows.end(), quint32(row),
                                     [](const ChangedRow &c, quint32 r) { return c.row < r; });
    return it != m_changedRows.end() && it->row == quint32(row) ? &*it : nullptr;
}

bool ListChanges::cellChanged(int row, int col) const
{
    if (this->row(row) != Row::Changed || col < 0 || col >= 64)
        return false;
    const ChangedRow *c = findChanged(row);
    return c && (c->columns >> col) & 1;
}

QString ListChanges::oldDisplay(int row, int col) const
{
    if (!cellChanged(row, col))
        return {};
    const ChangedRow *c = findChanged(row);
    const quint64 below = col == 0 ? 0 : c->columns & ((quint64(1) << col) - 1);
    return m_oldTexts.at(m_oldValues[c->firstOld + quint32(std::popcount(below))]);
}

qsizetype ListChanges::bytesUsed() const
{
    qsizetype bytes = qsizetype(m_rowState.capacity()) +
                      qsizetype(m_changedRows.capacity() * sizeof(ChangedRow) + m_oldValues.capacity() * 4);
    if (m_changedBits)
        bytes += qsizetype(m_changedBits->capacity() * 8);
    for (const QString &t : m_oldTexts)
        bytes += t.size() * 2 + 24;
    return bytes + m_removedRows.bytesUsed();
}

} // namespace pmp::models
