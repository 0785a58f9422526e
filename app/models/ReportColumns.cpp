#include "ReportColumns.h"

#include "api/ValueReader.h"

#include <QSet>

namespace pmp::models {

using pmp::api::Record;
using pmp::api::ValueReader;

QString ReportColumns::headerFor(const QString &key)
{
    QString h = key;
    h.replace(QLatin1Char('_'), QLatin1Char(' '));
    h.replace(QLatin1Char('.'), QLatin1Char(' '));
    h = h.simplified();
    if (!h.isEmpty())
        h[0] = h.at(0).toUpper();
    return h;
}

namespace {
// JDBC java.sql.Types: BIGINT -5, INTEGER 4, SMALLINT 5, TINYINT -6, NUMERIC 2, DECIMAL 3, TIMESTAMP 93, DATE 91
ColumnType typeFromSql(int sqlType)
{
    switch (sqlType) {
    case -5:
    case 4:
    case 5:
    case -6:
        return ColumnType::Integer;
    case 91:
    case 93:
        return ColumnType::DateTime;
    case 16:
    case -7:
        return ColumnType::Boolean;
    default:
        return ColumnType::Text;
    }
}

ColumnType inferFromValues(const QString &key, const QList<Record> &rows)
{
    int numeric = 0, seen = 0;
    for (const Record &r : rows) {
        const QJsonValue v = r.value(key);
        if (ValueReader::isPlaceholder(v))
            continue;
        ++seen;
        numeric += ValueReader::integer(v).has_value();
        if (seen >= 50)
            break;
    }
    if (seen == 0 || numeric < seen)
        return ColumnType::Text;
    // 13-digit numbers in a column named like a time are epoch milliseconds.
    if (key.endsWith(QLatin1String("_time")) || key.endsWith(QLatin1String("time")) ||
        key.endsWith(QLatin1String("_on")) || key.endsWith(QLatin1String("_at")))
        return ColumnType::DateTime;
    return key.endsWith(QLatin1String("_id")) || key == QLatin1String("id") ? ColumnType::Text : ColumnType::Integer;
}
} // namespace

QList<ColumnSpec> ReportColumns::derive(const QList<pmp::api::QueryReportColumn> &declared, const QList<Record> &rows)
{
    QList<ColumnSpec> columns;
    QSet<QString> seen;
    for (const auto &d : declared) {
        if (d.name.isEmpty() || seen.contains(d.name))
            continue;
        seen.insert(d.name);
        ColumnType t = typeFromSql(d.sqlType);
        if (t == ColumnType::Text)
            t = inferFromValues(d.name, rows);
        columns.append({d.name, headerFor(d.name), t});
    }
    for (const Record &r : rows) {
        for (const QString &k : r.keys()) {
            if (seen.contains(k))
                continue;
            seen.insert(k);
            columns.append({k, headerFor(k), inferFromValues(k, rows)});
        }
        if (seen.size() > 200)
            break;
    }
    return columns;
}

} // namespace pmp::models
