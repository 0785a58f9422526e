// Renders the dashboard with a realistic fleet to a PNG, for looking at it as a user would.
// Not a test and not installed:  dashboard-shot [--simulator] [--dark] [--no-history] [--agent-error]
//                                               [--loading] [--width W --height H] -o shot.png
// --simulator fetches the simulator's default fleet over a real socket instead of the built-in one.
// Without -o it opens a window (for Xvfb screenshots).

#include "SampleFleet.h"

#include "dashboard/DashboardLoader.h"
#include "dashboard/DashboardView.h"
#include "dashboard/MemoryTrendSource.h"
#include "widgets/DarkPalette.h"

#ifdef PATCHDECK_SHOT_SIMULATOR
#include "SimulatorFixture.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMainWindow>
#include <QPalette>
#include <QSplitter>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTimer>

#include <cmath>
#include <memory>

using namespace pmp;

namespace {

// Systems with failed deployments in the seeded numbers (the sample fleet has no E16 count).
constexpr qint64 FailedDeploymentSystems = 17;

// Numbers of an earlier day: the risk counts scaled by `drift`, the rest as `base`.
api::PatchSummary drifted(api::PatchSummary p, double drift)
{
    p.missingCritical = qint64(p.missingCritical * drift);
    p.missingImportant = qint64(p.missingImportant * drift);
    p.highlyVulnerableSystems = qint64(p.highlyVulnerableSystems * drift);
    return p;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOptions(
        {{QStringLiteral("dark"), QStringLiteral("Dark palette.")},
         {QStringLiteral("no-history"), QStringLiteral("No trend history yet.")},
         {QStringLiteral("agent-error"), QStringLiteral("The agent summary failed.")},
         {QStringLiteral("loading"), QStringLiteral("Nothing loaded yet.")},
         {QStringLiteral("simulator"), QStringLiteral("Fetch from the simulator's default fleet.")},
         {QStringLiteral("width"), QStringLiteral("Window width."), QStringLiteral("px"), QStringLiteral("1280")},
         {QStringLiteral("height"), QStringLiteral("Window height."), QStringLiteral("px"), QStringLiteral("780")},
         {{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("PNG to write."), QStringLiteral("file")}});
    cli.process(app);
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (cli.isSet(QStringLiteral("dark")))
        app.setPalette(ui::darkFusionPalette());

    const QDateTime now = QDateTime::currentDateTime();
#ifdef PATCHDECK_SHOT_SIMULATOR
    std::unique_ptr<test::SimulatorFixture> sim;
    if (cli.isSet(QStringLiteral("simulator")))
        sim = std::make_unique<test::SimulatorFixture>();
    ui::DashboardLoader loader(sim ? &sim->client() : nullptr);
#else
    ui::DashboardLoader loader(nullptr);
#endif
    api::PatchSummary base = test::sampleFleetPatches();
    api::SomSummary baseAgents = test::sampleFleetAgents();
#ifdef PATCHDECK_SHOT_SIMULATOR
    if (sim) {
        // The history is made up around the simulator's own numbers, so the lines end where the tiles are.
        QEventLoop wait;
        sim->client().patchSummary(&wait, [&](const api::Result<api::PatchSummary> &r) {
            base = r.value;
            wait.quit();
        });
        wait.exec();
        sim->client().somSummary(&wait, [&](const api::Result<api::SomSummary> &r) {
            baseAgents = r.value;
            wait.quit();
        });
        wait.exec();
        if (cli.isSet(QStringLiteral("agent-error")))
            sim->simulator().setFaults(QStringLiteral("5xx:1:status=500:path=/api/1.4/som/summary"));
    }
#endif
    ui::MemoryTrendSource history;
    if (!cli.isSet(QStringLiteral("no-history"))) {
        // 90 days, four snapshots a day, critical patches falling with a bump after each Patch Tuesday.
        for (int i = 90 * 4; i > 0; --i) {
            const double day = i / 4.0;
            const double bump = std::fmod(day, 30.0) < 4 ? 0.18 : 0.0;
            const double drift = 1.0 + day / 90.0 * 0.45 + bump + 0.02 * std::sin(i * 1.7);
            history.record(now.addSecs(-qint64(i) * 6 * 3600), drifted(base, drift), baseAgents,
                           std::llround(FailedDeploymentSystems * drift));
        }
    }

    loader.setTrendSource(&history);
    loader.setClock([now] { return now; });
    if (cli.isSet(QStringLiteral("simulator"))) {
        loader.refresh();
    } else if (!cli.isSet(QStringLiteral("loading"))) {
        const QDateTime at = now.addSecs(-120);
        loader.seed(test::sampleFleetPatches(), at);
        if (!cli.isSet(QStringLiteral("agent-error")))
            loader.seed(test::sampleFleetAgents(), at);
        api::DbUpdateStatus db;
        db.lastStatus = QStringLiteral("Success");
        db.lastUpdate = now.addSecs(-3 * 3600);
        db.nextScheduled = now.addSecs(21 * 3600);
        db.autoUpdateDisabled = true;
        loader.seed(db, at);
        api::ApprovalSettings approval;
        approval.mode = QStringLiteral("manual");
        loader.seed(approval, at);
        loader.seed(api::HealthPolicy{}, at);
        loader.seedFailedDeploymentSystems(FailedDeploymentSystems, at);
    }

    QMainWindow window;
    auto *nav = new QListWidget;
    for (const char *item :
         {"Dashboard", "Computers", "System health", "Scan status", "Missing patches", "Installed patches",
          "Applicable patches", "Deployment policies", "Configurations", "Reports", "Server"})
        nav->addItem(QString::fromLatin1(item));
    nav->setCurrentRow(0);
    nav->setMaximumWidth(200);
    nav->setFrameShape(QFrame::NoFrame);
    auto *view = new ui::DashboardView(&loader);
    auto *split = new QSplitter;
    split->addWidget(nav);
    split->addWidget(view);
    split->setStretchFactor(1, 1);
    window.setCentralWidget(split);
    window.statusBar()->showMessage(QStringLiteral("Connected to demo server"));
    window.resize(cli.value(QStringLiteral("width")).toInt(), cli.value(QStringLiteral("height")).toInt());
    if (!cli.isSet(QStringLiteral("simulator"))) {
        if (cli.isSet(QStringLiteral("agent-error")))
            loader.retry(ui::DashboardLoader::Section::Computers); // fails: no client
        if (cli.isSet(QStringLiteral("loading")))
            loader.refresh();
    }

    window.show();
    if (cli.isSet(QStringLiteral("output"))) {
        // With the simulator, wait until every call has answered.
        if (cli.isSet(QStringLiteral("simulator")) && loader.isLoading()) {
            QEventLoop wait;
            QObject::connect(&loader, &ui::DashboardLoader::finished, &wait, &QEventLoop::quit);
            wait.exec();
        }
        QTimer::singleShot(qEnvironmentVariableIntValue("SHOT_DELAY") > 0 ? qEnvironmentVariableIntValue("SHOT_DELAY")
                                                                          : 300,
                           &app, [&] {
                               window.grab().save(cli.value(QStringLiteral("output")));
                               app.quit();
                           });
    }
    return app.exec();
}
