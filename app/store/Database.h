#pragma once

#include "OpenResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace pmp::store {

// One profile's SQLite store: opens (or creates) the file, upgrades its schema, and never lets an
// unusable file stop the console — such a file is moved aside, never deleted, and the result says so.
// A Database and everything using it belong to the thread that opened it (a Qt SQL rule).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(pmp::store::Database)

public:
    // `path` is the SQLite file; ":memory:" gives a store that lives for this session only.
    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // <AppDataLocation>/profiles/<profileId>/patchdeck.sqlite
    static QString defaultPathFor(const QString &profileId);
    static QString memoryPath();
    static int latestVersion();

    OpenResult open();
    void close();

    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    // Whether data written now is kept in the file (false for ":memory:" and the fallback).
    bool isPersistent() const { return m_open && m_persistent; }
    // The Qt SQL connection (unique per Database, so several stores can be open at once).
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }

private:
    enum class Verdict
    {
        Fresh,
        Usable,
        Unreadable,
        Foreign,
        Newer,
        MigrationFailed,
        CannotOpen
    };
    struct Check
    {
        Verdict verdict = Verdict::Fresh;
        int userVersion = 0;
        QString detail;
        bool ok() const { return verdict == Verdict::Fresh || verdict == Verdict::Usable; }
    };

    static Check classify(const QSqlError &error, Verdict otherwise);
    Check connect(const QString &file);
    void disconnect();
    Check checkHeader() const;
    Check examine();
    Check configure();
    Check migrate(int fromVersion);
    Check verifyTables();
    Check prepareConnected(const QString &file);
    bool moveAside(QString *asidePath, QString *error) const;
    OpenResult openTemporary(OpenResult result, const QString &why);

    QString m_path;
    QString m_connectionName;
    bool m_open = false;
    bool m_persistent = false;
    int m_version = 0;
};

} // namespace pmp::store
