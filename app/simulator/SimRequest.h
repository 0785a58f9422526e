#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace pmp::sim {

// One HTTP request, independent of the Qt version that parsed it.
struct SimRequest
{
    QString method; // "GET", "POST", ...
    QString path;   // decoded path without the query
    QUrlQuery query;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    int recordIndex = -1;                  // position in Simulator::requests()

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    // A query value, fully decoded (form-style '+' is left alone: the API never uses it).
    QString param(const QString &name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
    bool hasParam(const QString &name) const { return query.hasQueryItem(name); }
};

} // namespace pmp::sim
