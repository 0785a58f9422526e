#pragma once

#include "RecordTableModel.h"
#include "ViewSpec.h"

#include "api/PagedFetch.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace pmp::api {
class Client;
}
namespace pmp::store {
class ViewCache;
}

namespace pmp::models {

// Keeps one view's model filled: fetches every page through PagedFetch and streams rows into the
// RecordTableModel, reporting progress and whether the list is complete. Used by the GUI and by
// the headless export alike.
class ListLoader : public QObject
{
    Q_OBJECT
public:
    ListLoader(pmp::api::Client *client, ViewSpec view, QObject *parent = nullptr);

    const ViewSpec &view() const { return m_view; }
    RecordTableModel *model() { return &m_model; }
    void setQuery(const pmp::api::ListQuery &query) { m_query = query; }
    // Filters that always apply on top of the user's (a detail pane's computer or patch).
    void setFixedQuery(const pmp::api::ListQuery &query) { m_view.fixedQuery = query; }
    pmp::api::ListQuery query() const { return m_query; }
    void setFetchOptions(const pmp::api::FetchOptions &options) { m_options = options; }

    // Keeps the last complete fetch in the profile's store, so the view opens with it at once.
    void setCache(pmp::store::ViewCache *cache) { m_cache = cache; }
    // Shows the cached rows (decoded off the GUI thread), then fetches fresh ones.
    void loadCachedThenReload();
    // The cached rows on screen came from the store, not from this session's fetch.
    bool showsCachedData() const { return m_showsCache; }
    QDateTime cachedAt() const { return m_cachedAt; }
    QString queryKey() const;

    void reload();
    void cancel();
    bool isLoading() const { return m_fetch && m_fetch->isRunning(); }
    const pmp::api::FetchOutcome &lastOutcome() const { return m_outcome; }
    QDateTime lastCompleted() const { return m_lastCompleted; }

signals:
    void cachedDataShown(const QDateTime &fetchedAt);
    void started();
    void progress(qint64 received, qint64 total);
    void finished(const pmp::api::FetchOutcome &outcome);

private:
    void saveToCache();

    QPointer<pmp::api::Client> m_client;
    ViewSpec m_view;
    RecordTableModel m_model;
    pmp::api::ListQuery m_query;
    pmp::api::FetchOptions m_options;
    QPointer<pmp::api::PagedFetch> m_fetch;
    pmp::api::FetchOutcome m_outcome;
    QDateTime m_lastCompleted;
    pmp::store::ViewCache *m_cache = nullptr;
    QList<pmp::api::Record> m_fetched; // raw rows of the running fetch, for the cache
    bool m_showsCache = false;
    QDateTime m_cachedAt;
    int m_generation = 0; // drops late cache results after a newer load started
};

} // namespace pmp::models
