#include "DesktopNotifier.h"

#include <QApplication>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QWidget>

#if PATCHDECK_DBUS_NOTIFICATIONS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QVariantMap>
#endif

namespace pmp::ui {

namespace {
const QString EnabledKey = QStringLiteral("notifications/enabled");
}

DesktopNotifier::DesktopNotifier(QWidget *window) : QObject(window), m_window(window) {}

DesktopNotifier::~DesktopNotifier() = default;

bool DesktopNotifier::isEnabled()
{
    return QSettings().value(EnabledKey, true).toBool();
}

void DesktopNotifier::setEnabled(bool enabled)
{
    QSettings().setValue(EnabledKey, enabled);
}

bool DesktopNotifier::notifyIfAway(const QString &title, const QString &body)
{
    if (!isEnabled() || !m_window || m_window->isActiveWindow())
        return false;
    if (!send(title, body))
        return false;
    emit notified(title, body);
    return true;
}

bool DesktopNotifier::send(const QString &title, const QString &body)
{
#if PATCHDECK_DBUS_NOTIFICATIONS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusMessage notify = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    // The desktop-entry hint lets the desktop show PatchDeck's name and icon and group its notices.
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QApplication::desktopFileName()}};
    // Server text may be in `body`: the specification allows markup there, so it is escaped.
    notify << QApplication::applicationDisplayName() << uint(0) << QStringLiteral("io.patchdeck.PatchDeck") << title
           << body.toHtmlEscaped() << QStringList() << hints << int(-1);
    // Asynchronous: a desktop without a notification service must not hold up the window.
    return bus.send(notify);
#else
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return false;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        // A click on the message brings the console back.
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_window) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
        });
    }
    m_tray->show();
    m_tray->showMessage(title, body, QSystemTrayIcon::Information);
    return true;
#endif
}

} // namespace pmp::ui
