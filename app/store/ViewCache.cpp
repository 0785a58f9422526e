#include "ViewCache.h"

#include "Database.h"
#include "StoreLog.h"
#include "StoreValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlError>
#include <QSqlQuery>

namespace pmp::store {

namespace {

// payload encodings of view_cache; a new one gets a new number and the old stays readable
constexpr int EncodingCompressedJsonArray = 1;
// zlib level 1: several times faster than the default for about 20% more bytes (see StoreBench).
constexpr int CompressionLevel = 1;

} // namespace

ViewCache::ViewCache(Database &database) : m_database(database) {}

EncodedView ViewCache::encode(const QList<api::Record> &records)
{
    // Record by record rather than through one QJsonArray: as fast, and no second copy of every object.
    QByteArray json;
    json.reserve(records.size() * 256 + 2);
    json += '[';
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (i)
            json += ',';
        json += QJsonDocument(records.at(i).raw()).toJson(QJsonDocument::Compact);
    }
    json += ']';
    return {EncodingCompressedJsonArray, records.size(), qCompress(json, CompressionLevel)};
}

std::optional<QList<api::Record>> ViewCache::decode(const EncodedView &encoded)
{
    if (encoded.encoding != EncodingCompressedJsonArray) {
        qCWarning(lcStore) << "view cache: unknown encoding" << encoded.encoding;
        return std::nullopt;
    }
    const QByteArray json = qUncompress(encoded.payload);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        qCWarning(lcStore) << "view cache: payload is damaged:" << error.errorString();
        return std::nullopt;
    }
    const QJsonArray array = doc.array();
    if (array.size() != encoded.recordCount) {
        qCWarning(lcStore) << "view cache: payload holds" << array.size() << "records, expected"
                           << encoded.recordCount;
        return std::nullopt;
    }
    QList<api::Record> records;
    records.reserve(array.size());
    for (const QJsonValue &value : array)
        records.append(api::Record(value.toObject()));
    return records;
}

bool ViewCache::save(const QString &viewId, const QString &queryKey, const QList<api::Record> &records,
                     const QDateTime &fetchedAt, bool complete)
{
    if (!m_database.isOpen())
        return false;
    return saveEncoded(viewId, queryKey, encode(records), fetchedAt, complete);
}

std::optional<CachedView> ViewCache::load(const QString &viewId, const QString &queryKey) const
{
    EncodedView encoded;
    std::optional<CachedView> view = loadEncoded(viewId, queryKey, &encoded);
    if (!view)
        return std::nullopt;
    std::optional<QList<api::Record>> records = decode(encoded);
    if (!records) {
        qCWarning(lcStore) << "view cache:" << viewId << "could not be decoded; treated as not cached";
        return std::nullopt;
    }
    view->records = std::move(*records);
    return view;
}

bool ViewCache::saveEncoded(const QString &viewId, const QString &queryKey, const EncodedView &encoded,
                            const QDateTime &fetchedAt, bool complete)
{
    if (!m_database.isOpen())
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO view_cache"
                             " (view_id, query_key, fetched_at, complete, record_count, encoding, payload)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(storeText(viewId));
    q.addBindValue(storeText(queryKey));
    q.addBindValue(toStoreTime(fetchedAt));
    q.addBindValue(complete ? 1 : 0);
    q.addBindValue(encoded.recordCount);
    q.addBindValue(encoded.encoding);
    q.addBindValue(encoded.payload);
    if (!q.exec()) {
        qCWarning(lcStore) << "view cache: saving" << viewId << "failed:" << q.lastError().text();
        return false;
    }
    return true;
}

std::optional<CachedView> ViewCache::loadEncoded(const QString &viewId, const QString &queryKey,
                                                 EncodedView *encoded) const
{
    if (!m_database.isOpen() || !encoded)
        return std::nullopt;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT fetched_at, complete, record_count, encoding, payload FROM view_cache"
                             " WHERE view_id = ? AND query_key = ?"));
    q.addBindValue(storeText(viewId));
    q.addBindValue(storeText(queryKey));
    if (!q.exec()) {
        qCWarning(lcStore) << "view cache: loading" << viewId << "failed:" << q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    CachedView view;
    view.fetchedAt = fromStoreTime(q.value(0).toLongLong());
    view.complete = q.value(1).toInt() != 0;
    encoded->recordCount = q.value(2).toLongLong();
    encoded->encoding = q.value(3).toInt();
    encoded->payload = q.value(4).toByteArray();
    return view;
}

bool ViewCache::saveObject(const QString &viewId, const QString &queryKey, const QJsonObject &object,
                           const QDateTime &fetchedAt)
{
    if (!m_database.isOpen())
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO view_object (view_id, query_key, fetched_at, payload)"
                             " VALUES (?, ?, ?, ?)"));
    q.addBindValue(storeText(viewId));
    q.addBindValue(storeText(queryKey));
    q.addBindValue(toStoreTime(fetchedAt));
    q.addBindValue(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        qCWarning(lcStore) << "view cache: saving object" << viewId << "failed:" << q.lastError().text();
        return false;
    }
    return true;
}

std::optional<CachedObject> ViewCache::loadObject(const QString &viewId, const QString &queryKey) const
{
    if (!m_database.isOpen())
        return std::nullopt;
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT fetched_at, payload FROM view_object WHERE view_id = ? AND query_key = ?"));
    q.addBindValue(storeText(viewId));
    q.addBindValue(storeText(queryKey));
    if (!q.exec()) {
        qCWarning(lcStore) << "view cache: loading object" << viewId << "failed:" << q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qCWarning(lcStore) << "view cache: object" << viewId << "is damaged:" << error.errorString();
        return std::nullopt;
    }
    return CachedObject{doc.object(), fromStoreTime(q.value(0).toLongLong())};
}

bool ViewCache::remove(const QString &viewId, const QString &queryKey)
{
    if (!m_database.isOpen())
        return false;
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    bool ok = true;
    for (const QString &table : {QStringLiteral("view_cache"), QStringLiteral("view_object")}) {
        q.prepare(QLatin1String("DELETE FROM ") + table +
                  QLatin1String(" WHERE view_id = ? AND query_key = ?"));
        q.addBindValue(storeText(viewId));
        q.addBindValue(storeText(queryKey));
        ok = ok && q.exec();
    }
    q.finish();
    if (!ok) {
        qCWarning(lcStore) << "view cache: removing" << viewId << "failed:" << q.lastError().text();
        db.rollback();
        return false;
    }
    return db.commit();
}

bool ViewCache::clear()
{
    if (!m_database.isOpen())
        return false;
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    const bool ok =
        q.exec(QStringLiteral("DELETE FROM view_cache")) && q.exec(QStringLiteral("DELETE FROM view_object"));
    q.finish();
    if (!ok) {
        qCWarning(lcStore) << "view cache: clearing failed:" << q.lastError().text();
        db.rollback();
        return false;
    }
    return db.commit();
}

qint64 ViewCache::storedBytes() const
{
    if (!m_database.isOpen())
        return 0;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(sum(length(payload)), 0) FROM view_cache")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace pmp::store
