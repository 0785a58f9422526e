#include "IsoTime.h"
#include "SampleComputer.h"
#include "TempDatabase.h"
#include "store/Database.h"
#include "store/ViewCache.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pmp::store;
using pmp::api::Record;
using pmp::test::isoTime;

namespace {

Record computer(int i)
{
    return pmp::test::sampleComputer(i);
}

QList<Record> computers(int n)
{
    QList<Record> list;
    list.reserve(n);
    for (int i = 0; i < n; ++i)
        list << computer(i);
    return list;
}

} // namespace

class StoreViewCacheTest : public pmp::test::TempDatabaseTest
{
    Q_OBJECT

private slots:
    void roundTripPreservesEverything()
    {
        ViewCache cache(*m_db);
        const QList<Record> records = {
            Record(QJsonObject{
                {QStringLiteral("resource.name"), QStringLiteral("PC.with.dots")}, // a literal key, not a path
                {QStringLiteral("os.platform.name"), QStringLiteral("Linux")},
                {QStringLiteral("unicode"),
                 QStringLiteral("Ærøskøbing — 東京 — Москва — القاهرة — 🛡️")},
                {QStringLiteral("zero_padded"), QStringLiteral("007")},
                {QStringLiteral("decimal_string"), QStringLiteral("1.50")},
                {QStringLiteral("big_string"), QStringLiteral("9007199254740993")},
                {QStringLiteral("big_number"), QJsonValue(qint64(9007199254740993LL))},
                {QStringLiteral("negative"), -42},
                {QStringLiteral("fraction"), 0.1},
                {QStringLiteral("placeholder"), QStringLiteral("--")},
                {QStringLiteral("empty"), QString()},
                {QStringLiteral("null"), QJsonValue(QJsonValue::Null)},
                {QStringLiteral("flag"), true},
                {QStringLiteral("flag_string"), QStringLiteral("false")},
                {QStringLiteral("nested"),
                 QJsonObject{{QStringLiteral("a.b"), QJsonArray{1, QStringLiteral("2"), 3.5}}}},
                {QStringLiteral("control"), QStringLiteral("line1\nline2\t\"quoted\"\\")},
            }),
            Record(), // an empty object is a record too
            computer(1),
        };
        const QDateTime fetched = isoTime("2026-03-01T12:34:56.789Z");
        QVERIFY(cache.save(QStringLiteral("computers"), QStringLiteral("branch=Zürich&domain=CORP"), records, fetched,
                           false));

        const auto loaded = cache.load(QStringLiteral("computers"), QStringLiteral("branch=Zürich&domain=CORP"));
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->records.size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i)
            QCOMPARE(loaded->records.at(i).raw(), records.at(i).raw());
        QCOMPARE(loaded->fetchedAt, fetched);
        QCOMPARE(loaded->fetchedAt.toMSecsSinceEpoch(), fetched.toMSecsSinceEpoch());
        QVERIFY(!loaded->complete);

        const Record &first = loaded->records.first();
        QCOMPARE(first.value(QStringLiteral("zero_padded")).toString(), QStringLiteral("007"));
        QCOMPARE(first.value(QStringLiteral("decimal_string")).toString(), QStringLiteral("1.50"));
        QCOMPARE(first.value(QStringLiteral("big_string")).toString(), QStringLiteral("9007199254740993"));
        QVERIFY(first.value(QStringLiteral("big_string")).isString());
        QCOMPARE(first.value(QStringLiteral("big_number")).toInteger(), qint64(9007199254740993LL));
        QVERIFY(first.value(QStringLiteral("null")).isNull());
        QVERIFY(first.value(QStringLiteral("empty")).isString());
        QCOMPARE(first.rawText(QStringLiteral("resource.name")), QStringLiteral("PC.with.dots"));
    }

    void emptyListIsCachedToo()
    {
        ViewCache cache(*m_db);
        QVERIFY(cache.save(QStringLiteral("patches"), {}, {}, isoTime("2026-01-01T00:00:00Z"), true));
        const auto loaded = cache.load(QStringLiteral("patches"), {});
        QVERIFY(loaded.has_value()); // "no rows as of <time>" differs from "never fetched"
        QVERIFY(loaded->records.isEmpty());
        QVERIFY(loaded->complete);
    }

    void queryKeysAndViewsAreSeparate()
    {
        ViewCache cache(*m_db);
        const QDateTime t = isoTime("2026-02-02T10:00:00Z");
        QVERIFY(cache.save(QStringLiteral("computers"), {}, computers(3), t, true));
        QVERIFY(
            cache.save(QStringLiteral("computers"), QStringLiteral("domain=CORP"), computers(1), t.addSecs(60), false));
        QVERIFY(cache.save(QStringLiteral("systems"), {}, computers(2), t.addSecs(120), true));

        QCOMPARE(cache.load(QStringLiteral("computers"), {})->records.size(), 3);
        QCOMPARE(cache.load(QStringLiteral("computers"), QStringLiteral("domain=CORP"))->records.size(), 1);
        QCOMPARE(cache.load(QStringLiteral("computers"), QStringLiteral("domain=CORP"))->fetchedAt, t.addSecs(60));
        QCOMPARE(cache.load(QStringLiteral("systems"), {})->records.size(), 2);
        QVERIFY(!cache.load(QStringLiteral("systems"), QStringLiteral("domain=CORP")).has_value());
        QVERIFY(!cache.load(QStringLiteral("patches"), {}).has_value());

        // A later fetch replaces the earlier one for the same view and query only.
        QVERIFY(cache.save(QStringLiteral("computers"), {}, computers(5), t.addSecs(300), true));
        QCOMPARE(cache.load(QStringLiteral("computers"), {})->records.size(), 5);
        QCOMPARE(cache.load(QStringLiteral("computers"), QStringLiteral("domain=CORP"))->records.size(), 1);

        QVERIFY(cache.remove(QStringLiteral("computers"), QStringLiteral("domain=CORP")));
        QVERIFY(!cache.load(QStringLiteral("computers"), QStringLiteral("domain=CORP")).has_value());
        QVERIFY(cache.load(QStringLiteral("computers"), {}).has_value());
        QVERIFY(cache.storedBytes() > 0);
        QVERIFY(cache.clear());
        QVERIFY(!cache.load(QStringLiteral("computers"), {}).has_value());
        QCOMPARE(cache.storedBytes(), 0);
    }

    void objects()
    {
        ViewCache cache(*m_db);
        const QJsonObject summary{
            {QStringLiteral("missing_critical"), QStringLiteral("12")},
            {QStringLiteral("patch.db.status"), QStringLiteral("dc.common.SUCCESS")},
            {QStringLiteral("branch_offices"), QJsonArray{QStringLiteral("Zürich"), QStringLiteral("東京")}}};
        const QDateTime t = isoTime("2026-02-03T08:00:00.001Z");
        QVERIFY(cache.saveObject(QStringLiteral("patch-summary"), {}, summary, t));
        const auto loaded = cache.loadObject(QStringLiteral("patch-summary"), {});
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->object, summary);
        QCOMPARE(loaded->fetchedAt, t);
        QVERIFY(!cache.loadObject(QStringLiteral("patch-summary"), QStringLiteral("other")).has_value());
        QVERIFY(!cache.load(QStringLiteral("patch-summary"), {}).has_value()); // objects and lists do not mix
    }

    void survivesReopen()
    {
        const QString path = m_db->path();
        {
            ViewCache cache(*m_db);
            QVERIFY(cache.save(QStringLiteral("computers"), {}, computers(10), isoTime("2026-02-02T10:00:00Z"), true));
        }
        m_db->close();
        Database again(path);
        QCOMPARE(again.open().status, pmp::store::OpenResult::Status::Opened);
        QCOMPARE(ViewCache(again).load(QStringLiteral("computers"), {})->records, computers(10));
    }

    void damagedEntryReadsAsNotCached()
    {
        ViewCache cache(*m_db);
        QVERIFY(cache.save(QStringLiteral("computers"), {}, computers(10), isoTime("2026-02-02T10:00:00Z"), true));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE view_cache SET payload = x'00000010deadbeef'")));
        QTest::ignoreMessage(QtWarningMsg, "qUncompress: Input data is corrupted");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("payload is damaged")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("treated as not cached")));
        QVERIFY(!cache.load(QStringLiteral("computers"), {}).has_value());
        QVERIFY(q.exec(QStringLiteral("UPDATE view_cache SET encoding = 99")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unknown encoding")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("treated as not cached")));
        QVERIFY(!cache.load(QStringLiteral("computers"), {}).has_value());
    }

    void encodeOffThreadThenSave()
    {
        // The two halves give the same result as save()/load().
        ViewCache cache(*m_db);
        const QList<Record> records = computers(100);
        const EncodedView encoded = ViewCache::encode(records);
        QCOMPARE(encoded.recordCount, 100);
        QVERIFY(cache.saveEncoded(QStringLiteral("computers"), {}, encoded, isoTime("2026-02-02T10:00:00Z"), true));
        QCOMPARE(cache.load(QStringLiteral("computers"), {})->records, records);
        EncodedView back;
        const auto view = cache.loadEncoded(QStringLiteral("computers"), {}, &back);
        QVERIFY(view.has_value());
        QVERIFY(view->complete);
        QCOMPARE(ViewCache::decode(back).value(), records);
    }

    void fiftyThousandRecords()
    {
        ViewCache cache(*m_db);
        const QList<Record> records = computers(50000);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(cache.save(QStringLiteral("computers"), {}, records, isoTime("2026-02-02T10:00:00Z"), true));
        const qint64 saveMs = timer.restart();
        const auto loaded = cache.load(QStringLiteral("computers"), {});
        const qint64 loadMs = timer.elapsed();
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->records.size(), 50000);
        QCOMPARE(loaded->records, records);
        qInfo("50,000 records: save %lld ms, load %lld ms, %lld compressed bytes", saveMs, loadMs, cache.storedBytes());
    }
};

QTEST_GUILESS_MAIN(StoreViewCacheTest)
#include "StoreViewCacheTest.moc"
