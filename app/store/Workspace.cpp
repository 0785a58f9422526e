#include "Workspace.h"

#include "StoreLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace pmp::store {

Workspace::Workspace(const QString &path, const QString &key) : m_key(key), m_database(path)
{
    if (path != Database::memoryPath()) {
        // Owner only: the profile's folder holds its inventory and its journal.
        const QString folder = QFileInfo(path).absolutePath();
        if (QDir().mkpath(folder))
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_lock = std::make_unique<QLockFile>(QDir(folder).filePath(QStringLiteral("patchdeck.lock")));
        m_lock->setStaleLockTime(0); // a lock whose process is gone is stale, however young
        m_ownsLock = m_lock->tryLock(0);
        if (!m_ownsLock) {
            qint64 pid = 0;
            QString host, application;
            m_lock->getLockInfo(&pid, &host, &application);
            m_problems << tr("Another PatchDeck (process %1) has this profile open. This window works too, but "
                             "writes still in progress there are left alone here: check the action journal in "
                             "the other window.")
                              .arg(pid);
        }
    }
    const OpenResult opened = m_database.open();
    if (opened.needsAttention())
        m_problems << opened.message;
    m_viewCache = std::make_unique<ViewCache>(m_database);
    m_history = std::make_unique<SummaryHistory>(m_database);
    m_journal = std::make_unique<ActionJournal>(m_database);
    m_apdTasks = std::make_unique<ApdTaskRegistry>(m_database);
    m_savedViews = std::make_unique<SavedViewBook>(m_database);
    if (m_ownsLock) {
        // Writes cut off by a crash or a kill are not pending any more: their outcome is unknown. Only
        // the one PatchDeck holding the lock may say so; another one's writes may still be running.
        m_journal->reconcileInterrupted();
        m_viewCache->pruneImages();
    }
    if (QFile::exists(path))
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

Workspace::~Workspace()
{
    m_savedViews.reset();
    m_apdTasks.reset();
    m_journal.reset();
    m_history.reset();
    m_viewCache.reset();
    m_database.close();
}

std::shared_ptr<Workspace> Workspace::forConnection(const QUrl &server, const QString &profileId)
{
    // One Workspace per profile in the process: two windows, or a window and the tenants overview, on
    // the same profile share it. A second one would find the profile's lock taken (by this very process)
    // and treat the first as another PatchDeck. Only the GUI thread opens workspaces.
    static QHash<QString, std::weak_ptr<Workspace>> open;
    const QString path = StoreLocation::pathFor(server, profileId);
    if (std::shared_ptr<Workspace> existing = open.value(path).lock())
        return existing;
    auto workspace = std::make_shared<Workspace>(path, StoreLocation::keyFor(server, profileId));
    open.insert(path, workspace);
    return workspace;
}

std::shared_ptr<Workspace> Workspace::inMemory(const QString &key)
{
    return std::make_shared<Workspace>(Database::memoryPath(), key);
}

} // namespace pmp::store
