#include "ColumnImage.h"

#include "api/ValueReader.h"

#include <QDataStream>
#include <QIODevice>
#include <QJsonValue>

#include <cstring>

namespace pmp::models {

namespace {

// zlib level 1: several times faster than the default for a few more bytes; ids compress well anyway.
constexpr int CompressionLevel = 1;
// How a text value's display form is stored: usually it is the raw text, or empty.
enum DisplayForm : quint8
{
    SameAsRaw = 0,
    Empty = 1,
    Own = 2
};

struct BlockRef
{
    int column;
    int block;
};

std::vector<BlockRef> allBlocks(const std::vector<CellBlocks *> &cells)
{
    std::vector<BlockRef> refs;
    for (size_t c = 0; c < cells.size(); ++c)
        for (int b = 0; b < cells[c]->blockCount(); ++b)
            refs.push_back({int(c), b});
    return refs;
}

// A column's distinct values: text as raw plus how it displays, numbers as they are.
QByteArray dictionaryBytes(const ColumnSpec &spec, const ValueDictionary &d)
{
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_0);
    s << quint32(d.size());
    if (spec.type == ColumnType::Text) {
        for (qsizetype i = 0; i < d.size(); ++i) {
            s << d.raw.at(i);
            const QString &shown = d.display.at(i);
            if (shown == d.raw.at(i))
                s << quint8(SameAsRaw);
            else if (shown.isEmpty())
                s << quint8(Empty);
            else
                s << quint8(Own) << shown;
        }
    } else {
        for (const qint64 v : d.values)
            s << v;
    }
    return bytes;
}

bool readDictionary(const ColumnSpec &spec, const QByteArray &bytes, quint32 rows, ValueDictionary *d)
{
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_0);
    quint32 size = 0;
    s >> size;
    if (s.status() != QDataStream::Ok || size == 0 || size > rows + 1)
        return false;
    *d = {};
    if (spec.type == ColumnType::Text) {
        d->raw.reserve(size);
        d->display.reserve(size);
        for (quint32 i = 0; i < size && s.status() == QDataStream::Ok; ++i) {
            QString raw, shown;
            quint8 form = 0;
            s >> raw >> form;
            if (form == Own)
                s >> shown;
            else if (form == SameAsRaw)
                shown = raw;
            else if (form != Empty)
                return false;
            d->folded.append(ColumnTable::foldText(shown));
            d->raw.append(std::move(raw));
            d->display.append(std::move(shown));
        }
    } else {
        d->values.reserve(size);
        for (quint32 i = 0; i < size && s.status() == QDataStream::Ok; ++i) {
            qint64 v = 0;
            s >> v;
            d->values.append(v);
            d->folded.append(ColumnTable::foldNumber(spec, v));
        }
    }
    return s.status() == QDataStream::Ok && s.atEnd();
}

} // namespace

bool ColumnImage::write(const ColumnTable &table, QIODevice &out, const CancelFlag &cancel)
{
    // Compress every block first, in parallel; then write in order.
    const int columns = table.columnCount();
    std::vector<std::vector<QByteArray>> packed(static_cast<size_t>(columns));
    std::vector<BlockRef> refs;
    for (int c = 0; c < columns; ++c) {
        const int blocks = int((table.rowCount() + CellBlocks::BlockRows - 1) >> CellBlocks::BlockShift);
        packed[size_t(c)].resize(size_t(blocks));
        for (int b = 0; b < blocks; ++b)
            refs.push_back({c, b});
    }
    ParallelWork::forEach(int(refs.size()), [&](int i) {
        if (isCancelled(cancel))
            return;
        const BlockRef r = refs[size_t(i)];
        const CellBlocks &cells = table.column(r.column).cells;
        const qsizetype firstRow = qsizetype(r.block) << CellBlocks::BlockShift;
        const qsizetype n = qMin(CellBlocks::BlockRows, qsizetype(table.rowCount()) - firstRow);
        packed[size_t(r.column)][size_t(r.block)] =
            qCompress(reinterpret_cast<const uchar *>(cells.block(r.block)), int(n * cells.width()), CompressionLevel);
    });
    if (isCancelled(cancel))
        return false;

    QDataStream s(&out);
    s.setVersion(QDataStream::Qt_6_0);
    s << Magic << Version << quint32(table.rowCount()) << quint32(columns);
    for (int c = 0; c < columns; ++c) {
        const ColumnSpec &spec = table.columns().at(c);
        const ColumnTable::Column &col = table.column(c);
        s << spec.key << quint8(spec.type) << quint8(col.dictionary) << quint8(col.cells.width());
        if (col.dictionary)
            s << qCompress(dictionaryBytes(spec, col.dict), CompressionLevel); // zlib checks it on the way back
        s << quint32(packed[size_t(c)].size());
        for (const QByteArray &block : packed[size_t(c)])
            s << block;
        packed[size_t(c)] = {}; // written: let it go
        if (s.status() != QDataStream::Ok || isCancelled(cancel))
            return false;
    }
    return s.status() == QDataStream::Ok;
}

std::optional<ColumnTable> ColumnImage::read(QIODevice &in, const QList<ColumnSpec> &columns, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<ColumnTable> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QDataStream s(&in);
    s.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0, version = 0, rows = 0, count = 0;
    s >> magic >> version >> rows >> count;
    if (s.status() != QDataStream::Ok || magic != Magic)
        return fail(QStringLiteral("not a column image"));
    if (version != Version)
        return fail(QStringLiteral("column image version %1, expected %2").arg(version).arg(Version));
    if (count != quint32(columns.size()) || rows > quint32(std::numeric_limits<int>::max()))
        return fail(QStringLiteral("the view's columns changed since it was cached"));

    ColumnTable table(columns);
    table.m_rows = int(rows);
    const qsizetype expectedBlocks = (qsizetype(rows) + CellBlocks::BlockRows - 1) >> CellBlocks::BlockShift;
    std::vector<std::vector<QByteArray>> packed(columns.size());
    std::vector<CellBlocks *> cells;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const ColumnSpec &spec = columns.at(c);
        ColumnTable::Column &col = table.m_columns[size_t(c)];
        QString key;
        quint8 type = 0, dictionary = 0, width = 0;
        s >> key >> type >> dictionary >> width;
        if (s.status() != QDataStream::Ok)
            return fail(QStringLiteral("column image is cut short"));
        if (key != spec.key || type != quint8(spec.type) || bool(dictionary) != col.dictionary)
            return fail(QStringLiteral("the view's columns changed since it was cached"));
        if (dictionary ? (width != 1 && width != 2 && width != 4) : width != 8)
            return fail(QStringLiteral("column image is damaged (cell width %1)").arg(width));
        if (col.dictionary) {
            QByteArray packedDictionary;
            s >> packedDictionary;
            if (s.status() != QDataStream::Ok)
                return fail(QStringLiteral("column image is cut short"));
            if (!readDictionary(spec, qUncompress(packedDictionary), rows, &col.dict))
                return fail(QStringLiteral("column image is damaged (values of %1)").arg(spec.key));
        }
        quint32 blocks = 0;
        s >> blocks;
        if (s.status() != QDataStream::Ok || qsizetype(blocks) != expectedBlocks)
            return fail(QStringLiteral("column image is damaged (blocks)"));
        packed[size_t(c)].resize(blocks);
        for (quint32 b = 0; b < blocks; ++b)
            s >> packed[size_t(c)][b];
        if (s.status() != QDataStream::Ok)
            return fail(QStringLiteral("column image is cut short"));
        col.cells = CellBlocks(width);
        col.cells.allocate(rows);
        cells.push_back(&col.cells);
    }

    // Every block straight into its place, in parallel; each checks its length and every id.
    const std::vector<BlockRef> refs = allBlocks(cells);
    std::atomic<bool> damaged{false};
    ParallelWork::forEach(int(refs.size()), [&](int i) {
        const BlockRef r = refs[size_t(i)];
        CellBlocks &c = *cells[size_t(r.column)];
        const QByteArray bytes = qUncompress(packed[size_t(r.column)][size_t(r.block)]);
        packed[size_t(r.column)][size_t(r.block)] = {};
        const qsizetype n = c.cellsInBlock(r.block);
        if (bytes.size() != n * c.width()) {
            damaged = true;
            return;
        }
        std::memcpy(c.writableBlock(r.block), bytes.constData(), size_t(bytes.size()));
        const ColumnTable::Column &col = table.m_columns[size_t(r.column)];
        if (col.dictionary) {
            const quint32 size = quint32(col.dict.size());
            for (qsizetype k = 0; k < n; ++k)
                if (c.id((qsizetype(r.block) << CellBlocks::BlockShift) + k) >= size) {
                    damaged = true;
                    return;
                }
        }
    });
    if (damaged)
        return fail(QStringLiteral("column image is damaged (cells)"));
    return table;
}

} // namespace pmp::models
