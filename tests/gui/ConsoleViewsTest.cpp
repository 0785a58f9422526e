// Every page of the console against the simulator over a real socket, plain and with --quirks:
// each list view loads completely with readable values (no raw i18n keys), its models pass
// QAbstractItemModelTester, server-side filters narrow the rows, search and typed sorting work,
// detail panes, reports and the server page fill in.

#include "LoadedView.h"
#include "SimulatorFixture.h"

#include "main/AutoRefresh.h"
#include "main/MainWindow.h"
#include "store/Workspace.h"
#include "views/ComputerDetailPane.h"
#include "views/FilterBar.h"
#include "views/PatchDetailPane.h"
#include "views/RecordListView.h"
#include "views/ReportsView.h"
#include "views/ServerView.h"

#include "models/ListLoader.h"
#include "models/RecordFilterProxy.h"
#include "models/ViewCatalogue.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace pmp;

namespace {

sim::SimulatorOptions fleet(bool quirks)
{
    sim::SimulatorOptions o;
    o.computers = 120;
    o.patches = 220;
    o.quirks = quirks;
    return o;
}

// Display text a user must never see: untranslated i18n keys and the server's placeholders.
bool looksRaw(const QString &text)
{
    return text.startsWith(QLatin1String("dc.")) || text.contains(QLatin1String("dc.common."));
}

} // namespace

class ConsoleViewsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SimulatorFixture> m_sim;
    std::unique_ptr<ui::MainWindow> m_window;

    void open(bool quirks)
    {
        m_window.reset();
        m_sim = std::make_unique<test::SimulatorFixture>(fleet(quirks));
        QVERIFY(m_sim->isListening());
        m_window = std::make_unique<ui::MainWindow>(&m_sim->client(), store::Workspace::inMemory(),
                                                    QStringLiteral("Simulator"));
        m_window->show();
    }

    ui::RecordListView *loaded(const QString &viewId) { return test::loadedView(*m_window, viewId); }

    ui::RecordListView *reloadedWith(ui::RecordListView *view, const api::ListQuery &query)
    {
        const QDateTime before = view->loader()->lastCompleted();
        view->applyFilters(query);
        if (!QTest::qWaitFor([&] { return view->loader()->lastCompleted() != before && !view->loader()->isLoading(); },
                             30000))
            return nullptr;
        return view;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanupTestCase()
    {
        m_window.reset();
        m_sim.reset();
    }

    void everyListViewLoads_data()
    {
        QTest::addColumn<bool>("quirks");
        QTest::addColumn<QString>("viewId");
        for (bool quirks : {false, true})
            for (const models::ViewSpec &spec : models::ViewCatalogue::all()) {
                if (spec.id == QLatin1String("system-report"))
                    continue; // a computer's detail pane, tested below
                QTest::addRow("%s%s", qPrintable(spec.id), quirks ? "-quirks" : "") << quirks << spec.id;
            }
    }

    void everyListViewLoads()
    {
        QFETCH(bool, quirks);
        QFETCH(QString, viewId);
        if (!m_sim || m_sim->simulator().requests().isEmpty() || property("quirks").toBool() != quirks) {
            open(quirks);
            setProperty("quirks", quirks);
        }
        ui::RecordListView *view = loaded(viewId);
        QVERIFY2(view, qPrintable(viewId + QStringLiteral(" did not finish loading")));
        const api::FetchOutcome &outcome = view->loader()->lastOutcome();
        QVERIFY2(outcome.complete, qPrintable(outcome.error.message()));

        models::RecordTableModel *model = view->loader()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(view->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A fresh simulator has deployed nothing yet, so these two may be empty; all others must not be.
        const bool mayBeEmpty = viewId == QLatin1String("configurations") || viewId == QLatin1String("journal");
        if (!mayBeEmpty)
            QVERIFY2(model->rowCount() > 0, qPrintable(viewId));
        QCOMPARE(view->proxy()->rowCount(), model->rowCount());
        QVERIFY(view->countText().contains(QLocale().toString(model->rowCount())));

        // Every visible column has a header, and no cell shows a raw i18n key.
        const QList<int> columns = view->visibleColumnsInOrder();
        QVERIFY(!columns.isEmpty());
        for (int c : columns) {
            QVERIFY(!model->headerData(c, Qt::Horizontal).toString().isEmpty());
            QVERIFY2(!view->table()->isColumnHidden(c), "visibleColumnsInOrder lists a hidden column");
        }
        for (int r = 0; r < qMin(model->rowCount(), 200); ++r)
            for (int c : columns) {
                const QString text = model->data(model->index(r, c)).toString();
                QVERIFY2(!looksRaw(text),
                         qPrintable(QStringLiteral("%1 row %2 column %3: %4").arg(viewId).arg(r).arg(c).arg(text)));
            }
    }

    void serverFiltersNarrowTheRows()
    {
        open(false);
        ui::RecordListView *view = loaded(QStringLiteral("patches"));
        QVERIFY(view);
        const int all = view->loader()->model()->rowCount();
        QVERIFY(all > 0);

        api::ListQuery critical;
        critical.set(QStringLiteral("severityfilter"), QStringLiteral("4"));
        QVERIFY(reloadedWith(view, critical));
        models::RecordTableModel *model = view->loader()->model();
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->rowCount() < all);
        for (int r = 0; r < model->rowCount(); ++r) {
            QCOMPARE(model->rawValue(r, QStringLiteral("severity")), QStringLiteral("4"));
            QCOMPARE(model->displayValue(r, QStringLiteral("severity")), QStringLiteral("Critical"));
        }
        // The filter bar shows the filter that is applied (a dashboard click lands here too).
        auto *combo = view->filterBar()->findChild<QComboBox *>(QStringLiteral("filter_severityfilter"));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("4"));
        QCOMPARE(view->filterBar()->activeCount(), 1);

        // Choosing another value in the widget reloads with it.
        const QDateTime before = view->loader()->lastCompleted();
        combo->setCurrentIndex(combo->findData(QStringLiteral("1")));
        QVERIFY(QTest::qWaitFor(
            [&] { return view->loader()->lastCompleted() != before && !view->loader()->isLoading(); }, 30000));
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->rawValue(r, QStringLiteral("severity")), QStringLiteral("1"));
    }

    void navigateToOpensAFilteredView()
    {
        ui::RecordListView *view = loaded(QStringLiteral("systems"));
        QVERIFY(view);
        const QDateTime before = view->loader()->lastCompleted();
        api::ListQuery query;
        query.set(QStringLiteral("healthfilter"), QStringLiteral("3"));
        m_window->navigateTo(QStringLiteral("systems"), query);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("systems"));
        QVERIFY(QTest::qWaitFor(
            [&] { return view->loader()->lastCompleted() != before && !view->loader()->isLoading(); }, 30000));
        models::RecordTableModel *model = view->loader()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->rawValue(r, QStringLiteral("resource_health_status")), QStringLiteral("3"));
    }

    void searchAndTypedSorting()
    {
        ui::RecordListView *view = loaded(QStringLiteral("computers"));
        QVERIFY(view);
        models::RecordTableModel *model = view->loader()->model();
        const QString name = model->displayValue(0, QStringLiteral("resource_name"));
        QVERIFY(!name.isEmpty());

        // Typed into the search field, as a user does (it filters after a short debounce).
        auto *search = view->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QVERIFY(search);
        search->setText(name);
        QTRY_VERIFY(view->proxy()->rowCount() >= 1 && view->proxy()->rowCount() < model->rowCount());
        search->setText(QStringLiteral("no such computer anywhere"));
        QTRY_COMPARE(view->proxy()->rowCount(), 0);
        QTRY_VERIFY2(view->countText().startsWith(QLatin1String("0 of ")), qPrintable(view->countText()));
        search->clear();
        QTRY_COMPARE(view->proxy()->rowCount(), model->rowCount());

        // Severity sorts by severity order (Critical above Important), not alphabetically.
        ui::RecordListView *patches = loaded(QStringLiteral("missing-patches"));
        QVERIFY(patches);
        models::RecordTableModel *pm = patches->loader()->model();
        const int severity = pm->columnOf(QStringLiteral("severity"));
        QVERIFY(severity >= 0);
        patches->table()->sortByColumn(severity, Qt::DescendingOrder);
        int last = 99;
        for (int r = 0; r < patches->proxy()->rowCount(); ++r) {
            const int source = patches->proxy()->mapToSource(patches->proxy()->index(r, 0)).row();
            const int value = pm->rawValue(source, QStringLiteral("severity")).toInt();
            QVERIFY2(value <= last, "severities out of order");
            last = value;
        }
    }

    void computerDetailShowsItsSystemReport()
    {
        ui::RecordListView *view = loaded(QStringLiteral("computers"));
        QVERIFY(view);
        view->table()->setCurrentIndex(view->proxy()->index(0, 0));
        auto *pane = view->findChild<ui::ComputerDetailPane *>();
        QVERIFY(pane);
        QVERIFY(view->currentSourceRow() >= 0);
        const QString expected =
            view->loader()->model()->rawValue(view->currentSourceRow(), QStringLiteral("resource_id"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(pane->resourceId(), expected);
        ui::RecordListView *report = pane->reportView();
        QVERIFY(QTest::qWaitFor(
            [report] { return report->loader()->lastCompleted().isValid() && !report->loader()->isLoading(); }, 30000));
        QVERIFY(report->loader()->lastOutcome().complete);
        QVERIFY(report->loader()->model()->rowCount() > 0);
        QVERIFY(QTest::qWaitFor([pane] { return !pane->summaryText().isEmpty(); }, 10000));
    }

    void patchDetailShowsTheComputersMissingIt()
    {
        ui::RecordListView *view = loaded(QStringLiteral("missing-patches"));
        QVERIFY(view);
        view->table()->setCurrentIndex(view->proxy()->index(0, 0));
        auto *pane = view->findChild<ui::PatchDetailPane *>();
        QVERIFY(pane);
        QVERIFY(!pane->patchId().isEmpty());
        ui::RecordListView *missing = pane->missingView();
        QVERIFY(QTest::qWaitFor(
            [missing] { return missing->loader()->lastCompleted().isValid() && !missing->loader()->isLoading(); },
            30000));
        QVERIFY(missing->loader()->model()->rowCount() > 0);
        for (int r = 0; r < missing->loader()->model()->rowCount(); ++r)
            QCOMPARE(missing->loader()->model()->rawValue(r, QStringLiteral("patch_id")), pane->patchId());
    }

    void reportsTreeAndReportData()
    {
        m_window->showPage(QStringLiteral("reports"));
        auto *reports = qobject_cast<ui::ReportsView *>(m_window->page(QStringLiteral("reports")));
        QVERIFY(reports);
        QVERIFY(QTest::qWaitFor([reports] { return reports->tree()->topLevelItemCount() > 0; }, 30000));
        // Open the first report leaf.
        QTreeWidgetItem *leaf = reports->tree()->topLevelItem(0);
        while (leaf && leaf->childCount() > 0)
            leaf = leaf->child(0);
        QVERIFY(leaf);
        reports->tree()->setCurrentItem(leaf);
        QVERIFY(QTest::qWaitFor(
            [reports] { return reports->dataView() && reports->dataView()->loader()->lastCompleted().isValid(); },
            30000));
        ui::RecordListView *data = reports->dataView();
        QVERIFY(data->loader()->lastOutcome().complete);
        QVERIFY(data->loader()->model()->columnCount() > 0);
    }

    void serverPageFillsIn()
    {
        m_window->showPage(QStringLiteral("server"));
        auto *server = qobject_cast<ui::ServerView *>(m_window->page(QStringLiteral("server")));
        QVERIFY(server);
        QVERIFY(
            QTest::qWaitFor([server] { return !server->fieldText(QStringLiteral("approvalMode")).isEmpty(); }, 30000));
        QVERIFY(
            QTest::qWaitFor([server] { return !server->fieldText(QStringLiteral("remoteOffices")).isEmpty(); }, 30000));
        for (const char *name : {"dbStatus", "approvalMode", "remoteOffices", "domains"})
            QVERIFY2(!looksRaw(server->fieldText(QLatin1String(name))), name);
    }

    void refreshReloadsTheCurrentView()
    {
        ui::RecordListView *view = loaded(QStringLiteral("remote-offices"));
        QVERIFY(view);
        const QDateTime before = view->loader()->lastCompleted();
        m_sim->simulator().clearRequests();
        m_window->refreshCurrent();
        QVERIFY(QTest::qWaitFor([&] { return view->loader()->lastCompleted() > before; }, 30000));
        QVERIFY(!m_sim->simulator().requests().isEmpty());
    }

    void autoRefreshIsPerProfileAndRefreshes()
    {
        ui::AutoRefresh *automatic = m_window->autoRefresh();
        QVERIFY(automatic);
        automatic->setProfileKey(QStringLiteral("Profile A"));
        automatic->setIntervalMinutes(15);
        automatic->setProfileKey(QStringLiteral("Profile B"));
        QCOMPARE(automatic->intervalMinutes(), 0);
        automatic->setProfileKey(QStringLiteral("Profile A"));
        QCOMPARE(automatic->intervalMinutes(), 15);
        QMenu menu;
        automatic->populateMenu(&menu);
        QCOMPARE(menu.actions().size(), ui::AutoRefresh::choices().size());
        QAction *checked = nullptr;
        for (QAction *a : menu.actions())
            if (a->isChecked())
                checked = a;
        QVERIFY(checked);
        QCOMPARE(checked->data().toInt(), 15);
        automatic->setIntervalMinutes(0);
        QVERIFY(menu.actions().first()->isChecked()); // "Off": the check mark follows the interval
        QVERIFY(!checked->isChecked());

        // When it is due, the current list reloads.
        ui::RecordListView *view = loaded(QStringLiteral("policies"));
        QVERIFY(view);
        const QDateTime before = view->loader()->lastCompleted();
        emit automatic->refreshDue();
        QVERIFY(QTest::qWaitFor([&] { return view->loader()->lastCompleted() > before; }, 30000));
    }

    void aFailedLoadSaysWhyAndKeepsNothingPartial()
    {
        // Every further list page fails: the view must not call a partial list complete.
        open(false);
        QVERIFY(m_sim->simulator().setFaults(QStringLiteral("5xx:1:path=/api/1.4/patch/allpatches")));
        m_window->showPage(QStringLiteral("patches"));
        ui::RecordListView *view = m_window->listView(QStringLiteral("patches"));
        QVERIFY(QTest::qWaitFor(
            [view] { return !view->loader()->isLoading() && view->loader()->lastOutcome().error.isError(); }, 60000));
        QVERIFY(!view->loader()->lastOutcome().complete);
        QVERIFY(!view->loader()->lastOutcome().error.message().isEmpty());
    }
};

QTEST_MAIN(ConsoleViewsTest)
#include "ConsoleViewsTest.moc"
