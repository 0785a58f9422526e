// PatchDeck: the console executable. A thin main() over the libraries.
#include "DemoSession.h"
#include "ExportCommand.h"

#include "api/Connection.h"
#include "api/MemoryUse.h"
#include "api/StaticTokenAuthenticator.h"
#include "auth/LogRedactor.h"
#include "auth/NetworkSettings.h"
#include "auth/ProfileStore.h"
#include "auth/SessionManager.h"
#include "auth/TokenStore.h"
#include "main/MainWindow.h"
#include "signin/SessionController.h"
#include "store/Workspace.h"
#include "widgets/DarkPalette.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QTranslator>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

using namespace pmp;

namespace {
void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("PatchDeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("PatchDeck"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("patchdeck.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PATCHDECK_VERSION));
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

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral(PATCHDECK_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/patchdeck/icons/patchdeck.svg")));
    // Undocumented: a dark Fusion palette for screenshots and checks on X11, where Qt 6.4 follows no
    // system dark mode.
    if (qEnvironmentVariable("PATCHDECK_PALETTE") == QLatin1String("dark")) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(pmp::ui::darkFusionPalette());
    }

    // The user's language for Qt's own dialogs and for ours (embedded at :/i18n by the build).
    QTranslator qtTranslator;
    QTranslator appTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(QLocale(), QStringLiteral("patchdeck"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop console for ManageEngine Patch Manager Plus Cloud."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Start with a simulated Patch Manager Plus server "
                                                                  "(no account or network needed)."));
    const QCommandLineOption computers(QStringLiteral("computers"),
                                       QApplication::translate("main", "Number of computers in the demo fleet."),
                                       QStringLiteral("N"), QStringLiteral("250"));
    const QCommandLineOption seed(QStringLiteral("seed"), QApplication::translate("main", "Seed of the demo fleet."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QApplication::translate("main", "Connect to this server URL with the token in "
                                                                    "PATCHDECK_TOKEN."),
                                    QStringLiteral("URL"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  QApplication::translate("main", "Server kind for --server: cloud or onprem."),
                                  QStringLiteral("KIND"), QStringLiteral("cloud"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QApplication::translate("main", "Open the window on this view (a view name of "
                                                                  "patchdeck export --help)."),
                                  QStringLiteral("ID"));
    parser.addOptions({demo, computers, seed, server, kind, view});
    parser.process(app);
    const QString startPage = parser.isSet(view) ? ui::MainWindow::pageForView(parser.value(view)) : QString();
    if (parser.isSet(view) && startPage.isEmpty()) {
        std::fprintf(stderr, "patchdeck: unknown view \"%s\"; views: %s\n", qPrintable(parser.value(view)),
                     qPrintable(app::ExportCommand::viewNames().join(QLatin1String(", "))));
        return 2;
    }

    std::unique_ptr<app::DemoSession> demoSession;
    std::unique_ptr<api::Connection> connection;
    api::Connection *active = nullptr;
    QString label;

    if (parser.isSet(demo)) {
        sim::SimulatorOptions options;
        options.computers = qBound(1, parser.value(computers).toInt(), 200000);
        options.seed = parser.value(seed).toULongLong();
        demoSession = std::make_unique<app::DemoSession>(options);
        QString error;
        if (!demoSession->start(&error)) {
            std::fprintf(stderr, "patchdeck: cannot start the demo server: %s\n", qPrintable(error));
            return 1;
        }
        active = demoSession->connection();
        label = QApplication::translate("main", "Demo server %1").arg(active->server().toString());
    } else if (parser.isSet(server)) {
        const QByteArray token = qgetenv("PATCHDECK_TOKEN");
        if (token.isEmpty()) {
            std::fprintf(stderr, "patchdeck: --server needs the token in the PATCHDECK_TOKEN environment variable\n");
            return 2;
        }
        const auto k = parser.value(kind) == QLatin1String("onprem") ? api::StaticTokenAuthenticator::Kind::OnPremises
                                                                      : api::StaticTokenAuthenticator::Kind::Cloud;
        connection = std::make_unique<api::Connection>(QUrl::fromUserInput(parser.value(server)),
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
        auth::SessionManager session(&profiles, &tokens);
        ui::SessionController controller(&session);
        std::unique_ptr<ui::MainWindow> window;
        QObject::connect(&controller, &ui::SessionController::ready, &app,
                         [&](api::Connection *signedIn, const auth::Profile &profile) {
                             window = std::make_unique<ui::MainWindow>(
                                 &signedIn->client(), store::Workspace::forConnection(profile.serverUrl, profile.id),
                                 profile.label());
                             controller.attach(window.get());
                             if (!startPage.isEmpty())
                                 window->showPage(startPage);
                             window->show();
                         });
        QObject::connect(&controller, &ui::SessionController::cancelled, &app, &QCoreApplication::quit,
                         Qt::QueuedConnection);
        controller.start();
        const int status = app.exec();
        window.reset(); // before the session whose client it uses
        return status;
    }

    // The demo's writes are simulated: its journal and cache live in memory, never beside a real
    // server's (decided by the flag, not the host: a real server may be on loopback too).
    ui::MainWindow window(&active->client(),
                          demoSession ? store::Workspace::inMemory(QStringLiteral("demo"))
                                      : store::Workspace::forConnection(active->server()),
                          label);
    if (!startPage.isEmpty())
        window.showPage(startPage);
    window.show();
    return app.exec();
}
