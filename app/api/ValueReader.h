#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace pmp::api {

// Reads JSON values the way the real server sends them: numbers and booleans as strings, "--", "NA"
// and "" for empty, -1 and 0 for "never", i18n keys for labels. Pure functions, fuzzed and unit-tested.
class ValueReader
{
public:
    // null, undefined, "", "--", "-", "NA", "N/A", "null"
    static bool isPlaceholder(const QJsonValue &value);
    static std::optional<qint64> integer(const QJsonValue &value);
    static std::optional<double> number(const QJsonValue &value);
    static std::optional<bool> boolean(const QJsonValue &value);
    // Display text: placeholders become empty, i18n keys readable text, numbers their decimal form.
    static QString text(const QJsonValue &value);
    // The value as served, converted to a string without interpretation (for tooltips and export of raw codes).
    static QString rawText(const QJsonValue &value);
    // Epoch milliseconds (number or digit string). 0, -1 and placeholders mean "never" (invalid QDateTime).
    // A 10-digit value is taken as seconds (the guide's deadlineTime example has that magnitude).
    static QDateTime epochTime(const QJsonValue &value);
    // A JSON array of strings or a comma-joined string ("a,b,c," with the server's trailing comma).
    static QStringList list(const QJsonValue &value);
};

} // namespace pmp::api
