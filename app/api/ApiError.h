#pragma once

#include <QMetaType>
#include <QString>

namespace pmp::api {

// One classification for every way an API exchange can fail, so callers (views, the export CLI, the
// action journal) decide what to do from `kind` alone and show `message` to people.
class ApiError
{
public:
    enum class Kind
    {
        None,
        Validation,     // the request was refused locally; nothing was sent
        Network,        // no usable connection (refused, DNS, TLS, reset before sending)
        Timeout,        // the server did not answer in time
        Http,           // an HTTP status the server used to say no (404, 400, 5xx, ...)
        AuthExpired,    // 401 or INVALID_OAUTHTOKEN: the token must be refreshed or the user sign in again
        Forbidden,      // 403: the token lacks a scope or the user lacks rights
        Throttled,      // 429, Zoho's "Access Denied" or an HTML throttle page
        ServerReported, // the server answered and said "error" (inside a 200 envelope or a dcapi error body)
        NotJson,        // the body is not JSON (HTML page, truncated or garbled body)
        Malformed,      // JSON, but not the shape the operation documents
        OutcomeUnknown, // a write was sent and the answer was lost: it may or may not have happened
        Cancelled,      // the caller cancelled
        Incomplete,     // a multi-page list could not be fetched completely and consistently
    };

    ApiError() = default;
    ApiError(Kind kind, QString message, QString detail = {});

    static ApiError validation(const QString &field, const QString &message);
    static ApiError cancelled();

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // A sentence for people: what went wrong, specific to this failure.
    QString message() const { return m_message; }
    // Technical detail for the "Details" section: status line, server code, body excerpt.
    QString detail() const { return m_detail; }
    // The request field a validation error is about (empty otherwise).
    QString field() const { return m_field; }
    int httpStatus() const { return m_httpStatus; }
    QString serverCode() const { return m_serverCode; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    QString operationCode() const { return m_operationCode; }

    ApiError &setHttpStatus(int status);
    ApiError &setServerCode(const QString &code);
    ApiError &setRetryAfterSeconds(int seconds);
    ApiError &setOperationCode(const QString &code);
    ApiError &setDetail(const QString &detail);

    // Worth trying again later without changing anything (transient by nature).
    bool isTransient() const;
    // One line for logs and the command line: "E31 computers: <message> (<detail>)".
    QString oneLine() const;

    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    QString m_message;
    QString m_detail;
    QString m_field;
    QString m_serverCode;
    QString m_operationCode;
    int m_httpStatus = 0;
    int m_retryAfterSeconds = 0;
};

} // namespace pmp::api

Q_DECLARE_METATYPE(pmp::api::ApiError)
