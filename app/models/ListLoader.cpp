#include "ListLoader.h"

#include "ColumnImage.h"
#include "DecodedFetch.h"
#include "ListChanges.h"

#include "api/Client.h"
#include "api/MemoryUse.h"
#include "api/WorkerPools.h"
#include "store/ViewCache.h"

#include <QBuffer>
#include <QFile>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcLoader, "pmp.models.loader", QtInfoMsg)

namespace pmp::models {

using namespace pmp::api;

namespace {

std::optional<ColumnTable> readImage(const pmp::store::ImageLocation &location, const QList<ColumnSpec> &columns,
                                     QString *error)
{
    if (location.memory) {
        QBuffer buffer(location.memory.get());
        buffer.open(QIODevice::ReadOnly);
        return ColumnImage::read(buffer, columns, error);
    }
    QFile file(location.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    return ColumnImage::read(file, columns, error);
}

bool writeImage(const ColumnTable &table, const pmp::store::ImageLocation &location)
{
    if (location.memory) {
        QBuffer buffer(location.memory.get());
        buffer.open(QIODevice::WriteOnly);
        return ColumnImage::write(table, buffer);
    }
    QSaveFile file(location.filePath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (!ColumnImage::write(table, file)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit())
        return false;
    // Owner only: cached rows are the tenant's inventory.
    QFile::setPermissions(location.filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace

ListLoader::ListLoader(Client *client, ViewSpec view, QObject *parent)
    : QObject(parent), m_client(client), m_view(std::move(view)), m_model(m_view.columns)
{
}

ListLoader::~ListLoader()
{
    if (m_fetch)
        m_fetch->disconnect(this);
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
    const std::optional<pmp::store::CachedImage> image =
        m_cache ? m_cache->loadImage(m_view.id, queryKey()) : std::nullopt;
    if (!image) {
        reload();
        return;
    }
    const int generation = ++m_generation;
    const QDateTime fetchedAt = image->fetchedAt.toLocalTime();
    struct Read
    {
        std::optional<ColumnTable> table;
        QString error;
    };
    auto *watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, fetchedAt] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a fetch started meanwhile: it owns the model
        const Read read = watcher->result();
        if (read.table && m_model.rowCount() == 0) {
            m_model.adopt(*read.table);
            m_model.setAsOf(fetchedAt);
            m_showsCache = true;
            m_cachedAt = fetchedAt;
            emit cachedDataShown(fetchedAt);
        } else if (!read.table) {
            qCWarning(lcLoader) << "cache of" << m_view.id << "not used:" << read.error;
        }
        reload();
    });
    watcher->setFuture(
        QtConcurrent::run(WorkerPools::interactive(), [location = image->location, columns = m_view.columns] {
            Read read;
            read.table = readImage(location, columns, &read.error);
            return read;
        }));
}

void ListLoader::reload()
{
    if (m_fetch) {
        // The rows of the fetch being replaced are not wanted any more: it ends now, as cancelled.
        DecodedFetch *old = m_fetch;
        m_fetch = nullptr;
        old->disconnect(this);
        old->cancel();
        old->deleteLater();
        m_staging.reset();
        FetchOutcome cancelled;
        cancelled.error = ApiError::cancelled();
        cancelled.received = m_received;
        cancelled.total = m_total;
        m_outcome = cancelled;
        emit finished(m_outcome);
    }
    ++m_generation;
    if (!m_client)
        return;
    ListQuery query = m_query;
    for (auto it = m_view.fixedQuery.filters().constBegin(); it != m_view.fixedQuery.filters().constEnd(); ++it)
        query.set(it.key(), it.value());
    if (!m_view.fixedQuery.pathId().isEmpty())
        query.setPathId(m_view.fixedQuery.pathId());

    // Rows on screen from the cache stay there, searchable and sortable, until the fresh list is
    // complete: it is built beside them and replaces them in one step. For the largest views that is
    // a second copy of the rows for the length of the refresh (measured: README, Performance), and
    // the admin keeps working with yesterday's rows instead of watching them vanish.
    m_staging.reset();
    m_replacedRows.reset();
    if (m_showsCache)
        m_staging = std::make_unique<ColumnStore>(m_view.columns);
    else
        m_model.clear();
    m_received = 0;
    m_total = -1;
    auto *fetch = new DecodedFetch(m_client, m_view, query, m_options, this);
    m_fetch = fetch;
    connect(fetch, &DecodedFetch::batchReady, this, &ListLoader::onBatch);
    connect(fetch, &DecodedFetch::progress, this, [this](qint64 received, qint64 total) {
        m_received = received;
        m_total = total;
        emit progress(received, total);
    });
    connect(fetch, &DecodedFetch::finished, this, &ListLoader::onFinished);
    emit started();
    fetch->start();
}

void ListLoader::cancel()
{
    if (m_fetch)
        m_fetch->cancel(); // finished() follows once the pages already received are in the model
}

void ListLoader::onBatch(const std::shared_ptr<const RowBatch> &batch)
{
    if (m_staging)
        m_staging->append(*batch);
    else
        m_model.appendBatch(*batch);
}

void ListLoader::onFinished(const FetchOutcome &outcome)
{
    if (m_fetch)
        m_fetch->deleteLater();
    m_fetch = nullptr;
    m_outcome = outcome;
    if (m_staging) {
        // Complete: the fresh rows replace the cached ones at once. Otherwise the cached rows stay.
        if (outcome.complete) {
            if (m_cache) {
                m_replacedRows = m_model.snapshot();
                m_replacedAt = m_cachedAt;
            }
            m_model.adopt(*m_staging);
            m_showsCache = false;
        }
        m_staging.reset();
    }
    m_model.publish();
    if (outcome.complete) {
        m_lastCompleted = QDateTime::currentDateTime();
        m_model.setAsOf(m_lastCompleted);
        if (m_cache)
            saveToCache();
    }
    // The pages' JSON and cells were freed on other threads: give that memory back.
    if (outcome.received > LargeFetch)
        MemoryUse::releaseFreed();
    emit finished(outcome);
}

void ListLoader::saveToCache()
{
    // Written from a snapshot of the column store on a worker: no second copy of the rows kept, and
    // the GUI thread only records where the image went. Before it is written, the image it replaces
    // (the previous complete fetch of this query) is read back and compared with it: what changed.
    // The earlier rows live only for the comparison, on the worker (README, Performance).
    const ColumnTable table = m_model.snapshot();
    const pmp::store::ImageLocation location = m_cache->newImageLocation(m_view.id);
    const QDateTime at = m_lastCompleted.toUTC();
    const QString key = queryKey();
    const qint64 rows = table.rowCount();
    const std::optional<pmp::store::CachedImage> previous = m_cache->loadImage(m_view.id, key);
    const int generation = m_generation;
    struct Saved
    {
        bool written = false;
        std::shared_ptr<const ListChanges> changes;
    };
    auto *watcher = new QFutureWatcher<Saved>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, location, at, key, rows, generation] {
        watcher->deleteLater();
        const Saved saved = watcher->result();
        const bool ok = saved.written && m_cache && m_cache->recordImage(m_view.id, key, location, rows, at, true);
        if (!ok && !location.filePath.isEmpty())
            QFile::remove(location.filePath);
        if (rows > LargeFetch)
            MemoryUse::releaseFreed(); // the compressed blocks and the earlier rows were freed on workers
        if (generation == m_generation && saved.changes) {
            m_model.setChanges(saved.changes);
            emit changesFound();
        }
        emit cacheSaved(ok);
    });
    // The rows to compare with: those a refresh of cached rows just replaced, else the cache's image.
    std::optional<ColumnTable> replaced = std::exchange(m_replacedRows, std::nullopt);
    std::optional<pmp::store::ImageLocation> before;
    QDateTime beforeAt = m_replacedAt;
    if (!replaced && previous && previous->complete) {
        before = previous->location;
        beforeAt = previous->fetchedAt.toLocalTime();
    }
    watcher->setFuture(QtConcurrent::run(WorkerPools::interactive(), [table, location, replaced = std::move(replaced),
                                                                      before, beforeAt, columns = m_view.columns,
                                                                      identity = m_view.identityColumns(),
                                                                      viewId = m_view.id]() mutable {
        Saved saved;
        // Taken out of the capture, so that reset() below really lets the rows go.
        std::optional<ColumnTable> earlier = std::exchange(replaced, std::nullopt);
        if (!earlier && before) {
            QString error;
            earlier = readImage(*before, columns, &error);
            if (!earlier)
                qCWarning(lcLoader) << "previous fetch of" << viewId << "not compared:" << error;
        }
        if (earlier) {
            if (std::shared_ptr<ListChanges> changes = ListChanges::compare(*earlier, table, identity)) {
                changes->since = beforeAt;
                saved.changes = std::move(changes);
            }
            earlier.reset(); // the earlier rows go before the image is written
        }
        saved.written = writeImage(table, location);
        return saved;
    }));
}

} // namespace pmp::models
