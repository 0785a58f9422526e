#include "ExportCommand.h"

#include "actions/JournalLocation.h"
#include "api/Connection.h"
#include "api/OperationCatalogue.h"
#include "api/PagedFetch.h"
#include "api/StaticTokenAuthenticator.h"
#include "auth/LogRedactor.h"
#include "auth/NetworkSettings.h"
#include "auth/ProfileStore.h"
#include "auth/SessionManager.h"
#include "auth/TokenStore.h"
#include "models/ListLoader.h"
#include "models/ReportColumns.h"
#include "models/TableExporter.h"
#include "models/ViewCatalogue.h"
#include "store/ActionJournal.h"
#include "store/Database.h"

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

constexpr int ExitOk = 0;
constexpr int ExitFailed = 1;
constexpr int ExitUsage = 2;

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "patchdeck export: %s\n", qPrintable(message));
    return code;
}

// Waits for a loader (or anything with a finished signal) without a nested event loop of our own:
// the application's loop runs until the work says it is done.
int runUntil(QObject *sender, const char *signal)
{
    QObject::connect(sender, signal, QCoreApplication::instance(), SLOT(quit()));
    return QCoreApplication::exec();
}

bool writeModel(const QAbstractItemModel &model, const ViewSpec &view, const QString &format, const QString &path,
                QString *error)
{
    QList<int> columns;
    QStringList keys;
    for (int c = 0; c < view.columns.size(); ++c) {
        if (view.columns.at(c).hiddenByDefault)
            continue;
        columns << c;
        keys << view.columns.at(c).key;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const auto fmt = format == QLatin1String("json") ? TableExporter::Format::Json : TableExporter::Format::Csv;
    if (!TableExporter::write(model, columns, keys, fmt, file) || !file.commit()) {
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

// A saved profile by its name or id; nullopt when there is none.
std::optional<pmp::auth::Profile> findProfile(const pmp::auth::ProfileStore &profiles, const QString &nameOrId)
{
    for (const pmp::auth::Profile &candidate : profiles.profiles())
        if (candidate.name == nameOrId || candidate.id == nameOrId)
            return candidate;
    return std::nullopt;
}

// `journal`: the profile's local action journal, read from its store; no server and no token needed.
int exportJournal(const QString &storePath, const QString &format, const QString &output)
{
    if (storePath == pmp::store::Database::memoryPath())
        return fail(ExitFailed, QStringLiteral("a loopback (demo) server keeps its journal in memory only; nothing to export"));
    if (!QFileInfo::exists(storePath))
        return fail(ExitFailed, QStringLiteral("no action journal at %1 (nothing was done from this profile yet)").arg(storePath));
    pmp::store::Database database(storePath);
    const pmp::store::OpenResult opened = database.open();
    if (!database.isPersistent())
        return fail(ExitFailed, QStringLiteral("cannot read the store %1: %2").arg(storePath, opened.message));
    const pmp::store::ActionJournal journal(database);
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ExitFailed, QStringLiteral("cannot write %1: %2").arg(output, file.errorString()));
    const bool ok = format == QLatin1String("json") ? journal.exportJson({}, &file) : journal.exportCsv({}, &file);
    if (!ok || !file.commit())
        return fail(ExitFailed, QStringLiteral("cannot write %1: %2").arg(output, ok ? file.errorString() : QStringLiteral("the journal could not be read")));
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
           "  --page-size N      items asked per page (default 100; servers may serve fewer)\n\n"
           "Views:\n";
    for (const ViewSpec &v : ViewCatalogue::all())
        out << "  " << v.id.leftJustified(20) << v.title << (v.id == QLatin1String("system-report") ? " (--resid N)" : "")
            << "\n";
    out << "  " << QStringLiteral("report").leftJustified(20) << "Query report data (--id N)\n";
    out << "  " << QStringLiteral("journal").leftJustified(20)
        << "The local action journal of --profile NAME or --server URL, or of --store FILE (no token needed)\n";
    return text;
}

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv or json"), QStringLiteral("FORMAT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("File"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server URL"), QStringLiteral("URL"));
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("cloud|onprem"), QStringLiteral("KIND"),
                                  QStringLiteral("cloud"));
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Profile"), QStringLiteral("NAME"));
    const QCommandLineOption resid(QStringLiteral("resid"), QStringLiteral("Resource id"), QStringLiteral("N"));
    const QCommandLineOption id(QStringLiteral("id"), QStringLiteral("Report id"), QStringLiteral("N"));
    const QCommandLineOption filter(QStringLiteral("filter"), QStringLiteral("NAME=VALUE"), QStringLiteral("F"));
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("Store file"), QStringLiteral("FILE"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("N"), QStringLiteral("N"),
                                      QStringLiteral("100"));
    p.addOptions({help, format, output, server, kind, profile, resid, id, filter, pageSize, store});
    if (!p.parse(QStringList{QStringLiteral("patchdeck export")} + arguments))
        return fail(ExitUsage, p.errorText() + QStringLiteral(" (see patchdeck export --help)"));
    if (p.isSet(help) || p.positionalArguments().isEmpty()) {
        std::fputs(qPrintable(usage()), p.isSet(help) ? stdout : stderr);
        return p.isSet(help) ? ExitOk : ExitUsage;
    }

    const QString viewName = p.positionalArguments().first();
    const QString fmt = p.value(format).toLower();
    if (fmt != QLatin1String("csv") && fmt != QLatin1String("json"))
        return fail(ExitUsage, QStringLiteral("--format must be csv or json"));
    if (p.value(output).isEmpty())
        return fail(ExitUsage, QStringLiteral("-o FILE is required"));
    if (viewName == QLatin1String("journal")) {
        QString path = p.value(store);
        if (path.isEmpty() && p.isSet(profile)) {
            const std::optional<pmp::auth::Profile> saved = findProfile(pmp::auth::ProfileStore(), p.value(profile));
            if (!saved)
                return fail(ExitUsage, QStringLiteral("no profile named \"%1\"").arg(p.value(profile)));
            path = pmp::actions::JournalLocation::pathFor(saved->serverUrl, saved->id);
        }
        if (path.isEmpty() && p.isSet(server))
            path = pmp::actions::JournalLocation::pathFor(QUrl::fromUserInput(p.value(server)));
        if (path.isEmpty())
            return fail(ExitUsage, QStringLiteral("journal needs --profile NAME, --server URL or --store FILE"));
        return exportJournal(path, fmt, p.value(output));
    }
    const bool isReport = viewName == QLatin1String("report");
    const ViewSpec *spec = ViewCatalogue::byId(viewName);
    if (!spec && !isReport)
        return fail(ExitUsage, QStringLiteral("unknown view \"%1\"; views: %2").arg(viewName, viewNames().join(QLatin1String(", "))));

    // Connection: a saved profile (tokens from the keychain, refreshed like in the console) or a
    // server with a token from the environment.
    std::unique_ptr<Connection> owned;
    Connection *connection = nullptr;
    std::unique_ptr<pmp::auth::ProfileStore> profiles;
    std::unique_ptr<pmp::auth::TokenStore> tokens;
    std::unique_ptr<pmp::auth::SessionManager> session;
    if (p.isSet(profile)) {
        pmp::auth::LogRedactor::install();
        QString networkProblem;
        if (!pmp::auth::NetworkSettings::load().apply(&networkProblem))
            return fail(ExitUsage, networkProblem);
        profiles = std::make_unique<pmp::auth::ProfileStore>();
        const std::optional<pmp::auth::Profile> saved = findProfile(*profiles, p.value(profile));
        if (!saved)
            return fail(ExitUsage, QStringLiteral("no profile named \"%1\"").arg(p.value(profile)));
        tokens = std::make_unique<pmp::auth::TokenStore>();
        session = std::make_unique<pmp::auth::SessionManager>(profiles.get(), tokens.get());
        QString problem;
        QObject::connect(session.get(), &pmp::auth::SessionManager::connectionChanged, QCoreApplication::instance(),
                         &QCoreApplication::quit);
        QObject::connect(session.get(), &pmp::auth::SessionManager::openFailed, QCoreApplication::instance(),
                         [&problem](const pmp::auth::Profile &, pmp::auth::SessionManager::Problem, const QString &message) {
                             problem = message;
                             QCoreApplication::quit();
                         });
        QMetaObject::invokeMethod(session.get(), [&] { session->open(saved->id); }, Qt::QueuedConnection);
        QCoreApplication::exec();
        connection = session->connection();
        if (!connection)
            return fail(ExitFailed, QStringLiteral("cannot open profile \"%1\": %2 (sign in with patchdeck first)")
                                        .arg(saved->name, problem.isEmpty() ? QStringLiteral("no connection") : problem));
    } else {
        if (!p.isSet(server))
            return fail(ExitUsage, QStringLiteral("give --server URL (with PATCHDECK_TOKEN) or --profile NAME"));
        const QByteArray token = qgetenv("PATCHDECK_TOKEN");
        if (token.isEmpty())
            return fail(ExitUsage, QStringLiteral("--server needs the token in the PATCHDECK_TOKEN environment variable"));
        const QString k = p.value(kind);
        if (k != QLatin1String("cloud") && k != QLatin1String("onprem"))
            return fail(ExitUsage, QStringLiteral("--kind must be cloud or onprem"));
        const QUrl url = QUrl::fromUserInput(p.value(server));
        if (!Transport::isAllowedServerUrl(url))
            return fail(ExitUsage, QStringLiteral("refusing %1: use https (plain http only for 127.0.0.1)").arg(url.toString()));
        owned = std::make_unique<Connection>(
            url, std::make_unique<StaticTokenAuthenticator>(k == QLatin1String("cloud")
                                                                ? StaticTokenAuthenticator::Kind::Cloud
                                                                : StaticTokenAuthenticator::Kind::OnPremises,
                                                            token));
        connection = owned.get();
    }

    ListQuery query;
    for (const QString &f : p.values(filter)) {
        const int eq = f.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(ExitUsage, QStringLiteral("--filter expects NAME=VALUE, got \"%1\"").arg(f));
        query.set(f.left(eq), f.mid(eq + 1));
    }
    FetchOptions options;
    options.pageSize = qBound(1, p.value(pageSize).toInt(), 1000);

    QString error;
    if (isReport) {
        if (p.value(id).isEmpty())
            return fail(ExitUsage, QStringLiteral("report needs --id N"));
        query.setPathId(p.value(id));
        auto *fetch = new PagedFetch(&connection->client(), OperationId::QueryReportData, query, options,
                                     connection);
        QList<Record> rows;
        QObject::connect(fetch, &PagedFetch::pageArrived, fetch, [&rows](int, const QList<Record> &r) { rows << r; });
        QList<QueryReportColumn> declared;
        // The declared columns come with every page: read them from a first small page, then fetch all.
        connection->client().queryReportData(p.value(id), 1, 1, fetch, [&declared, fetch](const Result<QueryReportPage> &r) {
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
        if (!writeModel(model, reportView, fmt, p.value(output), &error))
            return fail(ExitFailed, error);
        return ExitOk;
    }

    if (spec->id == QLatin1String("system-report")) {
        if (p.value(resid).isEmpty())
            return fail(ExitUsage, QStringLiteral("system-report needs --resid N"));
        query.set(QStringLiteral("resid"), p.value(resid));
    }
    if (const ApiError invalid = query.validate(OperationCatalogue::get(spec->operation)))
        return fail(ExitUsage, invalid.message());

    ListLoader loader(&connection->client(), *spec);
    loader.setQuery(query);
    loader.setFetchOptions(options);
    QMetaObject::invokeMethod(&loader, &ListLoader::reload, Qt::QueuedConnection);
    runUntil(&loader, SIGNAL(finished(pmp::api::FetchOutcome)));
    if (!loader.lastOutcome().complete)
        return fail(ExitFailed, describeFailure(loader.lastOutcome()));
    if (!writeModel(*loader.model(), *spec, fmt, p.value(output), &error))
        return fail(ExitFailed, error);
    return ExitOk;
}

} // namespace pmp::app
