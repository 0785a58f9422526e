#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pmp::store {

// The store's schema as an ordered list of steps. A file records how far it got in
// `PRAGMA user_version`; opening it runs every later step, each in its own transaction together with
// the version bump, so a file is always at exactly one version. Steps are append-only: once a
// version has shipped its statements never change, a new step is added instead.
class SchemaMigrations
{
public:
    struct Step
    {
        int version = 0;        // user_version after this step
        QString summary;        // for logs
        QStringList statements; // run in order (the SQLite driver runs one statement per exec)
    };

    // Marks a SQLite file as a PatchDeck store ("PDk1"), so a foreign SQLite file is never mistaken
    // for ours and altered.
    static constexpr qint32 ApplicationId = 0x50446b31;

    static const QList<Step> &steps();
    static int latestVersion();
    // Tables every store at the latest version has; a file of ours missing one is damaged.
    static QStringList requiredTables();
};

} // namespace pmp::store
