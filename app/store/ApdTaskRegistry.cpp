#include "ApdTaskRegistry.h"

#include "Database.h"
#include "SecretRedactor.h"
#include "StoreLog.h"
#include "StoreValues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pmp::store {

namespace {

ApdTask readTask(const QSqlQuery &q)
{
    ApdTask t;
    t.name = q.value(0).toString();
    t.settings = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    t.state = ApdTask::stateFromKey(q.value(2).toString());
    t.createdAt = fromStoreTime(q.value(3).toLongLong());
    t.updatedAt = fromStoreTime(q.value(4).toLongLong());
    return t;
}

} // namespace

QString ApdTask::stateKey(State state)
{
    switch (state) {
    case State::Active:
        return QStringLiteral("active");
    case State::Suspended:
        return QStringLiteral("suspended");
    case State::Deleted:
        return QStringLiteral("deleted");
    case State::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

ApdTask::State ApdTask::stateFromKey(const QString &key)
{
    for (State s : {State::Active, State::Suspended, State::Deleted})
        if (stateKey(s) == key)
            return s;
    return State::Unknown;
}

QString ApdTask::stateLabel(State state)
{
    switch (state) {
    case State::Active:
        return QCoreApplication::translate("pmp::store::ApdTask", "Active");
    case State::Suspended:
        return QCoreApplication::translate("pmp::store::ApdTask", "Suspended");
    case State::Deleted:
        return QCoreApplication::translate("pmp::store::ApdTask", "Deleted");
    case State::Unknown:
        return QCoreApplication::translate("pmp::store::ApdTask", "Unknown");
    }
    return {};
}

ApdTaskRegistry::ApdTaskRegistry(Database &database) : m_database(database) {}

bool ApdTaskRegistry::upsert(const QString &name, const QJsonObject &settings, ApdTask::State state,
                             const QDateTime &at)
{
    if (!m_database.isOpen() || name.isEmpty())
        return false;
    const qint64 ms = toStoreTime(at);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO apd_task (name, settings, state, created_at, updated_at)"
                             " VALUES (?, ?, ?, ?, ?)"
                             " ON CONFLICT(name) DO UPDATE SET settings = excluded.settings,"
                             " state = excluded.state, updated_at = excluded.updated_at"));
    q.addBindValue(storeText(name));
    q.addBindValue(QString::fromUtf8(QJsonDocument(SecretRedactor::redact(settings)).toJson(QJsonDocument::Compact)));
    q.addBindValue(ApdTask::stateKey(state));
    q.addBindValue(ms);
    q.addBindValue(ms);
    if (!q.exec()) {
        qCWarning(lcStore) << "APD registry: saving a task failed:" << q.lastError().text();
        return false;
    }
    return true;
}

bool ApdTaskRegistry::setState(const QString &name, ApdTask::State state, const QDateTime &at)
{
    if (!m_database.isOpen())
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE apd_task SET state = ?, updated_at = ? WHERE name = ?"));
    q.addBindValue(ApdTask::stateKey(state));
    q.addBindValue(toStoreTime(at));
    q.addBindValue(storeText(name));
    if (!q.exec()) {
        qCWarning(lcStore) << "APD registry: changing a task's state failed:" << q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool ApdTaskRegistry::remove(const QString &name)
{
    if (!m_database.isOpen())
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM apd_task WHERE name = ?"));
    q.addBindValue(storeText(name));
    if (!q.exec()) {
        qCWarning(lcStore) << "APD registry: removing a task failed:" << q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

std::optional<ApdTask> ApdTaskRegistry::find(const QString &name) const
{
    if (!m_database.isOpen())
        return std::nullopt;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT name, settings, state, created_at, updated_at FROM apd_task WHERE name = ?"));
    q.addBindValue(storeText(name));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readTask(q);
}

QList<ApdTask> ApdTaskRegistry::all() const
{
    QList<ApdTask> tasks;
    if (!m_database.isOpen())
        return tasks;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, settings, state, created_at, updated_at FROM apd_task"))) {
        qCWarning(lcStore) << "APD registry: listing tasks failed:" << q.lastError().text();
        return tasks;
    }
    while (q.next())
        tasks.append(readTask(q));
    // Sorted here: SQLite's NOCASE folds ASCII only, task names are often not English.
    std::sort(tasks.begin(), tasks.end(), [](const ApdTask &a, const ApdTask &b) {
        const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.name < b.name;
    });
    return tasks;
}

} // namespace pmp::store
