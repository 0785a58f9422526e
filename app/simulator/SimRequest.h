#pragma once

#include "FormQuery.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace pmp::sim {

// One HTTP request, independent of the Qt version that parsed it.
struct SimRequest
{
    QString method;  // "GET", "POST", ...
    QString path;    // decoded path without the query
    QUrlQuery query; // as received (encoded); read parameters through param()/hasParam()
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    int recordIndex = -1;                  // position in Simulator::requests()

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    // A query parameter as the real server's servlet container reads it ('+' is a space, %XX are
    // UTF-8 bytes; see FormQuery): the first value, empty when absent.
    QString param(const QString &name) const { return FormQuery::value(query, name).value_or(QString()); }
    bool hasParam(const QString &name) const { return FormQuery::value(query, name).has_value(); }
};

} // namespace pmp::sim
