#include "ConsoleOptions.h"

#include "ExportCommand.h"
#include "main/LanguageChoice.h"
#include "main/MainWindow.h"
#include "store/Database.h"
#include "store/SavedViewBook.h"
#include "store/StoreLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

#include <cstdio>

namespace pmp::app {

namespace {

constexpr int ExitUsage = 2;

ConsoleOptions::Parsed usageError(const QString &message)
{
    std::fprintf(stderr, "patchdeck: %s\n", qPrintable(message));
    return {std::nullopt, ExitUsage};
}

} // namespace

ConsoleOptions::Parsed ConsoleOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop console for ManageEngine Patch Manager Plus Cloud.\n"
                                            "Headless export for scripts: patchdeck export --help"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), QCoreApplication::translate("main", "Start with a simulated Patch Manager Plus server "
                                                                    "(no account or network needed)."));
    const QCommandLineOption computers(QStringLiteral("computers"),
                                       QCoreApplication::translate("main", "Number of computers in the demo fleet."),
                                       QStringLiteral("N"), QStringLiteral("250"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QCoreApplication::translate("main", "Seed of the demo fleet."), QStringLiteral("N"),
                                  QStringLiteral("1"));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate("main", "Connect to this server URL with the token in PATCHDECK_TOKEN."),
        QStringLiteral("URL"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  QCoreApplication::translate("main", "Server kind for --server: cloud or onprem."),
                                  QStringLiteral("KIND"), QStringLiteral("cloud"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QCoreApplication::translate("main", "Open the window on this view (a view name of patchdeck export --help, "
                                            "or the name of a saved view)."),
        QStringLiteral("ID"));
    parser.addOptions({demo, computers, seed, server, kind, view, ui::LanguageChoice::option()});

    if (!parser.parse(arguments))
        return usageError(parser.errorText() + QStringLiteral(" (see patchdeck --help)"));
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return {std::nullopt, 0};
    }
    if (parser.isSet(version)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return {std::nullopt, 0};
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\" (see patchdeck --help)")
                              .arg(parser.positionalArguments().first()));

    ConsoleOptions options;
    if (parser.isSet(demo) && parser.isSet(server))
        return usageError(QStringLiteral("--demo and --server exclude each other"));
    options.mode = parser.isSet(demo) ? Mode::Demo : parser.isSet(server) ? Mode::Server : Mode::SignedIn;

    bool ok = false;
    options.computers = parser.value(computers).toInt(&ok);
    if (!ok || options.computers < 1 || options.computers > 200000)
        return usageError(QStringLiteral("--computers must be a number from 1 to 200000"));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usageError(QStringLiteral("--seed must be a non-negative number"));
    if ((parser.isSet(computers) || parser.isSet(seed)) && options.mode != Mode::Demo)
        return usageError(QStringLiteral("--computers and --seed belong to --demo"));

    const QString kindValue = parser.value(kind);
    if (kindValue != QLatin1String("cloud") && kindValue != QLatin1String("onprem"))
        return usageError(QStringLiteral("--kind must be cloud or onprem"));
    options.onPremises = kindValue == QLatin1String("onprem");
    if (options.mode == Mode::Server) {
        options.server = parser.value(server);
        if (qEnvironmentVariableIsEmpty("PATCHDECK_TOKEN"))
            return usageError(QStringLiteral("--server needs the token in the PATCHDECK_TOKEN environment variable"));
    }

    if (parser.isSet(view)) {
        options.startPage = ui::MainWindow::pageForView(parser.value(view));
        if (options.startPage.isEmpty()) {
            // Not a built-in view: a saved view's name. With --server its store is known now and is
            // checked here; a signed-in profile is chosen later, and the window says if it has none.
            QStringList saved;
            if (options.mode == Mode::Server) {
                const QString path = store::StoreLocation::pathFor(QUrl::fromUserInput(options.server));
                if (path != store::Database::memoryPath() && QFileInfo::exists(path)) {
                    store::Database database(path);
                    database.open();
                    saved = store::SavedViewBook(database).names();
                }
            }
            const bool known = saved.contains(parser.value(view), Qt::CaseInsensitive);
            if (options.mode != Mode::SignedIn && !known)
                return usageError(QStringLiteral("unknown view \"%1\"; views: %2; saved views: %3")
                                      .arg(parser.value(view), ExportCommand::viewNames().join(QLatin1String(", ")),
                                           saved.isEmpty() ? QStringLiteral("none") : saved.join(QLatin1String(", "))));
            options.startSavedView = parser.value(view);
        }
    }
    return {options, 0};
}

} // namespace pmp::app
