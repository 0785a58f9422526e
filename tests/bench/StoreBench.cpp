// Figures for the local store: how long saving and loading a view of 50,000 and 200,000 records
// takes, where the time goes, and how large the file gets. Not a test: nothing here passes or fails.
//   patchdeck-bench-store [--keep DIR]

#include "SampleComputer.h"
#include "store/Database.h"
#include "store/ViewCache.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using pmp::api::Record;
using namespace pmp::store;

namespace {

Record computer(int i)
{
    return pmp::test::sampleComputer(i);
}

qint64 fileBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QLatin1String("-wal")).size();
}

void line(const char *what, double value, const char *unit)
{
    std::printf("  %-44s %12.1f %s\n", what, value, unit);
}

// Where the time of one save/load goes, encoding by encoding, without SQLite.
void encodings(const QList<Record> &records)
{
    std::printf("  encoding alternatives (no SQLite):\n");
    QElapsedTimer t;

    t.start();
    QByteArray perRecord = "[";
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (i)
            perRecord += ',';
        perRecord += QJsonDocument(records.at(i).raw()).toJson(QJsonDocument::Compact);
    }
    perRecord += ']';
    line("JSON, record by record: serialise", t.elapsed(), "ms");

    t.restart();
    QJsonArray array;
    for (const Record &r : records)
        array.append(r.raw());
    const QByteArray whole = QJsonDocument(array).toJson(QJsonDocument::Compact);
    line("JSON, one QJsonArray: serialise", t.elapsed(), "ms");
    line("JSON size", whole.size() / 1024.0, "KiB");

    for (int level : {1, 6}) {
        t.restart();
        const QByteArray packed = qCompress(whole, level);
        const double packMs = t.elapsed();
        t.restart();
        const QByteArray unpacked = qUncompress(packed);
        const double unpackMs = t.elapsed();
        std::printf("  zlib level %d: compress %.1f ms, uncompress %.1f ms, %.1f KiB\n", level, packMs, unpackMs,
                    packed.size() / 1024.0);
    }

    t.restart();
    const QJsonDocument parsed = QJsonDocument::fromJson(whole);
    line("JSON parse", t.elapsed(), "ms");
    t.restart();
    QList<Record> back;
    back.reserve(records.size());
    for (const QJsonValue &v : parsed.array())
        back.append(Record(v.toObject()));
    line("JSON array -> records", t.elapsed(), "ms");

    t.restart();
    QCborArray cbor;
    for (const Record &r : records)
        cbor.append(QCborValue::fromJsonValue(r.raw()));
    const QByteArray cborBytes = QCborValue(cbor).toCbor();
    line("CBOR: serialise", t.elapsed(), "ms");
    line("CBOR size", cborBytes.size() / 1024.0, "KiB");
    t.restart();
    const QCborArray cborBack = QCborValue::fromCbor(cborBytes).toArray();
    QList<Record> back2;
    back2.reserve(records.size());
    for (const QCborValue &v : cborBack)
        back2.append(Record(v.toMap().toJsonObject()));
    line("CBOR: parse -> records", t.elapsed(), "ms");
}

void run(const QString &dir, int count)
{
    std::printf("\n%d records\n", count);
    QElapsedTimer t;
    t.start();
    QList<Record> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i)
        records << computer(i);
    line("generate", t.elapsed(), "ms");

    const QString path = QDir(dir).filePath(QStringLiteral("bench-%1.sqlite").arg(count));
    {
        Database db(path);
        db.open();
        ViewCache cache(db);
        t.restart();
        cache.save(QStringLiteral("computers"), {}, records, QDateTime::currentDateTimeUtc(), true);
        line("ViewCache::save", t.elapsed(), "ms");
        t.restart();
        cache.save(QStringLiteral("computers"), {}, records, QDateTime::currentDateTimeUtc(), true);
        line("ViewCache::save again (replace)", t.elapsed(), "ms");
        t.restart();
        const auto loaded = cache.load(QStringLiteral("computers"), {});
        line("ViewCache::load", t.elapsed(), "ms");
        if (!loaded || loaded->records.size() != count)
            std::printf("  LOAD FAILED\n");
        line("stored payload", cache.storedBytes() / 1024.0, "KiB");
        line("file + WAL before close", fileBytes(path) / 1024.0, "KiB");
    }
    line("file after close (checkpointed)", fileBytes(path) / 1024.0, "KiB");
    {
        Database db(path);
        t.restart();
        db.open(); // includes PRAGMA quick_check over the whole file
        line("Database::open of this file", t.elapsed(), "ms");
        t.restart();
        const auto loaded = ViewCache(db).load(QStringLiteral("computers"), {});
        line("ViewCache::load after reopen", t.elapsed(), "ms");
    }
    encodings(records);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    QString dir = temp.path();
    const QStringList args = app.arguments();
    const qsizetype keep = args.indexOf(QStringLiteral("--keep"));
    if (keep > 0 && keep + 1 < args.size()) {
        dir = args.at(keep + 1);
        QDir().mkpath(dir);
    }
    std::printf("PatchDeck store benchmark (Qt %s), files in %s\n", qVersion(), qPrintable(dir));
    for (int count : {50000, 200000})
        run(dir, count);
    return 0;
}
