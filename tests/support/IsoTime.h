#pragma once

// Shared by the store tests, which write down the times they record and expect as text: a time from
// its ISO 8601 form, milliseconds and offset included.

#include <QDateTime>
#include <QString>

namespace pmp::test {

// isoTime("2026-03-01T10:59:59.999Z"); invalid when the text is not ISO 8601.
inline QDateTime isoTime(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

} // namespace pmp::test
