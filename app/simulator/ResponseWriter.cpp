#include "ResponseWriter.h"

#include <QJsonDocument>

namespace pmp::sim {

namespace {

using api::OperationId;

// message_version and response_code as the guide's samples show them (reference §2.1, Q14).
bool versionOneZero(OperationId id)
{
    switch (id) {
    case OperationId::PatchStatusByComputer:
    case OperationId::HealthPolicy:
    case OperationId::AllPatches:
    case OperationId::DeploymentPolicies:
    case OperationId::PatchSummary:
    case OperationId::AllSystems:
    case OperationId::SystemReport:
    case OperationId::DeploymentConfigurations:
    case OperationId::ScanDetails:
    case OperationId::ApprovalSettings:
    case OperationId::SupportedPatches:
    case OperationId::ServerProperties:
        return true;
    default:
        return false;
    }
}

bool hasResponseCode(OperationId id)
{
    return versionOneZero(id) && id != OperationId::ServerProperties;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray ResponseWriter::jsonContentType() const
{
    // The cloud serves its JSON as text/plain (JupiterOne HAR captures, landscape §4.4).
    return m_quirks ? QByteArrayLiteral("text/plain;charset=UTF-8") : QByteArrayLiteral("application/json");
}

QJsonValue ResponseWriter::stringified(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(stringified(v));
        return out;
    }
    case QJsonValue::Object: {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), stringified(it.value()));
        return out;
    }
    default:
        return value;
    }
}

SimResponse ResponseWriter::envelope(const api::Operation &op, const QJsonObject &messageResponse) const
{
    QJsonObject body{
        {QStringLiteral("message_type"), op.messageType},
        {QStringLiteral("message_response"), m_quirks ? stringified(messageResponse) : messageResponse},
        {QStringLiteral("message_version"), versionOneZero(op.id) ? QStringLiteral("1.0") : QStringLiteral("1.4")},
        {QStringLiteral("status"), QStringLiteral("success")}};
    if (hasResponseCode(op.id))
        body.insert(QStringLiteral("response_code"), 200);
    return SimResponse::make(200, jsonContentType(), compact(body));
}

SimResponse ResponseWriter::listEnvelope(const api::Operation &op, const QJsonArray &items, qint64 total, int limit,
                                         int page) const
{
    QString key = op.resultKey;
    if (m_quirks && op.id == OperationId::AllSystems)
        key = QStringLiteral("computers"); // observed variance of the list key (landscape §4.4)
    return envelope(op, QJsonObject{{key, items},
                                    {QStringLiteral("total"), double(total)},
                                    {QStringLiteral("limit"), limit},
                                    {QStringLiteral("page"), page}});
}

SimResponse ResponseWriter::threats(const api::Operation &op, const QString &path, const QUrlQuery &query,
                                    const QJsonArray &items, qint64 total, int page, int pageLimit) const
{
    const int totalPages = pageLimit > 0 ? int((total + pageLimit - 1) / pageLimit) : 0;
    auto link = [&](int target) -> QJsonValue {
        if (target < 1 || target > totalPages)
            return QJsonValue::Null;
        QUrlQuery q = query;
        q.removeAllQueryItems(QStringLiteral("page"));
        q.removeAllQueryItems(QStringLiteral("pageLimit"));
        q.addQueryItem(QStringLiteral("page"), QString::number(target));
        q.addQueryItem(QStringLiteral("pageLimit"), QString::number(pageLimit));
        // A path-absolute reference, not an absolute URL: the port would make two simulators with
        // the same seed serve different bytes.
        QUrl url;
        url.setPath(path);
        url.setQuery(q);
        return url.toString(QUrl::FullyEncoded);
    };
    const QJsonObject metadata{{QStringLiteral("pageLimit"), pageLimit},
                               {QStringLiteral("totalRecords"), QString::number(total)},
                               {QStringLiteral("totalPages"), totalPages},
                               {QStringLiteral("page"), page},
                               {QStringLiteral("links"), QJsonObject{{QStringLiteral("next"), link(page + 1)},
                                                                     {QStringLiteral("prev"), link(page - 1)}}}};
    QJsonObject messageResponse{{op.resultKey, items}};
    const QJsonObject body{
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("response_code"), 200},
        {QStringLiteral("message_type"), op.messageType},
        {QStringLiteral("message_response"), m_quirks ? stringified(messageResponse) : messageResponse},
        {QStringLiteral("status"), QStringLiteral("success")}};
    return SimResponse::make(200, jsonContentType(), compact(body));
}

SimResponse ResponseWriter::bare(const QJsonObject &object) const
{
    return SimResponse::make(200, jsonContentType(), compact(object));
}

SimResponse ResponseWriter::json(int status, const QJsonObject &object) const
{
    return SimResponse::make(status, jsonContentType(), compact(object));
}

SimResponse ResponseWriter::legacyError(const api::Operation *op, int status, const QString &code,
                                        const QString &description) const
{
    QJsonObject body{{QStringLiteral("status"), QStringLiteral("error")},
                     {QStringLiteral("error_code"), code},
                     {QStringLiteral("error_description"), description}};
    if (op)
        body.insert(QStringLiteral("message_type"), op->messageType);
    // The real server reports request errors inside HTTP 200 (landscape §4.6).
    return SimResponse::make(m_quirks ? 200 : status, jsonContentType(), compact(body));
}

SimResponse ResponseWriter::dcapiError(int status, const QString &code, const QString &message) const
{
    return SimResponse::make(
        status, jsonContentType(),
        compact(QJsonObject{{QStringLiteral("errorCode"), code}, {QStringLiteral("errorMessage"), message}}));
}

SimResponse ResponseWriter::error(const api::Operation &op, int status, const QString &code,
                                  const QString &description) const
{
    if (op.path.startsWith(QLatin1String("/dcapi/")))
        return dcapiError(status, code, description);
    return legacyError(&op, status, code, description);
}

SimResponse ResponseWriter::html(int status, const QString &title, const QString &heading,
                                 const QString &bodyHtml) const
{
    const QString page =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n"
                       "<style>body{font-family:system-ui,sans-serif;margin:3em auto;max-width:40em;color:#222}"
                       "h1{font-size:1.4em}</style>\n</head>\n<body>\n<h1>%2</h1>\n%3\n</body>\n</html>\n")
            .arg(title.toHtmlEscaped(), heading.toHtmlEscaped(), bodyHtml);
    return SimResponse::make(status, QByteArrayLiteral("text/html;charset=UTF-8"), page.toUtf8());
}

} // namespace pmp::sim
