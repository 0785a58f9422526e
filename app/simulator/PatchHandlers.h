#pragma once

#include "PatchRows.h"
#include "QueryFilters.h"
#include "SimContext.h"
#include "SimRequest.h"
#include "SimResponse.h"

#include "api/Operation.h"

namespace pmp::sim {

// Patch module reads and approvals: E05, E07, E08, E11, E12, E13, E14, E18, E19, E22, E23.
class PatchHandlers
{
public:
    explicit PatchHandlers(SimContext &context) : m_ctx(context) {}
    SimResponse handle(const api::Operation &op, const SimRequest &request);

private:
    SimResponse patchDetails(const api::Operation &op, const SimRequest &request);           // E05
    SimResponse healthPolicy(const api::Operation &op);                                      // E07
    SimResponse allPatches(const api::Operation &op, const SimRequest &request);             // E08
    SimResponse downloadedPatches(const api::Operation &op, const SimRequest &request);      // E11
    SimResponse summary(const api::Operation &op);                                           // E12
    SimResponse approval(const api::Operation &op, const SimRequest &request, int approval); // E13, E14
    SimResponse dbUpdateStatus(const api::Operation &op);                                    // E18
    SimResponse systemReport(const api::Operation &op, const SimRequest &request);           // E19
    SimResponse approvalSettings(const api::Operation &op);                                  // E22
    SimResponse supportedPatches(const api::Operation &op, const SimRequest &request);       // E23

    // Per-patch counts over the computers of a scope (all managed computers when it does not restrict).
    QList<PatchRows::Counts> countsFor(const QueryFilters::Scope &scope) const;
    SimResponse bad(const api::Operation &op, const QString &code, const QString &text) const;

    SimContext &m_ctx;
};

} // namespace pmp::sim
