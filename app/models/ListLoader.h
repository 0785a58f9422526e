#pragma once

#include "RecordTableModel.h"
#include "ViewSpec.h"

#include "api/PagedFetch.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <optional>

namespace pmp::api {
class Client;
}
namespace pmp::store {
class ViewCache;
}

namespace pmp::models {

class DecodedFetch;

// Keeps one view's model filled: fetches every page (DecodedFetch: decoded into cells off the GUI
// thread, in page order) and appends the cells to the RecordTableModel, reporting progress and
// whether the list is complete. The model's column store is the only copy of the rows:
// the cache is written from it and read back into it, as a column image, off the GUI thread. Used by
// the GUI and by the headless export alike.
class ListLoader : public QObject
{
    Q_OBJECT
public:
    ListLoader(pmp::api::Client *client, ViewSpec view, QObject *parent = nullptr);
    ~ListLoader() override;

    const ViewSpec &view() const { return m_view; }
    RecordTableModel *model() { return &m_model; }
    const RecordTableModel *model() const { return &m_model; }
    void setQuery(const pmp::api::ListQuery &query) { m_query = query; }
    // Filters that always apply on top of the user's (a detail pane's computer or patch).
    void setFixedQuery(const pmp::api::ListQuery &query) { m_view.fixedQuery = query; }
    pmp::api::ListQuery query() const { return m_query; }
    void setFetchOptions(const pmp::api::FetchOptions &options) { m_options = options; }
    const pmp::api::FetchOptions &fetchOptions() const { return m_options; }

    // Keeps the last complete fetch in the profile's store, so the view opens with it at once.
    void setCache(pmp::store::ViewCache *cache) { m_cache = cache; }
    // Shows the cached rows (read off the GUI thread), then fetches fresh ones.
    void loadCachedThenReload();
    // The rows on screen came from the cache, not from this session's fetch (a refresh builds the
    // fresh rows beside them and replaces them when complete).
    bool showsCachedData() const { return m_showsCache; }
    QDateTime cachedAt() const { return m_cachedAt; }
    QString queryKey() const;

    void reload();
    void cancel();
    bool isLoading() const { return !m_fetch.isNull(); }
    const pmp::api::FetchOutcome &lastOutcome() const { return m_outcome; }
    QDateTime lastCompleted() const { return m_lastCompleted; }
    // This fetch so far: items received (decoded or not yet) and the total the server states (-1: none).
    qint64 received() const { return m_received; }
    qint64 expectedTotal() const { return m_total; }

    // Above this many rows, memory freed on worker threads is handed back after a fetch.
    static constexpr qint64 LargeFetch = 100000;

signals:
    void cachedDataShown(const QDateTime &fetchedAt);
    void started();
    void progress(qint64 received, qint64 total);
    void finished(const pmp::api::FetchOutcome &outcome);
    // The rows now shown were compared with the previous complete fetch: model()->changes() says
    // what changed (not emitted for a first fetch, or when the rows changed meanwhile).
    void changesFound();
    // The cache write that follows a complete fetch is done (for tests and the benchmark).
    void cacheSaved(bool ok);

private:
    void onBatch(const std::shared_ptr<const RowBatch> &batch);
    void onFinished(const pmp::api::FetchOutcome &outcome);
    void saveToCache();

    QPointer<pmp::api::Client> m_client;
    ViewSpec m_view;
    RecordTableModel m_model;
    pmp::api::ListQuery m_query;
    pmp::api::FetchOptions m_options;
    QPointer<DecodedFetch> m_fetch;
    std::unique_ptr<ColumnStore> m_staging; // a refresh of cached rows, built beside them
    // The cached rows a complete refresh just replaced: compared with the fresh ones instead of being
    // read back from the cache (they are that image's rows), then let go.
    std::optional<ColumnTable> m_replacedRows;
    QDateTime m_replacedAt;
    pmp::api::FetchOutcome m_outcome;
    QDateTime m_lastCompleted;
    pmp::store::ViewCache *m_cache = nullptr;
    bool m_showsCache = false;
    QDateTime m_cachedAt;
    qint64 m_received = 0;
    qint64 m_total = -1;
    int m_generation = 0; // drops a late cache read after a fetch started
};

} // namespace pmp::models
