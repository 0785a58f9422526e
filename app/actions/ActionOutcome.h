#pragma once

#include "api/ApiError.h"
#include "api/Operation.h"
#include "store/JournalEntry.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace pmp::actions {

// What became of one write: the journal's outcome, the words people read, and what to refresh.
struct ActionOutcome
{
    Q_DECLARE_TR_FUNCTIONS(pmp::actions::ActionOutcome)

public:
    using Outcome = pmp::store::JournalEntry::Outcome;

    Outcome outcome = Outcome::Pending;
    pmp::api::OperationId operation{};
    QString message;    // for people: the server's answer in words, or what went wrong and what to do
    QString serverText; // what the server said on success ("Initiated Successfully"), as served
    pmp::api::ApiError error;
    qint64 journalId = -1;     // -1 when the journal could not record it
    QStringList affectedViews; // page ids to refresh (empty unless the server may have acted)

    bool succeeded() const { return outcome == Outcome::Succeeded; }
    // The server may have acted (succeeded, or the answer was lost): views must be refreshed and the
    // request must not be sent again.
    bool mayHaveActed() const { return outcome == Outcome::Succeeded || outcome == Outcome::OutcomeUnknown; }

    // The journal outcome an ApiError stands for: none → Succeeded, a lost answer → OutcomeUnknown,
    // refused before sending (validation, cancelled before the wire) → Refused, anything else → Failed.
    static Outcome outcomeFor(const pmp::api::ApiError &error);
    // Where in the console (or the vendor's) an admin checks whether an operation happened.
    static QString whereToCheck(pmp::api::OperationId operation);
    // The sentence shown after the request ended.
    static QString describe(Outcome outcome, pmp::api::OperationId operation, const QString &serverText,
                            const pmp::api::ApiError &error);
};

} // namespace pmp::actions

Q_DECLARE_METATYPE(pmp::actions::ActionOutcome)
