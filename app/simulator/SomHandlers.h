#pragma once

#include "SimContext.h"
#include "SimRequest.h"
#include "SimResponse.h"

#include "api/Operation.h"

namespace pmp::sim {

// Scope of management and common: E31 computers, E32 remote offices, E33 uninstall agent, E34
// summary, E35 install agent, E36 remove computer, E37 server properties.
class SomHandlers
{
public:
    explicit SomHandlers(SimContext &context) : m_ctx(context) {}
    SimResponse handle(const api::Operation &op, const SimRequest &request);

private:
    SimResponse computers(const api::Operation &op, const SimRequest &request);
    SimResponse remoteOffices(const api::Operation &op, const SimRequest &request);
    SimResponse summary(const api::Operation &op);
    SimResponse action(const api::Operation &op, const SimRequest &request);
    SimResponse serverProperties(const api::Operation &op);

    SimContext &m_ctx;
};

} // namespace pmp::sim
