#pragma once

#include "JournalEntry.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pmp::store {

// Which journal entries to list or export; every default means "any".
struct JournalFilter
{
    QDateTime from;        // started at or after (invalid: no lower bound)
    QDateTime to;          // started at or before (invalid: no upper bound)
    QString operationCode; // "E26"; case-insensitive
    std::optional<JournalEntry::Outcome> outcome;
    // Case-insensitive, any script, in summary, targets, operation, message, profile and request id.
    QString text;
    int limit = 0; // newest N; 0: all
};

} // namespace pmp::store
