// The demo tenant's 90 days of history (issue 12): consistent numbers every day, ending near today's,
// a fleet getting healthier with each month's Patch Tuesday visible, the same past for the same seed;
// and `patchdeck --demo`'s path, the simulator's own summaries over a real socket.
#include "SampleFleet.h"
#include "SimulatorFixture.h"

#include "DemoHistory.h"

#include "api/Results.h"
#include "store/Database.h"
#include "store/SummaryHistory.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

using namespace pmp;
using pmp::store::SummaryMetric;

namespace {

// Today's numbers the history leads to.
std::pair<api::PatchSummary, api::SomSummary> today()
{
    return {test::sampleFleetPatches(), test::sampleFleetAgents()};
}

} // namespace

class DemoHistoryTest : public QObject
{
    Q_OBJECT

    // Systems with failed deployments today.
    static constexpr qint64 FailedNow = 9;

    std::unique_ptr<store::Database> m_db;
    // A Wednesday after the month's Patch Tuesday (2026-11-10), so the 90 days hold three of them.
    const QDateTime m_now = QDateTime(QDate(2026, 12, 2), QTime(9, 30), QTimeZone::utc());

    QList<store::SummarySnapshot> daily(store::SummaryHistory &history)
    {
        QList<store::SummarySnapshot> days;
        for (int d = app::DemoHistory::Days; d >= 1; --d)
            if (auto s = history.latestBefore(m_now.addDays(-d).addSecs(60)))
                days << *s;
        return days;
    }

    // DemoHistory::fetchAndWrite against `sim` to its end: whether it wrote the history, or nothing when
    // it did not report back within `timeoutMs`.
    std::optional<bool> fetchAndWrite(test::SimulatorFixture &sim, store::SummaryHistory &history, int timeoutMs)
    {
        // Shared with the callback, which may still come after a timeout.
        const auto written = std::make_shared<std::optional<bool>>();
        app::DemoHistory::fetchAndWrite(sim.client(), history, 1, this, [written](bool ok) { *written = ok; });
        if (!QTest::qWaitFor([written] { return written->has_value(); }, timeoutMs))
            return std::nullopt;
        return *written;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<store::Database>(store::Database::memoryPath());
        QVERIFY(m_db->open().status == store::OpenResult::Status::Created);
    }
    void cleanup() { m_db.reset(); }

    void ninetyConsistentDays()
    {
        store::SummaryHistory history(*m_db);
        const auto [p, s] = today();
        QCOMPARE(app::DemoHistory::write(history, p, s, FailedNow, m_now, 1), 90);
        QCOMPARE(history.count(), 90);
        const QList<store::SummarySnapshot> days = daily(history);
        QCOMPARE(days.size(), 90);
        QCOMPARE(days.first().at, m_now.addDays(-90));
        QCOMPARE(days.last().at, m_now.addDays(-1)); // today is the dashboard's to record
        for (const store::SummarySnapshot &day : days) {
            const auto v = [&](SummaryMetric m) { return day.value(m).value_or(-1); };
            for (auto it = day.values.cbegin(); it != day.values.cend(); ++it)
                QVERIFY2(it.value() >= 0, qPrintable(day.at.toString(Qt::ISODate)));
            QCOMPARE(v(SummaryMetric::HealthySystems) + v(SummaryMetric::VulnerableSystems) +
                         v(SummaryMetric::HighlyVulnerableSystems) + v(SummaryMetric::HealthUnknownSystems),
                     v(SummaryMetric::TotalSystems));
            QCOMPARE(v(SummaryMetric::MissingCritical) + v(SummaryMetric::MissingImportant) +
                         v(SummaryMetric::MissingModerate) + v(SummaryMetric::MissingLow) +
                         v(SummaryMetric::MissingUnrated),
                     v(SummaryMetric::MissingTotal));
            QVERIFY(v(SummaryMetric::TotalSystems) <= p.totalSystems);
            QVERIFY(v(SummaryMetric::AgentsDown) <= v(SummaryMetric::AgentsInstalled));
            QCOMPARE(day.values.size(), store::SummaryMetrics::all().size()); // failed deployments included
            QVERIFY(v(SummaryMetric::FailedDeploymentSystems) > 0);
            QVERIFY(v(SummaryMetric::FailedDeploymentSystems) <= v(SummaryMetric::TotalSystems));
        }
        // Without today's count the past has none either (a false zero would read as "all fixed").
        store::Database other(store::Database::memoryPath());
        QVERIFY(other.open().status == store::OpenResult::Status::Created);
        store::SummaryHistory without(other);
        QCOMPARE(app::DemoHistory::write(without, p, s, std::nullopt, m_now, 1), 90);
        QVERIFY(without.series(SummaryMetric::FailedDeploymentSystems, {}, {}).isEmpty());
        QCOMPARE(without.series(SummaryMetric::MissingCritical, {}, {}).size(), 90);
    }

    void theFleetGetsHealthierAndPatchTuesdayShows()
    {
        store::SummaryHistory history(*m_db);
        const auto [p, s] = today();
        app::DemoHistory::write(history, p, s, FailedNow, m_now, 7);
        const QList<store::SummarySnapshot> days = daily(history);
        auto mean = [&](SummaryMetric m, int from, int to) {
            double sum = 0;
            for (int i = from; i < to; ++i)
                sum += double(days.at(i).value(m).value_or(0));
            return sum / (to - from);
        };
        QVERIFY(mean(SummaryMetric::MissingCritical, 0, 30) > mean(SummaryMetric::MissingCritical, 60, 90) * 1.1);
        QVERIFY(mean(SummaryMetric::HighlyVulnerableSystems, 0, 30) >
                mean(SummaryMetric::HighlyVulnerableSystems, 60, 90) * 1.2);
        // Each Patch Tuesday in range: the count jumps from the day before.
        int tuesdays = 0;
        for (int i = 1; i < days.size(); ++i) {
            const QDate date = days.at(i).at.date();
            if (date.dayOfWeek() != Qt::Tuesday || date.day() < 8 || date.day() > 14)
                continue;
            ++tuesdays;
            QVERIFY2(days.at(i).value(SummaryMetric::MissingCritical).value() >
                         days.at(i - 1).value(SummaryMetric::MissingCritical).value() * 1.2,
                     qPrintable(date.toString(Qt::ISODate)));
        }
        QCOMPARE(tuesdays, 3); // 2026-09-08, 2026-10-13, 2026-11-10
    }

    void sameSeedSamePast()
    {
        const auto [p, s] = today();
        store::SummaryHistory history(*m_db);
        app::DemoHistory::write(history, p, s, FailedNow, m_now, 3);
        const auto first = history.series(SummaryMetric::MissingCritical, {}, {});
        store::Database other(store::Database::memoryPath());
        QVERIFY(other.open().status == store::OpenResult::Status::Created);
        store::SummaryHistory again(other);
        app::DemoHistory::write(again, p, s, FailedNow, m_now, 3);
        QCOMPARE(again.series(SummaryMetric::MissingCritical, {}, {}), first);
        store::Database third(store::Database::memoryPath());
        QVERIFY(third.open().status == store::OpenResult::Status::Created);
        store::SummaryHistory different(third);
        app::DemoHistory::write(different, p, s, FailedNow, m_now, 4);
        QVERIFY(different.series(SummaryMetric::MissingCritical, {}, {}) != first);
    }

    void fromTheDemoServer()
    {
        sim::SimulatorOptions o;
        o.computers = 80;
        test::SimulatorFixture sim(o);
        QVERIFY(sim.isListening());
        store::SummaryHistory history(*m_db);
        const std::optional<bool> written = fetchAndWrite(sim, history, 15000);
        QVERIFY(written.has_value());
        QVERIFY(*written);
        QCOMPARE(history.count(), 90);
        // The last day leads to the server's own numbers: same fleet size give or take onboarding.
        const auto last = history.latest();
        QVERIFY(last.has_value());
        QVERIFY(last->value(SummaryMetric::TotalSystems).value() >= 75);
        QVERIFY(last->value(SummaryMetric::TotalSystems).value() <= 80);
        // The failed deployments (E16) were asked too.
        QVERIFY(last->value(SummaryMetric::FailedDeploymentSystems).has_value());
        QVERIFY(last->value(SummaryMetric::FailedDeploymentSystems).value() <= 80);
    }

    void aFailedCallWritesNothing()
    {
        sim::SimulatorOptions o;
        o.computers = 10;
        o.faults = QStringLiteral("5xx:1:path=/api/1.4/patch/summary");
        test::SimulatorFixture sim(o);
        QVERIFY(sim.isListening());
        store::SummaryHistory history(*m_db);
        const std::optional<bool> written = fetchAndWrite(sim, history, 30000);
        QVERIFY(written.has_value());
        QVERIFY(!*written);
        QCOMPARE(history.count(), 0);
    }
};

QTEST_GUILESS_MAIN(DemoHistoryTest)
#include "DemoHistoryTest.moc"
