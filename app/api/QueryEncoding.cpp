#include "QueryEncoding.h"

#include <QUrl>

namespace pmp::api {

QString QueryEncoding::encoded(const QString &value)
{
    // toPercentEncoding leaves only the unreserved set alone; '+' is not in it.
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

void QueryEncoding::add(QUrlQuery &query, const QString &name, const QString &value)
{
    query.addQueryItem(encoded(name), encoded(value));
}

} // namespace pmp::api
