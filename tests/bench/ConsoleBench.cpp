// Figures for the console's hot path with a large fleet: the simulator serves N computers over a real
// loopback socket, a ListLoader fetches every page into the column-store model, then the instant
// search and typed sorting run over it. Prints times and the memory the model costs. Not a test:
// nothing here passes or fails.
//   patchdeck-bench-console [--computers N]   (default 50000)

#include "SimulatorFixture.h"

#include "models/ListLoader.h"
#include "models/RecordFilterProxy.h"
#include "models/ViewCatalogue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>

#include <cstdio>

namespace {

// Resident set size of this process in KiB (Linux; 0 elsewhere).
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int computers = 50000;
    const QStringList args = app.arguments();
    if (const int i = args.indexOf(QStringLiteral("--computers")); i > 0 && i + 1 < args.size())
        computers = args.at(i + 1).toInt();

    QElapsedTimer clock;
    clock.start();
    pmp::sim::SimulatorOptions options;
    options.computers = computers;
    pmp::test::SimulatorFixture sim(options);
    if (!sim.isListening()) {
        std::fprintf(stderr, "simulator did not start\n");
        return 1;
    }
    std::printf("simulator with %d computers ready in %lld ms\n", computers, clock.elapsed());

    const pmp::models::ViewSpec *spec = pmp::models::ViewCatalogue::byId(QStringLiteral("computers"));
    pmp::models::ListLoader loader(&sim.client(), *spec);
    const qint64 before = residentKiB();
    QSignalSpy finished(&loader, &pmp::models::ListLoader::finished);
    clock.restart();
    loader.reload();
    if (!finished.wait(600000)) {
        std::fprintf(stderr, "the fetch did not finish\n");
        return 1;
    }
    const qint64 fetchMs = clock.elapsed();
    const pmp::api::FetchOutcome &outcome = loader.lastOutcome();
    std::printf("fetched %lld of %lld computers in %d pages (server page size %d) in %lld ms, complete: %s\n",
                outcome.received, outcome.total, outcome.pages, outcome.serverPageSize, fetchMs,
                outcome.complete ? "yes" : "no");
    const qint64 after = residentKiB();
    std::printf("resident memory grew by %.1f MiB while loading (%.0f bytes per row, incl. transient buffers)\n",
                (after - before) / 1024.0, outcome.received ? (after - before) * 1024.0 / outcome.received : 0.0);

    pmp::models::RecordFilterProxy proxy;
    proxy.setSourceModel(loader.model());
    for (const QString &needle : {QStringLiteral("lon"), QStringLiteral("10.20.1"), QStringLiteral("no such thing")}) {
        clock.restart();
        proxy.setSearchText(needle);
        std::printf("search \"%s\": %d rows in %lld ms\n", qPrintable(needle), proxy.rowCount(), clock.elapsed());
    }
    proxy.setSearchText(QString());
    for (const QString &key : {QStringLiteral("resource_name"), QStringLiteral("agent_last_contact_time"),
                               QStringLiteral("computer_live_status")}) {
        const int column = loader.model()->columnOf(key);
        if (column < 0)
            continue;
        clock.restart();
        proxy.sort(column, Qt::DescendingOrder);
        std::printf("sort by %s: %lld ms\n", qPrintable(key), clock.elapsed());
    }
    return 0;
}
