#pragma once

#include "SavedView.h"

#include <QList>
#include <QString>

#include <optional>

namespace pmp::store {

class Database;

// This profile's saved views, in the order the admin arranged them (the sidebar's order). Names are
// unique, compared case-insensitively. Every change is written at once.
class SavedViewBook
{
public:
    explicit SavedViewBook(Database &database);

    // False when the name is empty or taken, or the store failed.
    bool add(const SavedView &view);
    // Replaces the definition of `name` (keeps its place and name).
    bool update(const SavedView &view);
    bool rename(const QString &from, const QString &to);
    // Moves by `delta` places (clamped); false when nothing moved.
    bool move(const QString &name, int delta);
    bool remove(const QString &name);
    std::optional<SavedView> find(const QString &name) const;
    QList<SavedView> all() const;
    QStringList names() const;

private:
    bool writeOrder(const QStringList &names);

    Database &m_database;
};

} // namespace pmp::store
