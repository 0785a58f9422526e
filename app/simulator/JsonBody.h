#pragma once

#include "SimRequest.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pmp::sim {

// Lenient readers for request bodies: the guide's samples send IDs as numbers although they are
// documented as strings (reference Q28), so both forms are accepted everywhere.
class JsonBody
{
public:
    // The body as a JSON object; an empty body counts as missing.
    static std::optional<QJsonObject> object(const SimRequest &request, QString *error);
    // A number or a numeric string.
    static std::optional<qint64> number(const QJsonValue &value);
    // An array of numbers / numeric strings (a single value is accepted as a one-element list).
    static bool idList(const QJsonValue &value, QList<qint64> *ids, QString *error, const QString &field);
    static QStringList stringList(const QJsonValue &value);
    // A string, or a number / boolean written as text.
    static QString text(const QJsonValue &value);
    // "true"/"false" or a JSON boolean; `fallback` when absent.
    static std::optional<bool> boolean(const QJsonValue &value, bool fallback);
};

} // namespace pmp::sim
