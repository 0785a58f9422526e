// A view's loader against the simulator over a real socket: rows decoded off the GUI thread arrive
// in page order and complete; a filter changed in the middle of a long fetch cancels the old query at
// once and never mixes its rows in; a complete fetch is cached as a column image and the next loader
// shows it before fetching again; a cancelled fetch keeps what arrived; the next complete fetch is
// compared with the cached one, so a removed computer and a patch approved meanwhile show as removed
// rows and changed cells with their old text.

#include "SimulatorFixture.h"

#include "api/PagedFetch.h"
#include "api/requests/PatchApprovalRequest.h"
#include "models/ListLoader.h"
#include "models/ViewCatalogue.h"
#include "store/Workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pmp;
using pmp::test::SimulatorFixture;

namespace {

sim::SimulatorOptions fleet()
{
    sim::SimulatorOptions o;
    o.computers = 120;
    o.patches = 160;
    o.seed = 5;
    return o;
}

const models::ViewSpec &patchStatus()
{
    return *models::ViewCatalogue::byId(QStringLiteral("patch-status"));
}

// Small pages: many of them, several in flight, and time to act between them.
void fetchInPagesOf(models::ListLoader &loader, int rows)
{
    api::FetchOptions options;
    options.pageSize = rows;
    loader.setFetchOptions(options);
}

// Starts `loader` in 50-row pages and waits for the first of them (at most 30 s); false when none came.
bool startInSmallPages(models::ListLoader &loader)
{
    fetchInPagesOf(loader, 50);
    QSignalSpy progress(&loader, &models::ListLoader::progress);
    loader.reload();
    return progress.wait(30000);
}

// Everything the server holds for a query, fetched directly: the reference to compare with.
QList<api::Record> serverRows(api::Client &client, const api::ListQuery &query)
{
    api::PagedFetch fetch(&client, api::OperationId::PatchStatusByComputer, query, {});
    QList<api::Record> rows;
    QObject::connect(&fetch, &api::PagedFetch::pageArrived, [&rows](int, const QList<api::Record> &r) { rows << r; });
    QSignalSpy done(&fetch, &api::PagedFetch::finished);
    fetch.start();
    done.wait(60000);
    return rows;
}

// Loads the view once with a cache, so its column image is written; returns the rows loaded.
int cacheOnce(SimulatorFixture &sim, store::Workspace &workspace)
{
    models::ListLoader loader(&sim.client(), patchStatus());
    loader.setCache(&workspace.viewCache());
    QSignalSpy saved(&loader, &models::ListLoader::cacheSaved);
    loader.reload();
    if (!saved.wait(60000) || !saved.first().first().toBool())
        return -1;
    return loader.model()->rowCount();
}

} // namespace

class ListLoaderTest : public QObject
{
    Q_OBJECT
private slots:
    void rowsArriveInPageOrderAndComplete()
    {
        SimulatorFixture sim(fleet());
        models::ListLoader loader(&sim.client(), patchStatus());
        fetchInPagesOf(loader, 100); // many pages, several in flight and decoding at once
        QSignalSpy finished(&loader, &models::ListLoader::finished);
        loader.reload();
        QVERIFY(finished.wait(60000));
        QVERIFY(loader.lastOutcome().complete);
        const QList<api::Record> expected = serverRows(sim.client(), {});
        const models::RecordTableModel &model = *loader.model();
        QCOMPARE(model.rowCount(), int(expected.size()));
        QVERIFY(expected.size() > 1000);
        for (int r = 0; r < model.rowCount(); r += 7) {
            QCOMPARE(model.rawValue(r, QStringLiteral("resource_id")),
                     expected.at(r).rawText(QStringLiteral("resource_id")));
            QCOMPARE(model.rawValue(r, QStringLiteral("patch_id")), expected.at(r).rawText(QStringLiteral("patch_id")));
        }
    }

    void aFilterChangedMidFetchDropsTheOldQuery()
    {
        SimulatorFixture sim(fleet());
        models::ListLoader loader(&sim.client(), patchStatus());
        QSignalSpy finished(&loader, &models::ListLoader::finished);
        QVERIFY(startInSmallPages(loader)); // the first page is in
        const int requestsBefore = int(sim.simulator().requests().size());

        const api::ListQuery critical = api::ListQuery().set(QStringLiteral("severityfilter"), QStringLiteral("4"));
        loader.setQuery(critical);
        loader.reload();
        // The old fetch ends at once, as cancelled; its pages in flight are aborted.
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<api::FetchOutcome>().error.kind(), api::ApiError::Kind::Cancelled);
        QVERIFY(finished.wait(60000));
        QVERIFY(loader.lastOutcome().complete);

        // Only rows of the new query, all of them.
        const QList<api::Record> expected = serverRows(sim.client(), critical);
        const models::RecordTableModel &model = *loader.model();
        QCOMPARE(model.rowCount(), int(expected.size()));
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.displayValue(r, QStringLiteral("severity")), QStringLiteral("Critical"));
        // After the change, the old query asked for nothing more than what was already on the wire.
        int oldQueryAfter = 0;
        const auto requests = sim.simulator().requests();
        for (qsizetype i = requestsBefore; i < requests.size(); ++i)
            if (!requests.at(i).query.hasQueryItem(QStringLiteral("severityfilter")))
                ++oldQueryAfter;
        QVERIFY2(oldQueryAfter <= api::FetchOptions().concurrency, qPrintable(QString::number(oldQueryAfter)));
    }

    void aCompleteFetchIsCachedAndShownFirstNextTime()
    {
        SimulatorFixture sim(fleet());
        QTemporaryDir dir;
        store::Workspace workspace(dir.filePath(QStringLiteral("profiles/p/patchdeck.sqlite")), QStringLiteral("p"));
        const int rows = cacheOnce(sim, workspace);
        QVERIFY(rows > 0);
        const auto image = workspace.viewCache().loadImage(QStringLiteral("patch-status"), QString());
        QVERIFY(image.has_value());
        QCOMPARE(image->rows, qint64(rows));
        QVERIFY(QFileInfo(image->location.filePath).size() < rows * 100);

        models::ListLoader next(&sim.client(), patchStatus());
        next.setCache(&workspace.viewCache());
        QSignalSpy shown(&next, &models::ListLoader::cachedDataShown);
        QSignalSpy finished(&next, &models::ListLoader::finished);
        next.loadCachedThenReload();
        QVERIFY(shown.wait(30000));
        QVERIFY(next.showsCachedData());
        QCOMPARE(next.model()->rowCount(), rows);
        QVERIFY(finished.wait(60000));
        QVERIFY(!next.showsCachedData());
        QCOMPARE(next.model()->rowCount(), rows);
    }

    void aDamagedCacheIsSkippedNotTrusted()
    {
        SimulatorFixture sim(fleet());
        QTemporaryDir dir;
        store::Workspace workspace(dir.filePath(QStringLiteral("profiles/q/patchdeck.sqlite")), QStringLiteral("q"));
        QVERIFY(cacheOnce(sim, workspace) > 0);
        const auto image = workspace.viewCache().loadImage(QStringLiteral("patch-status"), QString());
        QVERIFY(image.has_value());
        QFile file(image->location.filePath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.resize(file.size() / 2);
        file.close();

        models::ListLoader next(&sim.client(), patchStatus());
        next.setCache(&workspace.viewCache());
        QSignalSpy shown(&next, &models::ListLoader::cachedDataShown);
        QSignalSpy finished(&next, &models::ListLoader::finished);
        next.loadCachedThenReload();
        QVERIFY(finished.wait(60000));
        QCOMPARE(shown.size(), 0);
        QVERIFY(next.lastOutcome().complete);
    }

    void theNextFetchSaysWhatChanged()
    {
        SimulatorFixture sim(fleet());
        QTemporaryDir dir;
        store::Workspace workspace(dir.filePath(QStringLiteral("profiles/c/patchdeck.sqlite")), QStringLiteral("c"));
        models::ListLoader first(&sim.client(), patchStatus());
        first.setCache(&workspace.viewCache());
        QSignalSpy firstSaved(&first, &models::ListLoader::cacheSaved);
        QSignalSpy firstChanges(&first, &models::ListLoader::changesFound);
        first.reload();
        QVERIFY(firstSaved.wait(60000));
        QVERIFY(firstChanges.isEmpty()); // nothing to compare a first fetch with
        QVERIFY(!first.model()->changes());
        const models::RecordTableModel &was = *first.model();
        const int rows = was.rowCount();

        // Meanwhile on the server: a computer leaves, and a patch not yet approved is approved.
        const QString victim = was.rawValue(rows / 2, QStringLiteral("resource_id"));
        int victimRows = 0;
        QString patch;
        QString oldApproval;
        for (int r = 0; r < rows; ++r) {
            if (was.rawValue(r, QStringLiteral("resource_id")) == victim)
                ++victimRows;
            else if (patch.isEmpty() &&
                     was.rawValue(r, QStringLiteral("approvestatusdefn.label")) != QLatin1String("Approved")) {
                patch = was.rawValue(r, QStringLiteral("patch_id"));
                oldApproval = was.displayValue(r, QStringLiteral("approvestatusdefn.label"));
            }
        }
        QVERIFY(victimRows > 0);
        QVERIFY(!patch.isEmpty());
        api::ApiRequest remove;
        remove.operation = api::OperationId::RemoveComputers;
        remove.body =
            QJsonDocument(QJsonObject{{QStringLiteral("resourceids"), QJsonArray{victim.toLongLong()}}}).toJson();
        QSignalSpy removed(sim.transport().send(remove), &api::ApiCall::finished);
        QVERIFY(removed.wait(10000));
        const api::PatchApprovalRequest approve(api::PatchApprovalRequest::Kind::Approve, {patch.toLongLong()});
        bool approved = false;
        QSignalSpy approvedSpy(sim.client().perform(approve, this, [&](const auto &result) { approved = result.ok(); }),
                               &api::ApiCall::finished);
        QVERIFY(approvedSpy.wait(10000));
        QVERIFY(approved);

        // A later session: the cached rows first, then the fresh ones, compared with them.
        models::ListLoader next(&sim.client(), patchStatus());
        next.setCache(&workspace.viewCache());
        QSignalSpy changesFound(&next, &models::ListLoader::changesFound);
        next.loadCachedThenReload();
        QVERIFY(changesFound.wait(60000));
        const models::RecordTableModel &now = *next.model();
        const auto changes = now.changes();
        QVERIFY(changes);
        QCOMPARE(changes->rows(), now.rowCount());
        QCOMPARE(now.rowCount(), rows - victimRows);
        QCOMPARE(changes->removedCount(), qint64(victimRows));
        QCOMPARE(changes->addedCount(), 0);
        QVERIFY(changes->changedCount() > 0);
        const int approvalColumn = now.columnOf(QStringLiteral("approvestatusdefn.label"));
        int changedSeen = 0;
        for (int r = 0; r < now.rowCount(); ++r) {
            if (changes->row(r) != models::ListChanges::Row::Changed)
                continue;
            ++changedSeen;
            // Only the approved patch's rows changed, and only in what approval changes.
            QCOMPARE(now.rawValue(r, QStringLiteral("patch_id")), patch);
            QVERIFY(changes->cellChanged(r, approvalColumn));
            QCOMPARE(changes->oldDisplay(r, approvalColumn), oldApproval);
            QCOMPARE(now.data(now.index(r, approvalColumn), models::RecordTableModel::ChangeRole).toInt(),
                     int(models::RecordTableModel::ChangedCell));
            QVERIFY(now.data(now.index(r, approvalColumn), Qt::ToolTipRole).toString().contains(oldApproval));
        }
        QCOMPARE(qint64(changedSeen), changes->changedCount());
        const models::ColumnTable &gone = changes->removedRows();
        QCOMPARE(gone.rowCount(), victimRows);
        const int idColumn = now.columnOf(QStringLiteral("resource_id"));
        for (int r = 0; r < gone.rowCount(); ++r)
            QCOMPARE(gone.raw(r, idColumn), victim);
        QVERIFY(changes->since.isValid());
        QVERIFY(changes->since <= QDateTime::currentDateTime());
    }

    void aCancelledFetchKeepsWhatArrived()
    {
        SimulatorFixture sim(fleet());
        models::ListLoader loader(&sim.client(), patchStatus());
        QSignalSpy finished(&loader, &models::ListLoader::finished);
        QVERIFY(startInSmallPages(loader)); // the first page is in
        loader.cancel();
        QVERIFY(finished.size() == 1 || finished.wait(30000));
        const api::FetchOutcome outcome = finished.first().first().value<api::FetchOutcome>();
        QVERIFY(!outcome.complete);
        QCOMPARE(outcome.error.kind(), api::ApiError::Kind::Cancelled);
        QVERIFY(loader.model()->rowCount() > 0);
        QCOMPARE(qint64(loader.model()->rowCount()), outcome.received);
        QVERIFY(!loader.isLoading());
    }
};

QTEST_GUILESS_MAIN(ListLoaderTest)
#include "ListLoaderTest.moc"
