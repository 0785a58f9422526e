// Fuzzes reading a cached view back (ColumnImage): the file sits in the user's profile folder and may
// be cut short by a crash, written by another version, or damaged on disk. Any bytes must give either
// the table or "not usable" with a reason, never a crash or an allocation the size a header claims.
// Seeds: images of a small patch-status table, written by this target when PATCHDECK_FUZZ_WRITE_SEED
// names a file (see tests/fuzz/CMakeLists.txt).
#include "FuzzSupport.h"

#include "models/ColumnImage.h"
#include "models/ColumnStore.h"
#include "models/ViewCatalogue.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

#include <cstdlib>

using namespace pmp::models;

namespace {

const QList<ColumnSpec> &columns()
{
    static const QList<ColumnSpec> c = ViewCatalogue::byId(QStringLiteral("patch-status"))->columns;
    return c;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const QByteArray seedPath = qgetenv("PATCHDECK_FUZZ_WRITE_SEED");
    if (seedPath.isEmpty())
        return 0;
    // A few rows with text, numbers, codes, dates and empty cells, as a fetch would leave them.
    ColumnStore store(columns());
    QList<pmp::api::Record> records;
    for (int i = 0; i < 5; ++i) {
        QJsonObject o;
        for (const ColumnSpec &spec : columns())
            if ((i + spec.key.size()) % 4 != 0)
                o.insert(spec.key, spec.type == ColumnType::Text
                                       ? QJsonValue(QStringLiteral("v%1-%2").arg(i).arg(spec.key))
                                       : QJsonValue(1700000000000.0 + i * 3));
        records.append(pmp::api::Record(o));
    }
    store.appendRecords(records);
    QFile out(QString::fromLocal8Bit(seedPath));
    if (!out.open(QIODevice::WriteOnly) || !ColumnImage::write(store.snapshot(), out))
        std::exit(1);
    std::exit(0);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = pmp::fuzz::bytes(data, size);
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    QString error;
    const std::optional<ColumnTable> table = ColumnImage::read(in, columns(), &error);
    if (!table && error.isEmpty())
        __builtin_trap(); // "not usable" must say why
    if (table) {
        // Every cell of what was read must be readable.
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c)
                (void)table->display(r, c);
    }
    return 0;
}
