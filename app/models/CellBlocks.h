#pragma once

#include <QList>
#include <QtGlobal>

#include <cstring>
#include <memory>

namespace pmp::models {

// The cells of one column: small dictionary ids (1, 2 or 4 bytes) or 64-bit values, kept in fixed
// blocks of BlockRows cells. A block never moves once allocated, and a copy of a CellBlocks shares
// its blocks: the GUI thread hands a copy to a worker (search, sort, cache, export) and keeps
// appending after the copy's last row while the worker reads. Widening to a larger id size replaces
// the blocks instead of rewriting them, so copies taken before stay valid.
class CellBlocks
{
public:
    static constexpr int BlockShift = 14;
    static constexpr qsizetype BlockRows = qsizetype(1) << BlockShift;
    static constexpr qsizetype BlockMask = BlockRows - 1;

    // `width`: bytes per cell; 1, 2 and 4 hold unsigned ids, 8 holds signed values.
    explicit CellBlocks(int width = 1) : m_width(width) {}

    int width() const { return m_width; }
    qsizetype size() const { return m_size; }
    int blockCount() const { return int(m_blocks.size()); }
    // Cells in block `b` that belong to this copy.
    qsizetype cellsInBlock(int b) const { return qMin(BlockRows, m_size - (qsizetype(b) << BlockShift)); }
    const char *block(int b) const { return m_blocks.at(b).get(); }
    template <typename T> const T *blockAs(int b) const { return reinterpret_cast<const T *>(m_blocks.at(b).get()); }

    quint32 id(qsizetype row) const
    {
        const char *b = m_blocks.at(row >> BlockShift).get();
        const qsizetype i = row & BlockMask;
        switch (m_width) {
        case 1:
            return reinterpret_cast<const quint8 *>(b)[i];
        case 2:
            return reinterpret_cast<const quint16 *>(b)[i];
        default:
            return reinterpret_cast<const quint32 *>(b)[i];
        }
    }
    qint64 value(qsizetype row) const
    {
        return reinterpret_cast<const qint64 *>(m_blocks.at(row >> BlockShift).get())[row & BlockMask];
    }

    void appendId(quint32 id)
    {
        char *b = tail();
        const qsizetype i = m_size & BlockMask;
        switch (m_width) {
        case 1:
            reinterpret_cast<quint8 *>(b)[i] = quint8(id);
            break;
        case 2:
            reinterpret_cast<quint16 *>(b)[i] = quint16(id);
            break;
        default:
            reinterpret_cast<quint32 *>(b)[i] = id;
            break;
        }
        ++m_size;
    }
    void appendValue(qint64 v)
    {
        reinterpret_cast<qint64 *>(tail())[m_size & BlockMask] = v;
        ++m_size;
    }
    // Appends whole blocks read from elsewhere (the cache); `cells` fills them from the front.
    void appendRaw(const char *data, qsizetype cells)
    {
        qsizetype done = 0;
        while (done < cells) {
            char *b = tail();
            const qsizetype at = m_size & BlockMask;
            const qsizetype n = qMin(cells - done, BlockRows - at);
            std::memcpy(b + at * m_width, data + done * m_width, size_t(n * m_width));
            done += n;
            m_size += n;
        }
    }

    // Makes room for `cells` cells at once, to be filled through writableBlock() before anyone reads
    // (the cache reader fills blocks in parallel).
    void allocate(qsizetype cells)
    {
        clear();
        m_size = cells;
        for (qsizetype b = 0; b < (cells + BlockRows - 1) >> BlockShift; ++b)
            m_blocks.append(newBlock());
    }
    char *writableBlock(int b) { return m_blocks.at(b).get(); }

    // Ids must fit: 1 byte holds 256 ids, 2 bytes 65,536.
    static int widthFor(qsizetype distinct) { return distinct <= 0x100 ? 1 : distinct <= 0x10000 ? 2 : 4; }
    void widen(int width);
    void clear()
    {
        m_blocks.clear();
        m_size = 0;
    }
    // Forgets cells from `cells` on (a copy that must not see rows still being announced).
    void truncate(qsizetype cells)
    {
        m_size = qMin(m_size, cells);
        m_blocks.resize((m_size + BlockRows - 1) >> BlockShift);
    }
    qsizetype bytesUsed() const { return qsizetype(m_blocks.size()) * BlockRows * m_width; }

private:
    char *tail()
    {
        if ((m_size >> BlockShift) >= m_blocks.size())
            m_blocks.append(newBlock());
        return m_blocks.at(m_size >> BlockShift).get();
    }
    std::shared_ptr<char[]> newBlock() const { return std::shared_ptr<char[]>(new char[size_t(BlockRows * m_width)]); }

    int m_width;
    qsizetype m_size = 0;
    QList<std::shared_ptr<char[]>> m_blocks;
};

} // namespace pmp::models
