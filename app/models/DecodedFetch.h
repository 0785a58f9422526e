#pragma once

#include "RowBatch.h"
#include "ViewSpec.h"

#include "api/PagedFetch.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <deque>
#include <memory>
#include <optional>

namespace pmp::api {
class Client;
}

namespace pmp::models {

// Fetches every page of a view's list (PagedFetch) and decodes each page into a RowBatch on the ingest
// thread, handing the batches over in page order. When decoding falls behind, the fetch waits, so a
// slow consumer never piles up pages in memory. finished() comes after the last batch. The console's
// ListLoader and the streaming `patchdeck export` both take their rows from here.
class DecodedFetch : public QObject
{
    Q_OBJECT
public:
    DecodedFetch(pmp::api::Client *client, const ViewSpec &view, pmp::api::ListQuery query,
                 pmp::api::FetchOptions options, QObject *parent = nullptr);
    ~DecodedFetch() override;

    void start();
    // Stops asking for pages; batches already received are still handed over, then finished().
    void cancel();
    bool isRunning() const { return m_running; }
    const pmp::api::FetchOutcome &outcome() const { return m_outcome; }

    // Pages decoded ahead of the consumer at most; beyond it the fetch waits.
    static constexpr int MaxPagesWaiting = 4;

signals:
    void batchReady(const std::shared_ptr<const pmp::models::RowBatch> &batch);
    void progress(qint64 received, qint64 total);
    void finished(const pmp::api::FetchOutcome &outcome);

private:
    void onPage(const QList<pmp::api::Record> &records);
    void handOver();

    ViewSpec m_view;
    QPointer<pmp::api::PagedFetch> m_fetch;
    std::deque<QFuture<std::shared_ptr<const RowBatch>>> m_decoding; // in page order
    std::optional<pmp::api::FetchOutcome> m_fetchEnded;              // waits for the decoding
    pmp::api::FetchOutcome m_outcome;
    bool m_running = false;
};

} // namespace pmp::models
