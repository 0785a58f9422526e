// Every page and every dialog of the console, walked as a screen reader and a keyboard would: each
// control that takes the focus has a name, the charts say their numbers as text and show them as a
// table, the legend works from the keyboard, dialogs have a default button and close with Esc.

#include "ConsoleWalk.h"
#include "SimulatorFixture.h"

#include "charts/ChartLegend.h"
#include "charts/DonutChart.h"
#include "charts/TrendChart.h"
#include "charts/TrendTable.h"
#include "dashboard/DashboardCard.h"
#include "signin/SignInDialog.h"
#include "store/Workspace.h"
#include "widgets/AccessibleNames.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace pmp;

namespace {

// Every visible, enabled widget under `root` that takes the focus and has no accessible name.
QStringList unnamedControls(QWidget *root)
{
    QStringList found;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisible() || !w->isEnabled() || (w->isWindow() && w != root))
            continue;
        // The editor inside a spin box or combo box is part of it: the outer widget carries the name.
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        if (ui::AccessibleNames::nameOf(w).trimmed().isEmpty())
            found << test::widgetPath(w);
    }
    return found;
}

QPushButton *defaultButton(const QDialog *dialog)
{
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->isDefault() && b->isVisible())
            return b;
    return nullptr;
}

} // namespace

class AccessibilityTest : public test::ConsoleWalkTest
{
    Q_OBJECT

    // Dialogs opened before took the activation: focus goes only to widgets of the active window.
    bool activateWindow()
    {
        m_window->activateWindow();
        return QTest::qWaitForWindowActive(m_window.get());
    }

    ui::DonutChart *severityChart()
    {
        if (!activateWindow())
            return nullptr;
        QWidget *page = test::shownPage(*m_window, QStringLiteral("dashboard"));
        if (!page)
            return nullptr;
        auto *chart = page->findChild<ui::DonutChart *>(QStringLiteral("severityChart"));
        if (!chart || !QTest::qWaitFor([chart] { return !chart->segments().isEmpty(); }, 20000))
            return nullptr;
        return chart;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sim = std::make_unique<test::SimulatorFixture>(test::fleetOf(40, 120));
        QVERIFY(m_sim->isListening());
        m_window = test::openConsole(*m_sim, QStringLiteral("Accessibility"), QSize(1320, 820));
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void everyPageNamesItsControls_data()
    {
        QTest::addColumn<QString>("pageId");
        const QStringList ids = test::consolePageIds(*m_window);
        QVERIFY(ids.size() >= 10);
        for (const QString &id : ids)
            QTest::newRow(qPrintable(id)) << id;
    }

    void everyPageNamesItsControls()
    {
        QFETCH(QString, pageId);
        QWidget *page = test::shownPage(*m_window, pageId);
        QVERIFY2(page, qPrintable(pageId + QStringLiteral(" did not show its data")));
        // The whole window: the page, its detail pane, the navigation and the status bar.
        const QStringList unnamed = unnamedControls(m_window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(pageId + QStringLiteral(": no accessible name for\n  ") +
                                               unnamed.join(QStringLiteral("\n  "))));
    }

    void dashboardTablesAreNamedToo()
    {
        QWidget *page = test::shownPage(*m_window, QStringLiteral("dashboard"));
        QVERIFY(page);
        const auto cards = page->findChildren<ui::DashboardCard *>();
        int tables = 0;
        for (ui::DashboardCard *card : cards)
            if (card->tableAction()) {
                card->setShowingTable(true);
                ++tables;
            }
        QCOMPARE(tables, 8); // six charts, two trends
        const QStringList unnamed = unnamedControls(m_window.get());
        for (ui::DashboardCard *card : cards)
            card->setShowingTable(false);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n  "))));
    }

    void everyWriteDialogNamesItsControlsAndAnswersTheKeyboard()
    {
        QStringList problems;
        test::forEachWriteDialog(*m_window, [&](const QString &name, QDialog *dialog) {
            QApplication::processEvents();
            // Every tab of a dialog with tabs.
            if (auto *tabs = dialog->findChild<QTabWidget *>()) {
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    for (const QString &w : unnamedControls(dialog))
                        if (!problems.contains(name + QStringLiteral(": ") + w))
                            problems << name + QStringLiteral(": ") + w;
                }
                tabs->setCurrentIndex(0);
            } else {
                for (const QString &w : unnamedControls(dialog))
                    problems << name + QStringLiteral(": ") + w;
            }
            if (!defaultButton(dialog))
                problems << name + QStringLiteral(": no default button");
            // Esc closes it (QDialog's own handling, unless something swallowed the key).
            QTest::keyClick(dialog, Qt::Key_Escape);
            if (dialog->isVisible())
                problems << name + QStringLiteral(": Esc did not close it");
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));
    }

    void signInDialogNamesItsControls()
    {
        test::ThrowawaySession throwaway;
        ui::SignInDialog dialog(&throwaway.session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("methodTabs"));
        QVERIFY(tabs);
        QStringList problems;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            for (const QString &w : unnamedControls(&dialog))
                if (!problems.contains(w))
                    problems << w;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));
        QVERIFY(defaultButton(&dialog));
    }

    void chartsSayTheirNumbersAsText()
    {
        QWidget *page = test::shownPage(*m_window, QStringLiteral("dashboard"));
        QVERIFY(page);
        const auto donuts = page->findChildren<ui::DonutChart *>();
        QVERIFY(donuts.size() >= 3);
        for (ui::DonutChart *chart : donuts) {
            QVERIFY(QTest::qWaitFor([chart] { return !chart->segments().isEmpty(); }, 20000));
            QVERIFY2(!chart->accessibleName().isEmpty(), qPrintable(chart->objectName()));
            const QString text = chart->accessibleDescription();
            for (const ui::ChartSegment &s : chart->segments())
                QVERIFY2(text.contains(QStringLiteral("%1 %2").arg(s.label, QLocale().toString(qint64(s.value)))),
                         qPrintable(chart->objectName() + QStringLiteral(": ") + text));
        }
        // New numbers, new text.
        ui::DonutChart *chart = donuts.first();
        const QList<ui::ChartSegment> before = chart->segments();
        QList<ui::ChartSegment> changed = before;
        changed.first().value = 987654;
        chart->setSegments(changed);
        QVERIFY(chart->accessibleDescription().contains(QLocale().toString(987654)));
        chart->setSegments(before);
    }

    void showAsTableShowsTheSameNumbers()
    {
        ui::DonutChart *chart = severityChart();
        QVERIFY(chart);
        auto *card = qobject_cast<ui::DashboardCard *>(chart->parentWidget()->parentWidget());
        QVERIFY(card);
        QVERIFY(card->tableAction());
        QVERIFY(card->actions().contains(card->tableAction())); // on the card's context menu
        QVERIFY(!card->isShowingTable());
        card->tableAction()->trigger();
        QVERIFY(card->isShowingTable());
        QVERIFY(!chart->isVisible());
        auto *table = qobject_cast<QTableWidget *>(card->tableAlternative());
        QVERIFY(table);
        QVERIFY(table->isVisible());
        const QList<ui::ChartSegment> segments = chart->segments();
        QCOMPARE(table->rowCount(), segments.size());
        for (int r = 0; r < segments.size(); ++r) {
            QCOMPARE(table->item(r, 0)->text(), segments.at(r).label);
            QCOMPARE(table->item(r, 1)->text(), QLocale().toString(qint64(segments.at(r).value)));
        }
        // A row activated from the keyboard does what a click on its slice does.
        QSignalSpy activated(chart, &ui::DonutChart::segmentActivated);
        table->setFocus();
        table->setCurrentCell(1, 0);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), segments.at(1).key);
        test::shownPage(*m_window, QStringLiteral("dashboard"));
        card->tableAction()->trigger();
        QVERIFY(!card->isShowingTable());
        QVERIFY(chart->isVisible());
    }

    void trendTablesShowThePoints()
    {
        ui::TrendChart chart;
        const qint64 t0 = qint64(1'793'000'000) * 1000; // a day in November 2026
        const qint64 hour = 3600 * 1000;
        chart.setSeries(
            {{QStringLiteral("critical"),
              QStringLiteral("Critical"),
              Qt::red,
              {QPointF(double(t0), 12), QPointF(double(t0 + hour), 15)}},
             {QStringLiteral("important"), QStringLiteral("Important"), Qt::yellow, {QPointF(double(t0 + hour), 40)}}});
        QVERIFY(chart.accessibleDescription().contains(QStringLiteral("Critical 15 (was 12)")));
        ui::TrendTable table;
        table.setSeries(chart.series());
        QCOMPARE(table.columnCount(), 3);
        QCOMPARE(table.rowCount(), 2);
        // Newest first; a line without a point at that time leaves its cell empty.
        QCOMPARE(table.item(0, 1)->text(), QLocale().toString(15));
        QCOMPARE(table.item(0, 2)->text(), QLocale().toString(40));
        QCOMPARE(table.item(1, 1)->text(), QLocale().toString(12));
        QVERIFY(!table.item(1, 2));
    }

    void theLegendWorksFromTheKeyboard()
    {
        ui::DonutChart *chart = severityChart();
        QVERIFY(chart);
        ui::ChartLegend *legend = chart->legend();
        QVERIFY(legend->focusPolicy() & Qt::TabFocus);
        QVERIFY(!legend->accessibleName().isEmpty());
        const QList<ui::ChartSegment> segments = chart->segments();
        QVERIFY(segments.size() >= 3);
        legend->setFocus(Qt::TabFocusReason);
        QVERIFY(QTest::qWaitFor([legend] { return legend->hasFocus(); }, 2000));
        // The first entry is highlighted like a hovered one; the arrows move on.
        QCOMPARE(legend->highlightedKey(), segments.at(0).key);
        QCOMPARE(chart->hoveredKey(), segments.at(0).key);
        QTest::keyClick(legend, Qt::Key_Down);
        QTest::keyClick(legend, Qt::Key_Down);
        QCOMPARE(legend->highlightedKey(), segments.at(2).key);
        QVERIFY(legend->accessibleDescription().startsWith(segments.at(2).label));
        QTest::keyClick(legend, Qt::Key_Up);
        QCOMPARE(legend->highlightedKey(), segments.at(1).key);
        // Space does what a click does: the chart reports the segment (the dashboard opens its list).
        QSignalSpy activated(chart, &ui::DonutChart::segmentActivated);
        QTest::keyClick(legend, Qt::Key_Space);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), segments.at(1).key);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("missing-patches"));
        // Leaving the legend clears the highlight.
        test::shownPage(*m_window, QStringLiteral("dashboard"));
        legend->setFocus(Qt::TabFocusReason);
        QTest::keyClick(legend, Qt::Key_Return);
        QCOMPARE(activated.count(), 2);
        test::shownPage(*m_window, QStringLiteral("dashboard"));
        legend->clearFocus();
        QVERIFY(legend->highlightedKey().isEmpty());
    }

    void theNavigationWorksFromTheKeyboard()
    {
        QVERIFY(activateWindow());
        test::shownPage(*m_window, QStringLiteral("dashboard"));
        auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QVERIFY(nav->focusPolicy() & Qt::TabFocus);
        nav->setFocus(Qt::TabFocusReason);
        QVERIFY(QTest::qWaitFor([nav] { return nav->hasFocus(); }, 2000));
        // Down skips the section heading (not selectable) and opens the next page.
        QTest::keyClick(nav, Qt::Key_Down);
        QCOMPARE(m_window->currentPageId(), test::consolePageIds(*m_window).at(1));
        QTest::keyClick(nav, Qt::Key_Home);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("dashboard"));
    }

    void findFocusesThePagesSearch_data()
    {
        QTest::addColumn<QString>("pageId");
        QTest::addColumn<QString>("searchName");
        QTest::newRow("computers") << QStringLiteral("computers") << QStringLiteral("searchField");
        QTest::newRow("journal") << QStringLiteral("journal") << QStringLiteral("journalSearch");
    }

    void findFocusesThePagesSearch()
    {
        QFETCH(QString, pageId);
        QFETCH(QString, searchName);
        QWidget *page = test::shownPage(*m_window, pageId);
        QVERIFY(page);
        auto *search = page->findChild<QLineEdit *>(searchName);
        QVERIFY(search);
        QVERIFY(activateWindow());
        m_window->findChild<QListWidget *>(QStringLiteral("navigation"))->setFocus();
        QVERIFY(!search->hasFocus());
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        QVERIFY(QTest::qWaitFor([search] { return search->hasFocus(); }, 2000));
    }
};

QTEST_MAIN(AccessibilityTest)
#include "AccessibilityTest.moc"
