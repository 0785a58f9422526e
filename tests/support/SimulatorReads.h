#pragma once

// Shared by the tests that act on the simulator and then look at what it holds (ActionRunnerTest, the
// write-action GUI tests): a whole list read through the API, the requests the simulator received on
// one path, a request's JSON body, and a row picked out of a list by its id.

#include "api/Client.h"
#include "api/PagedFetch.h"
#include "simulator/Simulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <optional>

namespace pmp::test {

// Every row of a list, all pages; what arrived when the fetch did not finish within 30 s.
inline QList<pmp::api::Record> fetchAll(pmp::api::Client &client, pmp::api::OperationId op,
                                        const pmp::api::ListQuery &query = {})
{
    pmp::api::PagedFetch fetch(&client, op, query);
    QList<pmp::api::Record> rows;
    QObject::connect(&fetch, &pmp::api::PagedFetch::pageArrived,
                     [&rows](int, const QList<pmp::api::Record> &r) { rows << r; });
    QSignalSpy done(&fetch, &pmp::api::PagedFetch::finished);
    fetch.start();
    if (done.isEmpty())
        done.wait(30000);
    return rows;
}

// The requests the simulator received on `path`, oldest first.
inline QList<pmp::sim::Simulator::RecordedRequest> requestsTo(const pmp::sim::Simulator &s, const QString &path)
{
    QList<pmp::sim::Simulator::RecordedRequest> out;
    for (const auto &r : s.requests())
        if (r.path == path)
            out << r;
    return out;
}

inline QJsonObject bodyOf(const pmp::sim::Simulator::RecordedRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

// The row whose `key` holds `id`, if there is one.
inline std::optional<pmp::api::Record> findRecord(const QList<pmp::api::Record> &rows, const QString &key, qint64 id)
{
    for (const pmp::api::Record &r : rows)
        if (r.integerOr(key, -1) == id)
            return r;
    return std::nullopt;
}

} // namespace pmp::test
