#include "store/ActionJournal.h"
#include "store/ApdTaskRegistry.h"
#include "store/Database.h"
#include "store/SchemaMigrations.h"
#include "store/SummaryHistory.h"
#include "store/ViewCache.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pmp::store;

namespace {

// Runs statements on a file through a private connection, the way another program (or an older
// PatchDeck) would have written it.
void writeRawSqlite(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql + QLatin1String(": ") + q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QVariant rawScalar(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw-reader");
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(gen.bounded(256));
    return bytes;
}

// The schema as version 1 shipped it, written by hand: it pins what existing files look like, so
// the migration test does not simply run today's step 1.
QStringList versionOneSchema()
{
    return {
        QStringLiteral("PRAGMA application_id = %1").arg(SchemaMigrations::ApplicationId),
        QStringLiteral("CREATE TABLE view_cache (view_id TEXT NOT NULL, query_key TEXT NOT NULL, fetched_at INTEGER "
                       "NOT NULL, complete INTEGER NOT NULL, record_count INTEGER NOT NULL, encoding INTEGER NOT NULL, "
                       "payload BLOB NOT NULL, PRIMARY KEY (view_id, query_key))"),
        QStringLiteral("CREATE TABLE view_object (view_id TEXT NOT NULL, query_key TEXT NOT NULL, fetched_at INTEGER "
                       "NOT NULL, payload TEXT NOT NULL, PRIMARY KEY (view_id, query_key))"),
        QStringLiteral("CREATE TABLE summary_snapshot (hour INTEGER PRIMARY KEY, taken_at INTEGER NOT NULL, "
                       "missing_critical INTEGER, missing_important INTEGER, missing_moderate INTEGER, missing_low "
                       "INTEGER, missing_unrated INTEGER, missing_total INTEGER, missing_patches INTEGER, "
                       "installed_patches INTEGER, applicable_patches INTEGER, highly_vulnerable_systems INTEGER, "
                       "vulnerable_systems INTEGER, healthy_systems INTEGER, health_unknown_systems INTEGER, "
                       "total_systems INTEGER, unscanned_systems INTEGER, scan_failures INTEGER, agents_live INTEGER, "
                       "agents_down INTEGER, agents_total INTEGER, agents_installed INTEGER, contact_over_30_days "
                       "INTEGER)"),
        QStringLiteral("CREATE INDEX summary_snapshot_taken ON summary_snapshot(taken_at)"),
        QStringLiteral("CREATE TABLE action_journal (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at INTEGER NOT "
                       "NULL, profile TEXT NOT NULL, operation_code TEXT NOT NULL, operation_title TEXT NOT NULL, "
                       "summary TEXT NOT NULL, targets TEXT NOT NULL, payload TEXT NOT NULL, request_id TEXT NOT "
                       "NULL, outcome TEXT NOT NULL, message TEXT NOT NULL DEFAULT '', error_kind TEXT NOT NULL "
                       "DEFAULT '')"),
        QStringLiteral("CREATE TABLE apd_task (name TEXT PRIMARY KEY, settings TEXT NOT NULL, state TEXT NOT NULL, "
                       "created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"),
        QStringLiteral("PRAGMA user_version = 1"),
    };
}

// The two log lines a move-aside writes; expected, so they do not clutter the test output.
// Opens a store file that has to be moved aside, expecting the two warnings that say so.
OpenResult openMovingAside(Database &db)
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("store file .* not usable")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("store file moved aside to")));
    return db.open();
}

const QRegularExpression asideName(QStringLiteral("patchdeck\\.sqlite\\.unreadable-\\d{8}-\\d{6}$"));

} // namespace

class StoreDatabaseTest : public QObject
{
    Q_OBJECT

    // A store that works after open(): a write and a read through the public classes.
    static void checkUsable(Database &db)
    {
        ApdTaskRegistry registry(db);
        QVERIFY(registry.upsert(QStringLiteral("probe"), {}, ApdTask::State::Active));
        QVERIFY(registry.find(QStringLiteral("probe")).has_value());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void freshCreate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles/p1/patchdeck.sqlite"));
        Database db(path);
        const OpenResult result = db.open();
        QCOMPARE(result.status, OpenResult::Status::Created);
        QCOMPARE(result.reason, OpenResult::Reason::None);
        QVERIFY(!result.needsAttention());
        QCOMPARE(result.previousVersion, 0);
        QCOMPARE(result.version, Database::latestVersion());
        QVERIFY(db.isOpen());
        QVERIFY(db.isPersistent());
        QVERIFY(QFile::exists(path));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toInt(), SchemaMigrations::ApplicationId);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        checkUsable(db);
    }

    void emptyFileIsTakenOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("patchdeck.sqlite"));
        writeBytes(path, {});
        Database db(path);
        QCOMPARE(db.open().status, OpenResult::Status::Created);
        checkUsable(db);
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("patchdeck.sqlite"));
        {
            Database db(path);
            QCOMPARE(db.open().status, OpenResult::Status::Created);
            ApdTaskRegistry registry(db);
            QVERIFY(registry.upsert(QStringLiteral("Weekly"), {{QStringLiteral("k"), 1}}, ApdTask::State::Active));
        }
        Database db(path);
        const OpenResult result = db.open();
        QCOMPARE(result.status, OpenResult::Status::Opened);
        QCOMPARE(result.previousVersion, Database::latestVersion());
        QVERIFY(!result.needsAttention());
        const auto task = ApdTaskRegistry(db).find(QStringLiteral("Weekly"));
        QVERIFY(task.has_value());
        QCOMPARE(task->settings.value(QStringLiteral("k")).toInt(), 1);
    }

    void migratesVersionOneFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("patchdeck.sqlite"));
        QStringList statements = versionOneSchema();
        statements << QStringLiteral(
                          "INSERT INTO action_journal (started_at, profile, operation_code, operation_title,"
                          " summary, targets, payload, request_id, outcome, message, error_kind) VALUES"
                          " (1700000000000, 'Prod', 'E13', 'approvePatch', 'Approve 2 patches', '[\"101\",\"102\"]',"
                          " '{\"body\":{\"PatchIDs\":[101,102]}}', 'req-1', 'succeeded', 'Done', '')")
                   << QStringLiteral("INSERT INTO apd_task VALUES ('Nightly', '{\"a\":\"1\"}', 'suspended', 1, 2)")
                   << QStringLiteral("INSERT INTO summary_snapshot (hour, taken_at, missing_critical) VALUES (472222, "
                                     "1700000000000, 7)");
        writeRawSqlite(path, statements);
        QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);

        Database db(path);
        const OpenResult result = db.open();
        QCOMPARE(result.status, OpenResult::Status::Upgraded);
        QCOMPARE(result.previousVersion, 1);
        QCOMPARE(result.version, Database::latestVersion());
        QVERIFY(!result.needsAttention());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::latestVersion());

        // Version 2's changes are there...
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('action_journal') WHERE name = "
                                           "'completed_at'"))
                     .toInt(),
                 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = "
                                           "'action_journal_started'"))
                     .toInt(),
                 1);
        // ...and every row of version 1 survived, readable through today's classes.
        const QList<JournalEntry> entries = ActionJournal(db).query();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().summary, QStringLiteral("Approve 2 patches"));
        QCOMPARE(entries.first().targets, (QStringList{QStringLiteral("101"), QStringLiteral("102")}));
        QCOMPARE(entries.first().outcome, JournalEntry::Outcome::Succeeded);
        QVERIFY(!entries.first().completedAt.isValid()); // not recorded by version 1
        const auto task = ApdTaskRegistry(db).find(QStringLiteral("Nightly"));
        QVERIFY(task.has_value());
        QCOMPARE(task->state, ApdTask::State::Suspended);
        QCOMPARE(scalar(db, QStringLiteral("SELECT missing_critical FROM summary_snapshot")).toInt(), 7);
        // Version 4's failed-deployment column: the old snapshot did not count them, so it reads as
        // unknown rather than zero.
        const auto old = SummaryHistory(db).latest();
        QVERIFY(old.has_value());
        QCOMPARE(old->value(SummaryMetric::MissingCritical), std::optional<qint64>(7));
        QVERIFY(!old->value(SummaryMetric::FailedDeploymentSystems).has_value());

        // A second open finds nothing left to do.
        db.close();
        QCOMPARE(db.open().status, OpenResult::Status::Opened);
    }

    void unreadableFileMovedAside_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("random bytes") << randomBytes(64 * 1024, 42);
        QTest::newRow("short text") << QByteArray("hello, I am not a database\n");
        QTest::newRow("sqlite magic then garbage") << (QByteArray("SQLite format 3\0", 16) + randomBytes(8 * 1024, 7));
    }
    void unreadableFileMovedAside()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("patchdeck.sqlite"));
        writeBytes(path, bytes);

        Database db(path);
        const OpenResult result = openMovingAside(db);
        QCOMPARE(result.status, OpenResult::Status::Replaced);
        QCOMPARE(result.reason, OpenResult::Reason::Unreadable);
        QVERIFY2(asideName.match(result.movedAsidePath).hasMatch(), qPrintable(result.movedAsidePath));
        QCOMPARE(readAll(result.movedAsidePath), bytes); // moved, byte for byte, never deleted
        QVERIFY(result.needsAttention());
        QVERIFY(result.message.contains(QDir::toNativeSeparators(path)));
        QVERIFY(result.message.contains(QDir::toNativeSeparators(result.movedAsidePath)));
        QVERIFY(result.message.contains(QLatin1String("could not be read and was moved aside")));
        QVERIFY(result.message.contains(QLatin1String("starts with an empty cache")));
        QVERIFY(!result.detail.isEmpty());
        QVERIFY(db.isPersistent());
        QCOMPARE(result.version, Database::latestVersion());
        checkUsable(db);
    }

    void truncatedFileMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("patchdeck.sqlite"));
        {
            Database db(path);
            QVERIFY(db.open().isPersistent());
            ViewCache cache(db);
            QList<pmp::api::Record> records;
            for (int i = 0; i < 2000; ++i)
                records << pmp::api::Record(
                    QJsonObject{{QStringLiteral("id"), i},
                                {QStringLiteral("noise"), QString::fromLatin1(randomBytes(64, quint32(i)).toHex())}});
            QVERIFY(cache.save(QStringLiteral("computers"), {}, records, QDateTime::currentDateTimeUtc(), true));
        }
        QVERIFY(!QFile::exists(path + QLatin1String("-wal"))); // checkpointed at close
        const QByteArray whole = readAll(path);
        QVERIFY(whole.size() > 16 * 1024);
        writeBytes(path, whole.left(whole.size() / 2));

        Database db(path);
        const OpenResult result = openMovingAside(db);
        QCOMPARE(result.status, OpenResult::Status::Replaced);
        QCOMPARE(result.reason, OpenResult::Reason::Unreadable);
        QVERIFY2(result.detail.contains(QLatin1String("truncated")), qPrintable(result.detail));
        QCOMPARE(readAll(result.movedAsidePath), whole.left(whole.size() / 2));
        QVERIFY(!ViewCache(db).load(QStringLiteral("computers"), {}).has_value());
        checkUsable(db);
    }

    void foreignSqliteMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("patchdeck.sqlite"));
        writeRawSqlite(path, {QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"),
                              QStringLiteral("INSERT INTO customers (name) VALUES ('Ada'), ('Grace')")});

        Database db(path);
        const OpenResult result = openMovingAside(db);
        QCOMPARE(result.status, OpenResult::Status::Replaced);
        QCOMPARE(result.reason, OpenResult::Reason::Foreign);
        QVERIFY2(asideName.match(result.movedAsidePath).hasMatch(), qPrintable(result.movedAsidePath));
        QVERIFY(result.message.contains(QLatin1String("not a PatchDeck cache")));
        QVERIFY(result.message.contains(QDir::toNativeSeparators(result.movedAsidePath)));
        // Their data is intact where it went, and their tables are not in ours.
        QCOMPARE(rawScalar(result.movedAsidePath, QStringLiteral("SELECT count(*) FROM customers")).toInt(), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'customers'")).toInt(), 0);
        checkUsable(db);
    }

    void newerFileMovedAsideNotDowngraded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("patchdeck.sqlite"));
        const int future = Database::latestVersion() + 5;
        QStringList statements = versionOneSchema();
        statements << QStringLiteral("CREATE TABLE something_new (x)")
                   << QStringLiteral("INSERT INTO apd_task VALUES ('FromTheFuture', '{}', 'active', 1, 2)")
                   << QStringLiteral("PRAGMA user_version = %1").arg(future);
        writeRawSqlite(path, statements);

        Database db(path);
        const OpenResult result = openMovingAside(db);
        QCOMPARE(result.status, OpenResult::Status::Replaced);
        QCOMPARE(result.reason, OpenResult::Reason::Newer);
        QCOMPARE(result.previousVersion, future);
        QVERIFY(result.message.contains(QLatin1String("newer version of PatchDeck")));
        QVERIFY(result.message.contains(QLatin1String("rather than downgraded")));
        QCOMPARE(rawScalar(result.movedAsidePath, QStringLiteral("PRAGMA user_version")).toInt(), future);
        QCOMPARE(rawScalar(result.movedAsidePath, QStringLiteral("SELECT name FROM apd_task")).toString(),
                 QStringLiteral("FromTheFuture"));
        QVERIFY(!ApdTaskRegistry(db).find(QStringLiteral("FromTheFuture")).has_value());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::latestVersion());
    }

    void damagedOwnFileMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("patchdeck.sqlite"));
        QStringList statements = versionOneSchema();
        statements << QStringLiteral("DROP TABLE apd_task")
                   << QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion());
        writeRawSqlite(path, statements);
        Database db(path);
        const OpenResult result = openMovingAside(db);
        QCOMPARE(result.status, OpenResult::Status::Replaced);
        QVERIFY(QFile::exists(result.movedAsidePath));
        checkUsable(db);
    }

    void failedUpgradeRollsBackAndMovesAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("patchdeck.sqlite"));
        // A version-1 file that already has the column version 2 adds: the upgrade step fails.
        QStringList statements = versionOneSchema();
        statements << QStringLiteral("ALTER TABLE action_journal ADD COLUMN completed_at INTEGER")
                   << QStringLiteral("INSERT INTO apd_task VALUES ('Kept', '{}', 'active', 1, 2)");
        writeRawSqlite(path, statements);

        Database db(path);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not usable: .*upgrade to version 2")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("moved aside to")));
        const OpenResult result = db.open();
        QCOMPARE(result.status, OpenResult::Status::Replaced);
        QCOMPARE(result.reason, OpenResult::Reason::MigrationFailed);
        QCOMPARE(result.previousVersion, 1);
        QVERIFY(result.message.contains(QLatin1String("could not be upgraded")));
        QVERIFY2(result.detail.contains(QLatin1String("duplicate column")), qPrintable(result.detail));
        // The failed step left the file exactly at version 1, data included.
        QCOMPARE(rawScalar(result.movedAsidePath, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(rawScalar(result.movedAsidePath, QStringLiteral("SELECT name FROM apd_task")).toString(),
                 QStringLiteral("Kept"));
        QCOMPARE(rawScalar(result.movedAsidePath, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                                                 "'action_journal_started'"))
                     .toInt(),
                 0);
        checkUsable(db);
    }

    void sideFilesTravelWithTheFile()
    {
        // A WAL or rollback journal left next to the new database would be replayed into it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("patchdeck.sqlite"));
        writeBytes(path, randomBytes(4096, 3));
        writeBytes(path + QLatin1String("-wal"), "stale wal");
        writeBytes(path + QLatin1String("-journal"), "stale journal");
        Database db(path);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not usable")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("moved aside to")));
        const OpenResult result = db.open();
        QCOMPARE(result.status, OpenResult::Status::Replaced);
        QCOMPARE(readAll(result.movedAsidePath + QLatin1String("-wal")), QByteArray("stale wal"));
        QCOMPARE(readAll(result.movedAsidePath + QLatin1String("-journal")), QByteArray("stale journal"));
        QVERIFY(!QFile::exists(path + QLatin1String("-journal")));
        QVERIFY(readAll(path + QLatin1String("-wal")) != QByteArray("stale wal"));
        checkUsable(db);
    }

    void asideNamesNeverCollide()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("patchdeck.sqlite"));
        QStringList asides;
        for (int i = 0; i < 3; ++i) { // within one second: the names must still differ
            writeBytes(path, "junk " + QByteArray::number(i));
            Database db(path);
            const OpenResult result = openMovingAside(db);
            QCOMPARE(result.status, OpenResult::Status::Replaced);
            QCOMPARE(readAll(result.movedAsidePath), "junk " + QByteArray::number(i));
            asides << result.movedAsidePath;
            db.close();
            QFile::remove(path);
            QFile::remove(path + QLatin1String("-wal"));
            QFile::remove(path + QLatin1String("-shm"));
        }
        asides.removeDuplicates();
        QCOMPARE(asides.size(), 3);
    }

    void unusableLocationFallsBackToMemory()
    {
        QTemporaryDir dir;
        // The parent "folder" is a file, so nothing can be created there, whoever runs the test.
        const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
        writeBytes(blocker, "x");
        const QString path = blocker + QLatin1String("/patchdeck.sqlite");
        Database db(path);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("kept in memory this session")));
        const OpenResult result = db.open();
        QCOMPARE(result.status, OpenResult::Status::Temporary);
        QCOMPARE(result.reason, OpenResult::Reason::CannotOpen);
        QVERIFY(!result.isPersistent());
        QVERIFY(result.message.contains(QDir::toNativeSeparators(path)));
        QVERIFY(result.message.contains(QLatin1String("memory only")));
        QVERIFY(db.isOpen());
        QVERIFY(!db.isPersistent());
        QCOMPARE(readAll(blocker), QByteArray("x"));
        checkUsable(db);
    }

    void memoryStore()
    {
        Database db(Database::memoryPath());
        const OpenResult result = db.open();
        QCOMPARE(result.status, OpenResult::Status::Created);
        QVERIFY(db.isOpen());
        QVERIFY(!db.isPersistent());
        checkUsable(db);
    }

    void twoDatabasesAtOnce()
    {
        QTemporaryDir dir;
        Database a(dir.filePath(QStringLiteral("a/patchdeck.sqlite")));
        Database b(dir.filePath(QStringLiteral("b/patchdeck.sqlite")));
        QCOMPARE(a.open().status, OpenResult::Status::Created);
        QCOMPARE(b.open().status, OpenResult::Status::Created);
        QVERIFY(a.connectionName() != b.connectionName());
        ApdTaskRegistry ra(a), rb(b);
        QVERIFY(ra.upsert(QStringLiteral("only-in-a"), {}, ApdTask::State::Active));
        QVERIFY(rb.upsert(QStringLiteral("only-in-b"), {}, ApdTask::State::Active));
        QCOMPARE(ra.all().size(), 1);
        QCOMPARE(rb.all().size(), 1);
        QVERIFY(ra.find(QStringLiteral("only-in-a")));
        QVERIFY(!ra.find(QStringLiteral("only-in-b")));
        QVERIFY(rb.find(QStringLiteral("only-in-b")));
        a.close();
        QVERIFY(!a.isOpen());
        QVERIFY(rb.find(QStringLiteral("only-in-b"))); // closing one leaves the other alone
        QVERIFY(!ra.upsert(QStringLiteral("after-close"), {}, ApdTask::State::Active));
    }

    void defaultPath()
    {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QCOMPARE(Database::defaultPathFor(QStringLiteral("0b7c1e2a-9f3d-4c55-8e21-3a6f1d2b4c5e")),
                 QDir(base).filePath(QStringLiteral("profiles/0b7c1e2a-9f3d-4c55-8e21-3a6f1d2b4c5e/patchdeck.sqlite")));
        // No id can climb out of the profiles folder.
        const QString hostile = Database::defaultPathFor(QStringLiteral("../../etc"));
        QVERIFY(QDir::cleanPath(hostile).startsWith(QDir(base).filePath(QStringLiteral("profiles/"))));
        QVERIFY(!hostile.contains(QLatin1String("/../")));
        QVERIFY(Database::defaultPathFor(QStringLiteral("..")) != Database::defaultPathFor(QStringLiteral(".")));
    }
};

QTEST_GUILESS_MAIN(StoreDatabaseTest)
#include "StoreDatabaseTest.moc"
