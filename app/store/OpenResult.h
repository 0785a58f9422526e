#pragma once

#include <QString>

namespace pmp::store {

// What Database::open() found and did, with the one sentence the UI shows when the admin needs to
// know (the cache was moved aside, or nothing can be saved this session).
struct OpenResult
{
    enum class Status
    {
        Created,  // there was no file: a new, empty store was made
        Opened,   // an existing store at the current schema version
        Upgraded, // an existing store, migrated from an older schema version
        Replaced, // the file could not be used; it was moved aside and a new, empty store made
        Temporary // the file could not be used nor moved aside: an in-memory store for this session
    };
    // Why an existing file was not used (Replaced / Temporary).
    enum class Reason
    {
        None,
        Unreadable,      // not SQLite, corrupt or truncated
        Foreign,         // SQLite, but not a PatchDeck store
        Newer,           // a PatchDeck store from a newer version (never downgraded)
        MigrationFailed, // an upgrade step failed; the file is kept as it was
        CannotOpen       // the file or its folder cannot be opened or created (permissions, disk, lock)
    };

    Status status = Status::Created;
    Reason reason = Reason::None;
    QString message;         // for people, translated; empty when there is nothing to tell
    QString detail;          // technical: the SQLite error, the versions, the application id found
    QString movedAsidePath;  // where the unusable file went (Replaced)
    int previousVersion = 0; // schema version found in the file (0: new or unusable)
    int version = 0;         // schema version now in use

    // The store is backed by the file it was asked for (possibly a fresh one).
    bool isPersistent() const { return status != Status::Temporary; }
    bool needsAttention() const { return !message.isEmpty(); }
};

} // namespace pmp::store
