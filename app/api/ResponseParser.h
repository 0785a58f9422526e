#pragma once

#include <QCoreApplication>

#include "ApiError.h"
#include "Operation.h"
#include "Record.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace pmp::api {

// What came back over the wire for one attempt, before any interpretation.
struct RawReply
{
    int httpStatus = 0; // 0 when no HTTP response arrived
    QByteArray contentType;
    QByteArray body;
    int retryAfterSeconds = -1;
};

struct ParsedReply
{
    ApiError error;
    QJsonObject root;   // the whole JSON object (empty for bare arrays)
    QJsonValue payload; // the operation's data: the list, or the inner object
    PageInfo page;
};

// Turns a raw reply into the operation's payload or a classified error. Pure (bytes in, value or
// error out): unit-tested against the guide's samples and quirky variants, and fuzzed.
class ResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(pmp::api::ResponseParser)

public:
    static ParsedReply parse(const Operation &op, const RawReply &reply);
    // The list items of a parsed list reply; Malformed error if an item is not an object.
    static RecordPage records(const ParsedReply &parsed, ApiError *error);

    static bool looksLikeHtml(const QByteArray &body);
    static bool looksLikeThrottlePage(const QByteArray &body);
    static QString htmlTitle(const QByteArray &body);
};

} // namespace pmp::api
