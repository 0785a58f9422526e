#pragma once

#include "SimContext.h"
#include "SimRequest.h"
#include "SimResponse.h"

#include "api/Operation.h"

#include <QJsonObject>

namespace pmp::sim {

// Deployments: E01-E03 installpatch, E04 uninstallpatch, E10 deploymentpolicies, E20 viewconfig.
// A Deploy creates a configuration that is in progress until --deploy-delay has passed, then the
// patches are Installed on the targets (a deterministic few percent Failed with an error code).
class DeploymentHandlers
{
public:
    explicit DeploymentHandlers(SimContext &context) : m_ctx(context) {}
    SimResponse handle(const api::Operation &op, const SimRequest &request);

    // E01 / E02 / E03 by the body: PatchIDs present or not, a target set present or not.
    static api::OperationId classifyInstall(const QByteArray &body);

private:
    SimResponse deploy(const api::Operation &op, const SimRequest &request);
    SimResponse policies(const api::Operation &op, const SimRequest &request);
    SimResponse configurations(const api::Operation &op, const SimRequest &request);
    bool resolveTargets(const QJsonObject &body, QList<int> *targets, bool *hasTargetSet, QString *code,
                        QString *error) const;
    void complete(int configIndex);
    QJsonObject configRow(const DeploymentConfig &config) const;

    SimContext &m_ctx;
};

} // namespace pmp::sim
