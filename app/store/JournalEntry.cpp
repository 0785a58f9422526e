#include "JournalEntry.h"

#include "api/OperationCatalogue.h"
#include "api/WriteRequest.h"

#include <QCoreApplication>

namespace pmp::store {

JournalEntry JournalEntry::forRequest(const api::WriteRequest &request, const QString &profile,
                                      const QString &requestId, const QDateTime &startedAt)
{
    const api::Operation &operation = api::OperationCatalogue::get(request.operation());
    JournalEntry entry;
    entry.startedAt = startedAt;
    entry.profile = profile;
    entry.operationCode = operation.code;
    entry.operationTitle = operation.title;
    entry.summary = request.summary();
    entry.targets = request.targets();
    entry.requestId = requestId;
    QJsonObject query;
    const auto items = request.query().queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        query.insert(item.first, item.second);
    if (!query.isEmpty())
        entry.payload.insert(QStringLiteral("query"), query);
    const QJsonObject body = request.body();
    if (!body.isEmpty())
        entry.payload.insert(QStringLiteral("body"), body);
    return entry;
}

QString JournalEntry::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return QStringLiteral("pending");
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::OutcomeUnknown:
        return QStringLiteral("unknown");
    case Outcome::Refused:
        return QStringLiteral("refused");
    }
    return QStringLiteral("unknown");
}

std::optional<JournalEntry::Outcome> JournalEntry::outcomeFromKey(const QString &key)
{
    for (Outcome o : {Outcome::Pending, Outcome::Succeeded, Outcome::Failed, Outcome::OutcomeUnknown, Outcome::Refused})
        if (outcomeKey(o) == key)
            return o;
    return std::nullopt;
}

QString JournalEntry::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return QCoreApplication::translate("pmp::store::JournalEntry", "Waiting for the server");
    case Outcome::Succeeded:
        return QCoreApplication::translate("pmp::store::JournalEntry", "Succeeded");
    case Outcome::Failed:
        return QCoreApplication::translate("pmp::store::JournalEntry", "Failed");
    case Outcome::OutcomeUnknown:
        return QCoreApplication::translate("pmp::store::JournalEntry", "Outcome unknown");
    case Outcome::Refused:
        return QCoreApplication::translate("pmp::store::JournalEntry", "Not sent");
    }
    return {};
}

api::ApiError::Kind JournalEntry::errorKindFromKey(const QString &key)
{
    using Kind = api::ApiError::Kind;
    if (key.isEmpty())
        return Kind::None;
    for (int k = int(Kind::None); k <= int(Kind::Incomplete); ++k)
        if (api::ApiError::kindName(Kind(k)) == key)
            return Kind(k);
    return Kind::None;
}

} // namespace pmp::store
