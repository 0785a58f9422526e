#include "Database.h"

#include "SchemaMigrations.h"
#include "StoreLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QtEndian>

#include <atomic>

namespace pmp::store {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1; // extended result codes carry the primary code in the low byte
}

QString describe(const QSqlError &error)
{
    return error.text() + QLatin1String(" (SQLite code ") + error.nativeErrorCode() + QLatin1Char(')');
}

// Runs one statement returning one value (PRAGMAs, counts).
bool scalar(const QSqlDatabase &db, const QString &sql, QVariant *value, QSqlError *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError();
        return false;
    }
    *value = q.next() ? q.value(0) : QVariant();
    return true;
}

} // namespace

Database::Database(QString path) : m_path(std::move(path))
{
    static std::atomic<quint64> counter{0};
    m_connectionName = QLatin1String("pmp.store.") + QString::number(++counter);
}

Database::~Database()
{
    close();
}

QString Database::defaultPathFor(const QString &profileId)
{
    // Percent-encode so any id is one safe folder name ("." and ".." included); braces stay readable
    // because QUuid::toString() produces them.
    QString folder =
        QString::fromLatin1(QUrl::toPercentEncoding(profileId, QByteArrayLiteral("{}"), QByteArrayLiteral(".~")));
    if (folder.isEmpty())
        folder = QStringLiteral("_");
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QLatin1String("profiles/") + folder + QLatin1String("/patchdeck.sqlite"));
}

QString Database::memoryPath()
{
    return QStringLiteral(":memory:");
}

int Database::latestVersion()
{
    return SchemaMigrations::latestVersion();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (m_open) {
        // Lets SQLite refresh its planner statistics cheaply, as its documentation recommends at close.
        QSqlQuery q(connection());
        q.exec(QStringLiteral("PRAGMA optimize"));
    }
    disconnect();
    m_open = false;
    m_persistent = false;
    m_version = 0;
}

void Database::disconnect()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

// Damage (corrupt, not a database) means the file goes aside; trouble around the file (busy, read-only,
// disk full, I/O) means it is left alone, because a later start may well read it fine.
Database::Check Database::classify(const QSqlError &error, Verdict otherwise)
{
    switch (primaryCode(error)) {
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return {Verdict::Unreadable, 0, describe(error)};
    case 3:  // SQLITE_PERM
    case 5:  // SQLITE_BUSY
    case 6:  // SQLITE_LOCKED
    case 7:  // SQLITE_NOMEM
    case 8:  // SQLITE_READONLY
    case 9:  // SQLITE_INTERRUPT
    case 10: // SQLITE_IOERR
    case 13: // SQLITE_FULL
    case 14: // SQLITE_CANTOPEN
    case 15: // SQLITE_PROTOCOL
    case 23: // SQLITE_AUTH
        return {Verdict::CannotOpen, 0, describe(error)};
    default:
        return {otherwise, 0, describe(error)};
    }
}

Database::Check Database::connect(const QString &file)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return {Verdict::CannotOpen, 0, QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed")};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(file);
    // Another PatchDeck window on the same profile may hold a write lock for a moment.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return classify(db.lastError(), Verdict::CannotOpen);
    return {};
}

// Cheap checks on the raw bytes before SQLite sees them: SQLite opens anything lazily and only
// complains at the first read, and it reads a truncated file as zero pages without complaint.
Database::Check Database::checkHeader() const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return {Verdict::CannotOpen, 0, file.errorString()};
    const qint64 size = file.size();
    if (size == 0)
        return {}; // SQLite treats an empty file as an empty database
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return {Verdict::Unreadable, 0, QStringLiteral("not a SQLite file (header does not match)")};

    const uchar *h = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(h + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return {Verdict::Unreadable, 0, QStringLiteral("invalid page size %1 in the header").arg(pageSize)};
    const quint32 changeCounter = qFromBigEndian<quint32>(h + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(h + 28);
    const quint32 validFor = qFromBigEndian<quint32>(h + 92);
    // The page count in the header is only authoritative when valid-for matches the change counter,
    // and a WAL still holding frames may legitimately extend the file (crash mid-checkpoint).
    const QFileInfo wal(m_path + QLatin1String("-wal"));
    const bool walPending = wal.exists() && wal.size() > 0;
    if (pageCount > 0 && changeCounter == validFor && !walPending && size < qint64(pageCount) * pageSize)
        return {Verdict::Unreadable, 0,
                QStringLiteral("truncated: the header says %1 pages of %2 bytes, the file has %3 bytes")
                    .arg(pageCount)
                    .arg(pageSize)
                    .arg(size)};
    return {};
}

Database::Check Database::examine()
{
    const QSqlDatabase db = connection();
    QVariant appId, userVersion, objects;
    QSqlError error;
    if (!scalar(db, QStringLiteral("PRAGMA application_id"), &appId, &error) ||
        !scalar(db, QStringLiteral("PRAGMA user_version"), &userVersion, &error) ||
        !scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &objects, &error))
        return classify(error, Verdict::Unreadable);

    const int version = userVersion.toInt();
    if (appId.toInt() != SchemaMigrations::ApplicationId) {
        if (appId.toInt() == 0 && version == 0 && objects.toInt() == 0)
            return {}; // an empty SQLite file holds nothing anyone could lose
        return {Verdict::Foreign, version,
                QStringLiteral("application_id 0x%1 (PatchDeck uses 0x%2), user_version %3, %4 schema objects")
                    .arg(quint32(appId.toInt()), 8, 16, QLatin1Char('0'))
                    .arg(quint32(SchemaMigrations::ApplicationId), 8, 16, QLatin1Char('0'))
                    .arg(version)
                    .arg(objects.toInt())};
    }
    if (version > SchemaMigrations::latestVersion())
        return {Verdict::Newer, version,
                QStringLiteral("schema version %1; this PatchDeck knows versions up to %2")
                    .arg(version)
                    .arg(SchemaMigrations::latestVersion())};
    if (version <= 0)
        return {Verdict::Unreadable, version, QStringLiteral("PatchDeck file without a schema version")};

    // Reads every page once, so damage is found now rather than in the middle of a view.
    QVariant check;
    if (!scalar(db, QStringLiteral("PRAGMA quick_check(1)"), &check, &error))
        return classify(error, Verdict::Unreadable);
    if (check.toString() != QLatin1String("ok"))
        return {Verdict::Unreadable, version, QStringLiteral("quick_check: ") + check.toString()};
    return {Verdict::Usable, version, {}};
}

Database::Check Database::configure()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return classify(q.lastError(), Verdict::CannotOpen);
    // WAL: readers never block the writer, and a crash can never leave a half-written page.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return classify(q.lastError(), Verdict::CannotOpen);
    const QString mode = q.next() ? q.value(0).toString() : QString();
    if (mode != QLatin1String("wal") && mode != QLatin1String("memory"))
        qCInfo(lcStore) << "store journal mode is" << mode << "(WAL unavailable, e.g. on a network share)";
    // FULL: the journal entry of a write must survive a power loss once the request has gone out.
    // Commits are rare (one per fetched view, two per write action), so the fsync is affordable.
    if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return classify(q.lastError(), Verdict::CannotOpen);
    return {};
}

Database::Check Database::migrate(int fromVersion)
{
    QSqlDatabase db = connection();
    for (const SchemaMigrations::Step &step : SchemaMigrations::steps()) {
        if (step.version <= fromVersion)
            continue;
        if (!db.transaction())
            return classify(db.lastError(), Verdict::MigrationFailed);
        QSqlQuery q(db);
        QStringList statements = step.statements;
        statements << QStringLiteral("PRAGMA user_version = %1").arg(step.version);
        for (const QString &sql : std::as_const(statements)) {
            if (!q.exec(sql)) {
                Check failed = classify(q.lastError(), Verdict::MigrationFailed);
                failed.detail = QStringLiteral("upgrade to version %1 (%2) failed: %3")
                                    .arg(step.version)
                                    .arg(step.summary, failed.detail);
                q.finish();
                db.rollback();
                return failed;
            }
        }
        q.finish();
        if (!db.commit()) {
            const Check failed = classify(db.lastError(), Verdict::MigrationFailed);
            db.rollback();
            return failed;
        }
        if (fromVersion > 0)
            qCInfo(lcStore) << "store upgraded to schema version" << step.version << step.summary;
    }
    m_version = SchemaMigrations::latestVersion();
    return {};
}

Database::Check Database::verifyTables()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return classify(q.lastError(), Verdict::Unreadable);
    QStringList present;
    while (q.next())
        present << q.value(0).toString();
    QStringList missing;
    for (const QString &table : SchemaMigrations::requiredTables())
        if (!present.contains(table))
            missing << table;
    if (!missing.isEmpty())
        return {Verdict::Unreadable, m_version, QStringLiteral("tables missing: ") + missing.join(QLatin1String(", "))};
    return {};
}

// Connects and brings the file to the latest schema; `userVersion` of the result is what was found.
Database::Check Database::prepareConnected(const QString &file)
{
    Check c = connect(file);
    if (!c.ok())
        return c;
    const Check found = examine();
    if (!found.ok())
        return found;
    c = configure();
    if (c.ok())
        c = migrate(found.userVersion);
    if (c.ok())
        c = verifyTables();
    if (!c.ok()) {
        c.userVersion = found.userVersion;
        return c;
    }
    return found;
}

OpenResult Database::open()
{
    close();
    OpenResult result;

    if (m_path == memoryPath()) {
        const Check c = prepareConnected(m_path);
        if (!c.ok()) {
            disconnect();
            result.status = OpenResult::Status::Temporary;
            result.reason = OpenResult::Reason::CannotOpen;
            result.detail = c.detail;
            result.message = tr("PatchDeck could not create its local cache (%1), so nothing is cached this "
                                "session.")
                                 .arg(c.detail);
            qCWarning(lcStore) << "in-memory store could not be created:" << c.detail;
            return result;
        }
        m_open = true;
        result.version = m_version;
        return result;
    }

    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        result.reason = OpenResult::Reason::CannotOpen;
        result.detail = QStringLiteral("cannot create the folder %1").arg(native(info.absolutePath()));
        return openTemporary(result, tr("The local cache at %1 could not be created. PatchDeck keeps this "
                                        "session's data in memory only.")
                                         .arg(native(m_path)));
    }

    Check c = checkHeader();
    if (c.ok())
        c = prepareConnected(m_path);
    if (c.ok()) {
        m_open = true;
        m_persistent = true;
        result.previousVersion = c.userVersion;
        result.version = m_version;
        if (c.verdict == Verdict::Fresh)
            result.status = OpenResult::Status::Created;
        else if (c.userVersion < m_version)
            result.status = OpenResult::Status::Upgraded;
        else
            result.status = OpenResult::Status::Opened;
        return result;
    }
    disconnect();

    result.detail = c.detail;
    result.previousVersion = c.userVersion;
    switch (c.verdict) {
    case Verdict::Foreign:
        result.reason = OpenResult::Reason::Foreign;
        break;
    case Verdict::Newer:
        result.reason = OpenResult::Reason::Newer;
        break;
    case Verdict::MigrationFailed:
        result.reason = OpenResult::Reason::MigrationFailed;
        break;
    case Verdict::CannotOpen:
        result.reason = OpenResult::Reason::CannotOpen;
        break;
    default:
        result.reason = OpenResult::Reason::Unreadable;
        break;
    }
    qCWarning(lcStore) << "store file" << m_path << "not usable:" << c.detail;

    if (c.verdict == Verdict::CannotOpen)
        return openTemporary(result, tr("The local cache at %1 could not be opened. PatchDeck keeps this session's "
                                        "data in memory only and leaves the file untouched.")
                                         .arg(native(m_path)));

    QString aside, moveError;
    if (!moveAside(&aside, &moveError)) {
        result.detail += QLatin1String("; moving it aside failed: ") + moveError;
        return openTemporary(result, tr("The local cache at %1 could not be read and could not be moved aside. "
                                        "PatchDeck keeps this session's data in memory only and leaves the file "
                                        "untouched.")
                                         .arg(native(m_path)));
    }
    result.movedAsidePath = aside;
    qCWarning(lcStore) << "store file moved aside to" << aside;

    const Check fresh = prepareConnected(m_path);
    if (!fresh.ok()) {
        disconnect();
        result.detail += QLatin1String("; creating a new cache failed: ") + fresh.detail;
        return openTemporary(result, tr("The local cache at %1 could not be read and was moved aside to %2, but "
                                        "a new cache could not be created. PatchDeck keeps this session's data "
                                        "in memory only.")
                                         .arg(native(m_path), native(aside)));
    }
    m_open = true;
    m_persistent = true;
    result.status = OpenResult::Status::Replaced;
    result.version = m_version;
    switch (result.reason) {
    case OpenResult::Reason::Foreign:
        result.message = tr("The file at %1 is not a PatchDeck cache and was moved aside to %2; PatchDeck "
                            "starts with an empty cache.")
                             .arg(native(m_path), native(aside));
        break;
    case OpenResult::Reason::Newer:
        result.message = tr("The local cache at %1 was written by a newer version of PatchDeck and was moved "
                            "aside to %2 rather than downgraded; PatchDeck starts with an empty cache.")
                             .arg(native(m_path), native(aside));
        break;
    case OpenResult::Reason::MigrationFailed:
        result.message = tr("The local cache at %1 could not be upgraded to this version of PatchDeck and was "
                            "moved aside to %2; PatchDeck starts with an empty cache.")
                             .arg(native(m_path), native(aside));
        break;
    default:
        result.message = tr("The local cache at %1 could not be read and was moved aside to %2; PatchDeck "
                            "starts with an empty cache.")
                             .arg(native(m_path), native(aside));
        break;
    }
    return result;
}

OpenResult Database::openTemporary(OpenResult result, const QString &message)
{
    result.status = OpenResult::Status::Temporary;
    result.message = message;
    const Check c = prepareConnected(memoryPath());
    if (!c.ok()) {
        disconnect();
        result.detail += QLatin1String("; the in-memory cache failed too: ") + c.detail;
        qCWarning(lcStore) << "in-memory store could not be created:" << c.detail;
        return result;
    }
    m_open = true;
    m_persistent = false;
    result.version = m_version;
    qCWarning(lcStore) << "store for" << m_path << "kept in memory this session:" << result.detail;
    return result;
}

// Renames the file and its SQLite side files (WAL, shared memory, rollback journal) together, because
// a WAL or hot journal left behind would be replayed into the new, unrelated database.
bool Database::moveAside(QString *asidePath, QString *error) const
{
    static const QStringList sideSuffixes = {QStringLiteral("-wal"), QStringLiteral("-shm"),
                                             QStringLiteral("-journal")};
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = m_path + QLatin1String(".unreadable-") + stamp;
    QString aside = base;
    auto taken = [](const QString &candidate) {
        if (QFileInfo::exists(candidate))
            return true;
        for (const QString &suffix : sideSuffixes)
            if (QFileInfo::exists(candidate + suffix))
                return true;
        return false;
    };
    for (int n = 2; taken(aside); ++n)
        aside = base + QLatin1Char('-') + QString::number(n);

    QFile main(m_path);
    if (!main.rename(aside)) {
        *error = main.errorString();
        return false;
    }
    QStringList moved;
    for (const QString &suffix : sideSuffixes) {
        QFile side(m_path + suffix);
        if (!side.exists())
            continue;
        if (side.rename(aside + suffix)) {
            moved << suffix;
            continue;
        }
        *error = side.errorString();
        for (const QString &back : std::as_const(moved))
            QFile::rename(aside + back, m_path + back);
        QFile::rename(aside, m_path);
        return false;
    }
    *asidePath = aside;
    return true;
}

} // namespace pmp::store
