#include "WorkerPools.h"

#include <QThread>
#include <QThreadPool>

namespace pmp::api {

namespace {

struct Pool : QThreadPool
{
    Pool(const char *name, int threads)
    {
        setObjectName(QString::fromLatin1(name));
        setMaxThreadCount(threads);
    }
    // At exit, work still queued is dropped; work already running (a search, a cache write) finishes.
    ~Pool() override
    {
        clear();
        waitForDone();
    }
};

} // namespace

QThreadPool *WorkerPools::ingest()
{
    static Pool pool("ingest", 1);
    return &pool;
}

QThreadPool *WorkerPools::interactive()
{
    static Pool pool("interactive", qMax(2, QThread::idealThreadCount()));
    return &pool;
}

} // namespace pmp::api
