// Saved views (issue 13 item 1) against the simulator: a list's filters, search, sort and columns kept
// under a name and brought back; exported to a JSON file and imported again; renamed, reordered and
// deleted; and a saved view whose filter value the server no longer has says so instead of showing
// every row.
#include "LoadedView.h"
#include "SimulatorFixture.h"

#include "main/MainWindow.h"
#include "models/RecordFilterProxy.h"
#include "store/Workspace.h"
#include "views/FilterBar.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pmp;
using namespace pmp::test;

class SavedViewsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimulatorFixture> m_sim;

    static bool settled(ui::RecordListView *view)
    {
        return view->loader()->lastCompleted().isValid() && !view->loader()->isLoading() && view->proxy()->isSettled();
    }

    static QStringList firstColumn(ui::RecordListView *view)
    {
        QStringList cells;
        for (int r = 0; r < view->proxy()->rowCount(); ++r)
            cells << view->proxy()->index(r, 0).data().toString();
        return cells;
    }

    static QStringList navigationTexts(ui::MainWindow &window)
    {
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QStringList texts;
        for (int i = 0; i < nav->count(); ++i)
            texts << nav->item(i)->text();
        return texts;
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimulatorFixture>(fleetOf(60, 40));
        QVERIFY(m_sim->isListening());
    }

    void init() { QSettings().clear(); }

    void roundTripAndManage()
    {
        ui::MainWindow window(&m_sim->client(), store::Workspace::inMemory(QStringLiteral("saved")),
                              QStringLiteral("Tenant"));
        ui::RecordListView *view = loadedView(window, QStringLiteral("computers"));
        QVERIFY(view);
        const int all = view->loader()->model()->rowCount();
        QVERIFY(all > 0);

        // A remote office the server has, a search, a descending sort and a hidden column.
        auto *office = view->findChild<QComboBox *>(QStringLiteral("filter_branchofficefilter"));
        QVERIFY(office);
        QTRY_VERIFY(office->count() > 1); // the server's offices arrived
        const QString officeName = office->itemData(1).toString();
        office->setCurrentIndex(1);
        QTRY_VERIFY(settled(view) && view->loader()->query().value(QStringLiteral("branchofficefilter")) == officeName);
        const int inOffice = view->loader()->model()->rowCount();
        QVERIFY(inOffice < all);
        view->table()->sortByColumn(0, Qt::DescendingOrder);
        view->findChild<QLineEdit *>(QStringLiteral("searchField"))->setText(QStringLiteral("1"));
        view->table()->setColumnHidden(1, true);
        QTRY_VERIFY(settled(view));
        const QStringList rows = firstColumn(view);
        QVERIFY(!rows.isEmpty());

        QString error;
        QVERIFY2(window.saveCurrentView(QStringLiteral("Office ones"), &error), qPrintable(error));
        QVERIFY(!window.saveCurrentView(QStringLiteral("office ONES"), &error)); // taken
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        QVERIFY(!window.saveCurrentView(QStringLiteral("  "), &error));
        QVERIFY(navigationTexts(window).contains(QStringLiteral("Office ones")));

        // Elsewhere, the list rearranged; then the saved view brings it all back.
        window.showPage(QStringLiteral("dashboard"));
        view->applyFilters({});
        view->findChild<QLineEdit *>(QStringLiteral("searchField"))->clear();
        view->table()->setColumnHidden(1, false);
        view->table()->sortByColumn(0, Qt::AscendingOrder);
        QTRY_VERIFY(settled(view) && view->loader()->model()->rowCount() == all);

        QVERIFY(window.openSavedView(QStringLiteral("office ones")));
        QCOMPARE(window.currentListView(), view);
        QCOMPARE(window.currentSavedView(), QStringLiteral("Office ones"));
        QTRY_VERIFY(settled(view) && view->loader()->query().value(QStringLiteral("branchofficefilter")) == officeName);
        QTRY_COMPARE(firstColumn(view), rows);
        QCOMPARE(view->loader()->model()->rowCount(), inOffice);
        QVERIFY(view->table()->isColumnHidden(1));
        QCOMPARE(view->table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(view->findChild<QLineEdit *>(QStringLiteral("searchField"))->text(), QStringLiteral("1"));
        QVERIFY(view->findChild<ui::MessageBanner *>()->isHidden()); // nothing stale

        // Export, import: the copy arrives as "(2)" and opens the same rows.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("office.json"));
        QVERIFY2(window.exportSavedView(QStringLiteral("Office ones"), file, &error), qPrintable(error));
        QCOMPARE(window.importSavedView(file, &error), QStringLiteral("Office ones (2)"));
        window.showPage(QStringLiteral("dashboard"));
        QVERIFY(window.openSavedView(QStringLiteral("Office ones (2)")));
        QTRY_VERIFY(settled(view));
        QTRY_COMPARE(firstColumn(view), rows);

        // A bad file is a clear error and adds nothing.
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"format":"patchdeck.saved-view","version":1,"name":"X","view":"printers"})");
        }
        QVERIFY(window.importSavedView(bad, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("printers")), qPrintable(error));

        // Rename, reorder, delete.
        QVERIFY(!window.renameSavedView(QStringLiteral("Office ones (2)"), QStringLiteral("office ones"), &error));
        QVERIFY(window.renameSavedView(QStringLiteral("Office ones (2)"), QStringLiteral("Copy"), &error));
        QVERIFY(window.moveSavedView(QStringLiteral("Copy"), -1));
        QCOMPARE(window.workspace()->savedViews().names(),
                 (QStringList{QStringLiteral("Copy"), QStringLiteral("Office ones")}));
        const QStringList nav = navigationTexts(window);
        QVERIFY(nav.indexOf(QStringLiteral("Copy")) < nav.indexOf(QStringLiteral("Office ones")));
        QVERIFY(window.removeSavedView(QStringLiteral("Copy")));
        QVERIFY(!navigationTexts(window).contains(QStringLiteral("Copy")));
        QCOMPARE(window.workspace()->savedViews().names(), QStringList{QStringLiteral("Office ones")});
    }

    void staleFilterSaysSo()
    {
        ui::MainWindow window(&m_sim->client(), store::Workspace::inMemory(QStringLiteral("stale")),
                              QStringLiteral("Tenant"));
        ui::RecordListView *view = loadedView(window, QStringLiteral("computers"));
        QVERIFY(view);
        QVERIFY(view->loader()->model()->rowCount() > 0);
        auto *office = view->findChild<QComboBox *>(QStringLiteral("filter_branchofficefilter"));
        QTRY_VERIFY(office->count() > 1);

        // An imported saved view filtering on a remote office the server does not have.
        store::SavedView saved;
        saved.name = QStringLiteral("Berlin");
        saved.viewId = QStringLiteral("computers");
        saved.filters.insert(QStringLiteral("branchofficefilter"), QStringLiteral("Berlin (closed)"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("berlin.json"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(saved.toJson()).toJson());
        }
        QString error;
        QCOMPARE(window.importSavedView(file, &error), QStringLiteral("Berlin"));
        window.showPage(QStringLiteral("dashboard"));
        QVERIFY(window.openSavedView(QStringLiteral("Berlin")));
        QTRY_VERIFY(settled(view));
        // The filter was kept (never "Any"), so the list is empty rather than everything...
        QCOMPARE(view->loader()->query().value(QStringLiteral("branchofficefilter")),
                 QStringLiteral("Berlin (closed)"));
        QCOMPARE(office->currentData().toString(), QStringLiteral("Berlin (closed)"));
        QCOMPARE(view->loader()->model()->rowCount(), 0);
        // ...and the banner says why.
        auto *banner = view->findChild<ui::MessageBanner *>();
        QTRY_VERIFY(!banner->isHidden());
        QVERIFY2(banner->message().contains(QStringLiteral("Berlin (closed)")), qPrintable(banner->message()));
        QVERIFY2(banner->message().contains(QStringLiteral("no longer has")), qPrintable(banner->message()));
        QCOMPARE(view->staleFilters(saved).size(), 1);

        // Changing the filters by hand ends the notice.
        office->setCurrentIndex(0);
        QTRY_VERIFY(settled(view) && view->loader()->model()->rowCount() > 0);
        QVERIFY(banner->isHidden());
    }
};

QTEST_MAIN(SavedViewsTest)
#include "SavedViewsTest.moc"
