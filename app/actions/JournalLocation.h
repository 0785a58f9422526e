#pragma once

#include <QString>
#include <QUrl>

namespace pmp::actions {

// Which store file holds the action journal and the APD task book of a connection, so the console and
// `patchdeck export journal` read the same one:
// - a saved profile: the profile's store (store::Database::defaultPathFor(profile id));
// - a server without a profile (--server with a token): a store named after the server's host and port;
// - a loopback server (the demo, tests): memory only, so simulated actions never mix with real ones.
class JournalLocation
{
public:
    static QString pathFor(const QUrl &server, const QString &profileId = {});
    static bool isLoopback(const QUrl &server);
    // "server-<host>-<port>" with anything but letters, digits, '.', '-' replaced.
    static QString serverKey(const QUrl &server);
};

} // namespace pmp::actions
