#include "DecodedFetch.h"

#include "api/WorkerPools.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace pmp::models {

using namespace pmp::api;

DecodedFetch::DecodedFetch(Client *client, const ViewSpec &view, ListQuery query, FetchOptions options, QObject *parent)
    : QObject(parent), m_view(view), m_fetch(new PagedFetch(client, view.operation, std::move(query), options, this))
{
    connect(m_fetch, &PagedFetch::pageArrived, this, [this](int, const QList<Record> &records) { onPage(records); });
    connect(m_fetch, &PagedFetch::progress, this, &DecodedFetch::progress);
    connect(m_fetch, &PagedFetch::finished, this, [this](const FetchOutcome &outcome) {
        m_fetchEnded = outcome;
        handOver();
    });
}

DecodedFetch::~DecodedFetch()
{
    // Decodes still running finish on their own; nobody is left to hear of them.
    if (m_fetch)
        m_fetch->disconnect(this);
}

void DecodedFetch::start()
{
    if (m_running)
        return;
    m_running = true;
    m_fetch->start();
}

void DecodedFetch::cancel()
{
    if (m_fetch && m_fetch->isRunning())
        m_fetch->cancel();
}

void DecodedFetch::onPage(const QList<Record> &records)
{
    auto decode = [view = m_view, records] {
        return std::make_shared<const RowBatch>(RowBatch::decode(view.columns, view.rowsFor(records)));
    };
    QFuture<std::shared_ptr<const RowBatch>> future = QtConcurrent::run(WorkerPools::ingest(), decode);
    m_decoding.push_back(future);
    auto *watcher = new QFutureWatcher<std::shared_ptr<const RowBatch>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        handOver();
    });
    watcher->setFuture(future);
    if (m_decoding.size() >= MaxPagesWaiting)
        m_fetch->setHeld(true);
}

void DecodedFetch::handOver()
{
    // A receiver may delete this object from batchReady(); stop touching it then.
    QPointer<DecodedFetch> alive(this);
    while (!m_decoding.empty() && m_decoding.front().isFinished()) {
        const std::shared_ptr<const RowBatch> batch = m_decoding.front().result();
        m_decoding.pop_front();
        emit batchReady(batch);
        if (!alive)
            return;
    }
    if (m_fetch && m_decoding.size() < MaxPagesWaiting)
        m_fetch->setHeld(false);
    if (m_fetchEnded && m_decoding.empty()) {
        m_outcome = *std::exchange(m_fetchEnded, std::nullopt);
        m_running = false;
        emit finished(m_outcome);
    }
}

} // namespace pmp::models
