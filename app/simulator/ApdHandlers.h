#pragma once

#include "SimContext.h"
#include "SimRequest.h"
#include "SimResponse.h"

#include "api/Operation.h"

#include <QJsonObject>

namespace pmp::sim {

// Automatic Patch Deployment tasks: E24 modify, E25 delete, E26 create, E27 suspend, E28 resume.
// Tasks are identified by name (case-insensitive); modify merges the settings it is given.
class ApdHandlers
{
public:
    explicit ApdHandlers(SimContext &context) : m_ctx(context) {}
    SimResponse handle(const api::Operation &op, const SimRequest &request);

private:
    SimResponse create(const api::Operation &op, const SimRequest &request);
    SimResponse modify(const api::Operation &op, const SimRequest &request);
    SimResponse byName(const api::Operation &op, const SimRequest &request);
    // Checks the values it knows; false with an error text.
    bool validate(const QJsonObject &settings, QString *code, QString *error) const;
    SimResponse done(const api::Operation &op, const QString &status) const;

    SimContext &m_ctx;
};

} // namespace pmp::sim
