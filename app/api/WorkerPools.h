#pragma once

class QThreadPool;

namespace pmp::api {

// The threads PatchDeck works on besides the GUI thread, split by what waits for them:
// - ingest: turning what arrives from the server into rows (JSON parsing, cell decoding). One thread,
//   in arrival order: a fetch is limited by the server, and the other core stays free for the GUI, the
//   network and (in the demo and the benchmarks) the simulator.
// - interactive: work a person is waiting for (search, sort, cache and export of large lists), on every
//   core, so a keystroke never queues behind a page being decoded.
class WorkerPools
{
public:
    static QThreadPool *ingest();
    static QThreadPool *interactive();
};

} // namespace pmp::api
