#include "ResponseParser.h"

#include "ValueReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace pmp::api {

namespace {

QString excerpt(const QByteArray &body)
{
    QString s = QString::fromUtf8(body.left(240)).simplified();
    if (body.size() > 240)
        s += QStringLiteral("…");
    return s;
}

// The message a JSON error body carries, whichever of the API's conventions it follows.
QString errorText(const QJsonObject &o)
{
    for (const char *key : {"error_description", "errorMessage", "ErrorMsg", "message", "error", "error_message"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
    }
    return {};
}

QString errorCode(const QJsonObject &o)
{
    for (const char *key : {"error_code", "errorCode", "ErrorCode", "code", "error"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
        if (v.isDouble())
            return ValueReader::rawText(v);
    }
    return {};
}

bool isAuthFailure(const QString &code, const QString &text)
{
    return code.compare(QLatin1String("INVALID_OAUTHTOKEN"), Qt::CaseInsensitive) == 0 ||
           text.contains(QLatin1String("INVALID_OAUTHTOKEN"), Qt::CaseInsensitive) ||
           code.compare(QLatin1String("UNAUTHORIZED"), Qt::CaseInsensitive) == 0;
}

bool isThrottle(const QString &code, const QString &text)
{
    return code.compare(QLatin1String("Access Denied"), Qt::CaseInsensitive) == 0 ||
           text.contains(QLatin1String("too many requests"), Qt::CaseInsensitive);
}

// An error stated inside a JSON body ("status":"error" in a 200, dcapi errorCode, OAuth error).
std::optional<ApiError> embeddedError(const QJsonObject &o, int httpStatus)
{
    const QString status = o.value(QLatin1String("status")).toString();
    const bool statusSaysError = status.compare(QLatin1String("error"), Qt::CaseInsensitive) == 0 ||
                                 status.compare(QLatin1String("failure"), Qt::CaseInsensitive) == 0;
    const QString code = errorCode(o);
    const bool hasErrorFields = o.contains(QLatin1String("error_code")) || o.contains(QLatin1String("errorCode")) ||
                                o.contains(QLatin1String("ErrorCode")) ||
                                (o.contains(QLatin1String("error")) && !o.contains(QLatin1String("message_response")));
    if (!statusSaysError && !hasErrorFields)
        return std::nullopt;
    if (status.compare(QLatin1String("success"), Qt::CaseInsensitive) == 0 && !o.contains(QLatin1String("errorCode")))
        return std::nullopt;

    const QString text = errorText(o);
    ApiError e;
    if (isAuthFailure(code, text))
        e = ApiError(ApiError::Kind::AuthExpired,
                     ResponseParser::tr("The session has expired or the token was rejected (%1).")
                         .arg(code.isEmpty() ? text : code));
    else if (isThrottle(code, text))
        e = ApiError(ApiError::Kind::Throttled, ResponseParser::tr("The server is throttling requests: %1").arg(text));
    else if (httpStatus == 403)
        e = ApiError(ApiError::Kind::Forbidden,
                     text.isEmpty() ? ResponseParser::tr("The server refused this request.") : text);
    else
        e = ApiError(ApiError::Kind::ServerReported,
                     text.isEmpty() ? ResponseParser::tr("The server reported an error (%1).").arg(code)
                                    : ResponseParser::tr("The server reported an error: %1").arg(text));
    e.setServerCode(code).setHttpStatus(httpStatus);
    e.setDetail(QStringLiteral("HTTP %1, code %2").arg(httpStatus).arg(code.isEmpty() ? QStringLiteral("-") : code));
    return e;
}

ApiError httpError(const RawReply &reply, const QJsonObject &body)
{
    const int status = reply.httpStatus;
    const QString text = errorText(body);
    const QString code = errorCode(body);
    const QString detail =
        QStringLiteral("HTTP %1%2%3")
            .arg(status)
            .arg(code.isEmpty() ? QString() : QStringLiteral(", code ") + code)
            .arg(body.isEmpty() && !reply.body.isEmpty() ? QStringLiteral(", body: ") + excerpt(reply.body)
                                                         : QString());
    ApiError e;
    if (status == 401 || isAuthFailure(code, text)) {
        e = ApiError(ApiError::Kind::AuthExpired,
                     ResponseParser::tr("The session has expired or the token was rejected."));
    } else if (status == 429 || isThrottle(code, text)) {
        e = ApiError(ApiError::Kind::Throttled,
                     ResponseParser::tr("The server is throttling requests; try again shortly."));
        e.setRetryAfterSeconds(qMax(0, reply.retryAfterSeconds));
    } else if (status == 403) {
        e = ApiError(ApiError::Kind::Forbidden,
                     text.isEmpty() ? ResponseParser::tr(
                                          "Access denied: the token lacks the permission (scope) for this operation.")
                                    : ResponseParser::tr("Access denied: %1").arg(text));
    } else if (!code.isEmpty() || !text.isEmpty()) {
        e = ApiError(status >= 500 ? ApiError::Kind::Http : ApiError::Kind::ServerReported,
                     text.isEmpty() ? ResponseParser::tr("The server reported error %1.").arg(code)
                                    : ResponseParser::tr("The server reported an error: %1").arg(text));
    } else if (status == 404) {
        e = ApiError(ApiError::Kind::Http, ResponseParser::tr("The server does not offer this operation (HTTP 404)."));
    } else if (status >= 500) {
        e = ApiError(ApiError::Kind::Http,
                     ResponseParser::tr("The server had an internal problem (HTTP %1).").arg(status));
    } else {
        e = ApiError(ApiError::Kind::Http, ResponseParser::tr("The server refused the request (HTTP %1).").arg(status));
    }
    e.setHttpStatus(status).setServerCode(code).setDetail(detail);
    return e;
}

ApiError notJson(const RawReply &reply, const QJsonParseError &err)
{
    const QByteArray trimmed = reply.body.trimmed();
    const bool startsLikeJson = trimmed.startsWith('{') || trimmed.startsWith('[');
    const bool cutOff =
        startsLikeJson &&
        (err.error == QJsonParseError::UnterminatedObject || err.error == QJsonParseError::UnterminatedArray ||
         err.error == QJsonParseError::UnterminatedString || err.error == QJsonParseError::IllegalValue ||
         err.error == QJsonParseError::MissingObject || err.offset >= trimmed.size() - 1);
    ApiError e(
        ApiError::Kind::NotJson,
        cutOff ? ResponseParser::tr("The reply was cut off after %1 bytes (incomplete data).").arg(reply.body.size())
               : ResponseParser::tr("The reply is not valid JSON (%1 at byte %2).")
                     .arg(err.errorString())
                     .arg(err.offset));
    e.setHttpStatus(reply.httpStatus);
    e.setDetail(QStringLiteral("Content-Type %1; starts with: %2")
                    .arg(QString::fromLatin1(reply.contentType), excerpt(reply.body)));
    return e;
}

PageInfo legacyPageInfo(const QJsonObject &container)
{
    PageInfo p;
    p.total = ValueReader::integer(container.value(QLatin1String("total"))).value_or(-1);
    if (p.total < 0)
        p.total = ValueReader::integer(container.value(QLatin1String("totalRecords"))).value_or(-1);
    p.pageSize = int(ValueReader::integer(container.value(QLatin1String("limit"))).value_or(-1));
    if (p.pageSize < 0)
        p.pageSize = int(ValueReader::integer(container.value(QLatin1String("pageLimit"))).value_or(-1));
    p.page = int(ValueReader::integer(container.value(QLatin1String("page"))).value_or(-1));
    p.totalPages = int(ValueReader::integer(container.value(QLatin1String("totalPages"))).value_or(-1));
    return p;
}

// The list inside message_response when the key differs from the documented one (observed:
// allsystems served as "computers"): the only array-valued member.
QJsonValue soleArray(const QJsonObject &container)
{
    QJsonValue found;
    int arrays = 0;
    for (auto it = container.begin(); it != container.end(); ++it) {
        if (it.value().isArray()) {
            found = it.value();
            ++arrays;
        }
    }
    return arrays == 1 ? found : QJsonValue(QJsonValue::Undefined);
}

} // namespace

bool ResponseParser::looksLikeHtml(const QByteArray &body)
{
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.startsWith("<!doctype") || head.startsWith("<html") || head.startsWith("<?xml") ||
           head.startsWith("<head") || head.startsWith("<body") || (head.startsWith('<') && head.contains("<html"));
}

bool ResponseParser::looksLikeThrottlePage(const QByteArray &body)
{
    const QByteArray lower = body.left(8192).toLower();
    // Not "access denied": that is a proxy or firewall refusing, and retrying it does not help.
    return lower.contains("too many requests") || lower.contains("rate limit") || lower.contains("throttl");
}

QString ResponseParser::htmlTitle(const QByteArray &body)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto m = title.match(QString::fromUtf8(body.left(8192)));
    return m.hasMatch() ? m.captured(1).simplified() : QString();
}

ParsedReply ResponseParser::parse(const Operation &op, const RawReply &reply)
{
    ParsedReply out;
    const QByteArray body = reply.body.trimmed();
    const bool success = reply.httpStatus >= 200 && reply.httpStatus < 300;

    if (looksLikeHtml(body)) {
        const QString title = htmlTitle(body);
        if (looksLikeThrottlePage(body) || reply.httpStatus == 429) {
            out.error = ApiError(
                ApiError::Kind::Throttled,
                ResponseParser::tr("The server is throttling requests (it sent a \"%1\" page); try again shortly.")
                    .arg(title.isEmpty() ? ResponseParser::tr("too many requests") : title));
            out.error.setRetryAfterSeconds(qMax(0, reply.retryAfterSeconds));
        } else if (body.left(8192).toLower().contains("access denied") || reply.httpStatus == 403) {
            out.error =
                ApiError(ApiError::Kind::Forbidden,
                         ResponseParser::tr("Access was denied by something between PatchDeck and the server "
                                            "(it sent a \"%1\" page): a proxy or firewall may need to allow it.")
                             .arg(title.isEmpty() ? ResponseParser::tr("access denied") : title));
        } else if (!success) {
            out.error = httpError(reply, {});
        } else {
            out.error = ApiError(
                ApiError::Kind::NotJson,
                ResponseParser::tr("The server sent a web page (\"%1\") where data was expected. A proxy or login "
                                   "page may be in the way.")
                    .arg(title.isEmpty() ? ResponseParser::tr("untitled") : title));
        }
        out.error.setHttpStatus(reply.httpStatus);
        if (out.error.detail().isEmpty())
            out.error.setDetail(QStringLiteral("HTTP %1, Content-Type %2; starts with: %3")
                                    .arg(reply.httpStatus)
                                    .arg(QString::fromLatin1(reply.contentType), excerpt(body)));
        return out;
    }

    QJsonParseError perr{};
    const QJsonDocument doc = body.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(body, &perr);
    const bool parsed = !body.isEmpty() && perr.error == QJsonParseError::NoError;

    if (!success) {
        out.error = httpError(reply, parsed && doc.isObject() ? doc.object() : QJsonObject());
        return out;
    }
    if (body.isEmpty()) {
        out.error = ApiError(ApiError::Kind::NotJson, ResponseParser::tr("The server sent an empty reply."));
        out.error.setHttpStatus(reply.httpStatus);
        return out;
    }
    if (!parsed) {
        out.error = notJson(reply, perr);
        return out;
    }

    if (doc.isArray()) { // some /dcapi servers answer with a bare array
        out.payload = doc.array();
        if (!op.isList)
            out.error = ApiError(ApiError::Kind::Malformed,
                                 ResponseParser::tr("The reply is a list where a single object was expected."));
        return out;
    }

    out.root = doc.object();
    if (auto e = embeddedError(out.root, reply.httpStatus)) {
        out.error = *e;
        return out;
    }

    switch (op.shape) {
    case ResponseShape::Envelope:
    case ResponseShape::ThreatsEnvelope: {
        QJsonObject container = out.root.value(QLatin1String("message_response")).toObject();
        if (!out.root.contains(QLatin1String("message_response"))) {
            // On-premises / newer servers: {messageResponse:[...]} or {data:[...], total, pageLimit}
            for (const char *alt : {"messageResponse", "data"}) {
                if (out.root.value(QLatin1String(alt)).isArray()) {
                    out.payload = out.root.value(QLatin1String(alt));
                    out.page = legacyPageInfo(out.root);
                    return out;
                }
            }
            out.error =
                ApiError(ApiError::Kind::Malformed,
                         ResponseParser::tr("The reply has no \"message_response\"; it does not look like a %1 reply.")
                             .arg(op.messageType.isEmpty() ? op.key : op.messageType));
            out.error.setDetail(excerpt(body));
            return out;
        }
        QJsonValue payload = container.value(op.resultKey);
        if (payload.isUndefined() && op.isList)
            payload = soleArray(container);
        if (payload.isUndefined() && !op.isList && container.size() == 1)
            payload = container.begin().value();
        if (payload.isUndefined()) {
            out.error = ApiError(ApiError::Kind::Malformed,
                                 ResponseParser::tr("The reply has no \"%1\" data.").arg(op.resultKey));
            out.error.setDetail(
                QStringLiteral("message_response keys: %1").arg(container.keys().join(QLatin1String(", "))));
            return out;
        }
        if (op.isList && !payload.isArray() && !payload.isNull()) {
            out.error =
                ApiError(ApiError::Kind::Malformed, ResponseParser::tr("\"%1\" is not a list.").arg(op.resultKey));
            return out;
        }
        out.payload = payload.isNull() && op.isList ? QJsonValue(QJsonArray()) : payload;
        out.page = op.shape == ResponseShape::ThreatsEnvelope
                       ? legacyPageInfo(out.root.value(QLatin1String("metadata")).toObject())
                       : legacyPageInfo(container);
        return out;
    }
    case ResponseShape::Bare:
        if (op.resultKey.isEmpty()) {
            out.payload = out.root;
        } else {
            out.payload = out.root.value(op.resultKey);
            if (!out.payload.isArray()) {
                out.error = ApiError(ApiError::Kind::Malformed,
                                     ResponseParser::tr("The reply has no \"%1\" list.").arg(op.resultKey));
                return out;
            }
        }
        return out;
    case ResponseShape::DeclineResult:
        out.payload = out.root;
        return out;
    }
    return out;
}

RecordPage ResponseParser::records(const ParsedReply &parsed, ApiError *error)
{
    RecordPage page;
    page.info = parsed.page;
    const QJsonArray items = parsed.payload.toArray();
    page.records.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            if (error)
                *error = ApiError(ApiError::Kind::Malformed,
                                  ResponseParser::tr("Item %1 of the list is not an object.").arg(i + 1));
            return {};
        }
        page.records.append(Record(items.at(i).toObject()));
    }
    return page;
}

} // namespace pmp::api
