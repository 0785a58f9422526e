#include "MemoryUse.h"

#include "WorkerPools.h"

#include <QThreadPool>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace pmp::api {

void MemoryUse::configure()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif
}

void MemoryUse::releaseFreed()
{
#if defined(__GLIBC__)
    // Walking every pool takes tens of milliseconds with a large view: not on the GUI thread.
    WorkerPools::interactive()->start([] { malloc_trim(0); });
#endif
}

} // namespace pmp::api
