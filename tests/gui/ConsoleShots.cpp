// patchdeck-shots: the README's screenshots, rendered by the real console against the demo fleet
// (the simulator over a real socket, 90 days of demo history). Not a test and not installed; run by
// docs/images/refresh.sh. Works offscreen: no display needed.
//   patchdeck-shots -o DIR [--computers N] [--dark]
#include "SimulatorFixture.h"

#include "DemoHistory.h"
#include "dashboard/DashboardLoader.h"
#include "main/MainWindow.h"
#include "models/ListLoader.h"
#include "store/Workspace.h"
#include "views/RecordListView.h"
#include "widgets/DarkPalette.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QItemSelectionModel>
#include <QPalette>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

#include <cstdio>

using namespace pmp;

namespace {

bool settle(const std::function<bool()> &ready)
{
    return QTest::qWaitFor(ready, 60000);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOptions(
        {{{QStringLiteral("o"), QStringLiteral("output")},
          QStringLiteral("Folder for the PNGs."),
          QStringLiteral("DIR")},
         {QStringLiteral("computers"), QStringLiteral("Demo fleet size."), QStringLiteral("N"), QStringLiteral("250")},
         {QStringLiteral("dark"), QStringLiteral("Dark palette (files get a -dark suffix).")}});
    cli.process(app);
    const QDir out(cli.value(QStringLiteral("output")));
    if (!cli.isSet(QStringLiteral("output")) || !QDir().mkpath(out.path())) {
        std::fprintf(stderr, "patchdeck-shots: give -o DIR (a folder that can be created)\n");
        return 2;
    }
    const bool dark = cli.isSet(QStringLiteral("dark"));
    if (dark)
        QApplication::setPalette(ui::darkFusionPalette());

    sim::SimulatorOptions fleet;
    fleet.computers = cli.value(QStringLiteral("computers")).toInt();
    test::SimulatorFixture sim(fleet);
    if (!sim.isListening()) {
        std::fprintf(stderr, "patchdeck-shots: the simulator did not start\n");
        return 1;
    }
    const auto workspace = store::Workspace::inMemory(QStringLiteral("shots"));
    bool historyDone = false;
    app::DemoHistory::fetchAndWrite(sim.client(), workspace->history(), fleet.seed, &app,
                                    [&](bool) { historyDone = true; });
    if (!settle([&] { return historyDone; }))
        return 1;

    ui::MainWindow window(&sim.client(), workspace, QStringLiteral("Demo tenant"));
    window.resize(1320, 820);
    window.show();
    int failures = 0;
    // page id, a row to select (for its detail pane), file name
    const struct
    {
        const char *page;
        int row;
        const char *file;
    } shots[] = {{"dashboard", -1, "dashboard"},
                 {"computers", 3, "computers"},
                 {"missing-patches", 0, "missing-patches"},
                 {"patch-status", -1, "patch-status"}};
    for (const auto &shot : shots) {
        const QString page = QString::fromLatin1(shot.page);
        window.showPage(page);
        if (ui::RecordListView *list = window.listView(page)) {
            if (!settle([list] { return list->loader()->lastCompleted().isValid(); })) {
                std::fprintf(stderr, "patchdeck-shots: %s did not load\n", shot.page);
                ++failures;
                continue;
            }
            if (shot.row >= 0 && list->table()->model()->rowCount() > shot.row)
                list->table()->selectionModel()->setCurrentIndex(list->table()->model()->index(shot.row, 0),
                                                                 QItemSelectionModel::ClearAndSelect |
                                                                     QItemSelectionModel::Rows);
        }
        if (auto *dashboard = window.page(page)->findChild<ui::DashboardLoader *>())
            settle([dashboard] { return !dashboard->isLoading(); });
        // Let charts animate in and the detail pane's own fetches land: a picture, not a test.
        QTest::qWait(1500);
        const QString file = out.filePath(QString::fromLatin1(shot.file) +
                                          (dark ? QStringLiteral("-dark") : QString()) + QStringLiteral(".png"));
        if (!window.grab().save(file)) {
            std::fprintf(stderr, "patchdeck-shots: cannot write %s\n", qPrintable(file));
            ++failures;
            continue;
        }
        std::printf("%s\n", qPrintable(file));
    }
    return failures == 0 ? 0 : 1;
}
