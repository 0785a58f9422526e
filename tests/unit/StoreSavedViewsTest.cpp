#include "TempDatabase.h"
#include "store/Database.h"
#include "store/SavedView.h"
#include "store/SavedViewBook.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace pmp::store;

namespace {

SavedView sample(const QString &name)
{
    SavedView v;
    v.name = name;
    v.viewId = QStringLiteral("computers");
    v.filters.insert(QStringLiteral("branchofficefilter"), QStringLiteral("Berlin"));
    v.filters.insert(QStringLiteral("domainfilter"), QStringLiteral("CORP"));
    v.search = QStringLiteral("srv-");
    v.sortColumn = 2;
    v.sortOrder = Qt::DescendingOrder;
    v.headerState = QByteArray("\x00\x01header\xff", 10);
    v.created = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 890), QTimeZone::utc());
    return v;
}

} // namespace

class StoreSavedViewsTest : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip()
    {
        const SavedView v = sample(QStringLiteral("Berlin servers"));
        const QByteArray bytes = QJsonDocument(v.toJson()).toJson();
        QString error;
        const auto back = SavedView::fromJsonBytes(bytes, {QStringLiteral("computers")}, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, v);
    }

    void jsonValidation_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // part of the error
        QTest::newRow("not json") << QByteArray("{oops") << QStringLiteral("not a JSON object");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("other format") << QByteArray(R"({"format":"x","version":1})") << QStringLiteral("\"format\"");
        QTest::newRow("newer version") << QByteArray(R"({"format":"patchdeck.saved-view","version":7})")
                                       << QStringLiteral("version 7");
        QTest::newRow("no name") << QByteArray(R"({"format":"patchdeck.saved-view","version":1,"view":"computers"})")
                                 << QStringLiteral("no name");
        QTest::newRow("unknown view")
            << QByteArray(R"({"format":"patchdeck.saved-view","version":1,"name":"A","view":"printers"})")
            << QStringLiteral("\"printers\"");
        QTest::newRow("filter not text")
            << QByteArray(
                   R"({"format":"patchdeck.saved-view","version":1,"name":"A","view":"computers","filters":{"x":3}})")
            << QStringLiteral("filter \"x\"");
        QTest::newRow("filters not object")
            << QByteArray(R"({"format":"patchdeck.saved-view","version":1,"name":"A","view":"computers","filters":[]})")
            << QStringLiteral("not an object");
        QTest::newRow("sort column text")
            << QByteArray(
                   R"({"format":"patchdeck.saved-view","version":1,"name":"A","view":"computers","sortColumn":"2"})")
            << QStringLiteral("sort column");
        QTest::newRow("bad order")
            << QByteArray(
                   R"({"format":"patchdeck.saved-view","version":1,"name":"A","view":"computers","sortOrder":"up"})")
            << QStringLiteral("\"up\"");
    }

    void jsonValidation()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!SavedView::fromJsonBytes(json, {QStringLiteral("computers")}, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void uniqueNames()
    {
        QCOMPARE(SavedView::uniqueName(QStringLiteral("A"), {}), QStringLiteral("A"));
        QCOMPARE(SavedView::uniqueName(QStringLiteral("A"), {QStringLiteral("a")}), QStringLiteral("A (2)"));
        QCOMPARE(SavedView::uniqueName(QStringLiteral("A"), {QStringLiteral("A"), QStringLiteral("A (2)")}),
                 QStringLiteral("A (3)"));
    }

    void bookPersistsAcrossReopen()
    {
        pmp::test::TempDatabase db;
        QVERIFY(db.open());
        {
            SavedViewBook book(*db);
            QVERIFY(book.add(sample(QStringLiteral("One"))));
            QVERIFY(book.add(sample(QStringLiteral("Two"))));
            QVERIFY(book.add(sample(QStringLiteral("Three"))));
            QVERIFY(!book.add(sample(QStringLiteral("two")))); // duplicate, case-insensitively
            QVERIFY(!book.add(sample(QStringLiteral("   ")))); // empty
            QVERIFY(book.rename(QStringLiteral("Two"), QStringLiteral("Second")));
            QVERIFY(!book.rename(QStringLiteral("Second"), QStringLiteral("one"))); // taken
            QVERIFY(book.move(QStringLiteral("Three"), -2));
            QVERIFY(!book.move(QStringLiteral("Three"), -1)); // already first
            QVERIFY(book.remove(QStringLiteral("One")));
            QVERIFY(!book.remove(QStringLiteral("One")));
        }
        db.close();
        QVERIFY(db.open());
        SavedViewBook book(*db);
        QCOMPARE(book.names(), (QStringList{QStringLiteral("Three"), QStringLiteral("Second")}));
        const auto second = book.find(QStringLiteral("second"));
        QVERIFY(second);
        SavedView expected = sample(QStringLiteral("Second"));
        QCOMPARE(*second, expected);
        QVERIFY(book.add(sample(QStringLiteral("Last"))));
        QCOMPARE(book.names().constLast(), QStringLiteral("Last"));
    }
};

QTEST_GUILESS_MAIN(StoreSavedViewsTest)
#include "StoreSavedViewsTest.moc"
