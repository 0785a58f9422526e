#include "ListLoader.h"

#include "api/Client.h"

namespace pmp::models {

using namespace pmp::api;

ListLoader::ListLoader(Client *client, ViewSpec view, QObject *parent)
    : QObject(parent), m_client(client), m_view(std::move(view)), m_model(m_view.columns)
{
}

void ListLoader::reload()
{
    cancel();
    if (!m_client)
        return;
    ListQuery query = m_query;
    for (auto it = m_view.fixedQuery.filters().constBegin(); it != m_view.fixedQuery.filters().constEnd(); ++it)
        query.set(it.key(), it.value());
    if (!m_view.fixedQuery.pathId().isEmpty())
        query.setPathId(m_view.fixedQuery.pathId());

    m_model.clear();
    auto *fetch = new PagedFetch(m_client, m_view.operation, query, m_options, this);
    m_fetch = fetch;
    connect(fetch, &PagedFetch::pageArrived, this,
            [this](int, const QList<Record> &records) { m_model.appendRecords(m_view.rowsFor(records)); });
    connect(fetch, &PagedFetch::progress, this, &ListLoader::progress);
    connect(fetch, &PagedFetch::finished, this, [this, fetch](const FetchOutcome &outcome) {
        m_outcome = outcome;
        if (outcome.complete) {
            m_lastCompleted = QDateTime::currentDateTime();
            m_model.setAsOf(m_lastCompleted);
        }
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

} // namespace pmp::models
