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

    void reload();
    void cancel();
    bool isLoading() const { return m_fetch && m_fetch->isRunning(); }
    const pmp::api::FetchOutcome &lastOutcome() const { return m_outcome; }
    QDateTime lastCompleted() const { return m_lastCompleted; }

signals:
    void started();
    void progress(qint64 received, qint64 total);
    void finished(const pmp::api::FetchOutcome &outcome);

private:
    QPointer<pmp::api::Client> m_client;
    ViewSpec m_view;
    RecordTableModel m_model;
    pmp::api::ListQuery m_query;
    pmp::api::FetchOptions m_options;
    QPointer<pmp::api::PagedFetch> m_fetch;
    pmp::api::FetchOutcome m_outcome;
    QDateTime m_lastCompleted;
};

} // namespace pmp::models
