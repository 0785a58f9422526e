#include "IsoTime.h"
#include "TempDatabase.h"
#include "store/ApdTaskRegistry.h"
#include "store/Database.h"
#include "store/SecretRedactor.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace pmp::store;
using pmp::test::isoTime;
using State = ApdTask::State;

namespace {

QJsonObject settings(int hour)
{
    return {{QStringLiteral("TaskName"), QStringLiteral("Weekly")},
            {QStringLiteral("deploymentPolicyId"), QStringLiteral("301")},
            {QStringLiteral("scheduleTime"), QStringLiteral("%1:00").arg(hour)},
            {QStringLiteral("ResourceIDs"), QJsonArray{QStringLiteral("1001"), QStringLiteral("1002")}}};
}

QStringList names(const QList<ApdTask> &tasks)
{
    QStringList list;
    for (const ApdTask &t : tasks)
        list << t.name;
    return list;
}

} // namespace

class StoreApdRegistryTest : public pmp::test::TempDatabaseTest
{
    Q_OBJECT

private slots:
    void upsertCreatesThenUpdates()
    {
        ApdTaskRegistry registry(*m_db);
        QVERIFY(!registry.find(QStringLiteral("Weekly")).has_value());
        QVERIFY(registry.upsert(QStringLiteral("Weekly"), settings(2), State::Active, isoTime("2026-03-01T10:00:00Z")));
        auto task = registry.find(QStringLiteral("Weekly"));
        QVERIFY(task.has_value());
        QCOMPARE(task->settings, settings(2));
        QCOMPARE(task->state, State::Active);
        QCOMPARE(task->createdAt, isoTime("2026-03-01T10:00:00Z"));
        QCOMPARE(task->updatedAt, isoTime("2026-03-01T10:00:00Z"));

        // Modified later: new settings and time, the creation time stays.
        QVERIFY(registry.upsert(QStringLiteral("Weekly"), settings(4), State::Active, isoTime("2026-03-05T09:30:00Z")));
        task = registry.find(QStringLiteral("Weekly"));
        QCOMPARE(task->settings, settings(4));
        QCOMPARE(task->createdAt, isoTime("2026-03-01T10:00:00Z"));
        QCOMPARE(task->updatedAt, isoTime("2026-03-05T09:30:00Z"));
        QCOMPARE(registry.all().size(), 1);

        QVERIFY(!registry.upsert(QString(), settings(1), State::Active)); // a task needs a name
    }

    void namesAreExact()
    {
        // The API addresses tasks by name; "weekly" is another task than "Weekly".
        ApdTaskRegistry registry(*m_db);
        QVERIFY(registry.upsert(QStringLiteral("Weekly"), {}, State::Active));
        QVERIFY(registry.upsert(QStringLiteral("weekly"), {}, State::Suspended));
        QCOMPARE(registry.all().size(), 2);
        QCOMPARE(registry.find(QStringLiteral("weekly"))->state, State::Suspended);
    }

    void stateChanges()
    {
        ApdTaskRegistry registry(*m_db);
        QVERIFY(
            registry.upsert(QStringLiteral("Nightly"), settings(1), State::Active, isoTime("2026-03-01T10:00:00Z")));
        QVERIFY(registry.setState(QStringLiteral("Nightly"), State::Suspended, isoTime("2026-03-02T10:00:00Z")));
        QCOMPARE(registry.find(QStringLiteral("Nightly"))->state, State::Suspended);
        QCOMPARE(registry.find(QStringLiteral("Nightly"))->updatedAt, isoTime("2026-03-02T10:00:00Z"));
        QCOMPARE(registry.find(QStringLiteral("Nightly"))->settings, settings(1)); // untouched
        QVERIFY(registry.setState(QStringLiteral("Nightly"), State::Active));
        QVERIFY(registry.setState(QStringLiteral("Nightly"), State::Deleted));
        QCOMPARE(registry.find(QStringLiteral("Nightly"))->state, State::Deleted); // kept as history
        QVERIFY(registry.setState(QStringLiteral("Nightly"), State::Unknown));
        QCOMPARE(registry.find(QStringLiteral("Nightly"))->state, State::Unknown);
        QVERIFY(!registry.setState(QStringLiteral("Never created"), State::Suspended));
        QVERIFY(!registry.find(QStringLiteral("Never created")).has_value());
    }

    void stateKeysRoundTrip()
    {
        for (State s : {State::Active, State::Suspended, State::Deleted, State::Unknown}) {
            QCOMPARE(ApdTask::stateFromKey(ApdTask::stateKey(s)), s);
            QVERIFY(!ApdTask::stateLabel(s).isEmpty());
        }
        QCOMPARE(ApdTask::stateFromKey(QStringLiteral("garbage")), State::Unknown);
    }

    void removeForgets()
    {
        ApdTaskRegistry registry(*m_db);
        QVERIFY(registry.upsert(QStringLiteral("A"), {}, State::Active));
        QVERIFY(registry.upsert(QStringLiteral("B"), {}, State::Active));
        QVERIFY(registry.remove(QStringLiteral("A")));
        QVERIFY(!registry.remove(QStringLiteral("A")));
        QCOMPARE(names(registry.all()), QStringList{QStringLiteral("B")});
    }

    void allSortedAsPeopleRead()
    {
        ApdTaskRegistry registry(*m_db);
        for (const QString &name : {QStringLiteral("zeta"), QStringLiteral("Alpha"), QStringLiteral("beta"),
                                    QStringLiteral("Ärzte"), QStringLiteral("Échéance"), QStringLiteral("東京 weekly")})
            QVERIFY(registry.upsert(name, {}, State::Active));
        const QStringList sorted = names(registry.all());
        QCOMPARE(sorted.size(), 6);
        QCOMPARE(sorted.first(), QStringLiteral("Alpha"));
        QVERIFY(sorted.indexOf(QStringLiteral("beta")) < sorted.indexOf(QStringLiteral("zeta")));
        for (qsizetype i = 1; i < sorted.size(); ++i)
            QVERIFY(QString::compare(sorted.at(i - 1), sorted.at(i), Qt::CaseInsensitive) <= 0);
    }

    void survivesReopen()
    {
        const QString path = m_db->path();
        QVERIFY(ApdTaskRegistry(*m_db).upsert(QStringLiteral("Monthly Zürich"), settings(3), State::Suspended,
                                              isoTime("2026-03-01T10:00:00Z")));
        m_db.close();
        Database again(path);
        QCOMPARE(again.open().status, OpenResult::Status::Opened);
        const auto task = ApdTaskRegistry(again).find(QStringLiteral("Monthly Zürich"));
        QVERIFY(task.has_value());
        QCOMPARE(task->state, State::Suspended);
        QCOMPARE(task->settings, settings(3));
    }

    void secretsInSettingsAreRedacted()
    {
        ApdTaskRegistry registry(*m_db);
        QJsonObject s = settings(1);
        s.insert(QStringLiteral("access_token"), QStringLiteral("1000.abc"));
        QVERIFY(registry.upsert(QStringLiteral("Weekly"), s, State::Active));
        const QJsonObject stored = registry.find(QStringLiteral("Weekly"))->settings;
        QCOMPARE(stored.value(QStringLiteral("access_token")).toString(), SecretRedactor::placeholder());
        QCOMPARE(stored.value(QStringLiteral("deploymentPolicyId")).toString(), QStringLiteral("301"));
    }
};

QTEST_GUILESS_MAIN(StoreApdRegistryTest)
#include "StoreApdRegistryTest.moc"
