#pragma once

#include <QJsonObject>
#include <QJsonValue>

namespace pmp::test {

// Quirky variants of correct JSON, as the real server produces them.
class JsonVariants
{
public:
    // Every number and boolean below `value` becomes a string ("3", "true").
    static QJsonValue stringifyScalars(const QJsonValue &value);
    // Every key of `sample` (recursively, through the first element of arrays) exists in `actual`
    // with the same JSON type; with `allowStrings`, numbers/booleans may also be strings. Returns
    // the first mismatch as "path: problem", or an empty string.
    static QString firstMismatch(const QJsonValue &sample, const QJsonValue &actual, bool allowStrings,
                                 const QString &path = QString());
};

} // namespace pmp::test
