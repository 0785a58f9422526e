// The console's figures at fleet scale, measured as an admin meets them: patchdeck-sim serves N
// computers from a process of its own; this process is the client, with the real list view on screen
// (offscreen platform). It measures, in one run:
//   - the transfer floor (same pages, page size and concurrency; bodies read and thrown away), then the
//     full fetch into the view, and `patchdeck export` of the same list, each against that floor;
//   - resident memory with every row loaded (this process) and the export's peak (its own process);
//   - instant search per keystroke over a fixed list of typing sequences, from the keystroke to the
//     updated table and count;
//   - sort by every column; the longest the GUI thread was blocked in each phase (a 5 ms heartbeat);
//   - writing the cache and opening the view from it;
//   - what changed: the server changes (computers removed, patches approved), the cached view is
//     refreshed and the fresh rows compared with the cached ones: the time from the fetch's end to the
//     comparison shown, the GUI thread's longest block meanwhile, the process's resident memory sampled
//     through the refresh and the comparison, what the comparison keeps, and "only changes".
// Not a test: nothing here passes or fails (the smoke run in ctest only checks that every figure came).
//
//   patchdeck-bench-console [--view ID] [--computers N] [--json FILE] [--page-size N] [--concurrency N]
//                           [--sim PATH] [--patchdeck PATH] [--no-export] [--floor-only]

#include "BenchSupport.h"

#include "api/Connection.h"
#include "api/MemoryUse.h"
#include "api/StaticTokenAuthenticator.h"
#include "api/requests/PatchApprovalRequest.h"
#include "models/ListChanges.h"
#include "models/ListLoader.h"
#include "models/RecordFilterProxy.h"
#include "models/ServerChoices.h"
#include "models/ViewCatalogue.h"
#include "store/Database.h"
#include "store/ViewCache.h"
#include "views/ChangesBar.h"
#include "views/RecordListView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace pmp;
using bench::Figures;

namespace {

const QByteArray Token = QByteArrayLiteral("bench-token");

// What admins type into the search box of a patch list: names, KB and bulletin ids, vendors,
// words, addresses; '\b' is a backspace (widening), and every sequence ends by clearing the field.
const QStringList TypingSequences = {
    QStringLiteral("lon-lt-13"),      QStringLiteral("kb5067\b\b\b\b4"),
    QStringLiteral("chrome"),         QStringLiteral("failed"),
    QStringLiteral("10.30.20.1"),     QStringLiteral("zylkerdev"),
    QStringLiteral("critical"),       QStringLiteral("ms26-oct"),
    QStringLiteral("disk space"),     QStringLiteral("firefox\b\b\b\b"),
    QStringLiteral("windows 11 ent"), QStringLiteral("sgp-it1"),
    QStringLiteral("1618"),           QStringLiteral("hq-fin05\b\b\b\bsup"),
    QStringLiteral("adobe"),          QStringLiteral("missing"),
    QStringLiteral("server 2022"),    QStringLiteral("cumulative update"),
    QStringLiteral("chennai"),        QStringLiteral("not approved"),
};

QString sibling(const QString &name)
{
    // The benchmark lives in build/tests/bench; the programs in build/app/main.
    const QDir dir(QCoreApplication::applicationDirPath());
    return QDir::cleanPath(dir.filePath(QStringLiteral("../../app/main/") + name));
}

// Waits for the list view to show what was asked: the proxy settled, then one paint.
qint64 settleAndPaint(ui::RecordListView *view, QSignalSpy &settled, const QElapsedTimer &since)
{
    if (!view->proxy()->isSettled() && settled.isEmpty())
        settled.wait(600000);
    view->table()->viewport()->repaint();
    return since.elapsed();
}

class Bench
{
public:
    Bench(const QString &viewId, int computers, int pageSize, int concurrency)
        : m_spec(*models::ViewCatalogue::byId(viewId)), m_computers(computers)
    {
        m_options.pageSize = pageSize;
        m_options.concurrency = concurrency;
    }

    bool startSimulator(const QString &program, QString *error)
    {
        m_sim = std::make_unique<bench::SimulatorProcess>(program, m_computers, QString::fromLatin1(Token));
        if (!m_sim->start(error))
            return false;
        m_connection = std::make_unique<api::Connection>(
            m_sim->url(),
            std::make_unique<api::StaticTokenAuthenticator>(api::StaticTokenAuthenticator::Kind::Cloud, Token));
        return true;
    }

    bool floor(Figures &f, QString *error)
    {
        api::ListQuery query = m_spec.fixedQuery;
        bench::FloorFetch floor(m_sim->url(), Token, m_spec.operation, query, m_options.pageSize,
                                m_options.concurrency);
        const qint64 cpuBefore = bench::cpuMilliseconds();
        if (!floor.run(error))
            return false;
        f.add(QStringLiteral("floor_cpu_s"), double(bench::cpuMilliseconds() - cpuBefore) / 1000.0,
              QStringLiteral("s of CPU in this process (reading and discarding)"), 1);
        m_floorMs = floor.milliseconds();
        f.add(QStringLiteral("floor_items"), double(floor.items()), QStringLiteral("items"));
        f.add(QStringLiteral("floor_pages"), double(floor.pages()), QStringLiteral("pages"));
        f.add(QStringLiteral("floor_mib"), double(floor.bytes()) / 1048576.0, QStringLiteral("MiB of JSON"), 1);
        f.add(QStringLiteral("floor_s"), double(m_floorMs) / 1000.0, QStringLiteral("s"), 2);
        return true;
    }

    bool load(Figures &f, QString *error)
    {
        m_database = std::make_unique<store::Database>(m_dir.filePath(QStringLiteral("bench.sqlite")));
        m_database->open();
        m_cache = std::make_unique<store::ViewCache>(*m_database);
        m_window = std::make_unique<QWidget>();
        m_window->resize(1280, 800);
        auto *loader = new models::ListLoader(&m_connection->client(), m_spec, m_window.get());
        loader->setFetchOptions(m_options);
        loader->setCache(m_cache.get());
        m_choices = std::make_unique<models::ServerChoices>(&m_connection->client());
        m_view = new ui::RecordListView(loader, m_choices.get(), m_window.get());
        m_view->resize(1280, 800);
        m_window->show();
        QApplication::processEvents();

        const qint64 before = bench::residentKiB();
        QSignalSpy finished(loader, &models::ListLoader::finished);
        QSignalSpy saved(loader, &models::ListLoader::cacheSaved);
        const qint64 cpuBefore = bench::cpuMilliseconds();
        m_heartbeat.restart();
        QElapsedTimer clock;
        clock.start();
        loader->reload();
        if (!finished.wait(3600000)) {
            *error = QStringLiteral("the fetch did not finish");
            return false;
        }
        settleAndPaintAfterLoad();
        const qint64 ms = clock.elapsed();
        const qint64 cpu = bench::cpuMilliseconds() - cpuBefore;
        const qint64 stall = m_heartbeat.longestStallMs();
        const api::FetchOutcome &outcome = loader->lastOutcome();
        m_rows = m_view->proxy()->rowCount();
        if (!outcome.complete || m_rows != outcome.received) {
            *error = QStringLiteral("the fetch was not complete: %1 of %2 rows (%3)")
                         .arg(m_rows)
                         .arg(outcome.total)
                         .arg(outcome.error.message());
            return false;
        }
        const qint64 after = bench::residentKiB();
        f.add(QStringLiteral("rows"), double(m_rows), QStringLiteral("rows"));
        f.add(QStringLiteral("server_page_size"), outcome.serverPageSize, QStringLiteral("rows per page"));
        f.add(QStringLiteral("fetch_s"), double(ms) / 1000.0, QStringLiteral("s"), 2);
        f.add(QStringLiteral("fetch_cpu_s"), double(cpu) / 1000.0,
              QStringLiteral("s of CPU in this process while fetching"), 1);
        f.add(QStringLiteral("fetch_vs_floor"), double(ms) / double(qMax<qint64>(1, m_floorMs)),
              QStringLiteral("x the floor"), 2);
        f.add(QStringLiteral("rss_loaded_mib"), double(after) / 1024.0,
              QStringLiteral("MiB (whole process, all rows loaded)"), 1);
        f.add(QStringLiteral("bytes_per_row"), double(after - before) * 1024.0 / double(qMax(1, m_rows)),
              QStringLiteral("bytes per row (process growth while loading)"));
        f.add(QStringLiteral("store_bytes_per_row"),
              double(loader->model()->store().bytesUsed()) / double(qMax(1, m_rows)),
              QStringLiteral("bytes per row (column store)"), 1);
        f.add(QStringLiteral("stall_load_ms"), double(stall),
              QStringLiteral("ms longest GUI-thread block while loading"));

        // The cache is written after the fetch, from the column store, off the GUI thread.
        if (saved.isEmpty() && !saved.wait(600000)) {
            *error = QStringLiteral("the cache was not written");
            return false;
        }
        f.add(QStringLiteral("cache_write_s"), double(clock.elapsed() - ms) / 1000.0,
              QStringLiteral("s after the fetch"), 2);
        const auto image = m_cache->loadImage(m_spec.id, loader->queryKey());
        const qint64 bytes = image ? QFileInfo(image->location.filePath).size() : 0;
        f.add(QStringLiteral("cache_bytes_per_row"), double(bytes) / double(qMax(1, m_rows)),
              QStringLiteral("bytes per row on disk"), 1);
        return true;
    }

    void settleAndPaintAfterLoad()
    {
        QSignalSpy settled(m_view->proxy(), &models::RecordFilterProxy::settled);
        QElapsedTimer unused;
        unused.start();
        settleAndPaint(m_view, settled, unused);
    }

    void search(Figures &f)
    {
        QLineEdit *field = m_view->findChild<QLineEdit *>(QStringLiteral("searchField"));
        std::vector<double> latencies;
        m_heartbeat.restart();
        for (const QString &sequence : TypingSequences) {
            QStringList steps;
            for (const QChar c : sequence)
                steps << QString(c);
            steps << QStringLiteral("clear");
            for (const QString &step : steps) {
                QSignalSpy settled(m_view->proxy(), &models::RecordFilterProxy::settled);
                QElapsedTimer clock;
                clock.start();
                if (step == QLatin1String("clear")) {
                    field->selectAll();
                    QTest::keyClick(field, Qt::Key_Backspace);
                } else if (step == QLatin1String("\b")) {
                    QTest::keyClick(field, Qt::Key_Backspace);
                } else {
                    QTest::keyClick(field, step.at(0).toLatin1());
                }
                latencies.push_back(double(settleAndPaint(m_view, settled, clock)));
            }
        }
        f.add(QStringLiteral("search_keystrokes"), double(latencies.size()), QStringLiteral("keystrokes"));
        f.add(QStringLiteral("search_median_ms"), bench::median(latencies), QStringLiteral("ms per keystroke"), 1);
        f.add(QStringLiteral("search_p95_ms"), bench::percentile(latencies, 95), QStringLiteral("ms per keystroke"), 1);
        f.add(QStringLiteral("search_max_ms"), bench::percentile(latencies, 100), QStringLiteral("ms per keystroke"),
              1);
        f.add(QStringLiteral("stall_search_ms"), double(m_heartbeat.longestStallMs()),
              QStringLiteral("ms longest GUI-thread block while searching"));
    }

    void sort(Figures &f)
    {
        QHeaderView *header = m_view->table()->horizontalHeader();
        m_heartbeat.restart();
        double slowest = 0;
        for (int c = 0; c < m_spec.columns.size(); ++c) {
            QSignalSpy settled(m_view->proxy(), &models::RecordFilterProxy::settled);
            QElapsedTimer clock;
            clock.start();
            header->setSortIndicator(c, Qt::AscendingOrder);
            const double ms = double(settleAndPaint(m_view, settled, clock));
            slowest = std::max(slowest, ms);
            f.add(QStringLiteral("sort_ms_") + m_spec.columns.at(c).key, ms, QStringLiteral("ms"));
        }
        f.add(QStringLiteral("sort_max_ms"), slowest, QStringLiteral("ms, slowest column"));
        f.add(QStringLiteral("stall_sort_ms"), double(m_heartbeat.longestStallMs()),
              QStringLiteral("ms longest GUI-thread block while sorting"));
        header->setSortIndicator(-1, Qt::AscendingOrder);
        f.add(QStringLiteral("rss_peak_mib"), double(bench::peakResidentKiB()) / 1024.0,
              QStringLiteral("MiB peak (whole process: load, search, sort)"), 1);
    }

    // A new window with a new view of the list, over the same cache, not loaded yet.
    models::ListLoader *openCachedView()
    {
        m_window = std::make_unique<QWidget>();
        m_window->resize(1280, 800);
        auto *loader = new models::ListLoader(&m_connection->client(), m_spec, m_window.get());
        loader->setFetchOptions(m_options);
        loader->setCache(m_cache.get());
        m_view = new ui::RecordListView(loader, m_choices.get(), m_window.get());
        m_view->resize(1280, 800);
        m_window->show();
        QApplication::processEvents();
        return loader;
    }

    // A fresh view of the same list opened from the cache, as at the next start.
    bool openFromCache(Figures &f, QString *error)
    {
        const QString key = m_view->loader()->queryKey();
        m_window.reset(); // the first view and its rows go first
        models::ListLoader *loader = openCachedView();
        QSignalSpy shown(loader, &models::ListLoader::cachedDataShown);
        QElapsedTimer clock;
        clock.start();
        loader->loadCachedThenReload();
        if (shown.isEmpty() && !shown.wait(600000)) {
            *error = QStringLiteral("the cached view did not open");
            return false;
        }
        m_view->table()->viewport()->repaint();
        const qint64 ms = clock.elapsed();
        loader->cancel();
        if (m_view->proxy()->rowCount() != m_rows) {
            *error = QStringLiteral("the cache held %1 rows, not %2").arg(m_view->proxy()->rowCount()).arg(m_rows);
            return false;
        }
        f.add(QStringLiteral("cache_open_s"), double(ms) / 1000.0, QStringLiteral("s from cache to painted rows"), 2);
        Q_UNUSED(key)
        return true;
    }

    // The server changes, then a view opened from the cache is refreshed and compared with it.
    bool compareWithCache(Figures &f, QString *error)
    {
        // Remove 1 computer in 500 and approve up to 5 patches not approved yet, picked across the list.
        const models::RecordTableModel &rows = *m_view->loader()->model();
        QJsonArray victims;
        QList<qint64> patches;
        QSet<QString> seen;
        for (int r = 0; r < rows.rowCount(); r += qMax(1, rows.rowCount() / 1000)) {
            const QString computer = rows.rawValue(r, QStringLiteral("resource_id"));
            if (!seen.contains(computer) && victims.size() < qMax(1, m_computers / 500)) {
                seen.insert(computer);
                victims.append(computer.toLongLong());
            }
            const QString patch = rows.rawValue(r, QStringLiteral("patch_id"));
            if (rows.rawValue(r, QStringLiteral("approvestatusdefn.label")) != QLatin1String("Approved") &&
                !patches.contains(patch.toLongLong()) && patches.size() < 5)
                patches << patch.toLongLong();
        }
        api::ApiRequest remove;
        remove.operation = api::OperationId::RemoveComputers;
        remove.body = QJsonDocument(QJsonObject{{QStringLiteral("resourceids"), victims}}).toJson();
        QSignalSpy removed(m_connection->transport().send(remove), &api::ApiCall::finished);
        bool approved = false;
        QSignalSpy approvedSpy(
            m_connection->client().perform(api::PatchApprovalRequest(api::PatchApprovalRequest::Kind::Approve, patches),
                                           m_window.get(), [&](const auto &result) { approved = result.ok(); }),
            &api::ApiCall::finished);
        if ((removed.isEmpty() && !removed.wait(60000)) || (approvedSpy.isEmpty() && !approvedSpy.wait(60000)) ||
            !approved) {
            *error = QStringLiteral("the server was not changed");
            return false;
        }

        m_window.reset();
        models::ListLoader *loader = openCachedView();

        // Resident memory sampled every 50 ms from here on (the kernel's peak already holds the load's).
        const qint64 residentBefore = bench::residentKiB();
        qint64 residentPeak = residentBefore;
        QTimer sampler;
        QObject::connect(&sampler, &QTimer::timeout, [&] { residentPeak = qMax(residentPeak, bench::residentKiB()); });
        sampler.start(50);
        QSignalSpy finished(loader, &models::ListLoader::finished);
        QSignalSpy compared(loader, &models::ListLoader::changesFound);
        loader->loadCachedThenReload();
        if (!finished.wait(3600000)) {
            *error = QStringLiteral("the refresh did not finish");
            return false;
        }
        const qint64 refreshPeak = qMax(residentPeak, bench::residentKiB());
        residentPeak = bench::residentKiB(); // from here: the comparison
        QElapsedTimer clock;
        clock.start();
        m_heartbeat.restart();
        if (compared.isEmpty() && !compared.wait(600000)) {
            *error = QStringLiteral("the refresh was not compared with the cache");
            return false;
        }
        m_view->table()->viewport()->repaint();
        const qint64 compareMs = clock.elapsed();
        const qint64 stall = m_heartbeat.longestStallMs();
        sampler.stop();
        residentPeak = qMax(residentPeak, bench::residentKiB());
        const auto changes = loader->model()->changes();
        if (!changes) {
            *error = QStringLiteral("no comparison kept");
            return false;
        }
        f.add(QStringLiteral("compare_rows"), double(changes->rows()), QStringLiteral("rows compared with the cache"));
        f.add(QStringLiteral("compare_added"), double(changes->addedCount()), QStringLiteral("rows added"));
        f.add(QStringLiteral("compare_changed"), double(changes->changedCount()), QStringLiteral("rows changed"));
        f.add(QStringLiteral("compare_removed"), double(changes->removedCount()), QStringLiteral("rows removed"));
        f.add(QStringLiteral("compare_s"), double(compareMs) / 1000.0,
              QStringLiteral("s from the fetch's end to the comparison shown (read the cache, compare, write)"), 2);
        f.add(QStringLiteral("stall_compare_ms"), double(stall),
              QStringLiteral("ms longest GUI-thread block meanwhile"));
        f.add(QStringLiteral("compare_kept_mib"), double(changes->bytesUsed()) / 1048576.0,
              QStringLiteral("MiB kept by the comparison"), 1);
        f.add(QStringLiteral("rss_refresh_before_mib"), double(residentBefore) / 1024.0,
              QStringLiteral("MiB resident before the refresh (view from the cache)"), 1);
        f.add(QStringLiteral("rss_refresh_peak_mib"), double(refreshPeak) / 1024.0,
              QStringLiteral("MiB resident peak while refreshing: cached and fresh rows side by side (sampled "
                             "every 50 ms)"),
              1);
        f.add(QStringLiteral("rss_compare_peak_mib"), double(residentPeak) / 1024.0,
              QStringLiteral("MiB resident peak from the fetch's end to the comparison shown"), 1);

        // "Only changes": from the toggle to the rows shown.
        QSignalSpy settled(m_view->proxy(), &models::RecordFilterProxy::settled);
        QElapsedTimer onlyClock;
        onlyClock.start();
        m_view->changesBar()->setShowOnlyChanges(true);
        settleAndPaint(m_view, settled, onlyClock);
        f.add(QStringLiteral("only_changes_ms"), double(onlyClock.elapsed()),
              QStringLiteral("ms from \"only changes\" to painted rows"));
        if (m_view->proxy()->rowCount() != changes->addedCount() + changes->changedCount()) {
            *error = QStringLiteral("\"only changes\" shows %1 rows").arg(m_view->proxy()->rowCount());
            return false;
        }
        return true;
    }

    bool exportCsv(Figures &f, const QString &patchdeck, QString *error)
    {
        const QString out = m_dir.filePath(QStringLiteral("export.csv"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATCHDECK_TOKEN"), QString::fromLatin1(Token));
        process.setProcessEnvironment(env);
        QStringList args{QStringLiteral("export"),      m_spec.id,
                         QStringLiteral("--server"),    m_sim->url().toString(),
                         QStringLiteral("--format"),    QStringLiteral("csv"),
                         QStringLiteral("-o"),          out,
                         QStringLiteral("--page-size"), QString::number(m_options.pageSize)};
        QElapsedTimer clock;
        clock.start();
        process.start(patchdeck, args);
        // The export's own peak, read while it runs (the kernel's high-water mark only grows).
        qint64 peakKiB = 0;
        while (process.state() != QProcess::NotRunning && clock.elapsed() < 3600000) {
            const qint64 hwm = bench::peakResidentKiB(process.processId());
            peakKiB = std::max(peakKiB, hwm);
            process.waitForFinished(100);
        }
        if (process.state() != QProcess::NotRunning || process.exitCode() != 0) {
            *error =
                QStringLiteral("patchdeck export failed: %1").arg(QString::fromUtf8(process.readAllStandardError()));
            return false;
        }
        const qint64 ms = clock.elapsed();
        qint64 lines = 0;
        QFile file(out);
        if (file.open(QIODevice::ReadOnly))
            while (!file.atEnd())
                lines += file.readLine().endsWith('\n');
        f.add(QStringLiteral("export_s"), double(ms) / 1000.0, QStringLiteral("s"), 2);
        f.add(QStringLiteral("export_vs_floor"), double(ms) / double(qMax<qint64>(1, m_floorMs)),
              QStringLiteral("x the floor"), 2);
        f.add(QStringLiteral("export_peak_rss_mib"), double(peakKiB) / 1024.0,
              QStringLiteral("MiB peak (export process, sampled every 100 ms)"), 1);
        f.add(QStringLiteral("export_rows"), double(lines - 1), QStringLiteral("rows in the file"));
        return true;
    }

private:
    models::ViewSpec m_spec;
    int m_computers;
    api::FetchOptions m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<bench::SimulatorProcess> m_sim;
    std::unique_ptr<api::Connection> m_connection;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<store::ViewCache> m_cache;
    std::unique_ptr<models::ServerChoices> m_choices;
    std::unique_ptr<QWidget> m_window;
    ui::RecordListView *m_view = nullptr;
    bench::Heartbeat m_heartbeat;
    qint64 m_floorMs = 0;
    int m_rows = 0;
};

int fail(const QString &message)
{
    std::fprintf(stderr, "patchdeck-bench-console: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("BENCH_NO_MALLOPT"))
        api::MemoryUse::configure(); // as patchdeck does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("patchdeck-bench"));
    QCommandLineParser p;
    const QCommandLineOption view(QStringLiteral("view"), QStringLiteral("View id"), QStringLiteral("ID"),
                                  QStringLiteral("patch-status"));
    const QCommandLineOption computers(QStringLiteral("computers"), QStringLiteral("Fleet size"), QStringLiteral("N"),
                                       QStringLiteral("50000"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write the figures here"),
                                  QStringLiteral("FILE"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("Rows asked per page"),
                                      QStringLiteral("N"), QString::number(api::FetchOptions().pageSize));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("Pages in flight"),
                                         QStringLiteral("N"), QString::number(api::FetchOptions().concurrency));
    const QCommandLineOption sim(QStringLiteral("sim"), QStringLiteral("patchdeck-sim"), QStringLiteral("PATH"),
                                 sibling(QStringLiteral("patchdeck-sim")));
    const QCommandLineOption patchdeck(QStringLiteral("patchdeck"), QStringLiteral("patchdeck"), QStringLiteral("PATH"),
                                       sibling(QStringLiteral("patchdeck")));
    const QCommandLineOption noExport(QStringLiteral("no-export"), QStringLiteral("Skip the export"));
    const QCommandLineOption floorOnly(QStringLiteral("floor-only"),
                                       QStringLiteral("Only the transfer floor (to choose page size and concurrency)"));
    p.addOptions({view, computers, json, pageSize, concurrency, sim, patchdeck, noExport, floorOnly});
    p.addHelpOption();
    p.process(app);
    if (!models::ViewCatalogue::byId(p.value(view)))
        return fail(QStringLiteral("unknown view %1").arg(p.value(view)));

    Bench bench(p.value(view), p.value(computers).toInt(), p.value(pageSize).toInt(), p.value(concurrency).toInt());
    Figures f;
    f.note(QStringLiteral("view"), p.value(view));
    f.add(QStringLiteral("computers"), p.value(computers).toDouble(), QStringLiteral("computers"));
    f.add(QStringLiteral("page_size"), p.value(pageSize).toDouble(), QStringLiteral("rows asked per page"));
    f.add(QStringLiteral("concurrency"), p.value(concurrency).toDouble(), QStringLiteral("pages in flight"));
    f.note(QStringLiteral("qt"), QString::fromLatin1(qVersion()));
    QString error;
    if (!bench.startSimulator(p.value(sim), &error) || !bench.floor(f, &error))
        return fail(error);
    if (p.isSet(floorOnly))
        return p.isSet(json) && !f.write(p.value(json)) ? fail(QStringLiteral("cannot write the figures")) : 0;
    if (!bench.load(f, &error))
        return fail(error);
    bench.search(f);
    bench.sort(f);
    if (!bench.openFromCache(f, &error) || !bench.compareWithCache(f, &error))
        return fail(error);
    if (!p.isSet(noExport) && !bench.exportCsv(f, p.value(patchdeck), &error))
        return fail(error);
    if (p.isSet(json) && !f.write(p.value(json)))
        return fail(QStringLiteral("cannot write %1").arg(p.value(json)));
    return 0;
}
