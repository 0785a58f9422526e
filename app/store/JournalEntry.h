#pragma once

#include "api/ApiError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace pmp::api {
class WriteRequest;
}

namespace pmp::store {

// One write the console performed (or refused to perform), as the action journal keeps it.
struct JournalEntry
{
    enum class Outcome
    {
        Pending, // sent, no answer yet
        Succeeded,
        Failed,         // the server or the network said no; nothing happened
        OutcomeUnknown, // sent and the answer was lost (or PatchDeck stopped): check the server
        Refused,        // refused locally (validation); nothing was sent
    };

    qint64 id = 0;
    QDateTime startedAt;   // when the request was about to be sent (UTC)
    QDateTime completedAt; // when the outcome was known; invalid while pending
    QString profile;       // the profile's name as the admin sees it
    QString operationCode; // "E26"
    QString operationTitle;
    QString summary; // plain language: "Create APD task 'Weekly' for 3 groups"
    QStringList targets;
    QJsonObject payload; // what was sent (query and body), secrets redacted
    QString requestId;
    Outcome outcome = Outcome::Pending;
    QString message; // the server's answer or the error, for people
    api::ApiError::Kind errorKind = api::ApiError::Kind::None;

    // Fills operation, summary, targets and payload ({"query": {...}, "body": {...}}) from a request.
    static JournalEntry forRequest(const api::WriteRequest &request, const QString &profile, const QString &requestId,
                                   const QDateTime &startedAt);

    // Stable keys ("pending", "succeeded", "failed", "unknown", "refused") stored and exported.
    static QString outcomeKey(Outcome outcome);
    static std::optional<Outcome> outcomeFromKey(const QString &key);
    static QString outcomeLabel(Outcome outcome); // translated
    static api::ApiError::Kind errorKindFromKey(const QString &key);
};

} // namespace pmp::store
