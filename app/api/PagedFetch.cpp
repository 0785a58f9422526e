#include "PagedFetch.h"

#include "ApiCall.h"
#include "Client.h"
#include "OperationCatalogue.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace pmp::api {

namespace {
qint64 pagesFor(qint64 total, int pageSize)
{
    if (total <= 0 || pageSize <= 0)
        return 1;
    return (total + pageSize - 1) / pageSize;
}

// Two pages with the same first and last item are the same page served twice.
quint64 fingerprint(const RecordPage &data)
{
    const QByteArray first = QJsonDocument(data.records.first().raw()).toJson(QJsonDocument::Compact);
    const QByteArray last = QJsonDocument(data.records.last().raw()).toJson(QJsonDocument::Compact);
    return (quint64(qHash(first)) << 32) ^ quint64(qHash(last)) ^ quint64(data.records.size());
}
} // namespace

PagedFetch::PagedFetch(Client *client, OperationId list, ListQuery query, FetchOptions options, QObject *parent)
    : QObject(parent), m_client(client), m_operation(list), m_query(std::move(query)), m_options(options)
{
    const Operation &op = OperationCatalogue::get(list);
    m_pageSize = qMax(1, options.pageSize);
    if (op.documentedMaxPageSize > 0)
        m_pageSize = qMin(m_pageSize, op.documentedMaxPageSize);
    m_options.concurrency = qMax(1, options.concurrency);
}

PagedFetch::~PagedFetch()
{
    for (const QPointer<ApiCall> &call : std::as_const(m_inFlight))
        if (call)
            call->disconnect(this);
}

void PagedFetch::start()
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_outcome = {};
    m_pageFingerprints.clear();
    m_totalChanges = 0;
    m_mostPagesPlanned = 1;
    m_endProbed = false;
    request(1);
}

void PagedFetch::cancel()
{
    if (!m_running)
        return;
    const auto calls = m_inFlight;
    m_inFlight.clear();
    m_parsing.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    finish(false, ApiError::cancelled());
}

void PagedFetch::setHeld(bool held)
{
    if (m_held == held)
        return;
    m_held = held;
    // Page 1 decides the plan; after it, releasing asks for what the hold kept back.
    if (!held && m_running && m_nextToDeliver > 1)
        pump();
}

void PagedFetch::request(int page)
{
    ApiCall *call = m_client->fetchPage(m_operation, m_query, page, m_pageSize, this,
                                        [this, page](const Result<RecordPage> &r) { onPage(page, r.error, r.value); });
    m_inFlight.insert(page, call);
    connect(call, &ApiCall::received, this, [this, page] {
        m_parsing.insert(page);
        pump();
    });
}

void PagedFetch::onPage(int page, const ApiError &error, const RecordPage &data)
{
    m_inFlight.remove(page);
    m_parsing.remove(page);
    if (!m_running)
        return;
    if (error) {
        ApiError e = error;
        if (page > 1)
            e = ApiError(error.kind(), tr("Page %1 could not be fetched: %2").arg(page).arg(error.message()),
                         error.detail())
                    .setHttpStatus(error.httpStatus())
                    .setServerCode(error.serverCode())
                    .setOperationCode(error.operationCode());
        finish(false, e);
        return;
    }

    const Operation &op = OperationCatalogue::get(m_operation);
    const qint64 count = data.records.size();
    const PageInfo &info = data.info;
    if (const QString problem = checkPage(page, data); !problem.isEmpty()) {
        finish(false, ApiError(ApiError::Kind::Incomplete, problem));
        return;
    }

    if (page == 1) {
        // Adopt what the server actually did: its page size, and a cap it applied without saying so.
        int served = info.pageSize > 0 ? info.pageSize : m_pageSize;
        if (count > 0 && count < served && (info.total > count || info.total < 0))
            served = int(count);
        m_pageSize = served;
        m_outcome.serverPageSize = served;
        m_outcome.firstTotal = info.total;
        m_outcome.total = info.total;
        if (info.total >= 0) {
            if (!planPages(info.total))
                return;
        } else if (op.paging == PagingStyle::None || count == 0) {
            m_lastPage = 1;
        } else {
            // No total: only an empty page, or one shorter than the size the server honours, ends the
            // list. A short first page may be the server's silent cap, so the next page decides.
            m_lastPage = -1;
        }
    } else {
        if (info.pageSize > 0 && info.pageSize != m_pageSize) {
            finish(false, ApiError(ApiError::Kind::Incomplete,
                                   tr("The server changed its page size from %1 to %2 during the fetch; refresh to "
                                      "load a consistent list.")
                                       .arg(m_pageSize)
                                       .arg(info.pageSize)));
            return;
        }
        if (info.total >= 0 && info.total != m_outcome.total) {
            // The list changed on the server while we were paging: follow the new total, a few times.
            if (++m_totalChanges > MaxTotalChanges) {
                finish(false, ApiError(ApiError::Kind::Incomplete,
                                       tr("The list keeps changing on the server (its total changed %1 times while "
                                          "loading); try again later.")
                                           .arg(m_totalChanges)));
                return;
            }
            m_outcome.total = info.total;
            m_endProbed = false; // a new total, a new end to confirm
            if (!planPages(info.total))
                return;
        }
        if (m_lastPage < 0 && count < m_pageSize)
            m_endSeen = true;
    }

    // A page past the current plan is kept, not dropped: a later answer may state a larger total
    // again (it was asked for under a longer plan and is not asked for twice), and if the plan stays
    // short, items on it prove the stated total wrong.
    m_arrived.insert(page, data.records);
    deliverInOrder();
    if (allDone()) {
        if (const int past = pageWithItemsPastTheEnd(); past > 0) {
            finish(false, ApiError(ApiError::Kind::Incomplete,
                                   tr("The server reports %1 items but served more on page %2: its totals cannot be "
                                      "trusted, so the list cannot be loaded completely. Refresh to try again.")
                                       .arg(m_outcome.total)
                                       .arg(past)));
            return;
        }
        if (m_lastPage >= 0 && m_lastPage < m_mostPagesPlanned && !m_endProbed && m_nextToRequest <= m_lastPage + 1) {
            // The total shrank during the fetch and nothing past the new end was asked for: a server
            // that understates its total would otherwise end the list early and have it called
            // complete. Asking for the page after the end costs one request and settles it: empty
            // confirms the end, items (or a larger total) mean the list goes on.
            m_endProbed = true;
            m_nextToRequest = m_lastPage + 2;
            request(m_lastPage + 1);
            return;
        }
        const bool countMatches = m_outcome.total < 0 || m_outcome.received == m_outcome.total;
        if (countMatches)
            finish(true, {});
        else
            finish(false, ApiError(ApiError::Kind::Incomplete,
                                   tr("The list changed on the server while loading: %1 items arrived but the server "
                                      "now reports %2. Refresh to load a consistent list.")
                                       .arg(m_outcome.received)
                                       .arg(m_outcome.total)));
        return;
    }
    pump();
}

bool PagedFetch::planPages(qint64 total)
{
    const qint64 pages = pagesFor(total, m_pageSize);
    if (total > MaxItems || pages > MaxPages) {
        finish(false, ApiError(ApiError::Kind::Incomplete,
                               tr("The server reports %1 items in pages of %2: more than PatchDeck loads in one list "
                                  "(%3 items, %4 requests). Narrow the list with a filter.")
                                   .arg(total)
                                   .arg(m_pageSize)
                                   .arg(MaxItems)
                                   .arg(MaxPages)));
        return false;
    }
    m_lastPage = int(pages);
    m_mostPagesPlanned = qMax(m_mostPagesPlanned, m_lastPage);
    return true;
}

int PagedFetch::pageWithItemsPastTheEnd() const
{
    if (m_lastPage < 0)
        return 0;
    for (auto it = m_arrived.upperBound(m_lastPage); it != m_arrived.cend(); ++it)
        if (!it.value().isEmpty())
            return it.key();
    return 0;
}

QString PagedFetch::checkPage(int page, const RecordPage &data)
{
    if (data.info.page > 0 && data.info.page != page &&
        OperationCatalogue::get(m_operation).paging != PagingStyle::None)
        return tr("The server answered page %1 when asked for page %2: it does not page this list as documented, so "
                  "the list cannot be loaded completely.")
            .arg(data.info.page)
            .arg(page);
    if (page > MaxPages)
        return tr("The list did not end after %1 pages; the server's paging cannot be followed.").arg(MaxPages);
    if (data.records.isEmpty())
        return {};
    const quint64 print = fingerprint(data);
    if (const auto it = m_pageFingerprints.constFind(print); it != m_pageFingerprints.constEnd() && it.value() != page)
        return tr("The server returned the same items for pages %1 and %2: it ignores the paging parameters, so the "
                  "list cannot be loaded completely.")
            .arg(it.value())
            .arg(page);
    m_pageFingerprints.insert(print, page);
    return {};
}

void PagedFetch::deliverInOrder()
{
    // Up to the end of the current plan: pages kept past it wait until a larger total includes them.
    while (m_arrived.contains(m_nextToDeliver) && (m_lastPage < 0 || m_nextToDeliver <= m_lastPage)) {
        const QList<Record> records = m_arrived.take(m_nextToDeliver);
        m_outcome.received += records.size();
        m_outcome.pages = m_nextToDeliver;
        emit pageArrived(m_nextToDeliver, records);
        emit progress(m_outcome.received, m_outcome.total);
        ++m_nextToDeliver;
    }
}

bool PagedFetch::allDone() const
{
    if (m_lastPage >= 0)
        return m_nextToDeliver > m_lastPage && m_inFlight.isEmpty();
    return m_endSeen && m_arrived.isEmpty() && m_inFlight.isEmpty();
}

void PagedFetch::pump()
{
    // On the wire at most `concurrency`; answered-but-parsing pages at most as many again.
    while (m_running && !m_held && m_inFlight.size() - m_parsing.size() < m_options.concurrency &&
           m_inFlight.size() < 2 * m_options.concurrency) {
        if (m_lastPage >= 0 && m_nextToRequest > m_lastPage)
            break;
        if (m_lastPage < 0 && m_endSeen)
            break;
        // Unknown totals: ask one page at a time, since only a short page tells where the list ends.
        if (m_lastPage < 0 && !m_inFlight.isEmpty())
            break;
        request(m_nextToRequest++);
    }
}

void PagedFetch::finish(bool complete, const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    for (const QPointer<ApiCall> &call : std::as_const(m_inFlight)) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    m_inFlight.clear();
    m_parsing.clear();
    m_outcome.complete = complete;
    m_outcome.error = error;
    if (!error.isError() && !complete)
        m_outcome.error = ApiError(ApiError::Kind::Incomplete, tr("The list is incomplete."));
    m_outcome.error.setOperationCode(OperationCatalogue::get(m_operation).code);
    emit finished(m_outcome);
}

} // namespace pmp::api
