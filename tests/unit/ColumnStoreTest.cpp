// The column store and its image: dictionary ids that widen as values accumulate, copies that stay
// valid while rows keep arriving, and the cache form read back cell for cell (or refused, when damaged).

#include "models/ColumnStore.h"
#include "models/ColumnImage.h"

#include <QBuffer>
#include <QJsonObject>
#include <QTest>

using namespace pmp::models;
using pmp::api::Record;

namespace {

QList<ColumnSpec> columns()
{
    return {ColumnSpec::text(QStringLiteral("name"), QStringLiteral("Name")),
            ColumnSpec::code(QStringLiteral("severity"), QStringLiteral("Severity"), CodeKind::Severity),
            ColumnSpec::time(QStringLiteral("seen"), QStringLiteral("Seen")),
            ColumnSpec::integer(QStringLiteral("id"), QStringLiteral("Id")),
            ColumnSpec::text(QStringLiteral("label"), QStringLiteral("Label")),
            ColumnSpec::boolean(QStringLiteral("on"), QStringLiteral("On"))};
}

// Row i: `distinct` different names, every fifth cell empty in some way, i18n keys and codes by name.
Record row(int i, int distinct)
{
    QJsonObject o{
        {QStringLiteral("name"), QStringLiteral("host-%1").arg(i % distinct)},
        {QStringLiteral("severity"), i % 7 == 0 ? QJsonValue(QStringLiteral("Important")) : QJsonValue(i % 5)},
        {QStringLiteral("seen"), i % 5 == 0 ? QJsonValue(QStringLiteral("--")) : QJsonValue(1.7e12 + i * 1000.0)},
        {QStringLiteral("id"), QString::number(100000 + i)},
        {QStringLiteral("on"), i % 2 == 0}};
    if (i % 3 == 0)
        o.insert(QStringLiteral("label"), QStringLiteral("dc.common.APPROVED"));
    else if (i % 3 == 1)
        o.insert(QStringLiteral("label"), QStringLiteral("--"));
    return Record(o);
}

QList<Record> rows(int from, int to, int distinct)
{
    QList<Record> list;
    for (int i = from; i < to; ++i)
        list << row(i, distinct);
    return list;
}

void compareTables(const ColumnTable &a, const ColumnTable &b)
{
    QCOMPARE(a.rowCount(), b.rowCount());
    QCOMPARE(a.columnCount(), b.columnCount());
    for (int r = 0; r < a.rowCount(); ++r)
        for (int c = 0; c < a.columnCount(); ++c) {
            QCOMPARE(a.display(r, c), b.display(r, c));
            QCOMPARE(a.raw(r, c), b.raw(r, c));
            QCOMPARE(a.isNull(r, c), b.isNull(r, c));
        }
}

} // namespace

class ColumnStoreTest : public QObject
{
    Q_OBJECT
private slots:
    void cellsReadBackAsDecoded()
    {
        ColumnStore store(columns());
        store.appendRecords(rows(0, 10, 10));
        QCOMPARE(store.rowCount(), 10);
        QCOMPARE(store.text(3, 0), QStringLiteral("host-3"));
        QCOMPARE(store.display(7, 1), QStringLiteral("Important")); // a code sent by name
        QVERIFY(store.isNull(5, 2));                                // "--" time
        QCOMPARE(store.number(6, 2), qint64(1.7e12 + 6000.0));
        QCOMPARE(store.display(0, 4), QStringLiteral("Approved"));
        QCOMPARE(store.rawText(0, 4), QStringLiteral("dc.common.APPROVED"));
        QVERIFY(store.isNull(1, 4)); // "--"
        QCOMPARE(store.rawText(1, 4), QStringLiteral("--"));
        QVERIFY(store.isNull(2, 4)); // missing
        QCOMPARE(store.raw(4, 3), QStringLiteral("100004"));
        QCOMPARE(store.display(1, 5), QStringLiteral("No"));
        // One dictionary entry per distinct value: "" plus ten names.
        QCOMPARE(store.column(0).dict.size(), 11);
    }

    void idsWidenAsValuesAccumulate()
    {
        ColumnStore store(columns());
        QCOMPARE(store.column(0).cells.width(), 1);
        store.appendRecords(rows(0, 300, 300));
        QCOMPARE(store.column(0).cells.width(), 2);
        store.appendRecords(rows(300, 70000, 70000));
        QCOMPARE(store.column(0).cells.width(), 4);
        QCOMPARE(store.column(3).cells.width(), 4); // 70,000 distinct ids
        for (int r : {0, 255, 256, 299, 65535, 65536, 69999})
            QCOMPARE(store.text(r, 0), QStringLiteral("host-%1").arg(r));
        QCOMPARE(store.raw(69999, 3), QStringLiteral("169999"));
    }

    void snapshotsStayValidWhileRowsArrive()
    {
        ColumnStore store(columns());
        store.appendRecords(rows(0, 20000, 200));
        const ColumnTable before = store.snapshot();
        // More rows: across a block boundary, widening the name column, then a clear.
        store.appendRecords(rows(20000, 40000, 40000));
        QCOMPARE(before.rowCount(), 20000);
        QCOMPARE(before.column(0).cells.width(), 1);
        QCOMPARE(store.column(0).cells.width(), 2);
        for (int r = 0; r < 20000; r += 997)
            QCOMPARE(before.text(r, 0), QStringLiteral("host-%1").arg(r % 200));
        store.clear();
        QCOMPARE(store.rowCount(), 0);
        QCOMPARE(before.text(19999, 0), QStringLiteral("host-%1").arg(19999 % 200));
    }

    void truncatedCopySeesOnlyItsRows()
    {
        ColumnStore store(columns());
        store.appendRecords(rows(0, 100, 50));
        ColumnTable copy = store.snapshot();
        copy.truncate(40);
        QCOMPARE(copy.rowCount(), 40);
        QCOMPARE(copy.column(0).cells.size(), 40);
        QCOMPARE(copy.text(39, 0), QStringLiteral("host-39"));
    }

    void droppedRowsKeepTheirIds()
    {
        ColumnStore store(columns());
        store.appendRecords(rows(0, 50, 50));
        const quint32 id = store.column(0).cells.id(7);
        store.dropRows();
        QCOMPARE(store.rowCount(), 0);
        store.appendRecords({row(7, 50)});
        QCOMPARE(store.column(0).cells.id(0), id);
        QCOMPARE(store.text(0, 0), QStringLiteral("host-7"));
    }

    void imageRoundTrip()
    {
        ColumnStore store(columns());
        store.appendRecords(rows(0, 40000, 5000)); // several blocks, 2-byte ids
        QBuffer bytes;
        bytes.open(QIODevice::WriteOnly);
        QVERIFY(ColumnImage::write(store.snapshot(), bytes));
        bytes.close();
        bytes.open(QIODevice::ReadOnly);
        QString error;
        const std::optional<ColumnTable> read = ColumnImage::read(bytes, columns(), &error);
        QVERIFY2(read, qPrintable(error));
        compareTables(store, *read);
        // A few bytes per row: ids and values compress well.
        QVERIFY(bytes.size() < 40000 * 20);

        // A store adopting the image goes on appending where it ends.
        ColumnStore adopted(columns());
        adopted.adopt(*read);
        adopted.appendRecords(rows(40000, 40010, 5000));
        QCOMPARE(adopted.rowCount(), 40010);
        QCOMPARE(adopted.text(40009, 0), QStringLiteral("host-%1").arg(40009 % 5000));
        QCOMPARE(adopted.column(0).dict.size(), store.column(0).dict.size()); // the same names, no new ids
    }

    void emptyImageRoundTrip()
    {
        QBuffer bytes;
        bytes.open(QIODevice::WriteOnly);
        QVERIFY(ColumnImage::write(ColumnTable(columns()), bytes));
        bytes.close();
        bytes.open(QIODevice::ReadOnly);
        QString error;
        const auto read = ColumnImage::read(bytes, columns(), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->rowCount(), 0);
    }

    void damagedOrForeignImagesAreRefused()
    {
        ColumnStore store(columns());
        store.appendRecords(rows(0, 3000, 300));
        QBuffer good;
        good.open(QIODevice::WriteOnly);
        QVERIFY(ColumnImage::write(store.snapshot(), good));
        const QByteArray image = good.data();

        auto readBack = [](QByteArray data, const QList<ColumnSpec> &specs, QString *error) {
            QBuffer b(&data);
            b.open(QIODevice::ReadOnly);
            return ColumnImage::read(b, specs, error);
        };
        QString error;
        QVERIFY(!readBack(image.left(image.size() / 2), columns(), &error));
        QVERIFY2(error.contains(QLatin1String("cut short")) || error.contains(QLatin1String("damaged")),
                 qPrintable(error));

        // Damage anywhere is either refused or harmless (a size hint, say): never read as other data.
        int refused = 0;
        for (qsizetype at = 12; at < image.size(); at += 37) {
            QByteArray flipped = image;
            flipped[at] = char(flipped.at(at) ^ 0x5a);
            const std::optional<ColumnTable> read = readBack(flipped, columns(), &error);
            if (!read) {
                ++refused;
                continue;
            }
            compareTables(store, *read);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("a flip at byte %1 was read as other data").arg(at)));
        }
        QVERIFY(refused > image.size() / 37 / 2);

        QList<ColumnSpec> other = columns();
        other[1] = ColumnSpec::text(QStringLiteral("severity"), QStringLiteral("Severity"));
        QVERIFY(!readBack(image, other, &error));
        QVERIFY2(error.contains(QLatin1String("columns changed")), qPrintable(error));

        QVERIFY(!readBack(QByteArrayLiteral("{\"not\":\"an image\"}"), columns(), &error));
        QVERIFY2(error.contains(QLatin1String("not a column image")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(ColumnStoreTest)
#include "ColumnStoreTest.moc"
