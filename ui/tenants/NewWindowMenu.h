#pragma once

#include <QMenu>
#include <QPointer>

#include <functional>

namespace pmp::auth {
class ProfileStore;
}

namespace pmp::ui {

// File › New window: every saved profile, those already open in a window checked (choosing one brings
// its window forward), and signing in to a tenant that has no profile yet. Rebuilt each time it opens,
// so it always lists what is saved and open now. It only asks; TenantWindows does.
class NewWindowMenu : public QMenu
{
    Q_OBJECT
public:
    NewWindowMenu(pmp::auth::ProfileStore *profiles, std::function<bool(const QString &)> isOpen,
                  QWidget *parent = nullptr);

    void rebuild();

signals:
    void openRequested(const QString &profileId);
    void signInRequested();

private:
    QPointer<pmp::auth::ProfileStore> m_profiles;
    std::function<bool(const QString &)> m_isOpen;
};

} // namespace pmp::ui
