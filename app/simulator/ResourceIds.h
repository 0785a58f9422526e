#pragma once

#include "SimContext.h"
#include "SimRequest.h"
#include "SimResponse.h"

#include "api/Operation.h"

#include <QList>

#include <optional>

namespace pmp::sim {

// The computers a write names in its body's `resourceids` (E06 scan, the agent actions E07-E09):
// mandatory, not empty, numbers or numeric strings, every one a computer the fleet knows. Fills
// `ids` and returns nothing, or returns the 400 reply the server gives for the first problem.
std::optional<SimResponse> readResourceIds(SimContext &ctx, const api::Operation &op, const SimRequest &request,
                                           QList<qint64> *ids);

} // namespace pmp::sim
