#include "ViewCache.h"

#include "Database.h"
#include "StoreLog.h"
#include "StoreValues.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pmp::store {

namespace {

// payload encodings of view_cache; a new one gets a new number and the old stays readable
constexpr int EncodingCompressedJsonArray = 1;
constexpr int EncodingColumnImage = 2; // payload: the name of an image file beside the store
const QLatin1String ImageSuffix(".pdcol");
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
        qCWarning(lcStore) << "view cache: payload holds" << array.size() << "records, expected" << encoded.recordCount;
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
    return writeRow(viewId, queryKey, fetchedAt, complete, encoded.recordCount, encoded.encoding, encoded.payload);
}

bool ViewCache::writeRow(const QString &viewId, const QString &queryKey, const QDateTime &fetchedAt, bool complete,
                         qint64 records, int encoding, const QByteArray &payload)
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
    q.addBindValue(records);
    q.addBindValue(encoding);
    q.addBindValue(payload);
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

QString ViewCache::imageFolder() const
{
    if (!m_database.isPersistent())
        return {};
    return QFileInfo(m_database.path()).absoluteDir().filePath(QStringLiteral("view-cache"));
}

ImageLocation ViewCache::newImageLocation(const QString &viewId) const
{
    ImageLocation location;
    QString safe = viewId;
    for (QChar &c : safe)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    location.token =
        safe.left(40) + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(12) + ImageSuffix;
    const QString folder = imageFolder();
    if (folder.isEmpty()) {
        location.memory = std::make_shared<QByteArray>();
        return location;
    }
    // Owner only: cached rows are the tenant's inventory.
    if (QDir().mkpath(folder))
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    location.filePath = QDir(folder).filePath(location.token);
    return location;
}

QStringList ViewCache::imageTokens(const QString &where, const QVariantList &values) const
{
    QStringList tokens;
    if (!m_database.isOpen())
        return tokens;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT payload FROM view_cache WHERE encoding = %1").arg(EncodingColumnImage) + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        while (q.next())
            tokens << QString::fromUtf8(q.value(0).toByteArray());
    return tokens;
}

void ViewCache::forgetImage(const QString &token)
{
    if (token.isEmpty() || token.contains(QLatin1Char('/')) || token.contains(QLatin1Char('\\')))
        return;
    m_memoryImages.remove(token);
    const QString folder = imageFolder();
    if (!folder.isEmpty())
        QFile::remove(QDir(folder).filePath(token));
}

bool ViewCache::recordImage(const QString &viewId, const QString &queryKey, const ImageLocation &location, qint64 rows,
                            const QDateTime &fetchedAt, bool complete)
{
    if (!m_database.isOpen() || !location.isValid())
        return false;
    const QStringList previous =
        imageTokens(QStringLiteral(" AND view_id = ? AND query_key = ?"), {storeText(viewId), storeText(queryKey)});
    if (!writeRow(viewId, queryKey, fetchedAt, complete, rows, EncodingColumnImage, location.token.toUtf8()))
        return false;
    if (location.memory)
        m_memoryImages.insert(location.token, location.memory);
    for (const QString &old : previous)
        if (old != location.token)
            forgetImage(old);
    return true;
}

std::optional<CachedImage> ViewCache::loadImage(const QString &viewId, const QString &queryKey) const
{
    if (!m_database.isOpen())
        return std::nullopt;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT fetched_at, complete, record_count, payload FROM view_cache"
                             " WHERE view_id = ? AND query_key = ? AND encoding = ?"));
    q.addBindValue(storeText(viewId));
    q.addBindValue(storeText(queryKey));
    q.addBindValue(EncodingColumnImage);
    if (!q.exec() || !q.next())
        return std::nullopt;
    CachedImage image;
    image.fetchedAt = fromStoreTime(q.value(0).toLongLong());
    image.complete = q.value(1).toInt() != 0;
    image.rows = q.value(2).toLongLong();
    image.location.token = QString::fromUtf8(q.value(3).toByteArray());
    if (const auto memory = m_memoryImages.value(image.location.token)) {
        image.location.memory = memory;
        return image;
    }
    const QString folder = imageFolder();
    if (folder.isEmpty() || image.location.token.contains(QLatin1Char('/')))
        return std::nullopt;
    image.location.filePath = QDir(folder).filePath(image.location.token);
    if (!QFileInfo::exists(image.location.filePath))
        return std::nullopt;
    return image;
}

void ViewCache::pruneImages()
{
    const QString folder = imageFolder();
    if (folder.isEmpty())
        return;
    const QStringList known = imageTokens({}, {});
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QFileInfoList files =
        QDir(folder).entryInfoList({QLatin1Char('*') + ImageSuffix}, QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo &file : files)
        if (!known.contains(file.fileName()) && file.lastModified().toUTC() < hourAgo)
            QFile::remove(file.absoluteFilePath());
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
    q.prepare(QStringLiteral("SELECT fetched_at, payload FROM view_object WHERE view_id = ? AND query_key = ?"));
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
    const QStringList images =
        imageTokens(QStringLiteral(" AND view_id = ? AND query_key = ?"), {storeText(viewId), storeText(queryKey)});
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    bool ok = true;
    for (const QString &table : {QStringLiteral("view_cache"), QStringLiteral("view_object")}) {
        q.prepare(QLatin1String("DELETE FROM ") + table + QLatin1String(" WHERE view_id = ? AND query_key = ?"));
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
    if (!db.commit())
        return false;
    for (const QString &token : images)
        forgetImage(token);
    return true;
}

bool ViewCache::clear()
{
    if (!m_database.isOpen())
        return false;
    const QStringList images = imageTokens({}, {});
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
    if (!db.commit())
        return false;
    for (const QString &token : images)
        forgetImage(token);
    return true;
}

qint64 ViewCache::storedBytes() const
{
    if (!m_database.isOpen())
        return 0;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(sum(length(payload)), 0) FROM view_cache WHERE encoding <> %1")
                    .arg(EncodingColumnImage)) ||
        !q.next())
        return 0;
    qint64 bytes = q.value(0).toLongLong();
    const QString folder = imageFolder();
    for (const QString &token : imageTokens({}, {})) {
        if (const auto memory = m_memoryImages.value(token))
            bytes += memory->size();
        else if (!folder.isEmpty())
            bytes += QFileInfo(QDir(folder).filePath(token)).size();
    }
    return bytes;
}

} // namespace pmp::store
