#pragma once

#include "AccountsServer.h"
#include "ApdHandlers.h"
#include "DeclineHandlers.h"
#include "DeploymentHandlers.h"
#include "PatchHandlers.h"
#include "ReportHandlers.h"
#include "SimContext.h"
#include "SomHandlers.h"
#include "SystemHandlers.h"
#include "ThreatHandlers.h"
#include "TokenStore.h"

namespace pmp::sim {

// From a request to a response: finds the operation in the catalogue by path and method (404 / 405),
// checks the access token and its scope (401 INVALID_OAUTHTOKEN / 403), the vendor media types of
// E30, E38 and E39 (415 / 406), and hands over to the handler of the operation's area.
class Router
{
public:
    Router(SimContext &context, AccountsServer &accounts, TokenStore &tokens);
    SimResponse route(const SimRequest &request);

    static QString tokenFromHeader(const QByteArray &authorization);
    static bool mediaTypeListed(const QByteArray &header, const QString &type);

private:
    SimResponse dispatch(const api::Operation &op, const SimRequest &request, const QString &pathId);
    std::optional<SimResponse> checkAccess(const api::Operation &op, const SimRequest &request) const;
    std::optional<SimResponse> checkMediaTypes(const api::Operation &op, const SimRequest &request) const;

    SimContext &m_ctx;
    AccountsServer &m_accounts;
    TokenStore &m_tokens;
    PatchHandlers m_patches;
    SystemHandlers m_systems;
    DeploymentHandlers m_deployments;
    ThreatHandlers m_threats;
    DeclineHandlers m_declines;
    ApdHandlers m_apd;
    SomHandlers m_som;
    ReportHandlers m_reports;
};

} // namespace pmp::sim
