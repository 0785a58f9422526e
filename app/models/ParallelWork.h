#pragma once

#include <atomic>
#include <functional>
#include <memory>

namespace pmp::models {

// Raised by the GUI thread when a running job's result is no longer wanted (the next keystroke); jobs
// look at it between blocks of rows and give up.
using CancelFlag = std::shared_ptr<const std::atomic<bool>>;

inline bool isCancelled(const CancelFlag &flag)
{
    return flag && flag->load(std::memory_order_relaxed);
}

// Splits a job over the cores: runs fn(part) for every part on the interactive pool, the calling
// thread taking its share, and returns when all parts are done. Parts that find no free thread run on
// the calling thread, so this never waits for a pool that is busy elsewhere.
class ParallelWork
{
public:
    static void forEach(int parts, const std::function<void(int)> &fn);
};

} // namespace pmp::models
