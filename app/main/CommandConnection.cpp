#include "CommandConnection.h"

#include "api/Connection.h"
#include "api/StaticTokenAuthenticator.h"
#include "api/Transport.h"
#include "auth/NetworkSettings.h"
#include "auth/ProfileStore.h"
#include "auth/SessionManager.h"
#include "auth/TokenStore.h"

#include <QCoreApplication>

#include <cstdio>

namespace pmp::app {

using namespace pmp::api;

CommandConnection::CommandConnection() = default;
CommandConnection::~CommandConnection() = default;

int commandFail(const char *command, int code, const QString &message)
{
    std::fprintf(stderr, "patchdeck %s: %s\n", command, qPrintable(message));
    return code;
}

std::optional<pmp::auth::Profile> findProfile(const pmp::auth::ProfileStore &profiles, const QString &nameOrId)
{
    for (const pmp::auth::Profile &candidate : profiles.profiles())
        if (candidate.name == nameOrId || candidate.id == nameOrId)
            return candidate;
    return std::nullopt;
}

// A saved profile (tokens from the keychain, refreshed like in the console) or a server with a token
// from the environment. 0 when connected; else the exit code after printing why.
int openCommandConnection(const char *command, const ConnectionRequest &request, CommandConnection *out)
{
    if (!request.profile.isEmpty()) {
        QString networkProblem;
        if (!pmp::auth::NetworkSettings::load().apply(&networkProblem))
            return commandFail(command, ExitUsage, networkProblem);
        out->profiles = std::make_unique<pmp::auth::ProfileStore>();
        const std::optional<pmp::auth::Profile> saved = findProfile(*out->profiles, request.profile);
        if (!saved)
            return commandFail(command, ExitUsage, QStringLiteral("no profile named \"%1\"").arg(request.profile));
        out->tokens = std::make_unique<pmp::auth::TokenStore>();
        out->session = std::make_unique<pmp::auth::SessionManager>(out->profiles.get(), out->tokens.get());
        QString problem;
        auto *session = out->session.get();
        QObject::connect(session, &pmp::auth::SessionManager::connectionChanged, QCoreApplication::instance(),
                         &QCoreApplication::quit);
        QObject::connect(
            session, &pmp::auth::SessionManager::openFailed, QCoreApplication::instance(),
            [&problem](const pmp::auth::Profile &, pmp::auth::SessionManager::Problem, const QString &message) {
                problem = message;
                QCoreApplication::quit();
            });
        QMetaObject::invokeMethod(
            session, [session, id = saved->id] { session->open(id); }, Qt::QueuedConnection);
        QCoreApplication::exec();
        out->connection = session->connection();
        out->profile = saved;
        if (!out->connection)
            return commandFail(command, ExitFailed,
                               QStringLiteral("cannot open profile \"%1\": %2 (sign in with patchdeck first)")
                                   .arg(saved->name, problem.isEmpty() ? QStringLiteral("no connection") : problem));
        return ExitOk;
    }
    if (request.server.isEmpty())
        return commandFail(command, ExitUsage,
                           QStringLiteral("give --server URL (with PATCHDECK_TOKEN) or --profile NAME"));
    const QByteArray token = qgetenv("PATCHDECK_TOKEN");
    if (token.isEmpty())
        return commandFail(command, ExitUsage,
                           QStringLiteral("--server needs the token in the PATCHDECK_TOKEN environment variable"));
    if (request.kind != QLatin1String("cloud") && request.kind != QLatin1String("onprem"))
        return commandFail(command, ExitUsage, QStringLiteral("--kind must be cloud or onprem"));
    const QUrl url = QUrl::fromUserInput(request.server);
    if (!Transport::isAllowedServerUrl(url))
        return commandFail(
            command, ExitUsage,
            QStringLiteral("refusing %1: use https (plain http only for 127.0.0.1)").arg(url.toString()));
    const auto kind = request.kind == QLatin1String("cloud") ? StaticTokenAuthenticator::Kind::Cloud
                                                             : StaticTokenAuthenticator::Kind::OnPremises;
    out->owned = std::make_unique<Connection>(url, std::make_unique<StaticTokenAuthenticator>(kind, token));
    out->connection = out->owned.get();
    return ExitOk;
}

} // namespace pmp::app
