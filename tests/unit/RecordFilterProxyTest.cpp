// The search-and-sort proxy on tables large enough to be searched and sorted on worker threads: every
// result is compared with a plain row-by-row answer, under Qt's model tester, through narrowing and
// widening searches, keystrokes that cancel each other, rows arriving under a sort, and a reset.

#include "models/RecordFilterProxy.h"
#include "models/RecordTableModel.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace pmp::models;
using pmp::api::Record;

namespace {

constexpr int Rows = 30000; // above RecordFilterProxy::InlineRows: the asynchronous path

QList<ColumnSpec> columns()
{
    return {ColumnSpec::text(QStringLiteral("name"), QStringLiteral("Name")),
            ColumnSpec::code(QStringLiteral("severity"), QStringLiteral("Severity"), CodeKind::Severity),
            ColumnSpec::time(QStringLiteral("seen"), QStringLiteral("Seen")),
            ColumnSpec::integer(QStringLiteral("count"), QStringLiteral("Count")),
            ColumnSpec::text(QStringLiteral("office"), QStringLiteral("Office"))};
}

// Deterministic, varied rows: names with numbers in them (natural order), some empty cells.
Record row(int i)
{
    const quint32 h = quint32(i) * 2654435761u;
    static const char *offices[] = {"London", "Zürich", "東京", "Chennai", "", "london"};
    QJsonObject o{{QStringLiteral("name"), QStringLiteral("PC-%1").arg(h % 9000)},
                  {QStringLiteral("severity"), int(h >> 8) % 5},
                  {QStringLiteral("count"), int(h >> 4) % 300},
                  {QStringLiteral("office"), QString::fromUtf8(offices[(h >> 12) % 6])}};
    if ((h >> 16) % 4)
        o.insert(QStringLiteral("seen"), 1.6e12 + double(h % 100000) * 1000.0);
    return Record(o);
}

QList<Record> rows(int from, int to)
{
    QList<Record> list;
    for (int i = from; i < to; ++i)
        list << row(i);
    return list;
}

void settle(RecordFilterProxy &proxy)
{
    QTRY_VERIFY_WITH_TIMEOUT(proxy.isSettled(), 20000);
}

QList<int> shownSourceRows(const RecordFilterProxy &proxy)
{
    QList<int> out;
    for (int r = 0; r < proxy.rowCount(); ++r)
        out << proxy.mapToSource(proxy.index(r, 0)).row();
    return out;
}

// The rows a search must show, in source order, worked out one row at a time.
QList<int> expectedMatches(const RecordTableModel &model, const QString &needle, const QList<int> &cols)
{
    QList<int> out;
    const QString folded = needle.trimmed().toLower();
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.store().matches(r, folded, cols))
            out << r;
    return out;
}

// Checks that `shown` is ordered by column `col` as the console promises: typed, empty cells last
// ascending (first descending), and rows that compare equal in source order.
void checkOrder(const RecordTableModel &model, const QList<int> &shown, int col, Qt::SortOrder order)
{
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const ColumnTable &t = model.store();
    const bool text = t.columns().at(col).type == ColumnType::Text;
    auto compare = [&](int a, int b) -> int { // <0 when a comes before b ascending
        const bool an = t.isNull(a, col), bn = t.isNull(b, col);
        if (an != bn)
            return an ? 1 : -1;
        if (an)
            return 0;
        if (text)
            return collator.compare(t.text(a, col), t.text(b, col));
        const qint64 x = t.sortValue(a, col).toLongLong(), y = t.sortValue(b, col).toLongLong();
        return x < y ? -1 : x > y ? 1 : 0;
    };
    for (qsizetype i = 1; i < shown.size(); ++i) {
        int c = compare(shown.at(i - 1), shown.at(i));
        if (order == Qt::DescendingOrder)
            c = -c;
        QVERIFY2(c <= 0, qPrintable(QStringLiteral("column %1: rows %2 and %3 out of order")
                                        .arg(col)
                                        .arg(shown.at(i - 1))
                                        .arg(shown.at(i))));
        if (c == 0)
            QVERIFY2(shown.at(i - 1) < shown.at(i), "equal rows keep their order");
    }
}

} // namespace

class RecordFilterProxyTest : public QObject
{
    Q_OBJECT
private slots:
    void searchMatchesRowByRow()
    {
        RecordTableModel model(columns());
        model.appendRecords(rows(0, Rows));
        RecordFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        const QList<int> all{0, 1, 2, 3, 4};
        // Narrowing, widening, a word of a code, a number, non-Latin text, nothing.
        for (const QString &needle :
             {QStringLiteral("pc-1"), QStringLiteral("pc-12"), QStringLiteral("pc-123"), QStringLiteral("pc-12"),
              QStringLiteral("PC-1"), QStringLiteral("critical"), QStringLiteral("17"), QStringLiteral("東"),
              QStringLiteral("LONDON"), QStringLiteral("zzz-no-such"), QString()}) {
            proxy.setSearchText(needle);
            settle(proxy);
            QCOMPARE(shownSourceRows(proxy), needle.isEmpty() ? expectedMatches(model, QStringLiteral(""), all)
                                                              : expectedMatches(model, needle, all));
        }
        proxy.setSearchColumns({4});
        proxy.setSearchText(QStringLiteral("lon"));
        settle(proxy);
        QCOMPARE(shownSourceRows(proxy), expectedMatches(model, QStringLiteral("lon"), {4}));
    }

    void onlySomeRowsCombineWithSearchAndSort()
    {
        // "Only changes": a bitmap of source rows, alone, under a search, under a sort, then lifted.
        for (const int count : {Rows, 2000}) { // the asynchronous and the inline path
            RecordTableModel model(columns());
            model.appendRecords(rows(0, count));
            RecordFilterProxy proxy;
            QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
            proxy.setSourceModel(&model);
            auto bits = std::make_shared<std::vector<quint64>>((size_t(count) + 63) / 64, 0);
            QList<int> flagged;
            for (int r = 0; r < count; r += 7) {
                (*bits)[size_t(r) >> 6] |= quint64(1) << (r & 63);
                flagged << r;
            }
            proxy.setOnlyRows(bits);
            settle(proxy);
            QVERIFY(proxy.showsOnlySomeRows());
            QCOMPARE(shownSourceRows(proxy), flagged);

            proxy.setSearchText(QStringLiteral("pc-1"));
            settle(proxy);
            QList<int> both;
            for (const int r : expectedMatches(model, QStringLiteral("pc-1"), {0, 1, 2, 3, 4}))
                if (r % 7 == 0)
                    both << r;
            QCOMPARE(shownSourceRows(proxy), both);

            proxy.setSearchText(QString());
            proxy.sort(3, Qt::DescendingOrder);
            settle(proxy);
            QList<int> sorted = shownSourceRows(proxy);
            QCOMPARE(sorted.size(), flagged.size());
            checkOrder(model, sorted, 3, Qt::DescendingOrder);
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(sorted, flagged);

            proxy.setOnlyRows({});
            settle(proxy);
            QVERIFY(!proxy.showsOnlySomeRows());
            QCOMPARE(proxy.rowCount(), count);
        }
    }

    void keystrokesCancelEachOther()
    {
        RecordTableModel model(columns());
        model.appendRecords(rows(0, Rows));
        RecordFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(0);
        // Typed faster than any search runs: only the last one counts.
        for (const QString &typed : {QStringLiteral("p"), QStringLiteral("pc"), QStringLiteral("pc-"),
                                     QStringLiteral("pc-8"), QStringLiteral("pc-88")})
            proxy.setSearchText(typed);
        settle(proxy);
        QList<int> expected = expectedMatches(model, QStringLiteral("pc-88"), {0, 1, 2, 3, 4});
        const QList<int> shown = shownSourceRows(proxy);
        QCOMPARE(shown.size(), expected.size());
        checkOrder(model, shown, 0, Qt::AscendingOrder);
        std::sort(expected.begin(), expected.end());
        QList<int> sortedShown = shown;
        std::sort(sortedShown.begin(), sortedShown.end());
        QCOMPARE(sortedShown, expected);
    }

    void sortsEveryTypeOfColumn()
    {
        RecordTableModel model(columns());
        model.appendRecords(rows(0, Rows));
        RecordFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        for (int col = 0; col < 5; ++col) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy.sort(col, order);
                settle(proxy);
                const QList<int> shown = shownSourceRows(proxy);
                QCOMPARE(shown.size(), Rows);
                checkOrder(model, shown, col, order);
            }
        }
        // Natural order for numbers inside names, severity by its meaning.
        proxy.sort(0, Qt::AscendingOrder);
        settle(proxy);
        QCOMPARE(proxy.data(proxy.index(0, 0)).toString(), QStringLiteral("PC-0"));
        proxy.sort(1, Qt::DescendingOrder);
        settle(proxy);
        QCOMPARE(proxy.data(proxy.index(0, 1)).toString(), QStringLiteral("Critical"));
        proxy.sort(-1);
        settle(proxy);
        QCOMPARE(shownSourceRows(proxy).first(), 0);
        QCOMPARE(shownSourceRows(proxy).last(), Rows - 1);
    }

    void rowsArrivingUnderSortAndSearchFindTheirPlace()
    {
        RecordTableModel model(columns());
        RecordFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(4, Qt::DescendingOrder);
        proxy.setSearchText(QStringLiteral("pc-2"));
        for (int from = 0; from < 3 * Rows; from += 7000) {
            model.appendRecords(rows(from, qMin(3 * Rows, from + 7000)));
            QCoreApplication::processEvents();
        }
        settle(proxy);
        const QList<int> shown = shownSourceRows(proxy);
        checkOrder(model, shown, 4, Qt::DescendingOrder);
        QList<int> sortedShown = shown;
        std::sort(sortedShown.begin(), sortedShown.end());
        QCOMPARE(sortedShown, expectedMatches(model, QStringLiteral("pc-2"), {0, 1, 2, 3, 4}));
    }

    void theCurrentRowFollowsItsDataAcrossASort()
    {
        RecordTableModel model(columns());
        model.appendRecords(rows(0, Rows));
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        QPersistentModelIndex current(proxy.index(1234, 0));
        const QString name = current.data().toString();
        const int source = proxy.mapToSource(current).row();
        proxy.sort(3, Qt::DescendingOrder);
        settle(proxy);
        QVERIFY(current.isValid());
        QCOMPARE(current.data().toString(), name);
        QCOMPARE(proxy.mapToSource(current).row(), source);
        QCOMPARE(proxy.mapFromSource(model.index(source, 0)).row(), current.row());
    }

    void aResetWhileSearchingStartsAfresh()
    {
        RecordTableModel model(columns());
        model.appendRecords(rows(0, Rows));
        RecordFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSearchText(QStringLiteral("pc-4"));
        model.clear(); // the running search is dropped
        QCOMPARE(proxy.rowCount(), 0);
        model.appendRecords(rows(Rows, 2 * Rows));
        settle(proxy);
        QCOMPARE(shownSourceRows(proxy), expectedMatches(model, QStringLiteral("pc-4"), {0, 1, 2, 3, 4}));
    }
};

QTEST_GUILESS_MAIN(RecordFilterProxyTest)
#include "RecordFilterProxyTest.moc"
