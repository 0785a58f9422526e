#pragma once

#include "FleetState.h"
#include "ResponseWriter.h"
#include "SimClock.h"
#include "TaskScheduler.h"

namespace pmp::sim {

// What every handler works with: the data, the response shapes, the clock and the delayed-work
// queue. Owned by the Simulator; handlers keep a reference.
struct SimContext
{
    FleetState &fleet;
    ResponseWriter &writer;
    const SimClock &clock;
    TaskScheduler &scheduler;
    int deployDelayMs = 0;
};

} // namespace pmp::sim
