#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace pmp::ui {

// Tells the admin, through the desktop's own notifications, that something they started and walked
// away from has finished: a long load, an export, a write. Only while the console window is not the
// active one (when it is, the window already says so), and only when the admin has not turned it off
// (View › Desktop notifications).
// Linux: org.freedesktop.Notifications over the session bus (any desktop, no tray needed).
// Windows and macOS: the system tray's message balloon / Notification Center.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QWidget *window);
    ~DesktopNotifier() override;

    static bool isEnabled();
    static void setEnabled(bool enabled);

    // Sends the notification when enabled and the window is away; returns whether it was sent.
    bool notifyIfAway(const QString &title, const QString &body);

signals:
    void notified(const QString &title, const QString &body);

private:
    bool send(const QString &title, const QString &body);

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr; // created on first use, where the tray is the way
};

} // namespace pmp::ui
