#pragma once

#include "JournalEntry.h"
#include "JournalFilter.h"

#include <QList>

#include <optional>

class QIODevice;

namespace pmp::store {

class Database;

// Every write the console performs, recorded before the request leaves and completed with its
// outcome, so "what did we change, when, and did it work" has an answer even after a crash. No secret
// is ever written: payloads and texts pass through SecretRedactor (redacted, not refused).
class ActionJournal
{
public:
    explicit ActionJournal(Database &database);

    // Records the entry as Pending (its id and outcome are ignored; an invalid startedAt means now)
    // and returns its id, or -1 if it could not be written — the caller should not send then.
    qint64 begin(const JournalEntry &entry);
    // Sets the outcome of a recorded entry; `at` invalid means now. Pending is not an outcome.
    bool complete(qint64 id, JournalEntry::Outcome outcome, const QString &message,
                  api::ApiError::Kind errorKind = api::ApiError::Kind::None, const QDateTime &at = {});
    // At startup: entries still Pending were cut off by a crash or a kill mid-write. Their outcome is
    // unknown, and saying so is what sends the admin to check the server. Returns how many.
    int reconcileInterrupted(const QDateTime &at = {});

    std::optional<JournalEntry> entry(qint64 id) const;
    // Newest first.
    QList<JournalEntry> query(const JournalFilter &filter = {}) const;

    // RFC 4180 CSV (UTF-8, CRLF, header row of stable keys) and a JSON array; newest first.
    // `raw`: text as recorded, without the apostrophe that stops a spreadsheet running "=..." (SpreadsheetText).
    bool exportCsv(const JournalFilter &filter, QIODevice *out, bool raw = false) const;
    bool exportJson(const JournalFilter &filter, QIODevice *out) const;
    static QStringList exportColumns();

private:
    Database &m_database;
};

} // namespace pmp::store
