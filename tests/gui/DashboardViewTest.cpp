// The dashboard against the simulator over a real socket: the numbers the server returns, clicks
// that open filtered lists, one failing call that costs only its own section, trends from the
// profile's history store.

#include "AwaitResult.h"
#include "SimulatorFixture.h"

#include "charts/DonutChart.h"
#include "charts/TrendChart.h"
#include "dashboard/DashboardCard.h"
#include "dashboard/DashboardLoader.h"
#include "dashboard/DashboardSection.h"
#include "dashboard/DashboardView.h"
#include "dashboard/MemoryTrendSource.h"
#include "dashboard/StatTile.h"
#include "dashboard/StoreTrendSource.h"
#include "widgets/MessageBanner.h"

#include "store/Database.h"
#include "store/SummaryHistory.h"

#include "api/ListQuery.h"

#include <QGraphicsView>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pmp;
using namespace pmp::ui;
using Section = DashboardLoader::Section;

namespace {

// The server's own numbers, asked directly (not through the dashboard under test).
template <typename T, typename Call> std::optional<T> fetchDirectly(Call call)
{
    const api::Result<T> r = test::awaitResult<T>(call);
    return r.ok() ? std::optional<T>(r.value) : std::nullopt;
}

// Both summaries, asked directly.
std::pair<std::optional<api::PatchSummary>, std::optional<api::SomSummary>> serverSummaries(test::SimulatorFixture &f)
{
    return {fetchDirectly<api::PatchSummary>([&](QObject *c, auto done) { f.client().patchSummary(c, done); }),
            fetchDirectly<api::SomSummary>([&](QObject *c, auto done) { f.client().somSummary(c, done); })};
}

// Systems with a failed patch installation, counted row by row from one big page of E16 (not from
// the total the dashboard reads): empty when the page did not hold them all.
std::optional<qint64> failedSystemsDirectly(test::SimulatorFixture &f)
{
    const auto page = fetchDirectly<api::RecordPage>([&](QObject *c, auto done) {
        f.client().threatSystemReport(api::ListQuery().set(QStringLiteral("patch_status"), QStringLiteral("Failed")), 1,
                                      1000, c, done);
    });
    if (!page || page->records.size() >= 1000)
        return std::nullopt;
    return page->records.size();
}

StatTile *tile(QWidget &view, const char *name)
{
    return view.findChild<StatTile *>(QLatin1String(name));
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

class DashboardViewTest : public QObject
{
    Q_OBJECT

private slots:
    void showsWhatTheServerReturns()
    {
        test::SimulatorFixture f;
        QVERIFY(f.isListening());
        const auto [patches, som] = serverSummaries(f);
        QVERIFY(patches && som);
        QVERIFY(patches->totalSystems > 0);

        MemoryTrendSource history;
        DashboardLoader loader(&f.client());
        loader.setTrendSource(&history);
        DashboardView view(&loader);
        view.resize(1280, 780);
        QSignalSpy finished(&loader, &DashboardLoader::finished);
        QSignalSpy recorded(&loader, &DashboardLoader::historyRecorded);
        view.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        for (Section s : DashboardLoader::sections())
            QVERIFY2(!loader.error(s).isError(), qPrintable(loader.error(s).oneLine()));

        QCOMPARE(tile(view, "missingTile")->valueText(), number(patches->missingPatches));
        QCOMPARE(tile(view, "criticalTile")->valueText(), number(patches->missingCritical));
        QCOMPARE(tile(view, "highlyVulnerableTile")->valueText(), number(patches->highlyVulnerableSystems));
        QCOMPARE(tile(view, "installedTile")->valueText(), number(patches->installedPatches));
        QCOMPARE(tile(view, "applicableTile")->valueText(), number(patches->applicablePatches));
        QCOMPARE(tile(view, "newTile")->valueText(), number(patches->newPatches));
        auto *health = view.findChild<DonutChart *>(QStringLiteral("healthChart"));
        QCOMPARE(health->centreValueText(), number(patches->healthySystems + patches->moderatelyVulnerableSystems +
                                                   patches->highlyVulnerableSystems + patches->healthUnknownSystems));
        auto *live = view.findChild<DonutChart *>(QStringLiteral("liveChart"));
        QCOMPARE(live->centreValueText(), number(som->live + som->down + som->liveUnknown));
        for (auto *section : view.findChildren<DashboardSection *>())
            QVERIFY2(section->errorText().isEmpty(), qPrintable(section->objectName()));
        for (auto *card : view.findChildren<DashboardCard *>())
            QVERIFY2(!card->isShowingPlaceholder(), qPrintable(card->objectName()));
        QVERIFY(loader.asOf().isValid());
        QVERIFY(view.asOfText().startsWith(QStringLiteral("As of ")));
        // Both summaries arrived: one snapshot for the trends, with the failed deployments counted.
        QCOMPARE(recorded.count(), 1);
        QCOMPARE(history.count(), 1);
        const std::optional<qint64> failed = failedSystemsDirectly(f);
        QVERIFY(failed);
        QVERIFY(*failed > 0); // the simulator's fleet has failed installations
        QCOMPARE(loader.failedDeploymentSystems(), failed);
        QCOMPARE(history.valueAt(TrendSource::Metric::FailedDeploymentSystems, loader.now()), failed);
    }

    void sinceTheLastRefresh()
    {
        test::SimulatorFixture f;
        QVERIFY(f.isListening());
        const auto [patches, som] = serverSummaries(f);
        QVERIFY(patches && som);

        // No earlier snapshot: nothing to compare with, the section stays hidden.
        MemoryTrendSource history;
        DashboardLoader loader(&f.client());
        loader.setTrendSource(&history);
        // Midday, so "two hours ago" is today and the tiles say "since <time>" (near midnight they
        // rightly name the date too).
        const QDateTime now(QDate::currentDate(), QTime(12, 0));
        loader.setClock([now] { return now; });
        DashboardView view(&loader);
        view.resize(1280, 1100);
        view.show();
        auto *section = view.findChild<DashboardSection *>(QStringLiteral("sinceLastRefreshSection"));
        QVERIFY(section);
        QSignalSpy recorded(&loader, &DashboardLoader::historyRecorded);
        view.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, 15000);
        QVERIFY(!loader.previousRefresh());
        QVERIFY(section->isHidden());

        // The refresh before, two hours ago, had 5 more critical patches missing, 3 fewer highly
        // vulnerable systems, as many agents down, no failed scan and 2 fewer systems with failed
        // deployments.
        const std::optional<qint64> failed = failedSystemsDirectly(f);
        QVERIFY(failed && *failed >= 2);
        api::PatchSummary before = *patches;
        before.missingCritical += 5;
        before.highlyVulnerableSystems -= 3;
        before.scanFailure = 0;
        MemoryTrendSource earlier;
        earlier.record(now.addSecs(-7200), before, *som, *failed - 2);
        loader.setTrendSource(&earlier);
        view.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 2, 15000);
        QVERIFY(loader.previousRefresh());
        QCOMPARE(loader.previousRefresh()->at, now.addSecs(-7200).toUTC());
        QTRY_VERIFY(section->isVisible());
        const QString since = QLocale().toString(now.addSecs(-7200).time(), QLocale::ShortFormat);
        QCOMPARE(tile(view, "sinceCriticalTile")->valueText(), number(patches->missingCritical));
        QCOMPARE(tile(view, "sinceCriticalTile")->changeText(), QStringLiteral("▼ 5 since %1").arg(since));
        QCOMPARE(tile(view, "sinceCriticalTile")->detailText(),
                 QStringLiteral("%1 at the refresh before").arg(number(before.missingCritical)));
        QCOMPARE(tile(view, "sinceHighlyVulnerableTile")->changeText(), QStringLiteral("▲ 3 since %1").arg(since));
        QCOMPARE(tile(view, "sinceAgentsDownTile")->valueText(), number(som->down));
        QCOMPARE(tile(view, "sinceAgentsDownTile")->changeText(), QStringLiteral("No change since %1").arg(since));
        QCOMPARE(tile(view, "sinceScanFailuresTile")->changeText(),
                 patches->scanFailure ? QStringLiteral("▲ %1 since %2").arg(number(patches->scanFailure), since)
                                      : QStringLiteral("No change since %1").arg(since));
        QCOMPARE(tile(view, "sinceFailedDeploymentsTile")->valueText(), number(*failed));
        QCOMPARE(tile(view, "sinceFailedDeploymentsTile")->changeText(), QStringLiteral("▲ 2 since %1").arg(since));
        QCOMPARE(tile(view, "sinceFailedDeploymentsTile")->detailText(),
                 QStringLiteral("%1 at the refresh before").arg(number(*failed - 2)));

        // Each tile opens its list.
        QSignalSpy navigate(&view, &DashboardView::navigateTo);
        emit tile(view, "sinceAgentsDownTile")->activated();
        QCOMPARE(navigate.count(), 1);
        QCOMPARE(navigate.at(0).at(0).toString(), QStringLiteral("computers"));
        QCOMPARE(navigate.at(0).at(1).toMap().value(QStringLiteral("liveStatusfilter")).toString(),
                 QStringLiteral("2"));
        emit tile(view, "sinceCriticalTile")->activated();
        QCOMPARE(navigate.at(1).at(1).toMap().value(QStringLiteral("severityfilter")).toString(), QStringLiteral("4"));
        // Failed deployments: the systems E16 lists with a failed installation, the list it counted.
        emit tile(view, "sinceFailedDeploymentsTile")->activated();
        QCOMPARE(navigate.at(2).at(0).toString(), QStringLiteral("threat-systems"));
        QCOMPARE(navigate.at(2).at(1).toMap(),
                 (QVariantMap{{QStringLiteral("patch_status"), QStringLiteral("Failed")}}));

        // The next refresh's count fails: the tile says so instead of a number, the rest still
        // compare, and the snapshot is recorded without a false zero.
        QVERIFY(f.simulator().setFaults(QStringLiteral("5xx:1:status=500:path=/dcapi/threats/systemreport/patches")));
        loader.setClock([now] { return now.addSecs(3600); });
        view.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 3, 15000);
        QVERIFY(loader.error(Section::FailedDeployments).isError());
        QCOMPARE(tile(view, "sinceFailedDeploymentsTile")->valueText(), QStringLiteral("—"));
        QVERIFY(tile(view, "sinceFailedDeploymentsTile")
                    ->detailText()
                    .startsWith(QStringLiteral("Could not count them: ")));
        QCOMPARE(tile(view, "sinceCriticalTile")->valueText(), number(patches->missingCritical));
        QVERIFY(!earlier.valueAt(TrendSource::Metric::FailedDeploymentSystems, now.addSecs(3600)));
        QCOMPARE(earlier.valueAt(TrendSource::Metric::MissingCritical, now.addSecs(3600)), patches->missingCritical);
        // ...and the refresh after that, with the count back, says the one before did not have it.
        QVERIFY(f.simulator().setFaults(QString()));
        loader.setClock([now] { return now.addSecs(7200); });
        view.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 4, 15000);
        QCOMPARE(tile(view, "sinceFailedDeploymentsTile")->valueText(), number(*failed));
        QCOMPARE(tile(view, "sinceFailedDeploymentsTile")->toolTip(),
                 QStringLiteral("The refresh before did not record this number."));
    }

    void clickingASegmentOpensTheFilteredList()
    {
        test::SimulatorFixture f;
        QVERIFY(f.isListening());
        DashboardLoader loader(&f.client());
        DashboardView view(&loader);
        view.resize(1280, 1100);
        QSignalSpy finished(&loader, &DashboardLoader::finished);
        view.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QSignalSpy navigate(&view, &DashboardView::navigateTo);
        auto *severity = view.findChild<DonutChart *>(QStringLiteral("severityChart"));
        // The biggest slice is the easiest to hit; its key decides the expected filter.
        QString key;
        double biggest = -1;
        for (const ChartSegment &s : severity->segments())
            if (s.value > biggest) {
                biggest = s.value;
                key = s.key;
            }
        QVERIFY(biggest > 0);
        const QPoint onSlice = severity->segmentPosition(key);
        auto *viewport = severity->findChild<QGraphicsView *>(QStringLiteral("chartView"))->viewport();
        QTest::mouseClick(viewport, Qt::LeftButton, {}, viewport->mapFrom(severity, onSlice));
        QTRY_COMPARE(navigate.count(), 1);
        const QHash<QString, QString> level = {{QStringLiteral("critical"), QStringLiteral("4")},
                                               {QStringLiteral("important"), QStringLiteral("3")},
                                               {QStringLiteral("moderate"), QStringLiteral("2")},
                                               {QStringLiteral("low"), QStringLiteral("1")},
                                               {QStringLiteral("unrated"), QStringLiteral("0")}};
        QCOMPARE(navigate.at(0).at(0).toString(), QStringLiteral("missing-patches"));
        QCOMPARE(navigate.at(0).at(1).toMap().value(QStringLiteral("severityfilter")).toString(), level.value(key));

        auto *live = view.findChild<DonutChart *>(QStringLiteral("liveChart"));
        live->activateSegment(QStringLiteral("2"));
        QCOMPARE(navigate.count(), 2);
        QCOMPARE(navigate.at(1).at(0).toString(), QStringLiteral("computers"));
        QCOMPARE(navigate.at(1).at(1).toMap().value(QStringLiteral("liveStatusfilter")).toString(),
                 QStringLiteral("2"));
    }

    void aFailingCallCostsOnlyItsSection()
    {
        test::SimulatorFixture f;
        QVERIFY(f.isListening());
        QVERIFY(f.simulator().setFaults(QStringLiteral("5xx:1:status=500:path=/api/1.4/som/summary")));
        MemoryTrendSource history;
        DashboardLoader loader(&f.client());
        loader.setTrendSource(&history);
        DashboardView view(&loader);
        QSignalSpy finished(&loader, &DashboardLoader::finished);
        view.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);

        QVERIFY(loader.error(Section::Computers).isError());
        auto *agents = view.findChild<DashboardSection *>(QStringLiteral("agentSection"));
        QVERIFY(agents->errorText().startsWith(QStringLiteral("Could not load the agent summary")));
        QVERIFY(!agents->banner()->isHidden());
        QCOMPARE(view.findChild<DashboardCard *>(QStringLiteral("liveCard"))->placeholderText(),
                 QStringLiteral("Not available"));
        // Everything else rendered.
        QVERIFY(!loader.error(Section::Patches).isError());
        QVERIFY(view.findChild<DashboardSection *>(QStringLiteral("patchSection"))->errorText().isEmpty());
        QCOMPARE(tile(view, "criticalTile")->valueText(), number(loader.patchSummary().missingCritical));
        QVERIFY(!view.findChild<DashboardCard *>(QStringLiteral("severityCard"))->isShowingPlaceholder());
        QVERIFY(!view.findChild<DashboardCard *>(QStringLiteral("serverCard"))->isShowingPlaceholder());
        QCOMPARE(history.count(), 0); // no snapshot without the agent numbers

        // The server recovers; Retry fills the section and the snapshot is taken.
        QVERIFY(f.simulator().setFaults(QString()));
        QSignalSpy loaded(&loader, &DashboardLoader::sectionLoaded);
        QPushButton *retry = nullptr;
        for (auto *b : agents->banner()->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Retry"))
                retry = b;
        QVERIFY(retry);
        retry->click();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
        QCOMPARE(loaded.at(0).at(0).value<Section>(), Section::Computers);
        QVERIFY(agents->errorText().isEmpty());
        QVERIFY(!view.findChild<DashboardCard *>(QStringLiteral("liveCard"))->isShowingPlaceholder());
        QCOMPARE(history.count(), 1);
    }

    void trendsFromTheHistoryStore()
    {
        test::SimulatorFixture f;
        QVERIFY(f.isListening());
        store::Database db(store::Database::memoryPath());
        db.open();
        QVERIFY(db.isOpen());
        store::SummaryHistory history(db);
        StoreTrendSource trends(history);

        // Earlier refreshes of this profile: daily for 40 days, with 100 more critical patches
        // missing than the server reports now.
        const auto now = QDateTime::currentDateTimeUtc();
        const auto current =
            fetchDirectly<api::PatchSummary>([&](QObject *c, auto done) { f.client().patchSummary(c, done); });
        QVERIFY(current);
        api::PatchSummary past = *current;
        past.missingCritical += 100;
        for (int d = 40; d >= 1; --d)
            history.record(now.addDays(-d), past, api::SomSummary{});

        DashboardLoader loader(&f.client());
        loader.setTrendSource(&trends);
        loader.setClock([now] { return now; });
        DashboardView view(&loader);
        QSignalSpy recorded(&loader, &DashboardLoader::historyRecorded);
        view.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, 15000);
        QCOMPARE(history.count(), 41);

        auto *missing = view.findChild<TrendChart *>(QStringLiteral("missingTrend"));
        QVERIFY(!missing->isShowingEmptyState());
        QCOMPARE(missing->visiblePointCount(QStringLiteral("critical")), 31); // days 30..1 + now
        QCOMPARE(tile(view, "criticalTile")->changeText(), QStringLiteral("▼ 100 in 30 days"));
    }
};

QTEST_MAIN(DashboardViewTest)
#include "DashboardViewTest.moc"
