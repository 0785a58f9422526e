#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pmp::store {

class Database;

// An Automatic Patch Deployment task as this profile last knew it.
struct ApdTask
{
    enum class State
    {
        Active,
        Suspended,
        Deleted,
        Unknown
    };

    QString name;         // the task name, the API's only handle on a task
    QJsonObject settings; // the last settings sent or confirmed (secrets redacted)
    State state = State::Unknown;
    QDateTime createdAt; // first seen by this profile (UTC)
    QDateTime updatedAt; // last change recorded (UTC)

    static QString stateKey(State state); // "active", "suspended", "deleted", "unknown"
    static State stateFromKey(const QString &key);
    static QString stateLabel(State state); // translated
};

// The APD tasks this profile created or touched. The API can create, modify, suspend, resume and
// delete a task by name but cannot list tasks, so this registry is the only list the console has;
// it is a memory of our own actions, not the server's truth (tasks made elsewhere are absent).
class ApdTaskRegistry
{
public:
    explicit ApdTaskRegistry(Database &database);

    // Inserts or updates by name; a known task keeps its createdAt. `at` invalid means now.
    bool upsert(const QString &name, const QJsonObject &settings, ApdTask::State state, const QDateTime &at = {});
    // False when the task is not known.
    bool setState(const QString &name, ApdTask::State state, const QDateTime &at = {});
    // Forgets the task locally (a task deleted on the server is better kept as Deleted).
    bool remove(const QString &name);
    std::optional<ApdTask> find(const QString &name) const;
    // By name (case-insensitive order, as people read lists).
    QList<ApdTask> all() const;

private:
    Database &m_database;
};

} // namespace pmp::store
