#pragma once

#include "ActionJournal.h"
#include "ApdTaskRegistry.h"
#include "Database.h"
#include "SavedViewBook.h"
#include "SummaryHistory.h"
#include "ViewCache.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace pmp::store {

// One profile's local data, opened once where the profile is known and handed to the window: the
// store file, and the one view cache, summary history, action journal and APD task registry over it.
// It also holds the profile's lock, so a second PatchDeck on the same profile knows it is the second
// (it leaves the first one's writes in progress alone). What the admin should know about it — a
// damaged store moved aside, a store kept in memory only, another PatchDeck on the profile — is in
// problems(), for a banner.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(pmp::store::Workspace)

public:
    // The store at `path` (Database::memoryPath(): this session only); `key` files the profile's
    // settings (StoreLocation::keyFor).
    Workspace(const QString &path, const QString &key);
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // The store of a connection to `server` as `profileId` (none: the server's own store); the one
    // already open in this process when there is one.
    static std::shared_ptr<Workspace> forConnection(const QUrl &server, const QString &profileId = {});
    static std::shared_ptr<Workspace> inMemory(const QString &key = QStringLiteral("memory"));

    QString key() const { return m_key; }
    Database &database() { return m_database; }
    ViewCache &viewCache() { return *m_viewCache; }
    SummaryHistory &history() { return *m_history; }
    ActionJournal &journal() { return *m_journal; }
    ApdTaskRegistry &apdTasks() { return *m_apdTasks; }
    SavedViewBook &savedViews() { return *m_savedViews; }
    // No other PatchDeck uses this profile's store now (always true in memory).
    bool ownsLock() const { return m_ownsLock; }
    QStringList problems() const { return m_problems; }

private:
    QString m_key;
    Database m_database;
    std::unique_ptr<QLockFile> m_lock;
    bool m_ownsLock = true;
    QStringList m_problems;
    std::unique_ptr<ViewCache> m_viewCache;
    std::unique_ptr<SummaryHistory> m_history;
    std::unique_ptr<ActionJournal> m_journal;
    std::unique_ptr<ApdTaskRegistry> m_apdTasks;
    std::unique_ptr<SavedViewBook> m_savedViews;
};

} // namespace pmp::store
