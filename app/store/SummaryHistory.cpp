#include "SummaryHistory.h"

#include "Database.h"
#include "StoreLog.h"
#include "StoreValues.h"

#include "api/Results.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace pmp::store {

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;

// Floors towards minus infinity so times before 1970 still land in the right hour.
qint64 hourOf(qint64 ms)
{
    return ms >= 0 ? ms / HourMs : -((-ms + HourMs - 1) / HourMs);
}

QString metricColumns()
{
    QStringList keys;
    for (SummaryMetric m : SummaryMetrics::all())
        keys << SummaryMetrics::key(m);
    return keys.join(QLatin1String(", "));
}

} // namespace

SummaryHistory::SummaryHistory(Database &database) : m_database(database) {}

bool SummaryHistory::record(const QDateTime &at, const api::PatchSummary &patches, const api::SomSummary &som,
                            std::optional<qint64> failedDeploymentSystems)
{
    if (!m_database.isOpen())
        return false;
    const qint64 ms = toStoreTime(at);
    const QList<SummaryMetric> &metrics = SummaryMetrics::all();

    QStringList placeholders, updates;
    for (SummaryMetric m : metrics) {
        placeholders << QStringLiteral("?");
        const QString key = SummaryMetrics::key(m);
        updates << key + QLatin1String(" = COALESCE(excluded.") + key + QLatin1String(", summary_snapshot.") + key +
                       QLatin1Char(')');
    }
    // A snapshot arriving late for an hour (an older `at`) must not replace a newer one.
    const QString sql = QLatin1String("INSERT INTO summary_snapshot (hour, taken_at, ") + metricColumns() +
                        QLatin1String(") VALUES (?, ?, ") + placeholders.join(QLatin1String(", ")) +
                        QLatin1String(") ON CONFLICT(hour) DO UPDATE SET taken_at = excluded.taken_at, ") +
                        updates.join(QLatin1String(", ")) +
                        QLatin1String(" WHERE excluded.taken_at >= summary_snapshot.taken_at");
    QSqlQuery q(m_database.connection());
    q.prepare(sql);
    q.addBindValue(hourOf(ms));
    q.addBindValue(ms);
    for (SummaryMetric m : metrics) {
        const std::optional<qint64> value = SummaryMetrics::value(m, patches, som, failedDeploymentSystems);
        q.addBindValue(value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>()));
    }
    if (!q.exec()) {
        qCWarning(lcStore) << "summary history: recording failed:" << q.lastError().text();
        return false;
    }
    q.finish();
    prune(at.isValid() ? at : QDateTime::currentDateTimeUtc());
    return true;
}

QList<SummaryPoint> SummaryHistory::series(SummaryMetric metric, const QDateTime &from, const QDateTime &to) const
{
    QList<SummaryPoint> points;
    if (!m_database.isOpen())
        return points;
    const QString column = SummaryMetrics::key(metric);
    QString sql = QLatin1String("SELECT taken_at, ") + column + QLatin1String(" FROM summary_snapshot WHERE ") +
                  column + QLatin1String(" IS NOT NULL");
    if (from.isValid())
        sql += QLatin1String(" AND taken_at >= ?");
    if (to.isValid())
        sql += QLatin1String(" AND taken_at <= ?");
    sql += QLatin1String(" ORDER BY taken_at");
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (from.isValid())
        q.addBindValue(from.toMSecsSinceEpoch());
    if (to.isValid())
        q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec()) {
        qCWarning(lcStore) << "summary history: reading" << column << "failed:" << q.lastError().text();
        return points;
    }
    while (q.next())
        points.append({fromStoreTime(q.value(0).toLongLong()), q.value(1).toLongLong()});
    return points;
}

std::optional<SummarySnapshot> SummaryHistory::latestBefore(const QDateTime &at) const
{
    return snapshotWhere(QStringLiteral("taken_at <= ?"), toStoreTime(at));
}

std::optional<SummarySnapshot> SummaryHistory::latest() const
{
    return snapshotWhere({}, {});
}

std::optional<SummarySnapshot> SummaryHistory::snapshotWhere(const QString &condition, const QVariant &bound) const
{
    if (!m_database.isOpen())
        return std::nullopt;
    QString sql = QLatin1String("SELECT taken_at, ") + metricColumns() + QLatin1String(" FROM summary_snapshot");
    if (!condition.isEmpty())
        sql += QLatin1String(" WHERE ") + condition;
    sql += QLatin1String(" ORDER BY taken_at DESC LIMIT 1");
    QSqlQuery q(m_database.connection());
    q.prepare(sql);
    if (bound.isValid())
        q.addBindValue(bound);
    if (!q.exec()) {
        qCWarning(lcStore) << "summary history: reading a snapshot failed:" << q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    SummarySnapshot snapshot;
    snapshot.at = fromStoreTime(q.value(0).toLongLong());
    const QList<SummaryMetric> &metrics = SummaryMetrics::all();
    for (int i = 0; i < metrics.size(); ++i) {
        const QVariant v = q.value(i + 1);
        if (!v.isNull())
            snapshot.values.insert(metrics.at(i), v.toLongLong());
    }
    return snapshot;
}

int SummaryHistory::prune(const QDateTime &now)
{
    if (!m_database.isOpen())
        return -1;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM summary_snapshot WHERE taken_at < ?"));
    q.addBindValue(toStoreTime(now) - qint64(RetentionDays) * DayMs);
    if (!q.exec()) {
        qCWarning(lcStore) << "summary history: pruning failed:" << q.lastError().text();
        return -1;
    }
    return q.numRowsAffected();
}

int SummaryHistory::count() const
{
    if (!m_database.isOpen())
        return 0;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM summary_snapshot")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace pmp::store
