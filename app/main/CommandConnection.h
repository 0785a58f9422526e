#pragma once

#include "auth/Profile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <memory>
#include <optional>

namespace pmp::api {
class Connection;
}
namespace pmp::auth {
class ProfileStore;
class SessionManager;
class TokenStore;
} // namespace pmp::auth

namespace pmp::app {

// The exit codes of the headless commands: a script tells "you called it wrong" from "it failed".
constexpr int ExitOk = 0;
constexpr int ExitFailed = 1;
constexpr int ExitUsage = 2;

// The connection options the headless commands (`export`, `report`) share.
struct ConnectionRequest
{
    QString server;                         // --server URL (token in PATCHDECK_TOKEN)
    QString kind = QStringLiteral("cloud"); // --kind cloud|onprem
    QString profile;                        // --profile NAME
};

// The --server, --kind and --profile options every headless command takes, and what they say.
struct ConnectionOptions
{
    QCommandLineOption server{QStringLiteral("server"), QStringLiteral("Server URL"), QStringLiteral("URL")};
    QCommandLineOption kind{QStringLiteral("kind"), QStringLiteral("cloud|onprem"), QStringLiteral("KIND"),
                            QStringLiteral("cloud")};
    QCommandLineOption profile{QStringLiteral("profile"), QStringLiteral("Profile"), QStringLiteral("NAME")};

    void addTo(QCommandLineParser *parser) const { parser->addOptions({server, kind, profile}); }
    ConnectionRequest read(const QCommandLineParser &parser) const
    {
        return {parser.value(server), parser.value(kind), parser.value(profile)};
    }
};

// The connection a command talks through, and what keeps it alive.
struct CommandConnection
{
    std::unique_ptr<pmp::api::Connection> owned;
    std::unique_ptr<pmp::auth::ProfileStore> profiles;
    std::unique_ptr<pmp::auth::TokenStore> tokens;
    std::unique_ptr<pmp::auth::SessionManager> session;
    pmp::api::Connection *connection = nullptr;
    std::optional<pmp::auth::Profile> profile; // set when opened through --profile
    CommandConnection();
    ~CommandConnection();
};

// Prints "patchdeck COMMAND: message" on stderr and returns `code`.
int commandFail(const char *command, int code, const QString &message);

// A saved profile by its name or id; nullopt when there is none.
std::optional<pmp::auth::Profile> findProfile(const pmp::auth::ProfileStore &profiles, const QString &nameOrId);

// A saved profile (tokens from the keychain, refreshed like in the console) or a server with a token
// from the environment, running the application's event loop while a profile's session opens.
// 0 when connected; else the exit code (2 usage, 1 failure) after one line on stderr.
int openCommandConnection(const char *command, const ConnectionRequest &request, CommandConnection *out);

} // namespace pmp::app
