#pragma once

#include <QString>
#include <QUrl>

namespace pmp::store {

// Where a connection's local store lives (its SQLite file, and the view cache beside it), and the key
// that names it in settings, so the console and `patchdeck export journal` find the same one:
// - a saved profile: the profile's folder (Database::defaultPathFor(profile id)), keyed by the id;
// - a server without a profile (--server with a token): a folder named after its host and port.
// A loopback server is a real server too (on-premises on https://localhost, an SSH tunnel): only the
// demo, which the --demo flag says and not the host, keeps its store in memory (Workspace::inMemory).
class StoreLocation
{
public:
    static QString pathFor(const QUrl &server, const QString &profileId = {});
    // What settings about this connection (the refresh interval, say) are filed under: it survives a
    // rename of the profile.
    static QString keyFor(const QUrl &server, const QString &profileId = {});
    // "server-<host>-<port>" with anything but letters, digits, '.', '-' replaced.
    static QString serverKey(const QUrl &server);
};

} // namespace pmp::store
