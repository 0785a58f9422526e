// What changed since the last refresh, as the admin sees it in a list (issue 13 item 2): after the
// server removes a computer and approves a patch, a refresh of the patch status list says how many rows
// changed and were removed, shades the changed cells (their tooltip says what they were), shows only
// the changes on request (with the list's sort still working), lists the removed rows, and says "no
// changes" after a refresh where nothing changed, with every row back.
#include "LoadedView.h"
#include "SimulatorFixture.h"

#include "api/requests/PatchApprovalRequest.h"
#include "models/RecordFilterProxy.h"
#include "store/ViewCache.h"
#include "store/Workspace.h"
#include "views/ChangeHighlightDelegate.h"
#include "views/ChangesBar.h"
#include "views/RemovedRowsDialog.h"
#include "widgets/StatusColors.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace pmp;
using namespace pmp::test;

namespace {

// The delegate's styling, reachable from the test.
class OpenDelegate : public ui::ChangeHighlightDelegate
{
public:
    using ui::ChangeHighlightDelegate::ChangeHighlightDelegate;
    using ui::ChangeHighlightDelegate::initStyleOption;
};

QBrush backgroundOf(QTableView *table, const QModelIndex &index)
{
    OpenDelegate delegate;
    QStyleOptionViewItem option;
    option.initFrom(table);
    option.widget = table;
    delegate.initStyleOption(&option, index);
    return option.backgroundBrush;
}

} // namespace

class ListChangesViewTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimulatorFixture> m_sim;

    bool changeServer(const QString &computer, qint64 patch)
    {
        api::ApiRequest remove;
        remove.operation = api::OperationId::RemoveComputers;
        remove.body =
            QJsonDocument(QJsonObject{{QStringLiteral("resourceids"), QJsonArray{computer.toLongLong()}}}).toJson();
        QSignalSpy removed(m_sim->transport().send(remove), &api::ApiCall::finished);
        bool approved = false;
        QSignalSpy approvedSpy(
            m_sim->client().perform(api::PatchApprovalRequest(api::PatchApprovalRequest::Kind::Approve, {patch}), this,
                                    [&](const auto &result) { approved = result.ok(); }),
            &api::ApiCall::finished);
        return removed.wait(10000) && (!approvedSpy.isEmpty() || approvedSpy.wait(10000)) && approved;
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimulatorFixture>(fleetOf(40, 30));
        QVERIFY(m_sim->isListening());
    }

    void init() { QSettings().clear(); }

    void aRefreshShowsWhatChanged()
    {
        ui::MainWindow window(&m_sim->client(), store::Workspace::inMemory(QStringLiteral("changes")),
                              QStringLiteral("Tenant"));
        window.resize(1200, 800);
        window.show();
        ui::RecordListView *view = loadedView(window, QStringLiteral("patch-status"));
        QVERIFY(view);
        models::ListLoader *loader = view->loader();
        ui::ChangesBar *bar = view->changesBar();
        QVERIFY(bar);
        QVERIFY(bar->isHidden()); // a first fetch has nothing to compare with
        // The fetch is kept in the cache before the server changes.
        QTRY_VERIFY(window.workspace()->viewCache().loadImage(QStringLiteral("patch-status"), loader->queryKey()));

        const models::RecordTableModel &rows = *loader->model();
        const int before = rows.rowCount();
        const QString victim = rows.rawValue(0, QStringLiteral("resource_id"));
        int victimRows = 0;
        qint64 patch = -1;
        for (int r = 0; r < before; ++r) {
            if (rows.rawValue(r, QStringLiteral("resource_id")) == victim)
                ++victimRows;
            else if (patch < 0 &&
                     rows.rawValue(r, QStringLiteral("approvestatusdefn.label")) != QLatin1String("Approved"))
                patch = rows.rawValue(r, QStringLiteral("patch_id")).toLongLong();
        }
        QVERIFY(patch >= 0);
        QVERIFY(changeServer(victim, patch));

        QSignalSpy compared(loader, &models::ListLoader::changesFound);
        view->reload();
        QVERIFY(compared.wait(30000));
        const auto changes = rows.changes();
        QVERIFY(changes);
        QCOMPARE(changes->removedCount(), qint64(victimRows));
        QVERIFY(changes->changedCount() > 0);
        QCOMPARE(changes->addedCount(), 0);

        // The bar: its counts, in the admin's words; no "new" chip when nothing is new.
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(bar->findChild<QLabel *>(QStringLiteral("changesSince"))
                    ->text()
                    .startsWith(QStringLiteral("Changes since")));
        auto *changed = bar->findChild<QLabel *>(QStringLiteral("changesChanged"));
        QVERIFY(changed->isVisible());
        QCOMPARE(changed->text(), QStringLiteral("%1 changed").arg(changes->changedCount()));
        QVERIFY(bar->findChild<QLabel *>(QStringLiteral("changesAdded"))->isHidden());
        auto *removedButton = bar->findChild<QToolButton *>(QStringLiteral("changesRemoved"));
        QVERIFY(removedButton->isVisible());
        QCOMPARE(removedButton->text(), QStringLiteral("%1 removed…").arg(victimRows));

        // A changed cell is shaded in the warning tint and its tooltip says what it was; others are not.
        const int approval = rows.columnOf(QStringLiteral("approvestatusdefn.label"));
        int changedRow = -1, unchangedRow = -1;
        for (int r = 0; r < view->proxy()->rowCount() && (changedRow < 0 || unchangedRow < 0); ++r) {
            const int source = view->proxy()->sourceRow(r);
            (changes->row(source) == models::ListChanges::Row::Changed ? changedRow : unchangedRow) = r;
        }
        QVERIFY(changedRow >= 0 && unchangedRow >= 0);
        const QModelIndex cell = view->proxy()->index(changedRow, approval);
        const QColor warning =
            ui::StatusColors::box(ui::StatusColors::Status::Warning, view->table()->palette()).background;
        QCOMPARE(backgroundOf(view->table(), cell).color(), warning);
        QCOMPARE(backgroundOf(view->table(), view->proxy()->index(changedRow, 0)).style(), Qt::NoBrush);
        QCOMPARE(backgroundOf(view->table(), view->proxy()->index(unchangedRow, approval)).style(), Qt::NoBrush);
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Before:")));

        // Only the changes, sorted by the list's own sort.
        auto *only = bar->findChild<QToolButton *>(QStringLiteral("onlyChangesButton"));
        QVERIFY(only->isVisible());
        only->click();
        QTRY_COMPARE(view->proxy()->rowCount(), int(changes->changedCount()));
        view->table()->sortByColumn(0, Qt::DescendingOrder);
        QTRY_VERIFY(view->proxy()->isSettled());
        QCOMPARE(view->proxy()->rowCount(), int(changes->changedCount()));
        for (int r = 0; r < view->proxy()->rowCount(); ++r)
            QCOMPARE(changes->row(view->proxy()->sourceRow(r)), models::ListChanges::Row::Changed);

        // The removed rows, in a window of their own.
        removedButton->click();
        ui::RemovedRowsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ui::RemovedRowsDialog *>()) != nullptr);
        QCOMPARE(dialog->model()->rowCount(), victimRows);
        QCOMPARE(dialog->model()->rawValue(0, QStringLiteral("resource_id")), victim);
        dialog->close();

        // Nothing changes on the server: the next refresh says so and every row shows again, though
        // "only changes" stays chosen for the refreshes to come.
        compared.clear();
        view->reload();
        QVERIFY(compared.wait(30000));
        QVERIFY(rows.changes()->isEmpty());
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(bar->findChild<QLabel *>(QStringLiteral("changesSince"))
                    ->text()
                    .startsWith(QStringLiteral("No changes since")));
        QVERIFY(only->isHidden());
        QVERIFY(only->isChecked());
        QTRY_COMPARE(view->proxy()->rowCount(), rows.rowCount());
        QCOMPARE(rows.rowCount(), before - victimRows);
    }
};

QTEST_MAIN(ListChangesViewTest)
#include "ListChangesViewTest.moc"
