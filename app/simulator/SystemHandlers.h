#pragma once

#include "SimContext.h"
#include "SimRequest.h"
#include "SimResponse.h"

#include "api/Operation.h"

namespace pmp::sim {

// Systems seen by the patch module and scans: E06 scan, E09 scanall, E15 allsystems, E21 scandetails.
class SystemHandlers
{
public:
    explicit SystemHandlers(SimContext &context) : m_ctx(context) {}
    SimResponse handle(const api::Operation &op, const SimRequest &request);

private:
    SimResponse systems(const api::Operation &op, const SimRequest &request, bool scanView);
    SimResponse scan(const api::Operation &op, const SimRequest &request, bool all);
    void startScan(const QList<int> &computers);

    SimContext &m_ctx;
};

} // namespace pmp::sim
