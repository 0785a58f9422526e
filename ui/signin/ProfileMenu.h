#pragma once

#include <QMenu>
#include <QPointer>

namespace pmp::auth {
class ProfileStore;
}

namespace pmp::ui {

// The "Profile" menu: every saved profile (the current one checked) to switch to without a
// restart, plus adding a profile, signing in again, signing out, removing, network settings.
// It only asks; SessionController does.
class ProfileMenu : public QMenu
{
    Q_OBJECT
public:
    ProfileMenu(pmp::auth::ProfileStore *profiles, QWidget *parent = nullptr);

    void rebuild();
    // The profile this menu's window is on (checked). Unset, the profile PatchDeck opens next is.
    void setCurrentId(const QString &profileId);

signals:
    void switchRequested(const QString &profileId);
    void addRequested();
    void signInAgainRequested();
    void signOutRequested();
    void removeRequested();
    void networkSettingsRequested();

private:
    QPointer<pmp::auth::ProfileStore> m_profiles;
    QString m_currentId;
};

} // namespace pmp::ui
