#include "IsoTime.h"

#include "store/Database.h"
#include "store/SummaryHistory.h"

#include "api/ListQuery.h"
#include "api/Record.h"
#include "api/Results.h"

#include <QTest>

using namespace pmp::store;
using pmp::api::PatchSummary;
using pmp::api::SomSummary;
using pmp::test::isoTime;

namespace {

// Numbers that tell every field apart: base + a per-field offset.
std::pair<PatchSummary, SomSummary> numbers(qint64 base)
{
    PatchSummary p;
    p.missingCritical = base + 1;
    p.missingImportant = base + 2;
    p.missingModerate = base + 3;
    p.missingLow = base + 4;
    p.missingUnrated = base + 5;
    p.missingTotal = base + 6;
    p.missingPatches = base + 7;
    p.installedPatches = base + 8;
    p.applicablePatches = base + 9;
    p.highlyVulnerableSystems = base + 10;
    p.moderatelyVulnerableSystems = base + 11;
    p.healthySystems = base + 12;
    p.healthUnknownSystems = base + 13;
    p.totalSystems = base + 14;
    p.unscannedSystems = base + 15;
    p.scanFailure = base + 16;
    SomSummary s;
    s.live = base + 17;
    s.down = base + 18;
    s.agentsTotal = base + 19;
    s.agentsInstalled = base + 20;
    s.contactOver30Days = base + 21;
    return {p, s};
}

} // namespace

class StoreHistoryTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;

    // The failed-deployment count (not in either summary) is base + 22.
    bool record(SummaryHistory &history, const char *when, qint64 base)
    {
        const auto [p, s] = numbers(base);
        return history.record(isoTime(when), p, s, base + 22);
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>(Database::memoryPath());
        QVERIFY(m_db->open().status == OpenResult::Status::Created);
    }
    void cleanup() { m_db.reset(); }

    void everyMetricIsStoredUnderItsOwnName()
    {
        SummaryHistory history(*m_db);
        QVERIFY(record(history, "2026-03-01T10:00:00Z", 100));
        const auto snapshot = history.latest();
        QVERIFY(snapshot.has_value());
        QCOMPARE(snapshot->values.size(), SummaryMetrics::all().size());
        const auto [p, s] = numbers(100);
        QStringList keys;
        for (SummaryMetric m : SummaryMetrics::all()) {
            QCOMPARE(snapshot->value(m).value_or(-1), SummaryMetrics::value(m, p, s, 122).value());
            QVERIFY(!SummaryMetrics::label(m).isEmpty());
            keys << SummaryMetrics::key(m);
        }
        keys.removeDuplicates();
        QCOMPARE(keys.size(), SummaryMetrics::all().size());
        QCOMPARE(snapshot->value(SummaryMetric::MissingCritical).value(), 101);
        QCOMPARE(snapshot->value(SummaryMetric::VulnerableSystems).value(), 111);
        QCOMPARE(snapshot->value(SummaryMetric::AgentsDown).value(), 118);
        QCOMPARE(snapshot->value(SummaryMetric::FailedDeploymentSystems).value(), 122);
    }

    // The failed-deployment count comes from its own call: a refresh whose call failed (or an older
    // PatchDeck) records no value - never a false zero - and does not erase one taken earlier in
    // the same hour; trend series leave such snapshots out.
    void aCountNotTakenStaysUnknown()
    {
        SummaryHistory history(*m_db);
        const auto [p, s] = numbers(100);
        QVERIFY(history.record(isoTime("2026-03-01T10:05:00Z"), p, s, 7));
        QVERIFY(history.record(isoTime("2026-03-01T10:40:00Z"), p, s, std::nullopt));
        QCOMPARE(history.count(), 1);
        QCOMPARE(history.latest()->at, isoTime("2026-03-01T10:40:00Z"));
        QCOMPARE(history.latest()->value(SummaryMetric::FailedDeploymentSystems), std::optional<qint64>(7));

        QVERIFY(history.record(isoTime("2026-03-01T11:10:00Z"), p, s, std::nullopt));
        QCOMPARE(history.count(), 2);
        QVERIFY(!history.latest()->value(SummaryMetric::FailedDeploymentSystems));
        QCOMPARE(history.latest()->value(SummaryMetric::MissingCritical), std::optional<qint64>(101));
        QCOMPARE(history.series(SummaryMetric::FailedDeploymentSystems, {}, {}),
                 (QList<SummaryPoint>{{isoTime("2026-03-01T10:40:00Z"), 7}}));
        QCOMPARE(history.series(SummaryMetric::MissingCritical, {}, {}).size(), 2);

        QVERIFY(history.record(isoTime("2026-03-01T11:50:00Z"), p, s, 0));
        QCOMPARE(history.latest()->value(SummaryMetric::FailedDeploymentSystems), std::optional<qint64>(0));
    }

    // The failed-deployment count is the total a one-row page of E16 states.
    void failedDeploymentsFromAPage()
    {
        pmp::api::RecordPage page;
        page.info.total = 42;
        page.records << pmp::api::Record(QJsonObject{{QStringLiteral("resource_id"), 1}});
        QCOMPARE(SummaryMetrics::failedDeploymentsIn(page), std::optional<qint64>(42));
        page.info.total = -1; // not stated: rows but no count
        QVERIFY(!SummaryMetrics::failedDeploymentsIn(page).has_value());
        page.records.clear(); // nothing failed, and nothing to count
        QCOMPARE(SummaryMetrics::failedDeploymentsIn(page), std::optional<qint64>(0));
        QCOMPARE(SummaryMetrics::failedDeploymentsQuery().value(QStringLiteral("patch_status")),
                 QStringLiteral("Failed"));
    }

    void coalescesPerHourKeepingTheLatest()
    {
        SummaryHistory history(*m_db);
        QVERIFY(record(history, "2026-03-01T10:05:00Z", 100));
        QVERIFY(record(history, "2026-03-01T10:40:00Z", 200));
        QVERIFY(record(history, "2026-03-01T10:20:00Z", 300)); // arrives late: older than what is kept
        QCOMPARE(history.count(), 1);
        QCOMPARE(history.latest()->at, isoTime("2026-03-01T10:40:00Z"));
        QCOMPARE(history.latest()->value(SummaryMetric::MissingCritical).value(), 201);

        QVERIFY(record(history, "2026-03-01T10:59:59.999Z", 400));
        QCOMPARE(history.count(), 1);
        QVERIFY(record(history, "2026-03-01T11:00:00Z", 500)); // a new hour
        QCOMPARE(history.count(), 2);
        const QList<SummaryPoint> points = history.series(SummaryMetric::MissingCritical, {}, {});
        QCOMPARE(points, (QList<SummaryPoint>{{isoTime("2026-03-01T10:59:59.999Z"), 401},
                                              {isoTime("2026-03-01T11:00:00Z"), 501}}));
    }

    void hoursAreUtcHours()
    {
        // 10:30 in UTC+05:30 is 05:00 UTC, the same hour as 05:10 UTC.
        SummaryHistory history(*m_db);
        const auto [p, s] = numbers(1);
        QVERIFY(history.record(QDateTime::fromString(QStringLiteral("2026-03-01T10:30:00+05:30"), Qt::ISODate), p, s));
        QVERIFY(history.record(isoTime("2026-03-01T05:10:00Z"), p, s));
        QCOMPARE(history.count(), 1);
    }

    void seriesRanges()
    {
        SummaryHistory history(*m_db);
        QVERIFY(record(history, "2026-03-01T08:00:00Z", 10));
        QVERIFY(record(history, "2026-03-02T08:00:00Z", 20));
        QVERIFY(record(history, "2026-03-03T08:00:00Z", 30));
        QVERIFY(record(history, "2026-03-04T08:00:00Z", 40));

        auto values = [&](const QDateTime &from, const QDateTime &to) {
            QList<qint64> v;
            for (const SummaryPoint &point : history.series(SummaryMetric::HealthySystems, from, to))
                v << point.value;
            return v;
        };
        QCOMPARE(values({}, {}), (QList<qint64>{22, 32, 42, 52})); // oldest first
        QCOMPARE(values(isoTime("2026-03-02T08:00:00Z"), isoTime("2026-03-03T08:00:00Z")),
                 (QList<qint64>{32, 42})); // inclusive
        QCOMPARE(values(isoTime("2026-03-02T08:00:01Z"), {}), (QList<qint64>{42, 52}));
        QCOMPARE(values({}, isoTime("2026-03-02T07:59:59Z")), (QList<qint64>{22}));
        QCOMPARE(values(isoTime("2026-04-01T00:00:00Z"), {}), QList<qint64>());
        QCOMPARE(history.series(SummaryMetric::AgentsDown, {}, {}).first().at, isoTime("2026-03-01T08:00:00Z"));
    }

    void latestBefore()
    {
        SummaryHistory history(*m_db);
        QVERIFY(!history.latestBefore(isoTime("2026-03-01T00:00:00Z")).has_value());
        QVERIFY(record(history, "2026-01-01T08:00:00Z", 10));
        QVERIFY(record(history, "2026-01-31T08:00:00Z", 20));
        QVERIFY(record(history, "2026-03-02T08:00:00Z", 30));

        // "Change since 30 days ago", asked on 2026-03-02 09:00.
        const QDateTime now = isoTime("2026-03-02T09:00:00Z");
        const auto then = history.latestBefore(now.addDays(-30));
        QVERIFY(then.has_value());
        QCOMPARE(then->at, isoTime("2026-01-31T08:00:00Z"));
        QCOMPARE(history.latest()->value(SummaryMetric::MissingCritical).value() -
                     then->value(SummaryMetric::MissingCritical).value(),
                 10);
        QCOMPARE(history.latestBefore(isoTime("2026-01-31T08:00:00Z"))->at,
                 isoTime("2026-01-31T08:00:00Z")); // at counts
        QCOMPARE(history.latestBefore(isoTime("2026-01-31T07:59:59Z"))->at, isoTime("2026-01-01T08:00:00Z"));
        QVERIFY(!history.latestBefore(isoTime("2025-12-31T00:00:00Z")).has_value());
    }

    void prunesPastRetention()
    {
        SummaryHistory history(*m_db);
        const QDateTime start = isoTime("2025-01-01T12:00:00Z");
        const auto [p, s] = numbers(0);
        QVERIFY(history.record(start, p, s));
        QVERIFY(history.record(start.addDays(30), p, s));
        QCOMPARE(history.count(), 2);
        // Recording prunes relative to the new snapshot: exactly 400 days old is still kept...
        QVERIFY(history.record(start.addDays(SummaryHistory::RetentionDays), p, s));
        QCOMPARE(history.count(), 3);
        // ...one millisecond more is not.
        QVERIFY(history.record(start.addDays(SummaryHistory::RetentionDays).addMSecs(1), p, s));
        QCOMPARE(history.count(), 2);
        QCOMPARE(history.series(SummaryMetric::TotalSystems, {}, {}).first().at, start.addDays(30));

        QCOMPARE(history.prune(start.addDays(30 + SummaryHistory::RetentionDays + 1)), 1);
        QCOMPARE(history.count(), 1);
        QCOMPARE(history.prune(start.addDays(30 + SummaryHistory::RetentionDays + 1)), 0);
    }
};

QTEST_GUILESS_MAIN(StoreHistoryTest)
#include "StoreHistoryTest.moc"
