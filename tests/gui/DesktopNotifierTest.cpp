// Desktop notifications (issue 12): sent through org.freedesktop.Notifications when the window is
// away, never while it is active or after the admin turned them off; a finished write in the main
// window reaches the desktop. Runs under its own D-Bus session (dbus-run-session), where this test
// plays the desktop's notification service.
#include "SimulatorFixture.h"

#include "actions/ActionCentre.h"
#include "main/MainWindow.h"
#include "store/Workspace.h"
#include "widgets/DesktopNotifier.h"

#include <QAction>
#include <QDBusConnection>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>

using namespace pmp;

// The desktop's side of org.freedesktop.Notifications: records every Notify call.
class NotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString app, icon, summary, body;
        QVariantMap hints;
    };
    QList<Call> calls;

public slots:
    uint Notify(const QString &app, uint replacesId, const QString &icon, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(actions)
        Q_UNUSED(timeout)
        calls << Call{app, icon, summary, body, hints};
        return uint(calls.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }
};

class DesktopNotifierTest : public QObject
{
    Q_OBJECT

    NotificationService m_service;
    QWidget m_elsewhere; // another window, to take the focus away

    bool activate(QWidget *w)
    {
        w->show();
        w->activateWindow();
        return QTest::qWaitForWindowActive(w);
    }

private slots:
    void initTestCase()
    {
        QApplication::setApplicationDisplayName(QStringLiteral("PatchDeck"));
        QApplication::setDesktopFileName(QStringLiteral("io.patchdeck.PatchDeck"));
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), "needs a session bus: run under dbus-run-session");
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_service,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));
        m_elsewhere.resize(200, 100);
    }

    void init()
    {
        m_service.calls.clear();
        ui::DesktopNotifier::setEnabled(true);
    }

    void quietWhileTheWindowIsActive()
    {
        QWidget window;
        ui::DesktopNotifier notifier(&window);
        QVERIFY(activate(&window));
        QVERIFY(!notifier.notifyIfAway(QStringLiteral("Patch status loaded"), QStringLiteral("6,703,894 patches")));
        // Then away: this one arrives, and alone (calls on one connection arrive in order, so the
        // first would have come before it).
        QVERIFY(activate(&m_elsewhere));
        QVERIFY(notifier.notifyIfAway(QStringLiteral("Second"), QStringLiteral("after")));
        QTRY_COMPARE(m_service.calls.size(), 1);
        QCOMPARE(m_service.calls.first().summary, QStringLiteral("Second"));
    }

    void sentWhenTheWindowIsAway()
    {
        QWidget window;
        ui::DesktopNotifier notifier(&window);
        window.show();
        QVERIFY(activate(&m_elsewhere));
        QVERIFY(!window.isActiveWindow());
        QSignalSpy notified(&notifier, &ui::DesktopNotifier::notified);
        QVERIFY(notifier.notifyIfAway(QStringLiteral("Export finished"),
                                      QStringLiteral("Exported 12 rows to <b>/tmp/x.csv</b>")));
        QCOMPARE(notified.size(), 1);
        QTRY_COMPARE(m_service.calls.size(), 1);
        const NotificationService::Call &call = m_service.calls.first();
        QCOMPARE(call.app, QStringLiteral("PatchDeck"));
        QCOMPARE(call.summary, QStringLiteral("Export finished"));
        // The specification lets the body carry markup; text from files and servers is escaped.
        QCOMPARE(call.body, QStringLiteral("Exported 12 rows to &lt;b&gt;/tmp/x.csv&lt;/b&gt;"));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("io.patchdeck.PatchDeck"));
    }

    void notWhenTurnedOff()
    {
        QWidget window;
        ui::DesktopNotifier notifier(&window);
        window.show();
        QVERIFY(activate(&m_elsewhere));
        ui::DesktopNotifier::setEnabled(false);
        QVERIFY(!notifier.notifyIfAway(QStringLiteral("Export finished"), QStringLiteral("x")));
        ui::DesktopNotifier::setEnabled(true);
        QVERIFY(notifier.notifyIfAway(QStringLiteral("Export finished"), QStringLiteral("y")));
        QTRY_COMPARE(m_service.calls.size(), 1);
        QCOMPARE(m_service.calls.first().body, QStringLiteral("y"));
    }

    void aFinishedWriteReachesTheDesktop()
    {
        sim::SimulatorOptions o;
        o.computers = 10;
        test::SimulatorFixture sim(o);
        QVERIFY(sim.isListening());
        ui::MainWindow window(&sim.client(), store::Workspace::inMemory(QStringLiteral("n")), QStringLiteral("Tenant"));
        window.show();
        QVERIFY(activate(&m_elsewhere));
        QVERIFY(window.actionCentre());
        emit window.actionCentre()->writeFinished(QStringLiteral("Scan computers"),
                                                  QStringLiteral("The server accepted the scan of 3 computers."), true);
        QTRY_COMPARE(m_service.calls.size(), 1);
        QCOMPARE(m_service.calls.first().summary, QStringLiteral("Scan computers"));

        // View › Desktop notifications turns them off, and the choice is kept.
        QAction *toggle = window.findChild<QAction *>(QStringLiteral("notificationsAction"));
        QVERIFY(toggle);
        QVERIFY(toggle->isChecked());
        toggle->trigger();
        QVERIFY(!ui::DesktopNotifier::isEnabled());
        emit window.actionCentre()->writeFinished(QStringLiteral("Approve patches"), QStringLiteral("Done."), true);
        QVERIFY(!window.notifier()->notifyIfAway(QStringLiteral("probe"), QStringLiteral("probe")));
        QCOMPARE(m_service.calls.size(), 1);
    }
};

QTEST_MAIN(DesktopNotifierTest)
#include "DesktopNotifierTest.moc"
