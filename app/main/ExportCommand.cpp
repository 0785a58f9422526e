#include "ExportCommand.h"

#include "CommandConnection.h"
#include "ListExport.h"
#include "api/Connection.h"
#include "api/OperationCatalogue.h"
#include "api/PagedFetch.h"
#include "api/StaticTokenAuthenticator.h"
#include "auth/NetworkSettings.h"
#include "auth/ProfileStore.h"
#include "auth/SessionManager.h"
#include "auth/TokenStore.h"

#include "models/RecordTableModel.h"
#include "models/ReportColumns.h"
#include "models/ServerChoices.h"
#include "models/StaleFilters.h"
#include "models/TableExporter.h"
#include "models/ViewCatalogue.h"
#include "store/ActionJournal.h"
#include "store/Database.h"
#include "store/SavedViewBook.h"
#include "store/StoreLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace pmp::app {

using namespace pmp::api;
using namespace pmp::models;

namespace {

int fail(int code, const QString &message)
{
    return commandFail("export", code, message);
}

// Waits for a loader (or anything with a finished signal) without a nested event loop of our own:
// the application's loop runs until the work says it is done.
int runUntil(QObject *sender, const char *signal)
{
    QObject::connect(sender, signal, QCoreApplication::instance(), SLOT(quit()));
    return QCoreApplication::exec();
}

TableExporter::Format formatFor(const QString &format)
{
    return format == QLatin1String("json") ? TableExporter::Format::Json : TableExporter::Format::Csv;
}

// Every row of `model`, its default columns, to `path` (atomically).
bool writeModel(const RecordTableModel &model, const ViewSpec &view, const QString &format, bool raw,
                const QString &path, QString *error)
{
    const QList<int> columns = view.defaultColumns();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const ColumnTable table = model.snapshot();
    TableExporter writer(view.columns, columns, view.keysOf(columns), formatFor(format), file);
    writer.setRaw(raw);
    if (!writer.begin() || !writer.writeRows(table, nullptr, 0, table.rowCount()) || !writer.end() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString describeFailure(const FetchOutcome &o)
{
    QString s = o.error.message();
    if (o.total >= 0)
        s += QStringLiteral(" (%1 of %2 items arrived; nothing was written)").arg(o.received).arg(o.total);
    else
        s += QStringLiteral(" (%1 items arrived; nothing was written)").arg(o.received);
    if (!o.error.detail().isEmpty())
        s += QStringLiteral(" [%1]").arg(o.error.detail().simplified().left(200));
    return s;
}

// `journal`: the profile's local action journal, read from its store; no server and no token needed.
int exportJournalFrom(const QString &storePath, const QString &format, bool raw, const QString &output)
{
    if (storePath == pmp::store::Database::memoryPath())
        return fail(ExitFailed,
                    QStringLiteral("a loopback (demo) server keeps its journal in memory only; nothing to export"));
    if (!QFileInfo::exists(storePath))
        return fail(ExitFailed,
                    QStringLiteral("no action journal at %1 (nothing was done from this profile yet)").arg(storePath));
    pmp::store::Database database(storePath);
    const pmp::store::OpenResult opened = database.open();
    if (!database.isPersistent())
        return fail(ExitFailed, QStringLiteral("cannot read the store %1: %2").arg(storePath, opened.message));
    const pmp::store::ActionJournal journal(database);
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ExitFailed, QStringLiteral("cannot write %1: %2").arg(output, file.errorString()));
    const bool ok = format == QLatin1String("json") ? journal.exportJson({}, &file) : journal.exportCsv({}, &file, raw);
    if (!ok || !file.commit())
        return fail(ExitFailed,
                    QStringLiteral("cannot write %1: %2")
                        .arg(output, ok ? file.errorString() : QStringLiteral("the journal could not be read")));
    return ExitOk;
}

} // namespace

QStringList ExportCommand::viewNames()
{
    QStringList names;
    for (const ViewSpec &v : ViewCatalogue::all())
        names << v.id;
    names << QStringLiteral("report") << QStringLiteral("journal");
    return names;
}

QString ExportCommand::usage()
{
    QString text;
    QTextStream out(&text);
    out << "Usage: patchdeck export VIEW --format csv|json -o FILE [options]\n\n"
           "Writes a view exactly as the console shows it (its default columns, formatted values).\n"
           "Exit code 0 only when every page arrived; the file is written atomically.\n\n"
           "Connection (one of):\n"
           "  --server URL --kind cloud|onprem   token in the PATCHDECK_TOKEN environment variable\n"
           "  --profile NAME                     a saved profile, tokens from the OS keychain\n\n"
           "Options:\n"
           "  --resid N          computer for system-report\n"
           "  --id N             report id for report (see the Reports page or E38)\n"
           "  --filter NAME=VALUE  a server-side filter of the view (repeatable), e.g. severityfilter=4\n"
           "  --saved NAME       instead of VIEW: a saved view of --profile NAME, --server URL or --store FILE;\n"
           "                     its view and server filters apply (--filter adds or overrides), not its search,\n"
           "                     sort or columns. A filter value the server no longer has fails the export\n"
           "                     (exit 1) unless --allow-stale\n"
           "  --allow-stale      export a saved view even if a filter value is gone (the list may be empty)\n"
           "  --page-size N      items asked per page (default 1000; servers may serve fewer)\n"
           "  --raw              cells as served: no apostrophe before text a spreadsheet would run as a\n"
           "                     formula (=, +, -, @); for scripts, not for Excel\n\n"
           "Views:\n";
    for (const ViewSpec &v : ViewCatalogue::all())
        out << "  " << v.id.leftJustified(20) << v.title
            << (v.id == QLatin1String("system-report") ? " (--resid N)" : "") << "\n";
    out << "  " << QStringLiteral("report").leftJustified(20) << "Query report data (--id N)\n";
    out << "  " << QStringLiteral("journal").leftJustified(20)
        << "The local action journal of --profile NAME or --server URL, or of --store FILE (no token needed)\n";
    return text;
}

namespace {

// What the command line asks for.
struct ExportRequest
{
    QString view;
    QString format;
    QString output;
    ConnectionRequest connection;
    QString resid;
    QString reportId;
    QString store;
    QStringList filters;
    QString saved;
    bool allowStale = false;
    bool raw = false;
    int pageSize = FetchOptions().pageSize;
};

// 0 when parsed; else the exit code, after printing help or the error.
int parse(const QStringList &arguments, ExportRequest *request)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv or json"), QStringLiteral("FORMAT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("File"),
                                    QStringLiteral("FILE"));
    const ConnectionOptions connection;
    const QCommandLineOption resid(QStringLiteral("resid"), QStringLiteral("Resource id"), QStringLiteral("N"));
    const QCommandLineOption id(QStringLiteral("id"), QStringLiteral("Report id"), QStringLiteral("N"));
    const QCommandLineOption filter(QStringLiteral("filter"), QStringLiteral("NAME=VALUE"), QStringLiteral("F"));
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("Store file"), QStringLiteral("FILE"));
    const QCommandLineOption raw(QStringLiteral("raw"), QStringLiteral("Cells as served"));
    const QCommandLineOption saved(QStringLiteral("saved"), QStringLiteral("Saved view"), QStringLiteral("NAME"));
    const QCommandLineOption allowStale(QStringLiteral("allow-stale"), QStringLiteral("Export despite stale filters"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("N"), QStringLiteral("N"),
                                      QString::number(request->pageSize));
    p.addOptions({help, format, output, resid, id, filter, pageSize, store, raw, saved, allowStale});
    connection.addTo(&p);
    if (!p.parse(QStringList{QStringLiteral("patchdeck export")} + arguments))
        return fail(ExitUsage, p.errorText() + QStringLiteral(" (see patchdeck export --help)"));
    if (p.isSet(help)) {
        std::fputs(qPrintable(ExportCommand::usage()), stdout);
        return ExitOk;
    }
    request->saved = p.value(saved);
    request->allowStale = p.isSet(allowStale);
    const int positional = p.isSet(saved) ? 0 : 1; // --saved NAME names the view itself
    if (p.positionalArguments().size() < positional)
        return fail(ExitUsage, QStringLiteral("give the VIEW to export (see patchdeck export --help)"));
    if (p.positionalArguments().size() > positional)
        return fail(ExitUsage, QStringLiteral("unexpected argument \"%1\" (see patchdeck export --help)")
                                   .arg(p.positionalArguments().at(positional)));
    request->view = p.isSet(saved) ? QStringLiteral("saved") : p.positionalArguments().first();
    request->format = p.value(format).toLower();
    if (request->format != QLatin1String("csv") && request->format != QLatin1String("json"))
        return fail(ExitUsage, QStringLiteral("--format must be csv or json"));
    request->output = p.value(output);
    if (request->output.isEmpty())
        return fail(ExitUsage, QStringLiteral("-o FILE is required"));
    bool ok = false;
    request->pageSize = p.value(pageSize).toInt(&ok);
    if (!ok || request->pageSize < 1 || request->pageSize > 1000)
        return fail(ExitUsage, QStringLiteral("--page-size must be a number from 1 to 1000"));
    request->connection = connection.read(p);
    request->resid = p.value(resid);
    request->reportId = p.value(id);
    request->store = p.value(store);
    request->filters = p.values(filter);
    request->raw = p.isSet(raw);
    return ExitOk;
}

int openConnection(const ExportRequest &request, CommandConnection *out)
{
    return openCommandConnection("export", request.connection, out);
}

// The store file of --store FILE, --profile NAME or --server URL; empty with the exit code in `code`.
QString storePathFor(const ExportRequest &request, const QString &what, int *code)
{
    QString path = request.store;
    if (path.isEmpty() && !request.connection.profile.isEmpty()) {
        const std::optional<pmp::auth::Profile> saved =
            findProfile(pmp::auth::ProfileStore(), request.connection.profile);
        if (!saved) {
            *code = fail(ExitUsage, QStringLiteral("no profile named \"%1\"").arg(request.connection.profile));
            return {};
        }
        path = pmp::store::StoreLocation::pathFor(saved->serverUrl, saved->id);
    }
    if (path.isEmpty() && !request.connection.server.isEmpty())
        path = pmp::store::StoreLocation::pathFor(QUrl::fromUserInput(request.connection.server));
    if (path.isEmpty())
        *code = fail(ExitUsage, QStringLiteral("%1 needs --profile NAME, --server URL or --store FILE").arg(what));
    return path;
}

int exportJournal(const ExportRequest &request)
{
    int code = ExitUsage;
    const QString path = storePathFor(request, QStringLiteral("journal"), &code);
    if (path.isEmpty())
        return code;
    return exportJournalFrom(path, request.format, request.raw, request.output);
}

// --saved NAME: the saved view, read from the profile's store; nullopt with the exit code in `code`.
std::optional<pmp::store::SavedView> findSavedView(const ExportRequest &request, int *code)
{
    const QString path = storePathFor(request, QStringLiteral("--saved"), code);
    if (path.isEmpty())
        return std::nullopt;
    if (path == pmp::store::Database::memoryPath() || !QFileInfo::exists(path)) {
        *code =
            fail(ExitUsage, QStringLiteral("no saved view \"%1\": this profile has no saved views").arg(request.saved));
        return std::nullopt;
    }
    pmp::store::Database database(path);
    const pmp::store::OpenResult opened = database.open();
    if (!database.isPersistent()) {
        *code = fail(ExitFailed, QStringLiteral("cannot read the store %1: %2").arg(path, opened.message));
        return std::nullopt;
    }
    const pmp::store::SavedViewBook book(database);
    std::optional<pmp::store::SavedView> saved = book.find(request.saved);
    if (!saved) {
        const QStringList names = book.names();
        *code = fail(ExitUsage, QStringLiteral("no saved view \"%1\"; saved views: %2")
                                    .arg(request.saved,
                                         names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1String(", "))));
    }
    return saved;
}

// A saved view's filters checked against what the server offers now; false (after saying so on
// stderr) when one is gone and --allow-stale was not given.
bool checkSavedFilters(Connection *connection, const ExportRequest &request, const ViewSpec &spec,
                       const pmp::store::SavedView &saved)
{
    ServerChoices choices(&connection->client());
    QObject::connect(&choices, &ServerChoices::failed, QCoreApplication::instance(), &QCoreApplication::quit);
    choices.load();
    runUntil(&choices, SIGNAL(loaded()));
    const auto stale = staleFilters(saved.filters, OperationCatalogue::get(spec.operation), &choices);
    for (const StaleFilter &f : stale)
        std::fprintf(stderr, "patchdeck export: %s\n",
                     qPrintable(f.label.isEmpty()
                                    ? QStringLiteral("saved view \"%1\" filters on \"%2\", which %3 does not offer")
                                          .arg(saved.name, f.param, spec.id)
                                    : QStringLiteral("saved view \"%1\" filters on %2 \"%3\", which the server no "
                                                     "longer has%4")
                                          .arg(saved.name, f.label.toLower(), f.value,
                                               request.allowStale ? QStringLiteral(" (kept: --allow-stale)")
                                                                  : QStringLiteral(""))));
    if (!choices.isLoaded())
        std::fprintf(stderr, "patchdeck export: the server's offices, domains and groups could not be read; "
                             "those filters were not checked\n");
    return stale.isEmpty() || request.allowStale;
}

// Query report data: its columns are the report's own, declared with every page; read them from a
// small first page, then fetch every row. Reports are small next to the inventory lists: kept whole.
int exportReport(Connection *connection, const ExportRequest &request, ListQuery query, const FetchOptions &options)
{
    if (request.reportId.isEmpty())
        return fail(ExitUsage, QStringLiteral("report needs --id N"));
    query.setPathId(request.reportId);
    auto *fetch = new PagedFetch(&connection->client(), OperationId::QueryReportData, query, options, connection);
    QList<Record> rows;
    QObject::connect(fetch, &PagedFetch::pageArrived, fetch, [&rows](int, const QList<Record> &r) { rows << r; });
    QList<QueryReportColumn> declared;
    connection->client().queryReportData(request.reportId, 1, 1, fetch,
                                         [&declared, fetch](const Result<QueryReportPage> &r) {
                                             if (r.ok())
                                                 declared = r.value.columns;
                                             fetch->start();
                                         });
    runUntil(fetch, SIGNAL(finished(pmp::api::FetchOutcome)));
    if (!fetch->outcome().complete)
        return fail(ExitFailed, describeFailure(fetch->outcome()));
    ViewSpec reportView;
    reportView.id = QStringLiteral("report");
    reportView.columns = ReportColumns::derive(declared, rows);
    RecordTableModel model(reportView.columns);
    model.appendRecords(rows);
    QString error;
    if (!writeModel(model, reportView, request.format, request.raw, request.output, &error))
        return fail(ExitFailed, error);
    return ExitOk;
}

int exportList(Connection *connection, const ExportRequest &request, const ViewSpec &spec, ListQuery query,
               const FetchOptions &options)
{
    if (spec.id == QLatin1String("system-report")) {
        if (request.resid.isEmpty())
            return fail(ExitUsage, QStringLiteral("system-report needs --resid N"));
        query.set(QStringLiteral("resid"), request.resid);
    }
    for (auto it = spec.fixedQuery.filters().constBegin(); it != spec.fixedQuery.filters().constEnd(); ++it)
        query.set(it.key(), it.value());
    if (const ApiError invalid = query.validate(OperationCatalogue::get(spec.operation)))
        return fail(ExitUsage, invalid.message());
    ListExport exporter(&connection->client(), spec, query, options, formatFor(request.format), request.raw,
                        request.output);
    FetchOutcome outcome;
    QString error;
    if (!exporter.run(&outcome, &error))
        return fail(ExitFailed, error.isEmpty() ? describeFailure(outcome) : error);
    return ExitOk;
}

} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    ExportRequest request;
    if (const int code = parse(arguments, &request); code != ExitOk || request.view.isEmpty())
        return code;
    if (request.view == QLatin1String("journal") && request.saved.isEmpty())
        return exportJournal(request);
    std::optional<pmp::store::SavedView> saved;
    if (!request.saved.isEmpty()) {
        int code = ExitUsage;
        saved = findSavedView(request, &code);
        if (!saved)
            return code;
        request.view = saved->viewId;
    }
    const bool isReport = request.view == QLatin1String("report");
    const ViewSpec *spec = ViewCatalogue::byId(request.view);
    if (!spec && !isReport)
        return fail(
            ExitUsage,
            QStringLiteral("unknown view \"%1\"; views: %2").arg(request.view, viewNames().join(QLatin1String(", "))));
    ListQuery query;
    if (saved)
        for (auto it = saved->filters.constBegin(); it != saved->filters.constEnd(); ++it)
            query.set(it.key(), it.value());
    for (const QString &f : request.filters) {
        const int eq = f.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(ExitUsage, QStringLiteral("--filter expects NAME=VALUE, got \"%1\"").arg(f));
        query.set(f.left(eq), f.mid(eq + 1));
    }
    CommandConnection connection;
    if (const int code = openConnection(request, &connection); code != ExitOk)
        return code;
    FetchOptions options;
    options.pageSize = request.pageSize;
    if (isReport)
        return exportReport(connection.connection, request, query, options);
    if (saved && !checkSavedFilters(connection.connection, request, *spec, *saved))
        return ExitFailed;
    return exportList(connection.connection, request, *spec, query, options);
}

} // namespace pmp::app
