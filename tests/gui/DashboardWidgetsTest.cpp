// The chart widgets and the dashboard with hand-made summaries (no server): what is drawn, what a
// click reports, the error and empty states, trends from recorded history.

#include "charts/BarChart.h"
#include "charts/ChartColors.h"
#include "charts/ChartLegend.h"
#include "charts/ChartText.h"
#include "charts/DonutChart.h"
#include "charts/ProportionBar.h"
#include "charts/TrendChart.h"
#include "dashboard/DashboardCard.h"
#include "dashboard/DashboardLoader.h"
#include "dashboard/DashboardSection.h"
#include "dashboard/DashboardView.h"
#include "dashboard/MemoryTrendSource.h"
#include "dashboard/StatTile.h"
#include "dashboard/TrendPanel.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReflowGridLayout.h"

#include <QGraphicsView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace pmp;
using namespace pmp::ui;

namespace {

QList<ChartSegment> severities()
{
    return {{QStringLiteral("critical"), QStringLiteral("Critical"), 30, Qt::red},
            {QStringLiteral("important"), QStringLiteral("Important"), 50, QColor(255, 128, 0)},
            {QStringLiteral("moderate"), QStringLiteral("Moderate"), 0, Qt::yellow},
            {QStringLiteral("low"), QStringLiteral("Low"), 20, Qt::gray}};
}

api::PatchSummary patches(qint64 critical = 293, qint64 highly = 61)
{
    api::PatchSummary p;
    p.installedPatches = 2307;
    p.applicablePatches = 3921;
    p.missingPatches = 1614;
    p.newPatches = 369;
    p.missingCritical = critical;
    p.missingImportant = 568;
    p.missingModerate = 68;
    p.missingLow = 96;
    p.missingUnrated = 589;
    p.missingTotal = 1614;
    p.totalSystems = 97;
    p.healthySystems = 35;
    p.highlyVulnerableSystems = highly;
    p.healthUnknownSystems = 1;
    p.scannedSystems = 95;
    p.unscannedSystems = 2;
    p.scanSuccess = 37;
    p.scanFailure = 58;
    p.lastDbUpdateStatus = QStringLiteral("Success");
    p.apdTaskCount = 33;
    return p;
}

api::SomSummary agents()
{
    api::SomSummary s;
    s.contactWithin3Days = 2;
    s.contact4To7Days = 1;
    s.agentsTotal = 3;
    s.agentsInstalled = 1;
    s.agentsYetToInstall = 1;
    s.agentsUninstallFailed = 1;
    s.live = 3;
    return s;
}

QPoint inViewport(QWidget *chart, const QPoint &pos)
{
    auto *view = chart->findChild<QGraphicsView *>(QStringLiteral("chartView"));
    return view->viewport()->mapFrom(chart, pos);
}

QWidget *viewportOf(QWidget *chart)
{
    return chart->findChild<QGraphicsView *>(QStringLiteral("chartView"))->viewport();
}

} // namespace

class DashboardWidgetsTest : public QObject
{
    Q_OBJECT

private slots:
    void donutShowsTotalAndReportsClicks()
    {
        DonutChart donut;
        donut.resize(420, 220);
        donut.setSegments(severities());
        donut.show();
        QVERIFY(QTest::qWaitForWindowExposed(&donut));
        QCOMPARE(donut.centreValueText(), QLocale().toString(100));

        QSignalSpy activated(&donut, &DonutChart::segmentActivated);
        // A click on the slice itself, where a person would click.
        const QPoint onImportant = donut.segmentPosition(QStringLiteral("important"));
        QVERIFY(!onImportant.isNull());
        QTest::mouseClick(viewportOf(&donut), Qt::LeftButton, {}, inViewport(&donut, onImportant));
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("important"));

        // ... and on its legend row, which is easier to hit for small slices.
        ChartLegend *legend = donut.legend();
        const QRect lowRow = legend->entryRect(QStringLiteral("low"));
        QVERIFY(lowRow.isValid());
        QTest::mouseClick(legend, Qt::LeftButton, {}, lowRow.center());
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(1).at(0).toString(), QStringLiteral("low"));

        // A zero segment has no slice but keeps its legend row.
        QVERIFY(donut.segmentPosition(QStringLiteral("moderate")).isNull());
        QVERIFY(legend->entryRect(QStringLiteral("moderate")).isValid());

        // Hover highlights the slice and the legend row together.
        donut.setHoveredSegment(QStringLiteral("critical"));
        QCOMPARE(legend->highlightedKey(), QStringLiteral("critical"));
        donut.activateSegment(QStringLiteral("no-such-key"));
        QCOMPARE(activated.count(), 2);
    }

    void emptyDonutShowsZero()
    {
        DonutChart donut;
        QList<ChartSegment> none = severities();
        for (ChartSegment &s : none)
            s.value = 0;
        donut.setSegments(none);
        donut.resize(300, 200);
        donut.show();
        QVERIFY(QTest::qWaitForWindowExposed(&donut));
        QCOMPARE(donut.centreValueText(), QLocale().toString(0));
        QVERIFY(donut.segmentPosition(QStringLiteral("critical")).isNull());
    }

    void barChartReportsClicks()
    {
        BarChart bars;
        bars.resize(360, bars.sizeHint().height());
        bars.setSegments(severities());
        bars.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bars));
        QSignalSpy activated(&bars, &BarChart::segmentActivated);
        const QPoint onCritical = bars.segmentPosition(QStringLiteral("critical"));
        QVERIFY(bars.rect().contains(onCritical));
        QTest::mouseClick(viewportOf(&bars), Qt::LeftButton, {}, inViewport(&bars, onCritical));
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("critical"));
        // Bars run top-down in the order given.
        QVERIFY(bars.segmentPosition(QStringLiteral("critical")).y() < bars.segmentPosition(QStringLiteral("low")).y());
    }

    // The detail pane's thin bar: each part as wide as its share, an empty part drawn nowhere, its data
    // as text for a screen reader, and a tooltip per part.
    void proportionBarSplitsByShare()
    {
        ProportionBar bar;
        bar.resize(401, bar.sizeHint().height());
        bar.setSegments(severities()); // 30, 50, 0, 20 of 100
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QCOMPARE(bar.segmentAt(10), 0);
        QCOMPARE(bar.segmentAt(115), 0);
        QCOMPARE(bar.segmentAt(125), 1);
        QCOMPARE(bar.segmentAt(315), 1);
        QCOMPARE(bar.segmentAt(325), 3); // "moderate" has no width
        QCOMPARE(bar.segmentAt(395), 3);
        QCOMPARE(bar.accessibleDescription(), QStringLiteral("Critical 30, Important 50, Moderate 0, Low 20"));
        QCOMPARE(ChartText::toolTip(bar.segments().at(1)), QStringLiteral("Important: 50"));
        bar.setSegments({});
        QCOMPARE(bar.segmentAt(10), -1);
        QCOMPARE(bar.accessibleDescription(), QStringLiteral("No data"));
    }

    void trendChartNeedsTwoPoints()
    {
        TrendChart chart;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        chart.setTimeRange(now.addDays(-30), now);
        TrendSeries s{QStringLiteral("critical"), QStringLiteral("Critical"), Qt::red, {}};
        s.points.append(QPointF(double(now.addDays(-2).toMSecsSinceEpoch()), 10));
        chart.setSeries({s});
        QVERIFY(chart.isShowingEmptyState());
        QCOMPARE(chart.emptyStateText(),
                 QStringLiteral("Not enough history yet — trends appear after a few refreshes"));

        s.points.append(QPointF(double(now.addDays(-1).toMSecsSinceEpoch()), 12));
        s.points.append(QPointF(double(now.addDays(-40).toMSecsSinceEpoch()), 9)); // outside the window
        chart.setSeries({s});
        QVERIFY(!chart.isShowingEmptyState());
        QCOMPARE(chart.visiblePointCount(QStringLiteral("critical")), 2);
        QVERIFY(chart.legendText().contains(QStringLiteral("Critical")));
    }

    void tilesAndChartsShowTheSummary()
    {
        DashboardLoader loader(nullptr);
        const QDateTime now = QDateTime::currentDateTime();
        loader.setClock([now] { return now; });
        DashboardView view(&loader);
        view.resize(1280, 780);
        loader.seed(patches(), now);
        loader.seed(agents(), now);

        auto tile = [&](const char *name) { return view.findChild<StatTile *>(QLatin1String(name)); };
        QCOMPARE(tile("missingTile")->valueText(), QLocale().toString(1614));
        QCOMPARE(tile("criticalTile")->valueText(), QLocale().toString(293));
        QCOMPARE(tile("highlyVulnerableTile")->valueText(), QLocale().toString(61));
        QCOMPARE(tile("installedTile")->valueText(), QLocale().toString(2307));
        QCOMPARE(tile("applicableTile")->valueText(), QLocale().toString(3921));
        QCOMPARE(tile("newTile")->valueText(), QLocale().toString(369));

        auto *severity = view.findChild<DonutChart *>(QStringLiteral("severityChart"));
        QCOMPARE(severity->centreValueText(), QLocale().toString(1614));
        auto *health = view.findChild<DonutChart *>(QStringLiteral("healthChart"));
        QCOMPARE(health->centreValueText(), QLocale().toString(97));
        auto *live = view.findChild<DonutChart *>(QStringLiteral("liveChart"));
        QCOMPARE(live->centreValueText(), QLocale().toString(3));
        auto *install = view.findChild<BarChart *>(QStringLiteral("installChart"));
        QCOMPARE(install->segments().size(), 5);
        QVERIFY(view.asOfText().startsWith(QStringLiteral("As of ")));
        for (auto *card : view.findChildren<DashboardCard *>())
            QVERIFY2(card->placeholderText().isEmpty() || card->placeholderText() == QStringLiteral("Loading…"),
                     qPrintable(card->objectName()));
    }

    void clicksNavigateToFilteredLists_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("value");
        QTest::newRow("critical") << "severityChart"
                                  << "critical"
                                  << "missing-patches"
                                  << "severityfilter"
                                  << "4";
        QTest::newRow("unrated") << "severityChart"
                                 << "unrated"
                                 << "missing-patches"
                                 << "severityfilter"
                                 << "0";
        QTest::newRow("healthy") << "healthChart"
                                 << "healthy"
                                 << "systems"
                                 << "healthfilter"
                                 << "1";
        QTest::newRow("vulnerable") << "healthChart"
                                    << "vulnerable"
                                    << "systems"
                                    << "healthfilter"
                                    << "2";
        QTest::newRow("highly") << "healthChart"
                                << "highlyVulnerable"
                                << "systems"
                                << "healthfilter"
                                << "3";
        QTest::newRow("unknown") << "healthChart"
                                 << "unknown"
                                 << "systems"
                                 << "healthfilter"
                                 << "0";
        QTest::newRow("scan") << "scanChart"
                              << "failure"
                              << "scan-status"
                              << ""
                              << "";
        QTest::newRow("installed") << "installChart"
                                   << "22"
                                   << "computers"
                                   << "installstatusfilter"
                                   << "22";
        QTest::newRow("install failed") << "installChart"
                                        << "29"
                                        << "computers"
                                        << "installstatusfilter"
                                        << "29";
        QTest::newRow("uninstall failed") << "installChart"
                                          << "31"
                                          << "computers"
                                          << "installstatusfilter"
                                          << "31";
        QTest::newRow("down") << "liveChart"
                              << "2"
                              << "computers"
                              << "liveStatusfilter"
                              << "2";
        QTest::newRow("stale") << "contactChart"
                               << "greater_30_day"
                               << "computers"
                               << "agentcontactfilter"
                               << "greater_30_day";
        QTest::newRow("recent") << "contactChart"
                                << "equal_3_day"
                                << "computers"
                                << "agentcontactfilter"
                                << "equal_3_day";
    }

    void clicksNavigateToFilteredLists()
    {
        QFETCH(QString, chart);
        QFETCH(QString, key);
        QFETCH(QString, view);
        QFETCH(QString, filter);
        QFETCH(QString, value);
        DashboardLoader loader(nullptr);
        DashboardView dash(&loader);
        loader.seed(patches(), QDateTime::currentDateTime());
        loader.seed(agents(), QDateTime::currentDateTime());
        QSignalSpy navigate(&dash, &DashboardView::navigateTo);
        QWidget *w = dash.findChild<QWidget *>(chart);
        QVERIFY(w);
        if (auto *donut = qobject_cast<DonutChart *>(w))
            donut->activateSegment(key);
        else if (auto *bars = qobject_cast<BarChart *>(w))
            bars->activateSegment(key);
        QCOMPARE(navigate.count(), 1);
        QCOMPARE(navigate.at(0).at(0).toString(), view);
        const QVariantMap filters = navigate.at(0).at(1).toMap();
        if (filter.isEmpty()) {
            QVERIFY(filters.isEmpty());
        } else {
            QCOMPARE(filters.size(), 1);
            QCOMPARE(filters.value(filter).toString(), value);
        }
    }

    void tilesAndServerLinkNavigate()
    {
        DashboardLoader loader(nullptr);
        DashboardView dash(&loader);
        dash.resize(1280, 780);
        loader.seed(patches(), QDateTime::currentDateTime());
        dash.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dash));
        QSignalSpy navigate(&dash, &DashboardView::navigateTo);
        auto *critical = dash.findChild<StatTile *>(QStringLiteral("criticalTile"));
        QTest::mouseClick(critical, Qt::LeftButton, {}, critical->rect().center());
        QCOMPARE(navigate.count(), 1);
        QCOMPARE(navigate.at(0).at(0).toString(), QStringLiteral("missing-patches"));
        QCOMPARE(navigate.at(0).at(1).toMap().value(QStringLiteral("severityfilter")).toString(), QStringLiteral("4"));
        auto *highly = dash.findChild<StatTile *>(QStringLiteral("highlyVulnerableTile"));
        highly->setFocus();
        QTest::keyClick(highly, Qt::Key_Return);
        QCOMPARE(navigate.count(), 2);
        QCOMPARE(navigate.at(1).at(0).toString(), QStringLiteral("systems"));
        QCOMPARE(navigate.at(1).at(1).toMap().value(QStringLiteral("healthfilter")).toString(), QStringLiteral("3"));
        // "New patches" has no list of its own: not clickable.
        QVERIFY(!dash.findChild<StatTile *>(QStringLiteral("newTile"))->isClickable());
        dash.findChild<QToolButton *>(QStringLiteral("openServerButton"))->click();
        QCOMPARE(navigate.count(), 3);
        QCOMPARE(navigate.at(2).at(0).toString(), QStringLiteral("server"));
    }

    // A window narrower than six tiles and three cards side by side folds them into more rows; the
    // page never scrolls sideways (which would hide the last tile and the Refresh button).
    void narrowWindowFoldsInsteadOfScrollingSideways_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("tilesFolded");
        QTest::newRow("wide") << 1700 << false;
        QTest::newRow("laptop") << 1100 << false;
        QTest::newRow("small screen") << 940 << true;
        QTest::newRow("half a screen") << 640 << true;
    }

    void narrowWindowFoldsInsteadOfScrollingSideways()
    {
        QFETCH(int, width);
        QFETCH(bool, tilesFolded);
        DashboardLoader loader(nullptr);
        DashboardView dash(&loader);
        loader.seed(patches(), QDateTime::currentDateTime());
        loader.seed(agents(), QDateTime::currentDateTime());
        dash.resize(width, 700);
        dash.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dash));

        auto *scroll = dash.findChild<QScrollArea *>(QStringLiteral("dashboardScroll"));
        QTRY_VERIFY(!scroll->horizontalScrollBar()->isVisible());
        QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("content %1 px in a viewport of %2 px")
                                .arg(scroll->widget()->width())
                                .arg(scroll->viewport()->width())));
        auto tile = [&](const char *name) { return dash.findChild<StatTile *>(QLatin1String(name)); };
        auto *refresh = dash.findChild<QPushButton *>(QStringLiteral("refreshButton"));
        for (QWidget *w : {static_cast<QWidget *>(tile("newTile")), static_cast<QWidget *>(refresh)}) {
            const int left = w->mapTo(scroll->viewport(), QPoint()).x();
            QVERIFY2(left >= 0 && left + w->width() <= scroll->viewport()->width(),
                     qPrintable(w->objectName() + QStringLiteral(" is cut off at the side")));
        }
        // Six tiles in one row when there is room, in rows of three or two when there is not.
        const int top = tile("missingTile")->y();
        QCOMPARE(tile("newTile")->y() > top, tilesFolded);
        // Rows are even: the tiles of a row start and end on one line.
        QCOMPARE(tile("criticalTile")->geometry().top(), top);
        QCOMPARE(tile("criticalTile")->geometry().bottom(), tile("missingTile")->geometry().bottom());
        // The last row ends where the first does.
        int right = 0;
        for (const StatTile *t : dash.findChildren<StatTile *>())
            right = std::max(right, t->geometry().right());
        QCOMPARE(tile("newTile")->geometry().right(), right);
    }

    void reflowGridFoldsSharesAndFillsTheLastRow()
    {
        QWidget host;
        auto *grid = new ReflowGridLayout({3, 2}, &host);
        grid->setHorizontalSpacing(10);
        grid->setVerticalSpacing(10);
        QList<QWidget *> items;
        for (int stretch : {2, 1, 1}) {
            auto *w = new QWidget(&host);
            w->setMinimumSize(100, 40);
            grid->addWidget(w, stretch);
            items << w;
        }
        // 3 x 100 + 2 x 10 = 320 px for one row; 2 x 100 + 10 = 210 for two columns; less is one.
        QCOMPARE(grid->columnsFor(320), 3);
        QCOMPARE(grid->columnsFor(319), 2);
        QCOMPARE(grid->columnsFor(210), 2);
        QCOMPARE(grid->columnsFor(209), 1);
        QCOMPARE(grid->minimumSize().width(), 100);

        grid->setGeometry(QRect(0, 0, 420, 200));
        // One row, shared 2:1:1 of the 400 px left after spacing.
        QCOMPARE(items[0]->geometry(), QRect(0, 0, 200, 40));
        QCOMPARE(items[1]->geometry(), QRect(210, 0, 100, 40));
        QCOMPARE(items[2]->geometry(), QRect(320, 0, 100, 40));

        grid->setGeometry(QRect(0, 0, 300, 200));
        // Two columns: the third item alone in the second row spans it.
        QCOMPARE(items[0]->y(), items[1]->y());
        QCOMPARE(items[2]->geometry(), QRect(0, 50, 300, 40));
        QCOMPARE(grid->heightForWidth(300), 90);
        QCOMPARE(grid->heightForWidth(150), 140);

        // A column never gets less than its widest item's minimum, whatever the stretch says.
        items[1]->setMinimumWidth(180);
        grid->invalidate();
        grid->setGeometry(QRect(0, 0, 420, 200));
        QCOMPARE(grid->columnsFor(420), 3);
        QCOMPARE(items[1]->width(), 180);
        QCOMPARE(items[0]->width() + items[2]->width(), 420 - 20 - 180);
    }

    void failedSectionShowsErrorAndKeepsTheRest()
    {
        DashboardLoader loader(nullptr); // no server: every fetch fails
        DashboardView dash(&loader);
        loader.seed(patches(), QDateTime::currentDateTime());
        QSignalSpy failed(&loader, &DashboardLoader::sectionFailed);
        loader.retry(DashboardLoader::Section::Computers);
        QTRY_COMPARE(failed.count(), 1);

        auto *agentsSection = dash.findChild<DashboardSection *>(QStringLiteral("agentSection"));
        QVERIFY(agentsSection->errorText().startsWith(QStringLiteral("Could not load the agent summary")));
        QVERIFY(!agentsSection->banner()->isHidden());
        for (auto *card : {"installCard", "liveCard", "contactCard"})
            QCOMPARE(dash.findChild<DashboardCard *>(QLatin1String(card))->placeholderText(),
                     QStringLiteral("Not available"));
        // The patch numbers are untouched by the agent failure.
        QVERIFY(dash.findChild<DashboardSection *>(QStringLiteral("patchSection"))->errorText().isEmpty());
        QCOMPARE(dash.findChild<StatTile *>(QStringLiteral("criticalTile"))->valueText(), QLocale().toString(293));
        QVERIFY(!dash.findChild<DashboardCard *>(QStringLiteral("severityCard"))->isShowingPlaceholder());

        // Retry asks again for that section only.
        QSignalSpy started(&loader, &DashboardLoader::sectionStarted);
        agentsSection->banner()->show();
        for (auto *b : agentsSection->banner()->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Retry"))
                b->click();
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.at(0).at(0).value<DashboardLoader::Section>(), DashboardLoader::Section::Computers);
        QTRY_COMPARE(failed.count(), 2);
    }

    void trendsAndChangesFromHistory()
    {
        MemoryTrendSource history;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Daily snapshots for 60 days: critical falls from 353 to 294, highly vulnerable from 90 to 61.
        for (int d = 60; d >= 1; --d)
            history.record(now.addDays(-d), patches(293 + d, 60 + d / 2), agents(), std::nullopt);
        QCOMPARE(history.count(), 60);

        DashboardLoader loader(nullptr);
        loader.setTrendSource(&history);
        loader.setClock([now] { return now; });
        DashboardView dash(&loader);
        loader.seed(patches(), now);

        auto *critical = dash.findChild<StatTile *>(QStringLiteral("criticalTile"));
        // 30 days ago (at or before): the snapshot of day 30 had 323 → 293 now.
        QCOMPARE(critical->changeText(), QStringLiteral("▼ 30 in 30 days"));
        auto *highly = dash.findChild<StatTile *>(QStringLiteral("highlyVulnerableTile"));
        QCOMPARE(highly->changeText(), QStringLiteral("▼ 14 in 30 days"));

        TrendPanel *panel = dash.trendPanel();
        auto *missing = dash.findChild<TrendChart *>(QStringLiteral("missingTrend"));
        auto *vulnerable = dash.findChild<TrendChart *>(QStringLiteral("vulnerableTrend"));
        QVERIFY(!missing->isShowingEmptyState());
        QVERIFY(!vulnerable->isShowingEmptyState());
        QCOMPARE(missing->visiblePointCount(QStringLiteral("critical")), 30);
        QCOMPARE(vulnerable->visiblePointCount(QStringLiteral("highlyVulnerable")), 30);
        dash.findChild<QToolButton *>(QStringLiteral("range90"))->click();
        QCOMPARE(panel->rangeDays(), 90);
        QCOMPARE(missing->visiblePointCount(QStringLiteral("critical")), 60);
    }

    void noHistoryShowsTheEmptyState()
    {
        MemoryTrendSource history;
        DashboardLoader loader(nullptr);
        loader.setTrendSource(&history);
        DashboardView dash(&loader);
        loader.seed(patches(), QDateTime::currentDateTime());
        auto *missing = dash.findChild<TrendChart *>(QStringLiteral("missingTrend"));
        QVERIFY(missing->isShowingEmptyState());
        QVERIFY(dash.findChild<StatTile *>(QStringLiteral("criticalTile"))->changeText().trimmed().isEmpty());
    }

    void memoryHistoryKeepsOneSnapshotPerHour()
    {
        MemoryTrendSource history;
        const QDateTime hour(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc());
        history.record(hour.addSecs(60), patches(10), agents(), std::nullopt);
        history.record(hour.addSecs(1800), patches(20), agents(), std::nullopt);
        history.record(hour.addSecs(300), patches(15), agents(), std::nullopt); // late arrival for the same hour
        history.record(hour.addSecs(3600), patches(30), agents(), std::nullopt);
        QCOMPARE(history.count(), 2);
        const auto points = history.series(TrendSource::Metric::MissingCritical, {}, {});
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.at(0).value, 20);
        QCOMPARE(points.at(1).value, 30);
        QCOMPARE(history.valueAt(TrendSource::Metric::MissingCritical, hour.addSecs(3599)).value_or(-1), 20);
        QVERIFY(!history.valueAt(TrendSource::Metric::MissingCritical, hour).has_value());
    }

    void followsADarkPalette()
    {
        DashboardLoader loader(nullptr);
        DashboardView dash(&loader);
        loader.seed(patches(), QDateTime::currentDateTime());
        auto *severity = dash.findChild<DonutChart *>(QStringLiteral("severityChart"));
        const QColor lightCritical = severity->segments().at(0).color;
        QPalette dark = dash.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dash.setPalette(dark);
        const QColor darkCritical = severity->segments().at(0).color;
        QCOMPARE(darkCritical, ChartColors::color(ChartColors::Role::Critical, dark));
        QVERIFY(darkCritical != lightCritical);
    }
};

QTEST_MAIN(DashboardWidgetsTest)
#include "DashboardWidgetsTest.moc"
