#include "SavedViewBook.h"

#include "Database.h"
#include "StoreLog.h"
#include "StoreValues.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pmp::store {

SavedViewBook::SavedViewBook(Database &database) : m_database(database) {}

bool SavedViewBook::add(const SavedView &view)
{
    const QString name = view.name.trimmed();
    if (!m_database.isOpen() || name.isEmpty() || find(name))
        return false;
    SavedView stored = view;
    stored.name = name;
    if (!stored.created.isValid())
        stored.created = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO saved_view (name, position, definition, created_at)"
                             " VALUES (?, (SELECT COALESCE(MAX(position), -1) + 1 FROM saved_view), ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(toStoreTime(stored.created));
    if (!q.exec()) {
        qCWarning(lcStore) << "Saved views: adding one failed:" << q.lastError().text();
        return false;
    }
    return true;
}

bool SavedViewBook::update(const SavedView &view)
{
    const std::optional<SavedView> old = find(view.name);
    if (!old)
        return false;
    SavedView stored = view;
    stored.name = old->name;
    stored.created = old->created;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE saved_view SET definition = ? WHERE name = ?"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(old->name);
    return q.exec() && q.numRowsAffected() == 1;
}

bool SavedViewBook::rename(const QString &from, const QString &to)
{
    const QString name = to.trimmed();
    std::optional<SavedView> view = find(from);
    if (!view || name.isEmpty())
        return false;
    if (const auto other = find(name); other && other->name.compare(view->name, Qt::CaseInsensitive) != 0)
        return false;
    view->name = name;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE saved_view SET name = ?, definition = ? WHERE name = ?"));
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(view->toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(from);
    if (!q.exec()) {
        qCWarning(lcStore) << "Saved views: renaming one failed:" << q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool SavedViewBook::move(const QString &name, int delta)
{
    QStringList order = names();
    const int from = int(order.indexOf(name));
    if (from < 0)
        return false;
    const int to = qBound(0, from + delta, int(order.size()) - 1);
    if (to == from)
        return false;
    order.move(from, to);
    return writeOrder(order);
}

bool SavedViewBook::writeOrder(const QStringList &names)
{
    QSqlDatabase db = m_database.connection();
    db.transaction();
    for (int i = 0; i < names.size(); ++i) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE saved_view SET position = ? WHERE name = ?"));
        q.addBindValue(i);
        q.addBindValue(names.at(i));
        if (!q.exec()) {
            qCWarning(lcStore) << "Saved views: reordering failed:" << q.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool SavedViewBook::remove(const QString &name)
{
    if (!m_database.isOpen())
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM saved_view WHERE name = ?"));
    q.addBindValue(storeText(name));
    return q.exec() && q.numRowsAffected() == 1;
}

std::optional<SavedView> SavedViewBook::find(const QString &name) const
{
    for (const SavedView &v : all())
        if (v.name.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return std::nullopt;
}

QList<SavedView> SavedViewBook::all() const
{
    QList<SavedView> views;
    if (!m_database.isOpen())
        return views;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT name, definition, created_at FROM saved_view ORDER BY position, name")))
        return views;
    while (q.next()) {
        QString error;
        std::optional<SavedView> v = SavedView::fromJsonBytes(q.value(1).toString().toUtf8(), QStringList(), &error);
        if (!v) {
            qCWarning(lcStore) << "Saved views: a stored definition is unreadable:" << error;
            continue;
        }
        v->name = q.value(0).toString();
        v->created = fromStoreTime(q.value(2).toLongLong());
        views << *v;
    }
    return views;
}

QStringList SavedViewBook::names() const
{
    QStringList list;
    for (const SavedView &v : all())
        list << v.name;
    return list;
}

} // namespace pmp::store
