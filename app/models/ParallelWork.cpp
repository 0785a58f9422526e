#include "ParallelWork.h"

#include "api/WorkerPools.h"

#include <QSemaphore>
#include <QThreadPool>

namespace pmp::models {

void ParallelWork::forEach(int parts, const std::function<void(int)> &fn)
{
    if (parts <= 1) {
        if (parts == 1)
            fn(0);
        return;
    }
    // Parts are claimed from a shared counter, so a slow thread never holds the others up.
    auto next = std::make_shared<std::atomic<int>>(0);
    auto work = [next, parts, &fn] {
        for (int part = next->fetch_add(1); part < parts; part = next->fetch_add(1))
            fn(part);
    };
    QSemaphore done;
    int helpers = 0;
    QThreadPool *pool = pmp::api::WorkerPools::interactive();
    for (int i = 1; i < qMin(parts, pool->maxThreadCount()); ++i) {
        if (!pool->tryStart([&work, &done] {
                work();
                done.release();
            }))
            break;
        ++helpers;
    }
    work();
    done.acquire(helpers);
}

} // namespace pmp::models
