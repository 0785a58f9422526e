// One profile's local data: one store, one of each part over it, the profile's lock (a second
// PatchDeck on the profile leaves the first one's writes alone and says so), owner-only files, and
// problems reported for the banner.

#include "store/StoreLocation.h"
#include "store/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace pmp::store;

namespace {

qint64 beginPending(Workspace &w)
{
    JournalEntry e;
    e.profile = QStringLiteral("Test");
    e.operationCode = QStringLiteral("E26");
    e.operationTitle = QStringLiteral("Approve patches");
    e.summary = QStringLiteral("Approve 1 patch");
    return w.journal().begin(e);
}

} // namespace

class StoreWorkspaceTest : public QObject
{
    Q_OBJECT
private slots:
    void memoryWorkspaceHasEveryPart()
    {
        const auto w = Workspace::inMemory(QStringLiteral("demo"));
        QCOMPARE(w->key(), QStringLiteral("demo"));
        QVERIFY(w->database().isOpen());
        QVERIFY(!w->database().isPersistent());
        QVERIFY(w->ownsLock());
        QVERIFY(beginPending(*w) > 0);
        QCOMPARE(w->journal().query().size(), 1);
        QVERIFY(w->problems().isEmpty());
    }

    void aRealServerOnLoopbackKeepsItsStoreOnDisk()
    {
        // On-premises on https://localhost or an SSH tunnel is a real server: its journal must survive.
        // Only --demo chooses memory (Workspace::inMemory), by the flag and not by the host.
        QTemporaryDir home;
        const QByteArray saved = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", home.path().toUtf8());
        {
            const auto w = Workspace::forConnection(QUrl(QStringLiteral("https://localhost:8443")));
            QVERIFY(w->database().isPersistent());
            QCOMPARE(w->key(), QStringLiteral("server-localhost-8443"));
            QVERIFY(w->database().path().startsWith(home.path()));
        }
        if (saved.isNull())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", saved);
    }

    void aSecondPatchDeckOnTheProfileLeavesTheFirstOnesWritesAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles/p1/patchdeck.sqlite"));
        qint64 pending = 0;
        {
            Workspace first(path, QStringLiteral("p1"));
            QVERIFY(first.ownsLock());
            QVERIFY(first.problems().isEmpty());
            pending = beginPending(first);
            QVERIFY(pending > 0);

            Workspace second(path, QStringLiteral("p1"));
            QVERIFY(!second.ownsLock());
            QCOMPARE(second.problems().size(), 1);
            QVERIFY2(second.problems().first().contains(QLatin1String("Another PatchDeck")),
                     qPrintable(second.problems().first()));
            // The first one's write may still be running: it stays pending.
            QCOMPARE(second.journal().entry(pending)->outcome, JournalEntry::Outcome::Pending);
        }
        // Both gone: the next one owns the profile, and a write left pending was cut off.
        Workspace third(path, QStringLiteral("p1"));
        QVERIFY(third.ownsLock());
        QCOMPARE(third.journal().entry(pending)->outcome, JournalEntry::Outcome::OutcomeUnknown);
    }

    void filesAreTheOwnersOnly()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles/p2/patchdeck.sqlite"));
        Workspace w(path, QStringLiteral("p2"));
        QVERIFY(w.database().isPersistent());
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QCOMPARE(QFile::permissions(path) & ~(owner | QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::Permissions());
        const QFileDevice::Permissions folder = QFile::permissions(QFileInfo(path).absolutePath());
        QVERIFY(!(folder & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)));
#else
        QSKIP("POSIX permissions");
#endif
    }

    void aDamagedStoreIsReportedForTheBanner()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("patchdeck.sqlite"));
        QFile junk(path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        Workspace w(path, QStringLiteral("p3"));
        QVERIFY(w.database().isOpen());
        QCOMPARE(w.problems().size(), 1);
        QVERIFY(!w.problems().first().isEmpty());
    }

    void settingsFollowTheProfileIdNotItsName()
    {
        const QUrl cloud(QStringLiteral("https://patch.manageengine.com"));
        QCOMPARE(StoreLocation::keyFor(cloud, QStringLiteral("{42}")), QStringLiteral("{42}"));
        QCOMPARE(StoreLocation::keyFor(cloud), QStringLiteral("server-patch.manageengine.com-443"));
    }
};

QTEST_GUILESS_MAIN(StoreWorkspaceTest)
#include "StoreWorkspaceTest.moc"
