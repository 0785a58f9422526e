#pragma once

#include "SimContext.h"
#include "SimRequest.h"
#include "SimResponse.h"

#include "api/Operation.h"

namespace pmp::sim {

// Declining patches: E29 (legacy, all computers) and E30 (per custom group, with reason and remarks,
// validated and answered exactly like the guide's E30 samples; Linux patches silently excluded).
class DeclineHandlers
{
public:
    explicit DeclineHandlers(SimContext &context) : m_ctx(context) {}
    SimResponse handle(const api::Operation &op, const SimRequest &request);

private:
    SimResponse legacy(const api::Operation &op, const SimRequest &request);
    SimResponse perGroup(const SimRequest &request);

    SimContext &m_ctx;
};

} // namespace pmp::sim
