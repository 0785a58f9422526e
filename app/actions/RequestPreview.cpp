#include "RequestPreview.h"

#include "api/OperationCatalogue.h"
#include "api/WriteRequest.h"

#include <QJsonDocument>

namespace pmp::actions {

using pmp::api::OperationCatalogue;

QString RequestPreview::method(const pmp::api::WriteRequest &request)
{
    return OperationCatalogue::get(request.operation()).methodName();
}

QString RequestPreview::pathAndQuery(const pmp::api::WriteRequest &request)
{
    QString s = OperationCatalogue::get(request.operation()).path;
    const QUrlQuery q = request.query();
    if (!q.isEmpty())
        s += QLatin1Char('?') + q.toString(QUrl::PrettyDecoded);
    return s;
}

QUrl RequestPreview::url(const pmp::api::WriteRequest &request, const QUrl &server)
{
    QUrl u = server;
    QString base = u.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + OperationCatalogue::get(request.operation()).path, QUrl::TolerantMode);
    const QUrlQuery q = request.query();
    if (!q.isEmpty())
        u.setQuery(q);
    return u;
}

bool RequestPreview::hasBody(const pmp::api::WriteRequest &request)
{
    return OperationCatalogue::get(request.operation()).hasBody;
}

QString RequestPreview::contentType(const pmp::api::WriteRequest &request)
{
    if (!hasBody(request))
        return {};
    const QString type = OperationCatalogue::get(request.operation()).contentType;
    return type.isEmpty() ? QStringLiteral("application/json") : type;
}

QByteArray RequestPreview::compactBody(const pmp::api::WriteRequest &request)
{
    if (!hasBody(request))
        return {};
    return QJsonDocument(request.body()).toJson(QJsonDocument::Compact);
}

QString RequestPreview::prettyBody(const pmp::api::WriteRequest &request)
{
    if (!hasBody(request))
        return {};
    return QString::fromUtf8(QJsonDocument(request.body()).toJson(QJsonDocument::Indented)).trimmed();
}

QString RequestPreview::describe(const pmp::api::WriteRequest &request, const QUrl &server)
{
    QString s =
        method(request) + QLatin1Char(' ') +
        (server.isValid() && !server.isEmpty() ? url(request, server).toDisplayString() : pathAndQuery(request));
    if (hasBody(request)) {
        s += QStringLiteral("\nContent-Type: ") + contentType(request);
        s += QStringLiteral("\n\n") + prettyBody(request);
    } else {
        s += QStringLiteral("\n\n") + tr("(no body)");
    }
    return s;
}

} // namespace pmp::actions
