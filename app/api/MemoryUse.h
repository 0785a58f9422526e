#pragma once

namespace pmp::api {

// Keeps resident memory near what is actually live. glibc keeps freed memory in a pool per thread and
// raises its threshold for mapping large blocks each time one is freed; with pages decoded on one
// thread and lists sorted on others, a multi-million-row view then leaves hundreds of megabytes
// resident that nothing uses (measured: 613 MB after loading 6.7 million rows, of which 233 MB sat
// in worker pools). No-ops where the C library is not glibc.
class MemoryUse
{
public:
    // At start: blocks of 1 MiB and more are always mapped on their own, so freeing one returns it.
    static void configure();
    // After a large load or job: hands pages freed in every thread's pool back to the system (on a
    // worker thread).
    static void releaseFreed();
};

} // namespace pmp::api
