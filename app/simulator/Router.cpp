#include "Router.h"
#include "Latin1.h"

#include "api/OperationCatalogue.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace pmp::sim {

using api::OperationId;

namespace {

bool pathMatches(const api::Operation &op, const QString &path, QString *pathId)
{
    if (!op.path.contains(QLatin1String("{id}")))
        return op.path == path;
    static const QRegularExpression re(QStringLiteral("^/dcapi/reports/queryReports/([^/]+)/data$"));
    const auto m = re.match(path);
    if (!m.hasMatch())
        return false;
    *pathId = m.captured(1);
    return true;
}

} // namespace

Router::Router(SimContext &context, AccountsServer &accounts, TokenStore &tokens)
    : m_ctx(context), m_accounts(accounts), m_tokens(tokens), m_patches(context), m_systems(context),
      m_deployments(context), m_threats(context), m_declines(context), m_apd(context), m_som(context),
      m_reports(context)
{
}

QString Router::tokenFromHeader(const QByteArray &authorization)
{
    // Accepted: "Zoho-oauthtoken <t>" (documented), "Bearer <t>" and a bare "<t>" (reference Q1).
    QString h = QString::fromLatin1(authorization).trimmed();
    for (const char *scheme : {"Zoho-oauthtoken", "Bearer"}) {
        const QString prefix = s(scheme);
        if (h.startsWith(prefix, Qt::CaseInsensitive) && (h.size() == prefix.size() || h.at(prefix.size()).isSpace())) {
            h = h.mid(prefix.size()).trimmed();
            break;
        }
    }
    return h;
}

bool Router::mediaTypeListed(const QByteArray &header, const QString &type)
{
    for (const QByteArray &entry : header.split(',')) {
        const QByteArray mediaType = entry.split(';').first().trimmed();
        if (QString::fromLatin1(mediaType).compare(type, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

SimResponse Router::route(const SimRequest &request)
{
    if (request.path.startsWith(QLatin1String("/oauth/")))
        return m_accounts.handle(request);

    QList<const api::Operation *> onPath;
    QString pathId;
    for (const api::Operation &op : api::OperationCatalogue::all())
        if (pathMatches(op, request.path, &pathId))
            onPath << &op;
    const bool dcapi = request.path.startsWith(QLatin1String("/dcapi/"));
    auto plainError = [&](int status, const QString &code, const QString &text) {
        return dcapi ? m_ctx.writer.dcapiError(status, code, text)
                     : m_ctx.writer.json(status, QJsonObject{{s("status"), s("error")},
                                                             {s("error_code"), code},
                                                             {s("error_description"), text}});
    };
    if (onPath.isEmpty())
        return plainError(404, s("NOT_FOUND"), s("No API at %1 %2").arg(request.method, request.path));

    QList<const api::Operation *> candidates;
    for (const api::Operation *op : std::as_const(onPath))
        if (op->methodName() == request.method)
            candidates << op;
    if (candidates.isEmpty()) {
        SimResponse r = plainError(
            405, s("METHOD_NOT_ALLOWED"),
            s("%1 is not allowed on %2; use %3").arg(request.method, request.path, onPath.first()->methodName()));
        r.headers.append({QByteArrayLiteral("Allow"), onPath.first()->methodName().toLatin1()});
        return r;
    }
    const api::Operation *op = candidates.first();
    if (candidates.size() > 1) // installpatch: E01 / E02 / E03 by the body
        op = &api::OperationCatalogue::get(DeploymentHandlers::classifyInstall(request.body));

    if (auto denied = checkAccess(*op, request))
        return *denied;
    if (auto refused = checkMediaTypes(*op, request))
        return *refused;
    return dispatch(*op, request, pathId);
}

std::optional<SimResponse> Router::checkAccess(const api::Operation &op, const SimRequest &request) const
{
    const bool dcapi = op.path.startsWith(QLatin1String("/dcapi/"));
    QStringList scopes;
    const auto access = m_tokens.check(tokenFromHeader(request.header("authorization")), &scopes);
    if (access != TokenStore::Access::Valid) {
        // Always a real 401, also under --quirks: clients must be able to tell that sign-in is needed.
        if (dcapi)
            return m_ctx.writer.dcapiError(401, s("UNAUTHORIZED"),
                                           s("Authentication credentials are missing or invalid"));
        return m_ctx.writer.json(401,
                                 QJsonObject{{s("error_code"), s("INVALID_OAUTHTOKEN")},
                                             {s("error_description"),
                                              access == TokenStore::Access::Missing
                                                  ? s("The Authorization header with an OAuth access token is missing")
                                                  : s("The OAuth access token is invalid or expired")},
                                             {s("status"), s("error")}});
    }
    if (!TokenStore::grants(scopes, op.scopeString())) {
        const QString text = s("The access token lacks the scope %1 required by %2 %3")
                                 .arg(op.scopeString(), op.methodName(), request.path);
        if (dcapi)
            return m_ctx.writer.dcapiError(403, s("OAUTH_SCOPE_MISMATCH"), text);
        return m_ctx.writer.json(403, QJsonObject{{s("error_code"), s("OAUTH_SCOPE_MISMATCH")},
                                                  {s("error_description"), text},
                                                  {s("missing_scope"), op.scopeString()},
                                                  {s("status"), s("error")}});
    }
    return std::nullopt;
}

std::optional<SimResponse> Router::checkMediaTypes(const api::Operation &op, const SimRequest &request) const
{
    // The vendor media types are "Mandatory" (reference Q38, Q39); a generic */* does not satisfy them.
    if (op.hasBody && op.contentType != QLatin1String("application/json") &&
        !mediaTypeListed(request.header("content-type"), op.contentType))
        return m_ctx.writer.dcapiError(415, s("UNSUPPORTED_MEDIA_TYPE"),
                                       s("Content-Type must be %1").arg(op.contentType));
    if (!op.acceptType.isEmpty() && !mediaTypeListed(request.header("accept"), op.acceptType))
        return m_ctx.writer.dcapiError(406, s("NOT_ACCEPTABLE"), s("Accept must be %1").arg(op.acceptType));
    return std::nullopt;
}

SimResponse Router::dispatch(const api::Operation &op, const SimRequest &request, const QString &pathId)
{
    switch (op.id) {
    case OperationId::InstallMissingPatches:
    case OperationId::InstallPatchesOnSystems:
    case OperationId::InstallPatchesOnAllSystems:
    case OperationId::UninstallPatches:
    case OperationId::DeploymentPolicies:
    case OperationId::DeploymentConfigurations:
        return m_deployments.handle(op, request);
    case OperationId::PatchStatusByComputer:
    case OperationId::HealthPolicy:
    case OperationId::AllPatches:
    case OperationId::DownloadedPatches:
    case OperationId::PatchSummary:
    case OperationId::ApprovePatches:
    case OperationId::UnapprovePatches:
    case OperationId::DbUpdateStatus:
    case OperationId::SystemReport:
    case OperationId::ApprovalSettings:
    case OperationId::SupportedPatches:
        return m_patches.handle(op, request);
    case OperationId::ScanComputers:
    case OperationId::ScanAllComputers:
    case OperationId::AllSystems:
    case OperationId::ScanDetails:
        return m_systems.handle(op, request);
    case OperationId::ThreatSystemReport:
    case OperationId::ThreatPatches:
        return m_threats.handle(op, request);
    case OperationId::ModifyApdTask:
    case OperationId::DeleteApdTask:
    case OperationId::CreateApdTask:
    case OperationId::SuspendApdTask:
    case OperationId::ResumeApdTask:
        return m_apd.handle(op, request);
    case OperationId::DeclinePatchesLegacy:
    case OperationId::DeclinePatches:
        return m_declines.handle(op, request);
    case OperationId::Computers:
    case OperationId::RemoteOffices:
    case OperationId::UninstallAgent:
    case OperationId::SomSummary:
    case OperationId::InstallAgent:
    case OperationId::RemoveComputers:
    case OperationId::ServerProperties:
        return m_som.handle(op, request);
    case OperationId::QueryReports:
    case OperationId::QueryReportData:
        return m_reports.handle(op, request, pathId);
    }
    return m_ctx.writer.legacyError(&op, 500, s("INTERNAL_ERROR"), s("No handler"));
}

} // namespace pmp::sim
