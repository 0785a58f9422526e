#include "ReportCommand.h"

#include "CommandConnection.h"

#include "api/Connection.h"
#include "report/ReportCollector.h"
#include "report/ReportDocument.h"
#include "store/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>
#include <QUrl>

#include <cstdio>

namespace pmp::app {

namespace {

int fail(int code, const QString &message)
{
    return commandFail("report", code, message);
}

QtMessageHandler previousHandler = nullptr;

// Qt's own diagnostics that say nothing to the person running the command, and would make a failure
// two lines on stderr instead of one: the offscreen platform's, and the one Qt's network layer prints
// when several requests to an unreachable server fail at once (its reply reports the refusal twice;
// the command's own line says what happened).
void filterPlatformNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg &&
        (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")) ||
         message == QLatin1String("This plugin does not support propagateSizeHints()") ||
         message.startsWith(QLatin1String("QNetworkReplyImplPrivate::error: Internal problem"))))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

void ReportCommand::quietenPlatformNoise()
{
    previousHandler = qInstallMessageHandler(filterPlatformNoise);
}

QString ReportCommand::usage()
{
    return QStringLiteral(
        "Usage: patchdeck report (--profile NAME | --server URL) -o FILE.pdf [options]\n\n"
        "Writes the compliance report of File > Create report... as a PDF: summary tiles, severity and\n"
        "health charts, 30/90-day trends, top missing patches, computers longest unpatched and the\n"
        "writes journalled in the period. Files are written atomically; exit 0 when written, 1 when the\n"
        "data could not be read or the file not written, 2 on a usage mistake.\n\n"
        "Connection (one of):\n"
        "  --server URL --kind cloud|onprem   token in the PATCHDECK_TOKEN environment variable\n"
        "  --profile NAME                     a saved profile, tokens from the OS keychain\n\n"
        "Options:\n"
        "  -o, --output FILE   the PDF to write\n"
        "  --html FILE         also write the report as one HTML file (charts embedded)\n"
        "  --days N            the period: the last N days up to now (default 30)\n"
        "  --from DATE --to DATE  the period as dates (YYYY-MM-DD, both days included)\n\n"
        "The charts are drawn without a window: with neither DISPLAY nor WAYLAND_DISPLAY set, the\n"
        "report runs on Qt's offscreen platform (QT_QPA_PLATFORM=offscreen), so cron needs no display.\n");
}

int ReportCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("File"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption html(QStringLiteral("html"), QStringLiteral("HTML file"), QStringLiteral("FILE"));
    const ConnectionOptions connectionOptions;
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("Days"), QStringLiteral("N"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("From"), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("To"), QStringLiteral("DATE"));
    p.addOptions({help, output, html, days, from, to});
    connectionOptions.addTo(&p);
    if (!p.parse(QStringList{QStringLiteral("patchdeck report")} + arguments))
        return fail(ExitUsage, p.errorText() + QStringLiteral(" (see patchdeck report --help)"));
    if (p.isSet(help)) {
        std::fputs(qPrintable(usage()), stdout);
        return ExitOk;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(ExitUsage, QStringLiteral("unexpected argument \"%1\" (see patchdeck report --help)")
                                   .arg(p.positionalArguments().first()));
    const QString pdf = p.value(output);
    if (pdf.isEmpty())
        return fail(ExitUsage, QStringLiteral("-o FILE.pdf is required"));

    QDateTime periodFrom, periodTo;
    if (p.isSet(from) || p.isSet(to)) {
        if (p.isSet(days))
            return fail(ExitUsage, QStringLiteral("give either --days or --from and --to"));
        const QDate first = QDate::fromString(p.value(from), Qt::ISODate);
        const QDate last = QDate::fromString(p.value(to), Qt::ISODate);
        if (!first.isValid() || !last.isValid() || last < first)
            return fail(ExitUsage, QStringLiteral("--from and --to need two dates YYYY-MM-DD, the first not after "
                                                  "the second"));
        periodFrom = first.startOfDay();
        periodTo = last.endOfDay();
    } else {
        bool ok = true;
        const int n = p.isSet(days) ? p.value(days).toInt(&ok) : 30;
        if (!ok || n < 1 || n > 400)
            return fail(ExitUsage, QStringLiteral("--days must be a number from 1 to 400"));
        periodTo = QDateTime::currentDateTimeUtc();
        periodFrom = periodTo.addDays(-n);
    }

    CommandConnection connection;
    if (const int code = openCommandConnection("report", connectionOptions.read(p), &connection); code != ExitOk)
        return code;
    const QUrl serverUrl = connection.profile ? connection.profile->serverUrl : connection.connection->server();
    const std::shared_ptr<store::Workspace> workspace =
        connection.profile ? store::Workspace::forConnection(serverUrl, connection.profile->id)
                           : store::Workspace::forConnection(serverUrl);
    const QString tenant = connection.profile ? connection.profile->name : serverUrl.host();

    ui::ReportCollector collector(&connection.connection->client(), workspace);
    bool ok = false;
    QString error;
    QObject::connect(&collector, &ui::ReportCollector::finished, QCoreApplication::instance(),
                     [&](bool success, const QString &message) {
                         ok = success;
                         error = message;
                         QCoreApplication::quit();
                     });
    QMetaObject::invokeMethod(
        &collector, [&] { collector.start(periodFrom, periodTo, tenant); }, Qt::QueuedConnection);
    QCoreApplication::exec();
    if (!ok)
        return fail(ExitFailed, QStringLiteral("cannot read the report's data: %1 (nothing was written)").arg(error));

    const ui::ReportDocument document(collector.data());
    if (!document.writePdf(pdf, &error))
        return fail(ExitFailed, error);
    if (p.isSet(html) && !document.writeHtml(p.value(html), &error))
        return fail(ExitFailed, error);
    return ExitOk;
}

} // namespace pmp::app
