// What changed between two fetches of a list: rows matched by identity whatever their order and
// whatever dictionary ids the two stores gave their values, added / removed / changed rows counted and
// kept, changed cells named with their old text, duplicates paired in order, and lists that cannot be
// compared refused rather than guessed.

#include "models/ListChanges.h"
#include "models/ColumnStore.h"
#include "models/ViewCatalogue.h"

#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace pmp::models;
using pmp::api::Record;

namespace {

QList<ColumnSpec> columns()
{
    return {ColumnSpec::integer(QStringLiteral("resource_id"), QStringLiteral("Computer id")),
            ColumnSpec::integer(QStringLiteral("patch_id"), QStringLiteral("Patch id")),
            ColumnSpec::text(QStringLiteral("name"), QStringLiteral("Name")),
            ColumnSpec::code(QStringLiteral("status"), QStringLiteral("Status"), CodeKind::PatchStatus),
            ColumnSpec::time(QStringLiteral("installed"), QStringLiteral("Installed"))};
}

Record status(int computer, int patch, const QString &name, int code, qint64 installedMs = 0)
{
    QJsonObject o{{QStringLiteral("resource_id"), computer},
                  {QStringLiteral("patch_id"), patch},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("status"), code}};
    if (installedMs)
        o.insert(QStringLiteral("installed"), double(installedMs));
    return Record(o);
}

ColumnStore table(const QList<Record> &records)
{
    ColumnStore store(columns());
    store.appendRecords(records);
    return store;
}

const QList<int> identity{0, 1};

} // namespace

class ListChangesTest : public QObject
{
    Q_OBJECT
private slots:
    void sameRowsInAnotherOrderAreNoChange()
    {
        const ColumnStore before = table({status(1, 10, "a", 201), status(1, 11, "a", 202), status(2, 10, "b", 201)});
        // Another order, and "b" first, so the two stores give every value other ids.
        const ColumnStore after = table({status(2, 10, "b", 201), status(1, 11, "a", 202), status(1, 10, "a", 201)});
        const auto changes = ListChanges::compare(before, after, identity);
        QVERIFY(changes);
        QVERIFY(changes->isEmpty());
        QCOMPARE(changes->rows(), 3);
        QCOMPARE(changes->removedRows().rowCount(), 0);
        for (int r = 0; r < 3; ++r)
            QCOMPARE(changes->row(r), ListChanges::Row::Unchanged);
    }

    void addsRemovalsAndChangedCells()
    {
        const ColumnStore before = table({status(1, 10, "pc-1", 201), status(1, 11, "pc-1", 202, 1700000000000),
                                          status(2, 10, "pc-2", 202), status(3, 12, "pc-3", 201)});
        const ColumnStore after = table({status(4, 10, "pc-4", 202),                // added: a new computer
                                         status(1, 11, "pc-1", 202, 1700000000000), // unchanged
                                         status(1, 10, "pc-1", 202, 1700000600000), // installed now
                                         status(2, 10, "pc-2-renamed", 202),        // renamed
                                         status(2, 12, "pc-2-renamed", 201)});      // added: a known computer
        const auto changes = ListChanges::compare(before, after, identity);
        QVERIFY(changes);
        QCOMPARE(changes->addedCount(), 2);
        QCOMPARE(changes->changedCount(), 2);
        QCOMPARE(changes->removedCount(), 1);
        QCOMPARE(changes->row(0), ListChanges::Row::Added);
        QCOMPARE(changes->row(1), ListChanges::Row::Unchanged);
        QCOMPARE(changes->row(2), ListChanges::Row::Changed);
        QCOMPARE(changes->row(3), ListChanges::Row::Changed);
        QCOMPARE(changes->row(4), ListChanges::Row::Added);

        // Row 2: status and install time changed, name and ids did not.
        QVERIFY(!changes->cellChanged(2, 0));
        QVERIFY(!changes->cellChanged(2, 2));
        QVERIFY(changes->cellChanged(2, 3));
        QVERIFY(changes->cellChanged(2, 4));
        QCOMPARE(changes->oldDisplay(2, 3), before.display(0, 3));
        QVERIFY(!changes->oldDisplay(2, 3).isEmpty());
        QCOMPARE(changes->oldDisplay(2, 4), QString()); // was empty: shown as empty
        QCOMPARE(changes->oldDisplay(2, 2), QString()); // not changed
        // Row 3: only the name.
        QVERIFY(changes->cellChanged(3, 2));
        QVERIFY(!changes->cellChanged(3, 3));
        QCOMPARE(changes->oldDisplay(3, 2), QStringLiteral("pc-2"));
        QVERIFY(!changes->cellChanged(1, 3));
        QVERIFY(!changes->cellChanged(0, 3)); // added rows have no old cells

        // The removed row is kept whole, with its own values.
        QCOMPARE(changes->removedRows().rowCount(), 1);
        QCOMPARE(changes->removedRows().display(0, 2), QStringLiteral("pc-3"));
        QCOMPARE(changes->removedRows().raw(0, 1), QStringLiteral("12"));

        // "Only changes": rows 0, 2, 3 and 4.
        const std::vector<quint64> &bits = *changes->changedRows();
        QCOMPARE(bits.size(), size_t(1));
        QCOMPARE(bits[0], quint64(0b11101));
    }

    void everythingNewOrEverythingGone()
    {
        const ColumnStore some = table({status(1, 10, "a", 201), status(2, 10, "b", 201)});
        const ColumnStore none = table({});
        const auto allNew = ListChanges::compare(none, some, identity);
        QVERIFY(allNew);
        QCOMPARE(allNew->addedCount(), 2);
        QCOMPARE(allNew->removedCount(), 0);
        const auto allGone = ListChanges::compare(some, none, identity);
        QVERIFY(allGone);
        QCOMPARE(allGone->removedCount(), 2);
        QCOMPARE(allGone->rows(), 0);
        QCOMPARE(allGone->removedRows().display(1, 2), QStringLiteral("b"));
    }

    void duplicateIdentitiesPairInOrder()
    {
        // A server that lists one row twice: the first pairs with the first, the second with the second.
        const ColumnStore before = table({status(1, 10, "first", 201), status(1, 10, "second", 201)});
        const ColumnStore after =
            table({status(1, 10, "first", 201), status(1, 10, "second", 202), status(1, 10, "third", 201)});
        const auto changes = ListChanges::compare(before, after, identity);
        QVERIFY(changes);
        QCOMPARE(changes->row(0), ListChanges::Row::Unchanged);
        QCOMPARE(changes->row(1), ListChanges::Row::Changed);
        QVERIFY(changes->cellChanged(1, 3));
        QVERIFY(!changes->cellChanged(1, 2));
        QCOMPARE(changes->row(2), ListChanges::Row::Added);
        QCOMPARE(changes->removedCount(), 0);
    }

    void listsThatCannotBeComparedAreRefused()
    {
        const ColumnStore a = table({status(1, 10, "a", 201)});
        QVERIFY(!ListChanges::compare(a, a, {}));     // nothing to match rows by
        QVERIFY(!ListChanges::compare(a, a, {4}));    // a time column is no identity
        QVERIFY(!ListChanges::compare(a, a, {0, 9})); // no such column
        ColumnStore other({ColumnSpec::text(QStringLiteral("x"), QStringLiteral("X"))});
        QVERIFY(!ListChanges::compare(other, a, {0})); // other columns
        // Cancelled before it starts.
        auto cancelled = std::make_shared<std::atomic<bool>>(true);
        QVERIFY(!ListChanges::compare(a, a, identity, cancelled));
    }

    void largeListsAgainstAPlainReference()
    {
        // 40,000 rows over more than 256 and 65,536 distinct-value boundaries on one side only (the
        // two stores' ids have different widths), shuffled, with known changes; checked against a map.
        const int computers = 400, patches = 100;
        QList<Record> before, after;
        QHash<QPair<int, int>, int> beforeCode;
        int expectAdded = 0, expectChanged = 0, expectRemoved = 0;
        for (int c = 0; c < computers; ++c)
            for (int p = 0; p < patches; ++p) {
                const int code = (c + p) % 3 == 0 ? 202 : 201;
                before << status(c, p, QStringLiteral("pc-%1").arg(c), code);
                beforeCode.insert({c, p}, code);
            }
        for (int c = 0; c < computers; ++c)
            for (int p = 0; p < patches; ++p) {
                if (c % 50 == 7) { // this computer left the fleet
                    ++expectRemoved;
                    continue;
                }
                int code = beforeCode.value({c, p});
                if ((c * 31 + p) % 97 == 0) {
                    code = code == 202 ? 201 : 202;
                    ++expectChanged;
                }
                after << status(c, p, QStringLiteral("pc-%1").arg(c), code);
            }
        for (int c = computers; c < computers + 5; ++c)
            for (int p = 0; p < patches; ++p, ++expectAdded)
                after << status(c, p, QStringLiteral("pc-%1").arg(c), 202);
        std::reverse(after.begin(), after.end());
        const ColumnStore b = table(before);
        const ColumnStore a = table(after);
        const auto changes = ListChanges::compare(b, a, identity);
        QVERIFY(changes);
        QCOMPARE(changes->addedCount(), expectAdded);
        QCOMPARE(changes->changedCount(), expectChanged);
        QCOMPARE(changes->removedCount(), expectRemoved);
        QCOMPARE(changes->removedRows().rowCount(), expectRemoved);
        int changedSeen = 0;
        for (int r = 0; r < a.rowCount(); ++r) {
            const QPair<int, int> key{a.raw(r, 0).toInt(), a.raw(r, 1).toInt()};
            if (!beforeCode.contains(key)) {
                QCOMPARE(changes->row(r), ListChanges::Row::Added);
            } else if (beforeCode.value(key) != a.raw(r, 3).toInt()) {
                QCOMPARE(changes->row(r), ListChanges::Row::Changed);
                QVERIFY(changes->cellChanged(r, 3));
                ++changedSeen;
            } else {
                QCOMPARE(changes->row(r), ListChanges::Row::Unchanged);
            }
        }
        QCOMPARE(changedSeen, expectChanged);
    }

    void everyListViewCanBeCompared()
    {
        // Each list view names columns that identify its rows, and they are dictionary columns.
        for (const ViewSpec &view : ViewCatalogue::all()) {
            const QList<int> identity = view.identityColumns();
            QVERIFY2(!identity.isEmpty(), qPrintable(view.id));
            for (const int col : identity)
                QVERIFY2(ColumnTable::isDictionaryType(view.columns.at(col).type), qPrintable(view.id));
        }
        const ViewSpec *statuses = ViewCatalogue::byId(QStringLiteral("patch-status"));
        QVERIFY(statuses);
        QCOMPARE(statuses->identityColumns().size(), 2);
    }
};

QTEST_GUILESS_MAIN(ListChangesTest)
#include "ListChangesTest.moc"
