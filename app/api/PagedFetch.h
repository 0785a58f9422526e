#pragma once

#include "ApiError.h"
#include "ListQuery.h"
#include "Operation.h"
#include "Record.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace pmp::api {

class ApiCall;
class Client;

struct FetchOptions
{
    // Asked for; servers serve fewer (the documented cap where there is one, 25 on some tenants).
    // Large pages mean few round trips, which is what a distant server's latency needs; against the
    // simulator any size from 100 to 1000 reaches the same floor (README, Performance).
    int pageSize = 1000;
    // Requests on the wire at once after the first page. A page being parsed no longer counts, so the
    // server always has the next request waiting while the last answer is decoded.
    int concurrency = 3;
};

struct FetchOutcome
{
    bool complete = false; // every page arrived and the item count matches the final total
    ApiError error;        // why not complete
    qint64 received = 0;
    qint64 total = -1;       // the last total the server stated (-1: it states none)
    qint64 firstTotal = -1;  // the total stated by page 1
    int serverPageSize = -1; // the page size the server actually used
    int pages = 0;
    bool totalChanged() const { return firstTotal >= 0 && total != firstTotal; }
};

// Fetches every page of a list operation: asks for a page size, adopts the page size and total the
// server reports (servers cap it), fetches the rest with bounded concurrency, emits pages in order
// as they land, reports progress, supports cancel, and never calls a partial list complete. It does
// not trust the server's paging either: a page served twice (a server that ignores the paging
// parameters), a page number other than the one asked for, a total too large to load or one that
// keeps changing, and a list without a total whose end is not certain all end the fetch with a clear
// error instead of duplicates, holes, or a fetch that never ends.
class PagedFetch : public QObject
{
    Q_OBJECT
public:
    PagedFetch(Client *client, OperationId list, ListQuery query, FetchOptions options = {}, QObject *parent = nullptr);
    ~PagedFetch() override;

    void start();
    void cancel();
    // While held, no new page is asked for (those in flight still land): the consumer is behind.
    void setHeld(bool held);
    bool isRunning() const { return m_running; }
    const FetchOutcome &outcome() const { return m_outcome; }
    OperationId operation() const { return m_operation; }
    const ListQuery &query() const { return m_query; }

    // Bounds on what one list may ask of the server and of memory.
    static constexpr qint64 MaxItems = 25'000'000;
    static constexpr qint64 MaxPages = 1'000'000;
    static constexpr int MaxTotalChanges = 20;

signals:
    void pageArrived(int page, const QList<pmp::api::Record> &records);
    void progress(qint64 received, qint64 total);
    void finished(const pmp::api::FetchOutcome &outcome);

private:
    void request(int page);
    void onPage(int page, const ApiError &error, const RecordPage &data);
    void pump();
    void deliverInOrder();
    void finish(bool complete, const ApiError &error);
    bool allDone() const;
    // Pages kept past the current plan that hold items: the server served more than its total says.
    int pageWithItemsPastTheEnd() const;
    // Why the server's paging cannot be trusted for this page (empty: it can).
    QString checkPage(int page, const RecordPage &data);
    bool planPages(qint64 total);

    QPointer<Client> m_client;
    OperationId m_operation;
    ListQuery m_query;
    FetchOptions m_options;
    FetchOutcome m_outcome;
    int m_pageSize = 0;         // the page size we send (adopted from the server after page 1)
    int m_lastPage = 1;         // -1: unknown (no totals, continue while pages are full)
    int m_mostPagesPlanned = 1; // the longest plan so far: a shorter one means the total shrank
    bool m_endProbed = false;   // the page after a shrunken plan's end was asked for
    int m_totalChanges = 0;
    QHash<quint64, int> m_pageFingerprints; // first and last item of every page that had items
    int m_nextToRequest = 2;
    int m_nextToDeliver = 1;
    QMap<int, QList<Record>> m_arrived;      // pages that landed ahead of their turn, or past the plan
    QMap<int, QPointer<ApiCall>> m_inFlight; // asked for and not yet delivered
    QSet<int> m_parsing;                     // of those, answered and being parsed: off the wire
    bool m_running = false;
    bool m_held = false;
    bool m_endSeen = false; // for unknown totals: a short page ended the list
};

} // namespace pmp::api

Q_DECLARE_METATYPE(pmp::api::FetchOutcome)
