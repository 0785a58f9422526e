#include "ApiError.h"

#include <QCoreApplication>

namespace pmp::api {

ApiError::ApiError(Kind kind, QString message, QString detail)
    : m_kind(kind), m_message(std::move(message)), m_detail(std::move(detail))
{
}

ApiError ApiError::validation(const QString &field, const QString &message)
{
    ApiError e(Kind::Validation, message);
    e.m_field = field;
    return e;
}

ApiError ApiError::cancelled()
{
    return ApiError(Kind::Cancelled, QCoreApplication::translate("pmp::api::ApiError", "Cancelled."));
}

ApiError &ApiError::setHttpStatus(int status)
{
    m_httpStatus = status;
    return *this;
}

ApiError &ApiError::setServerCode(const QString &code)
{
    m_serverCode = code;
    return *this;
}

ApiError &ApiError::setRetryAfterSeconds(int seconds)
{
    m_retryAfterSeconds = seconds;
    return *this;
}

ApiError &ApiError::setOperationCode(const QString &code)
{
    m_operationCode = code;
    return *this;
}

ApiError &ApiError::setDetail(const QString &detail)
{
    m_detail = detail;
    return *this;
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Throttled:
        return true;
    case Kind::Http:
        return m_httpStatus == 502 || m_httpStatus == 503 || m_httpStatus == 504 || m_httpStatus == 500;
    default:
        return false;
    }
}

QString ApiError::oneLine() const
{
    QString line;
    if (!m_operationCode.isEmpty())
        line += m_operationCode + QLatin1String(": ");
    line += m_message;
    if (!m_detail.isEmpty())
        line += QLatin1String(" (") + QString(m_detail).replace(QLatin1Char('\n'), QLatin1Char(' ')).left(300) +
                QLatin1Char(')');
    return line;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::AuthExpired:
        return QStringLiteral("auth-expired");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::Throttled:
        return QStringLiteral("throttled");
    case Kind::ServerReported:
        return QStringLiteral("server-error");
    case Kind::NotJson:
        return QStringLiteral("not-json");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::OutcomeUnknown:
        return QStringLiteral("outcome-unknown");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Incomplete:
        return QStringLiteral("incomplete");
    }
    return QStringLiteral("unknown");
}

} // namespace pmp::api
