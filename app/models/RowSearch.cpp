#include "RowSearch.h"

#include <bit>

namespace pmp::models {

namespace {

constexpr qsizetype WordsPerBlock = CellBlocks::BlockRows / 64;

// One searched column that has at least one matching value.
struct ActiveColumn
{
    const CellBlocks *cells;
    const quint8 *matches;
};

// Sets, for the 64 rows of word `w` of block `b`, the bits of rows whose id matches. `ids` is the
// block's first cell.
template <typename T> quint64 scanWord(const T *ids, qsizetype first, qsizetype count, const quint8 *matches)
{
    quint64 word = 0;
    for (qsizetype i = 0; i < count; ++i)
        word |= quint64(matches[ids[first + i]]) << i;
    return word;
}

quint64 scanWord(const CellBlocks &cells, int block, qsizetype first, qsizetype count, const quint8 *matches)
{
    switch (cells.width()) {
    case 1:
        return scanWord(cells.blockAs<quint8>(block), first, count, matches);
    case 2:
        return scanWord(cells.blockAs<quint16>(block), first, count, matches);
    default:
        return scanWord(cells.blockAs<quint32>(block), first, count, matches);
    }
}

} // namespace

bool RowSearch::canRefine(const State &base, const QString &needle, const QList<int> &columns)
{
    return base.columns == columns && !base.needle.isEmpty() && needle.contains(base.needle);
}

std::shared_ptr<const RowSearch::State> RowSearch::run(const ColumnTable &table, const QString &needle,
                                                       const QList<int> &columns,
                                                       const std::shared_ptr<const State> &base,
                                                       const CancelFlag &cancel)
{
    Q_ASSERT(!needle.isEmpty());
    Q_ASSERT(!base || canRefine(*base, needle, columns));
    auto state = std::make_shared<State>();
    state->needle = needle;
    state->columns = columns;
    state->rows = table.rowCount();
    state->valueMatches.resize(size_t(columns.size()));
    const bool sameNeedle = base && base->needle == needle;

    // 1. Each distinct value once. Values that did not contain the shorter needle cannot contain this one.
    std::vector<ActiveColumn> active;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const int col = columns.at(i);
        if (col < 0 || col >= table.columnCount() || !table.column(col).dictionary)
            continue;
        const ValueDictionary &dict = table.column(col).dict;
        std::vector<quint8> &m = state->valueMatches[size_t(i)];
        m.assign(size_t(dict.size()), 0);
        qsizetype from = 0;
        if (base) {
            const std::vector<quint8> &old = base->valueMatches[size_t(i)];
            from = qMin(qsizetype(old.size()), dict.size());
            for (qsizetype id = 0; id < from; ++id)
                m[size_t(id)] = old[size_t(id)] && (sameNeedle || dict.folded.at(id).contains(needle));
        }
        bool any = false;
        for (qsizetype id = from; id < dict.size(); ++id)
            m[size_t(id)] = dict.folded.at(id).contains(needle) ? 1 : 0;
        for (const quint8 v : m)
            any = any || v;
        if (any)
            active.push_back({&table.column(col).cells, m.data()});
    }
    if (isCancelled(cancel))
        return nullptr;

    // 2. The rows, a block at a time in parallel. Rows the shorter needle did not match are skipped.
    const qsizetype rows = table.rowCount();
    state->bits.assign(size_t((rows + 63) / 64), 0);
    if (active.empty() || rows == 0)
        return state;
    const int blocks = int((rows + CellBlocks::BlockRows - 1) >> CellBlocks::BlockShift);
    const qsizetype baseRows = base ? base->rows : 0;
    std::atomic<bool> gaveUp{false};
    ParallelWork::forEach(blocks, [&](int b) {
        if (isCancelled(cancel)) {
            gaveUp = true;
            return;
        }
        const qsizetype firstRow = qsizetype(b) << CellBlocks::BlockShift;
        const qsizetype rowsHere = qMin(CellBlocks::BlockRows, rows - firstRow);
        const qsizetype words = (rowsHere + 63) / 64;
        for (qsizetype w = 0; w < words; ++w) {
            const qsizetype wordIndex = b * WordsPerBlock + w;
            const qsizetype first = w * 64;
            const qsizetype count = qMin<qsizetype>(64, rowsHere - first);
            const qsizetype row = firstRow + first;
            quint64 candidates = count == 64 ? ~quint64(0) : (quint64(1) << count) - 1;
            if (row < baseRows) {
                // Refining: rows the base did not match cannot match; rows past its end are all new.
                quint64 known = base->bits[size_t(wordIndex)];
                if (row + 64 > baseRows)
                    known |= ~quint64(0) << (baseRows - row);
                candidates &= known;
                if (sameNeedle && row + 64 <= baseRows) {
                    state->bits[size_t(wordIndex)] = candidates;
                    continue;
                }
            }
            if (!candidates)
                continue;
            quint64 word = 0;
            for (const ActiveColumn &c : active) {
                word |= scanWord(*c.cells, b, first, count, c.matches);
                if ((word & candidates) == candidates)
                    break;
            }
            state->bits[size_t(wordIndex)] = word & candidates;
        }
    });
    if (gaveUp)
        return nullptr;
    qint64 total = 0;
    for (const quint64 w : state->bits)
        total += std::popcount(w);
    state->matchCount = total;
    return state;
}

} // namespace pmp::models
