#include "ListLoader.h"

#include "api/Client.h"
#include "store/ViewCache.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace pmp::models {

using namespace pmp::api;

ListLoader::ListLoader(Client *client, ViewSpec view, QObject *parent)
    : QObject(parent), m_client(client), m_view(std::move(view)), m_model(m_view.columns)
{
}

QString ListLoader::queryKey() const
{
    QStringList parts;
    for (auto it = m_query.filters().constBegin(); it != m_query.filters().constEnd(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    for (auto it = m_view.fixedQuery.filters().constBegin(); it != m_view.fixedQuery.filters().constEnd(); ++it)
        parts << QLatin1Char('!') + it.key() + QLatin1Char('=') + it.value();
    if (!m_view.fixedQuery.pathId().isEmpty())
        parts << QStringLiteral("!id=") + m_view.fixedQuery.pathId();
    return parts.join(QLatin1Char('&'));
}

void ListLoader::loadCachedThenReload()
{
    if (!m_cache) {
        reload();
        return;
    }
    auto encoded = std::make_shared<pmp::store::EncodedView>();
    const auto meta = m_cache->loadEncoded(m_view.id, queryKey(), encoded.get());
    if (!meta || encoded->payload.isEmpty()) {
        reload();
        return;
    }
    const int generation = ++m_generation;
    const QDateTime fetchedAt = meta->fetchedAt.toLocalTime();
    auto *watcher = new QFutureWatcher<std::optional<QList<Record>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, fetchedAt] {
        watcher->deleteLater();
        const std::optional<QList<Record>> rows = watcher->result();
        if (generation != m_generation || isLoading() || m_model.rowCount() > 0 || !rows)
            return; // a fresh fetch already owns the model
        m_model.appendRecords(m_view.rowsFor(*rows));
        m_model.setAsOf(fetchedAt);
        m_showsCache = true;
        m_cachedAt = fetchedAt;
        emit cachedDataShown(fetchedAt);
        reload();
    });
    watcher->setFuture(QtConcurrent::run([encoded] { return pmp::store::ViewCache::decode(*encoded); }));
}

void ListLoader::reload()
{
    cancel();
    ++m_generation;
    if (!m_client)
        return;
    ListQuery query = m_query;
    for (auto it = m_view.fixedQuery.filters().constBegin(); it != m_view.fixedQuery.filters().constEnd(); ++it)
        query.set(it.key(), it.value());
    if (!m_view.fixedQuery.pathId().isEmpty())
        query.setPathId(m_view.fixedQuery.pathId());

    // Cached rows stay on screen until the first fresh page replaces them.
    if (!m_showsCache)
        m_model.clear();
    m_fetched.clear();
    auto *fetch = new PagedFetch(m_client, m_view.operation, query, m_options, this);
    m_fetch = fetch;
    connect(fetch, &PagedFetch::pageArrived, this, [this](int, const QList<Record> &records) {
        if (m_showsCache) {
            m_showsCache = false;
            m_model.clear();
        }
        m_model.appendRecords(m_view.rowsFor(records));
        if (m_cache)
            m_fetched.append(records);
    });
    connect(fetch, &PagedFetch::progress, this, &ListLoader::progress);
    connect(fetch, &PagedFetch::finished, this, [this, fetch](const FetchOutcome &outcome) {
        m_outcome = outcome;
        if (m_showsCache && outcome.complete) { // the fresh list is empty: nothing replaced the cache
            m_showsCache = false;
            m_model.clear();
        }
        if (outcome.complete) {
            m_lastCompleted = QDateTime::currentDateTime();
            m_model.setAsOf(m_lastCompleted);
            if (m_cache)
                saveToCache();
        }
        m_fetched.clear();
        fetch->deleteLater();
        emit finished(outcome);
    });
    emit started();
    fetch->start();
}

void ListLoader::cancel()
{
    if (m_fetch && m_fetch->isRunning())
        m_fetch->cancel();
}

void ListLoader::saveToCache()
{
    // Encoding 50,000 rows takes a few hundred milliseconds: do it off the GUI thread, and only the
    // SQL here.
    const QList<Record> rows = std::exchange(m_fetched, {});
    const QDateTime at = m_lastCompleted.toUTC();
    const QString key = queryKey();
    auto *watcher = new QFutureWatcher<pmp::store::EncodedView>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, at, key] {
        watcher->deleteLater();
        if (m_cache)
            m_cache->saveEncoded(m_view.id, key, watcher->result(), at, true);
    });
    watcher->setFuture(QtConcurrent::run([rows] { return pmp::store::ViewCache::encode(rows); }));
}

} // namespace pmp::models
