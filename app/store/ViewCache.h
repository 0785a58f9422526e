#pragma once

#include "api/Record.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

#include <QHash>

#include <memory>
#include <optional>

namespace pmp::store {

class Database;

// The rows of a view as last fetched.
struct CachedView
{
    QList<api::Record> records;
    QDateTime fetchedAt;   // UTC
    bool complete = false; // every page arrived; otherwise the view says the data is partial
};

// A single-object view as last fetched (summaries, server properties).
struct CachedObject
{
    QJsonObject object;
    QDateTime fetchedAt; // UTC
};

// A list in the form the cache stores it.
struct EncodedView
{
    int encoding = 0; // 1: qCompress(compact JSON array)
    qint64 recordCount = 0;
    QByteArray payload;
};

// Where the rows of a list view are kept: a file of their own beside the store (a column image,
// written and read by a worker thread), or memory for a store that lives only this session.
struct ImageLocation
{
    QString token;                      // what the view_cache row records: the file's name
    QString filePath;                   // empty for memory
    std::shared_ptr<QByteArray> memory; // session-only stores
    bool isValid() const { return !token.isEmpty(); }
};

// A list view's rows as last fetched, in the console's own column form (models::ColumnImage).
struct CachedImage
{
    ImageLocation location;
    QDateTime fetchedAt; // UTC
    bool complete = false;
    qint64 rows = 0;
};

// The last fetched data of every view and query, so a window opens instantly with data marked
// "as of <time>" while the fresh fetch runs. A list is stored as one compressed JSON array: views
// always need all rows at once, and one blob saves and loads 50,000 records far faster than rows
// would. Losing the cache loses nothing that a fetch does not bring back, so failures are logged and
// reported as "not cached" rather than raised.
class ViewCache
{
public:
    explicit ViewCache(Database &database);

    // `queryKey` tells apart the filters of one view ("" for the unfiltered list).
    bool save(const QString &viewId, const QString &queryKey, const QList<api::Record> &records,
              const QDateTime &fetchedAt, bool complete);
    std::optional<CachedView> load(const QString &viewId, const QString &queryKey) const;

    // The same in two halves. Encoding and decoding are most of the time (about 0.4 s each way for
    // 50,000 records) and touch no database, so a caller can run them on a worker thread and keep only
    // the SQL on the store's thread.
    static EncodedView encode(const QList<api::Record> &records);
    static std::optional<QList<api::Record>> decode(const EncodedView &encoded);
    bool saveEncoded(const QString &viewId, const QString &queryKey, const EncodedView &encoded,
                     const QDateTime &fetchedAt, bool complete);
    // `records` of the result is empty; decode `encoded` to get them.
    std::optional<CachedView> loadEncoded(const QString &viewId, const QString &queryKey, EncodedView *encoded) const;

    // List views: a fresh place to write an image to (never the one a reader may have open), then,
    // once it is written, the record that makes it the view's cache (the previous image is deleted).
    ImageLocation newImageLocation(const QString &viewId) const;
    bool recordImage(const QString &viewId, const QString &queryKey, const ImageLocation &location, qint64 rows,
                     const QDateTime &fetchedAt, bool complete);
    std::optional<CachedImage> loadImage(const QString &viewId, const QString &queryKey) const;
    // Image files no view_cache row names (a crash between writing and recording), older than an hour.
    void pruneImages();

    bool saveObject(const QString &viewId, const QString &queryKey, const QJsonObject &object,
                    const QDateTime &fetchedAt);
    std::optional<CachedObject> loadObject(const QString &viewId, const QString &queryKey) const;

    bool remove(const QString &viewId, const QString &queryKey);
    // Forgets everything cached (the journal, history and APD tasks stay).
    bool clear();
    // Compressed bytes held for lists, for a "cache size" line in settings.
    qint64 storedBytes() const;

private:
    bool writeRow(const QString &viewId, const QString &queryKey, const QDateTime &fetchedAt, bool complete,
                  qint64 records, int encoding, const QByteArray &payload);
    QString imageFolder() const;
    void forgetImage(const QString &token);
    QStringList imageTokens(const QString &where, const QVariantList &values) const;

    Database &m_database;
    QHash<QString, std::shared_ptr<QByteArray>> m_memoryImages; // session-only stores
};

} // namespace pmp::store
