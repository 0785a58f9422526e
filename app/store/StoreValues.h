#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace pmp::store {

// The store keeps every time as milliseconds since the epoch (UTC), so ordering and range queries are
// plain integer comparisons and a changed system time zone changes nothing stored.
inline qint64 toStoreTime(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

inline QDateTime fromStoreTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
}

// Qt SQL binds a null QString as SQL NULL; every text column is NOT NULL and "" is a real value (the
// unfiltered query key, a message-less outcome), so texts are bound through this.
inline QString storeText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace pmp::store
