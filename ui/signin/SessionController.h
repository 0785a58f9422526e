#pragma once

#include "auth/Profile.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace pmp::api {
class Connection;
}
namespace pmp::auth {
class SessionManager;
}

namespace pmp::ui {

class MainWindow;
class ProfileMenu;
class SignInDialog;

// The GUI side of sessions: at start, opens the current profile or the Sign-in dialog; later,
// switches profiles without a restart (the main window gets the new Client), signs out, and
// turns an ended session into a clear "sign in again" prompt. Never blocks in a nested loop.
class SessionController : public QObject
{
    Q_OBJECT
public:
    explicit SessionController(pmp::auth::SessionManager *session, QObject *parent = nullptr);
    ~SessionController() override;

    // Connects the current profile, or asks to sign in. Ends with ready() or cancelled().
    void start();
    // From now on the window follows the session (profile switches, sign-out) and carries the Profile menu.
    void attach(MainWindow *window);
    ProfileMenu *menu() const;
    SignInDialog *signInDialog() const;

    // Asked before switching this window to a profile: true when another window already shows it (and
    // was brought forward), so this one stays where it is. Unset, every switch happens here.
    void setOpenElsewhere(std::function<bool(const QString &profileId)> openElsewhere)
    {
        m_openElsewhere = std::move(openElsewhere);
    }

    void showSignIn(const pmp::auth::Profile &profile = {}, const QString &intro = {});
    void switchTo(const QString &profileId);
    void signOut(bool removeProfile);

signals:
    // The first connection is up (start() is done).
    void ready(pmp::api::Connection *connection, const pmp::auth::Profile &profile);
    // The admin closed the Sign-in dialog without any usable profile.
    void cancelled();

private:
    void onConnectionChanged(pmp::api::Connection *connection, const pmp::auth::Profile &profile);
    void onOpenFailed(const pmp::auth::Profile &profile, const QString &message);
    void watchScopeRequests();

    QPointer<pmp::auth::SessionManager> m_session;
    QPointer<MainWindow> m_window;
    QPointer<ProfileMenu> m_menu;
    QPointer<SignInDialog> m_dialog;
    bool m_started = false;
    std::function<bool(const QString &)> m_openElsewhere;
};

} // namespace pmp::ui
