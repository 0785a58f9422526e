#include "RowSort.h"

#include <QCollator>

#include <algorithm>
#include <bit>
#include <numeric>

namespace pmp::models {

namespace {

QCollator userCollator()
{
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true); // "PC-2" before "PC-10", as admins number their machines
    return collator;
}

// Calls fn(row, id) for every row of a dictionary column, block by block.
template <typename Fn> void forEachId(const CellBlocks &cells, qsizetype rows, Fn &&fn)
{
    auto run = [&](auto tag) {
        using T = decltype(tag);
        qsizetype row = 0;
        for (int b = 0; row < rows; ++b) {
            const T *ids = cells.blockAs<T>(b);
            const qsizetype n = qMin(CellBlocks::BlockRows, rows - row);
            for (qsizetype i = 0; i < n; ++i)
                fn(quint32(row + i), quint32(ids[i]));
            row += n;
        }
    };
    switch (cells.width()) {
    case 1:
        run(quint8());
        break;
    case 2:
        run(quint16());
        break;
    default:
        run(quint32());
        break;
    }
}

// Stable LSD radix sort of rows by 64-bit keys, 8 bits a pass, skipping the bytes all keys share.
void radixSort(std::vector<quint64> &keys, std::vector<quint32> &rows, const CancelFlag &cancel)
{
    const size_t n = keys.size();
    if (n < 2)
        return;
    quint64 lo = ~quint64(0), hi = 0;
    for (const quint64 k : keys) {
        lo = std::min(lo, k);
        hi = std::max(hi, k);
    }
    for (quint64 &k : keys)
        k -= lo;
    const int bits = 64 - std::countl_zero(hi - lo);
    std::vector<quint64> keysOut(n);
    std::vector<quint32> rowsOut(n);
    for (int shift = 0; shift < bits; shift += 8) {
        if (isCancelled(cancel))
            return;
        size_t count[257] = {};
        for (const quint64 k : keys)
            ++count[((k >> shift) & 0xff) + 1];
        for (int i = 0; i < 256; ++i)
            count[i + 1] += count[i];
        for (size_t i = 0; i < n; ++i) {
            const size_t to = count[(keys[i] >> shift) & 0xff]++;
            keysOut[to] = keys[i];
            rowsOut[to] = rows[i];
        }
        keys.swap(keysOut);
        rows.swap(rowsOut);
    }
}

} // namespace

std::vector<quint32> RowSort::ranks(const ColumnTable &table, int column, std::shared_ptr<const CollationKeys> *keys)
{
    const ColumnSpec &spec = table.columns().at(column);
    const ValueDictionary &dict = table.column(column).dict;
    const qsizetype d = dict.size();
    std::vector<quint32> ids;
    ids.reserve(size_t(d));
    std::vector<quint32> rank(size_t(d), 0);

    if (spec.type == ColumnType::Text) {
        // Keys for values the last sort did not see; the rest come from it.
        auto fresh = std::make_shared<CollationKeys>();
        fresh->column = column;
        if (keys && *keys && (*keys)->column == column && qsizetype((*keys)->keys.size()) <= d)
            fresh->keys = (*keys)->keys;
        const QCollator collator = userCollator();
        fresh->keys.reserve(size_t(d));
        // Keyed on the case-folded text: sort keys ignore the collator's case setting in some locales
        // (the C locale among them), and admins expect "london" next to "London".
        for (qsizetype id = qsizetype(fresh->keys.size()); id < d; ++id)
            fresh->keys.push_back(collator.sortKey(dict.display.at(id).toCaseFolded()));
        for (qsizetype id = 0; id < d; ++id)
            if (!dict.display.at(id).isEmpty())
                ids.push_back(quint32(id));
        const auto &k = fresh->keys;
        std::stable_sort(ids.begin(), ids.end(), [&k](quint32 a, quint32 b) { return k[a].compare(k[b]) < 0; });
        quint32 r = 0;
        for (size_t i = 0; i < ids.size(); ++i) {
            if (i > 0 && k[ids[i - 1]].compare(k[ids[i]]) != 0)
                ++r;
            rank[ids[i]] = r;
        }
        const quint32 last = ids.empty() ? 0 : r + 1;
        for (qsizetype id = 0; id < d; ++id)
            if (dict.display.at(id).isEmpty())
                rank[size_t(id)] = last;
        if (keys)
            *keys = std::move(fresh);
        return rank;
    }

    // Codes by their meaning (severity order), then by code; other numbers by value.
    auto weight = [&](quint32 id) {
        const qint64 v = dict.values.at(id);
        return spec.type == ColumnType::Code ? std::pair<qint64, qint64>(CodeTable::sortWeight(spec.codes, v), v)
                                             : std::pair<qint64, qint64>(v, 0);
    };
    for (qsizetype id = 0; id < d; ++id)
        if (dict.values.at(id) != ColumnTable::Null)
            ids.push_back(quint32(id));
    std::sort(ids.begin(), ids.end(), [&](quint32 a, quint32 b) { return weight(a) < weight(b); });
    quint32 r = 0;
    for (size_t i = 0; i < ids.size(); ++i) {
        if (i > 0 && weight(ids[i - 1]) != weight(ids[i]))
            ++r;
        rank[ids[i]] = r;
    }
    const quint32 last = ids.empty() ? 0 : r + 1;
    for (qsizetype id = 0; id < d; ++id)
        if (dict.values.at(id) == ColumnTable::Null)
            rank[size_t(id)] = last;
    return rank;
}

std::shared_ptr<const RowSort::Order> RowSort::run(const ColumnTable &table, int column, Qt::SortOrder order,
                                                   std::shared_ptr<const CollationKeys> *keys, const CancelFlag &cancel)
{
    const qsizetype rows = table.rowCount();
    const ColumnTable::Column &col = table.column(column);
    const bool descending = order == Qt::DescendingOrder;

    if (col.dictionary) {
        std::vector<quint32> rank = ranks(table, column, keys);
        if (isCancelled(cancel))
            return nullptr;
        quint32 top = 0;
        for (const quint32 r : rank)
            top = std::max(top, r);
        if (descending) // the empty value ranks last, so it comes first: as an empty cell does in Qt
            for (quint32 &r : rank)
                r = top - r;
        // Counting sort: rows per rank, then each row to its rank's next place. Stable.
        std::vector<quint32> start(size_t(top) + 2, 0);
        forEachId(col.cells, rows, [&](quint32, quint32 id) { ++start[rank[id] + 1]; });
        std::partial_sum(start.begin(), start.end(), start.begin());
        if (isCancelled(cancel))
            return nullptr;
        auto out = std::make_shared<Order>(size_t(rows));
        Order &o = *out;
        forEachId(col.cells, rows, [&](quint32 row, quint32 id) { o[start[rank[id]]++] = row; });
        return out;
    }

    // Times and sizes: empty greatest (last ascending, first descending), like the rest.
    std::vector<quint64> sortKeys(static_cast<size_t>(rows));
    std::vector<quint32> order64(static_cast<size_t>(rows));
    for (qsizetype row = 0; row < rows; ++row) {
        const qint64 v = col.cells.value(row);
        quint64 k = v == ColumnTable::Null ? ~quint64(0) : (quint64(v) ^ (quint64(1) << 63));
        if (descending)
            k = ~k;
        sortKeys[size_t(row)] = k;
        order64[size_t(row)] = quint32(row);
    }
    radixSort(sortKeys, order64, cancel);
    if (isCancelled(cancel))
        return nullptr;
    return std::make_shared<const Order>(std::move(order64));
}

} // namespace pmp::models
