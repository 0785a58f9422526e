// PatchDeck: the console executable. A thin main() over the libraries.
#include "ConsoleOptions.h"
#include "DemoHistory.h"
#include "DemoSession.h"
#include "ExportCommand.h"
#include "ReportCommand.h"

#include "api/Connection.h"
#include "api/MemoryUse.h"
#include "api/StaticTokenAuthenticator.h"
#include "auth/LogRedactor.h"
#include "auth/NetworkSettings.h"
#include "auth/ProfileStore.h"
#include "auth/TokenStore.h"
#include "main/LanguageChoice.h"
#include "main/MainWindow.h"
#include "store/Workspace.h"
#include "tenants/TenantWindows.h"
#include "tenants/TenantsOverview.h"
#include "widgets/DarkPalette.h"
#include "widgets/TenantBadge.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>
#include <optional>

using namespace pmp;

namespace {
void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("PatchDeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("PatchDeck"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("patchdeck.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PATCHDECK_VERSION));
}

// The language for Qt's own dialogs and for ours (embedded at :/i18n by the build): --lang, else
// View › Language, else the system's. Installed in the argument-reading QCoreApplication (so --help
// is translated) and again in the QApplication (translators belong to the application object).
void installLanguage()
{
    ui::LanguageChoice::install(
        ui::LanguageChoice::effective(ui::LanguageChoice::fromArguments(QCoreApplication::arguments())));
}
} // namespace

int main(int argc, char *argv[])
{
    api::MemoryUse::configure();
    // Every mode logs through the redactor - the console, --server, --demo and export alike: Qt's and
    // PatchDeck's messages may quote a server's answer, a URL or a path. The token scripts hand over
    // in PATCHDECK_TOKEN is one of the secrets it masks; the others are registered as they appear.
    auth::LogRedactor::install();
    auth::LogRedactor::registerSecret(qgetenv("PATCHDECK_TOKEN"));
    // Headless export for scripts and cron: no display, no widgets.
    if (argc > 1 && qstrcmp(argv[1], "export") == 0) {
        QCoreApplication core(argc, argv);
        setIdentity();
        return app::ExportCommand::run(core.arguments().mid(2));
    }

    // The compliance report for cron: its charts are widgets, so a QApplication, on the offscreen
    // platform when there is no display (a cron job has none).
    if (argc > 1 && qstrcmp(argv[1], "report") == 0) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", QByteArray("offscreen"));
#endif
        app::ReportCommand::quietenPlatformNoise();
        QApplication reportApp(argc, argv);
        setIdentity();
        installLanguage();
        return app::ReportCommand::run(reportApp.arguments().mid(2));
    }

    // The arguments are read before any window system is touched: --help, --version and a usage
    // error print one answer and exit, with no display needed (a QApplication would abort first).
    std::optional<app::ConsoleOptions> options;
    {
        QCoreApplication probe(argc, argv);
        setIdentity();
        installLanguage();
        app::ConsoleOptions::Parsed parsed = app::ConsoleOptions::parse(probe.arguments());
        if (!parsed.options)
            return parsed.exitCode;
        options = std::move(parsed.options);
    }

    QApplication app(argc, argv);
    setIdentity();
    installLanguage();
    QApplication::setDesktopFileName(QStringLiteral(PATCHDECK_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/patchdeck/icons/patchdeck.svg")));
    // Undocumented: a dark Fusion palette for screenshots and checks on X11, where Qt 6.4 follows no
    // system dark mode.
    if (qEnvironmentVariable("PATCHDECK_PALETTE") == QLatin1String("dark")) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(pmp::ui::darkFusionPalette());
    }
    const QString startPage = options->startPage;
    const QString startSavedView = options->startSavedView;
    // --view NAME of a saved view: opened when the window has the profile's store.
    auto openStartSavedView = [startSavedView](ui::MainWindow *window) {
        if (!startSavedView.isEmpty() && !window->openSavedView(startSavedView))
            std::fprintf(stderr, "patchdeck: no saved view \"%s\" in this profile; saved views: %s\n",
                         qPrintable(startSavedView),
                         qPrintable(window->workspace()
                                        ? window->workspace()->savedViews().names().join(QLatin1String(", "))
                                        : QString()));
    };

    std::unique_ptr<app::DemoSession> demoSession;
    std::unique_ptr<api::Connection> connection;
    api::Connection *active = nullptr;
    QString label;

    if (options->mode == app::ConsoleOptions::Mode::Demo) {
        sim::SimulatorOptions fleet;
        fleet.computers = options->computers;
        fleet.seed = options->seed;
        demoSession = std::make_unique<app::DemoSession>(fleet);
        QString error;
        if (!demoSession->start(&error)) {
            std::fprintf(stderr, "patchdeck: cannot start the demo server: %s\n", qPrintable(error));
            return 1;
        }
        active = demoSession->connection();
        label = QApplication::translate("main", "Demo server %1").arg(active->server().toString());
    } else if (options->mode == app::ConsoleOptions::Mode::Server) {
        const QByteArray token = qgetenv("PATCHDECK_TOKEN");
        const auto k = options->onPremises ? api::StaticTokenAuthenticator::Kind::OnPremises
                                           : api::StaticTokenAuthenticator::Kind::Cloud;
        connection = std::make_unique<api::Connection>(QUrl::fromUserInput(options->server),
                                                       std::make_unique<api::StaticTokenAuthenticator>(k, token));
        active = connection.get();
        label = active->server().host();
    } else {
        // Signed-in use: saved profiles, tokens in the keychain, the Sign-in dialog, switching
        // profiles without a restart.
        QString networkProblem;
        if (!auth::NetworkSettings::load().apply(&networkProblem))
            qWarning().noquote() << networkProblem;
        auth::ProfileStore profiles;
        auth::TokenStore tokens;
        ui::TenantWindows tenants(&profiles, &tokens);
        tenants.setFirstWindowSetup([&](ui::MainWindow *window) {
            if (!startPage.isEmpty())
                window->showPage(startPage);
            openStartSavedView(window);
        });
        QObject::connect(&tenants, &ui::TenantWindows::cancelled, &app, &QCoreApplication::quit, Qt::QueuedConnection);
        std::unique_ptr<ui::TenantsOverview> overview;
        QObject::connect(&tenants, &ui::TenantWindows::overviewRequested, &app, [&] {
            if (!overview)
                overview = std::make_unique<ui::TenantsOverview>(&tenants);
            overview->showAndRefresh();
        });
        tenants.start();
        const int status = app.exec();
        overview.reset(); // its background sessions before the stores they use
        return status;
    }

    // The demo's writes are simulated: its journal and cache live in memory, never beside a real
    // server's (decided by the flag, not the host: a real server may be on loopback too).
    const std::shared_ptr<store::Workspace> workspace = demoSession ? store::Workspace::inMemory(QStringLiteral("demo"))
                                                                    : store::Workspace::forConnection(active->server());
    std::unique_ptr<ui::MainWindow> window;
    auto openWindow = [&] {
        window = std::make_unique<ui::MainWindow>(&active->client(), workspace, label);
        window->setTenant(demoSession ? QApplication::translate("main", "Demo") : active->server().host(),
                          ui::TenantBadge::colour(0), label);
        if (!startPage.isEmpty())
            window->showPage(startPage);
        openStartSavedView(window.get());
        window->show();
    };
    if (demoSession) // the demo tenant comes with 90 days of history, so its trends show what they are for
        app::DemoHistory::fetchAndWrite(active->client(), workspace->history(), options->seed, &app,
                                        [&](bool) { openWindow(); });
    else
        openWindow();
    const int status = app.exec();
    window.reset(); // before the connection whose client it uses
    return status;
}
