#include "SimulatorFixture.h"

#include "api/OperationCatalogue.h"
#include "api/PagedFetch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace pmp::api;
using pmp::sim::SimulatorOptions;
using pmp::test::SimulatorFixture;

namespace {

struct Run
{
    FetchOutcome outcome;
    QList<Record> records;
    QList<int> pageOrder;
};

Run fetchAll(Client &client, OperationId op, const ListQuery &query, FetchOptions options,
             std::function<void(int)> onPage = {})
{
    Run run;
    PagedFetch fetch(&client, op, query, options);
    QObject::connect(&fetch, &PagedFetch::pageArrived, [&](int page, const QList<Record> &records) {
        run.pageOrder << page;
        run.records << records;
        if (onPage)
            onPage(page);
    });
    QSignalSpy done(&fetch, &PagedFetch::finished);
    fetch.start();
    if (!done.wait(60000))
        qFatal("paged fetch did not finish");
    run.outcome = fetch.outcome();
    return run;
}

SimulatorOptions fleet(int computers)
{
    SimulatorOptions o;
    o.computers = computers;
    o.patches = 120;
    o.seed = 11;
    return o;
}

QSet<qint64> ids(const QList<Record> &records, const QString &key)
{
    QSet<qint64> s;
    for (const Record &r : records)
        s.insert(r.integerOr(key, -1));
    return s;
}

} // namespace

class PagedFetchTest : public QObject
{
    Q_OBJECT
private slots:
    void totalZero()
    {
        SimulatorFixture f(fleet(40));
        QVERIFY(f.isListening());
        const Run r = fetchAll(
            f.client(), OperationId::Computers,
            ListQuery().set(QStringLiteral("searchcomputerfilter"), QStringLiteral("no-such-host-zz")), {25, 3});
        QVERIFY2(r.outcome.complete, qPrintable(r.outcome.error.oneLine()));
        QCOMPARE(r.outcome.received, 0);
        QCOMPARE(r.outcome.total, 0);
        QCOMPARE(r.outcome.pages, 1);
    }

    void totalOne()
    {
        SimulatorFixture f(fleet(40));
        const Run all = fetchAll(f.client(), OperationId::Computers, {}, {100, 1});
        const qint64 id = all.records.first().integerOr(QStringLiteral("resource_id"), -1);
        const Run r = fetchAll(f.client(), OperationId::Computers,
                               ListQuery().set(QStringLiteral("residfilter"), QString::number(id)), {25, 3});
        QVERIFY(r.outcome.complete);
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records.first().integerOr(QStringLiteral("resource_id"), -1), id);
    }

    void exactlyOnePageAndOnePagePlusOne()
    {
        SimulatorFixture f(fleet(40));
        Run r = fetchAll(f.client(), OperationId::Computers, {}, {40, 3});
        QVERIFY(r.outcome.complete);
        QCOMPARE(r.outcome.pages, 1);
        QCOMPARE(r.records.size(), 40);

        r = fetchAll(f.client(), OperationId::Computers, {}, {39, 3});
        QVERIFY(r.outcome.complete);
        QCOMPARE(r.outcome.pages, 2);
        QCOMPARE(r.records.size(), 40);
        QCOMPARE(ids(r.records, QStringLiteral("resource_id")).size(), 40); // no duplicates, none missing
    }

    void manyPagesArriveInOrderWithConcurrency()
    {
        SimulatorFixture f(fleet(230));
        const Run r = fetchAll(f.client(), OperationId::Computers, {}, {20, 4});
        QVERIFY(r.outcome.complete);
        QCOMPARE(r.outcome.received, 230);
        QCOMPARE(r.outcome.pages, 12);
        QList<int> expected;
        for (int i = 1; i <= 12; ++i)
            expected << i;
        QCOMPARE(r.pageOrder, expected);
        QCOMPARE(ids(r.records, QStringLiteral("resource_id")).size(), 230);
    }

    void documentedMaximumIsRespected()
    {
        SimulatorFixture f(fleet(230));
        const Run r = fetchAll(f.client(), OperationId::Computers, {}, {500, 2}); // E31: max 100
        QVERIFY(r.outcome.complete);
        QCOMPARE(r.outcome.serverPageSize, 100);
        QCOMPARE(r.outcome.pages, 3);
    }

    void serverCapsThePageSizeBelowWhatWasAsked()
    {
        SimulatorOptions o = fleet(130);
        o.quirks = true; // legacy lists served in fixed pages of 25
        SimulatorFixture f(o);
        const Run r = fetchAll(f.client(), OperationId::Computers, {}, {100, 3});
        QVERIFY2(r.outcome.complete, qPrintable(r.outcome.error.oneLine()));
        QCOMPARE(r.outcome.serverPageSize, 25);
        QCOMPARE(r.outcome.received, 130);
        QCOMPARE(r.outcome.pages, 6);
        QCOMPARE(ids(r.records, QStringLiteral("resource_id")).size(), 130);
    }

    void totalChangesDuringTheFetch()
    {
        SimulatorFixture f(fleet(90));
        const Run before = fetchAll(f.client(), OperationId::Computers, {}, {100, 1});
        const qint64 victim = before.records.last().integerOr(QStringLiteral("resource_id"), -1);

        // After page 1 lands, remove a computer on a later page, then let the fetch continue.
        const Run r = fetchAll(f.client(), OperationId::Computers, {}, {30, 1}, [&](int page) {
            if (page != 1)
                return;
            ApiRequest req;
            req.operation = OperationId::RemoveComputers;
            req.body = QJsonDocument(QJsonObject{{QStringLiteral("resourceids"), QJsonArray{victim}}}).toJson();
            ApiCall *call = f.transport().send(req);
            QSignalSpy removed(call, &ApiCall::finished);
            QVERIFY(removed.wait(10000));
        });
        QVERIFY(r.outcome.totalChanged());
        QCOMPARE(r.outcome.firstTotal, 90);
        QCOMPARE(r.outcome.total, 89);
        QVERIFY2(r.outcome.complete, qPrintable(r.outcome.error.oneLine()));
        QCOMPARE(r.outcome.received, 89);
        QVERIFY(!ids(r.records, QStringLiteral("resource_id")).contains(victim));
    }

    void aPageThatFailsMakesTheListIncomplete()
    {
        SimulatorFixture f(fleet(100));
        QVERIFY(
            f.simulator().setFaults(QStringLiteral("5xx:1:status=500:path=/api/1.4/som/computers:after=1:count=50")));
        const Run r = fetchAll(f.client(), OperationId::Computers, {}, {25, 1});
        QVERIFY(!r.outcome.complete);
        QCOMPARE(r.outcome.error.kind(), ApiError::Kind::Http);
        QVERIFY(r.outcome.error.message().contains(QLatin1String("Page 2")));
        QCOMPARE(r.outcome.received, 25);
        QCOMPARE(r.outcome.total, 100);
    }

    void aDroppedConnectionMidPagingIsRetried()
    {
        SimulatorFixture f(fleet(100));
        QVERIFY(f.simulator().setFaults(QStringLiteral("drop:1:path=/api/1.4/som/computers:after=2:count=1")));
        const Run r = fetchAll(f.client(), OperationId::Computers, {}, {25, 2});
        QVERIFY2(r.outcome.complete, qPrintable(r.outcome.error.oneLine()));
        QCOMPARE(r.outcome.received, 100);
        QCOMPARE(ids(r.records, QStringLiteral("resource_id")).size(), 100);
    }

    void cancelStopsAndReportsPartial()
    {
        SimulatorFixture f(fleet(400));
        QVERIFY(f.simulator().setFaults(QStringLiteral("latency:1:ms=200:path=/api/1.4/som/computers:after=1")));
        PagedFetch fetch(&f.client(), OperationId::Computers, {}, {25, 2});
        QSignalSpy done(&fetch, &PagedFetch::finished);
        connect(&fetch, &PagedFetch::pageArrived, &fetch, [&](int page) {
            if (page == 1)
                fetch.cancel();
        });
        fetch.start();
        QVERIFY(done.wait(20000));
        QVERIFY(!fetch.outcome().complete);
        QCOMPARE(fetch.outcome().error.kind(), ApiError::Kind::Cancelled);
        QCOMPARE(fetch.outcome().received, 25);
    }

    // Servers that do not page as documented: the fetch ends with a clear error, never "complete".
    void aServerThatIgnoresPagingIsNotCalledComplete()
    {
        SimulatorFixture f(fleet(100));
        QVERIFY(f.simulator().setFaults(QStringLiteral("ignorepaging:1:path=/api/1.4/som/computers")));
        const Run r = fetchAll(f.client(), OperationId::Computers, {}, {25, 2});
        QVERIFY(!r.outcome.complete);
        QCOMPARE(r.outcome.error.kind(), ApiError::Kind::Incomplete);
        QVERIFY2(r.outcome.error.message().contains(QLatin1String("page")), qPrintable(r.outcome.error.message()));
        QCOMPARE(ids(r.records, QStringLiteral("resource_id")).size(), r.records.size()); // no duplicates kept
    }

    void aPageServedTwiceIsDetected()
    {
        SimulatorFixture f(fleet(100));
        // The third request is answered with the page before it: page 2 twice, page 3 never.
        QVERIFY(f.simulator().setFaults(QStringLiteral("duplicate:1:path=/api/1.4/som/computers:after=2:count=1")));
        const Run r = fetchAll(f.client(), OperationId::Computers, {}, {25, 1});
        QVERIFY(!r.outcome.complete);
        QCOMPARE(r.outcome.error.kind(), ApiError::Kind::Incomplete);
        QVERIFY(r.outcome.received < 100);
        QCOMPARE(ids(r.records, QStringLiteral("resource_id")).size(), r.records.size());
    }

    void aTotalThatKeepsGrowingIsNotFollowedForever()
    {
        SimulatorFixture f(fleet(100));
        QVERIFY(f.simulator().setFaults(QStringLiteral("total:1:by=50:path=/api/1.4/som/computers")));
        const Run r = fetchAll(f.client(), OperationId::Computers, {}, {5, 2});
        QVERIFY(!r.outcome.complete);
        QCOMPARE(r.outcome.error.kind(), ApiError::Kind::Incomplete);
        QVERIFY2(r.outcome.error.message().contains(QLatin1String("keeps changing")),
                 qPrintable(r.outcome.error.message()));
        QVERIFY(r.outcome.pages <= PagedFetch::MaxTotalChanges + 3);
    }

    void aTotalTooLargeToLoadIsRefusedBeforePaging()
    {
        SimulatorFixture f(fleet(10));
        // A billion items in pages of 5 would be 200 million requests.
        QVERIFY(f.simulator().setFaults(QStringLiteral("total:1:by=1000000000:path=/api/1.4/som/computers")));
        f.simulator().clearRequests();
        const Run r = fetchAll(f.client(), OperationId::Computers, {}, {5, 2});
        QVERIFY(!r.outcome.complete);
        QCOMPARE(r.outcome.error.kind(), ApiError::Kind::Incomplete);
        QVERIFY2(r.outcome.error.message().contains(QLatin1String("Narrow the list")),
                 qPrintable(r.outcome.error.message()));
        QCOMPARE(f.simulator().requests().size(), 1);
    }

    void aShrinkingTotalIsCheckedPastTheNewEnd()
    {
        SimulatorFixture f(fleet(100));
        // Page 2 claims 60 fewer items than there are. Followed blindly, the list would end after page 2
        // with 40 items "complete"; the page after the new end is asked for once, holds items and
        // states the real total, so the fetch goes on and loads everything.
        QVERIFY(f.simulator().setFaults(QStringLiteral("total:1:by=-60:path=/api/1.4/som/computers:after=1:count=1")));
        f.simulator().clearRequests();
        const Run r = fetchAll(f.client(), OperationId::Computers, {}, {20, 1});
        QVERIFY2(r.outcome.complete, qPrintable(r.outcome.error.oneLine()));
        QCOMPARE(r.outcome.total, 100);
        QCOMPARE(r.records.size(), 100);
        QCOMPARE(ids(r.records, QStringLiteral("resource_id")).size(), 100);
        QCOMPARE(f.simulator().requests().size(), 5); // every page once, the probe being page 3
    }

    void aServerThatKeepsUnderstatingItsTotalIsNotCalledComplete()
    {
        SimulatorFixture f(fleet(100));
        // Every page after the first states 20 fewer items than the one before: the probe past the
        // shortened end finds items, so the list ends with an error instead of 40 items "complete".
        QVERIFY(f.simulator().setFaults(QStringLiteral("total:1:by=-20:path=/api/1.4/som/computers:after=1")));
        const Run r = fetchAll(f.client(), OperationId::Computers, {}, {20, 1});
        QVERIFY(!r.outcome.complete);
        QCOMPARE(r.outcome.error.kind(), ApiError::Kind::Incomplete);
        QVERIFY2(r.outcome.error.message().contains(QLatin1String("served more")),
                 qPrintable(r.outcome.error.message()));
        QCOMPARE(ids(r.records, QStringLiteral("resource_id")).size(), r.records.size());
    }

    void aListThatReallyShrinksAcrossAPageEndsCompleteAfterOneProbe()
    {
        SimulatorFixture f(fleet(90));
        const Run before = fetchAll(f.client(), OperationId::Computers, {}, {100, 1});
        QJsonArray victims;
        for (qsizetype i = before.records.size() - 15; i < before.records.size(); ++i)
            victims << before.records.at(i).integerOr(QStringLiteral("resource_id"), -1);

        // After page 1, 15 computers go: 90 in pages of 20 (5 pages) become 75 (4 pages).
        f.simulator().clearRequests();
        const Run r = fetchAll(f.client(), OperationId::Computers, {}, {20, 1}, [&](int page) {
            if (page != 1)
                return;
            ApiRequest req;
            req.operation = OperationId::RemoveComputers;
            req.body = QJsonDocument(QJsonObject{{QStringLiteral("resourceids"), victims}}).toJson();
            ApiCall *call = f.transport().send(req);
            QSignalSpy removed(call, &ApiCall::finished);
            QVERIFY(removed.wait(10000));
        });
        QVERIFY2(r.outcome.complete, qPrintable(r.outcome.error.oneLine()));
        QCOMPARE(r.outcome.total, 75);
        QCOMPARE(r.records.size(), 75);
        QCOMPARE(ids(r.records, QStringLiteral("resource_id")).size(), 75);
        int computerRequests = 0;
        for (const auto &req : f.simulator().requests())
            computerRequests += req.path == QLatin1String("/api/1.4/som/computers") ? 1 : 0;
        QCOMPARE(computerRequests, 5); // four pages and the probe of page 5, found empty
    }

    void dcapiPagesWithCamelCaseLimit()
    {
        SimulatorFixture f(fleet(30));
        const Run r = fetchAll(f.client(), OperationId::ThreatPatches, {}, {7, 3});
        QVERIFY2(r.outcome.complete, qPrintable(r.outcome.error.oneLine()));
        QVERIFY(r.outcome.total > 7);
        QCOMPARE(r.outcome.received, r.outcome.total);
        QVERIFY(f.simulator().requests().last().query.hasQueryItem(QStringLiteral("pageLimit")));
    }

    void startIndexPagingWithoutTotals()
    {
        SimulatorFixture f(fleet(60));
        QEventLoop loop;
        QString reportId;
        f.client().queryReports(&loop, [&](const Result<QueryReportNode> &r) {
            QVERIFY(r.ok());
            for (const QueryReportNode &leaf : r.value.leaves())
                if (reportId.isEmpty())
                    reportId = leaf.id;
            loop.quit();
        });
        loop.exec();
        QVERIFY(!reportId.isEmpty());
        const Run small = fetchAll(f.client(), OperationId::QueryReportData, ListQuery().setPathId(reportId), {3, 2});
        const Run big = fetchAll(f.client(), OperationId::QueryReportData, ListQuery().setPathId(reportId), {1000, 2});
        QVERIFY(small.outcome.complete);
        QVERIFY(big.outcome.complete);
        QCOMPARE(small.outcome.total, -1); // E39 states no totals
        QVERIFY(small.outcome.pages > 1);
        QCOMPARE(small.records.size(), big.records.size());
    }
};

QTEST_GUILESS_MAIN(PagedFetchTest)
#include "PagedFetchTest.moc"
