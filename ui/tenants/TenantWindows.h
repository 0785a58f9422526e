#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

namespace pmp::api {
class Client;
class Connection;
} // namespace pmp::api
namespace pmp::auth {
struct Profile;
class ProfileStore;
class TokenStore;
} // namespace pmp::auth

namespace pmp::ui {

class MainWindow;

// Tenants side by side: one window per open profile, each with a session of its own (its connection,
// tokens and sign-in prompts), and its profile's own workspace (cache, history, journal). A profile is
// open in one window at most: opening it again, from File › New window or the Profile menu, brings its
// window forward. Each window wears its tenant's badge and colour. Closing a window ends its session;
// the others go on.
class TenantWindows : public QObject
{
    Q_OBJECT
public:
    // Neither store is owned; both outlive this object. One TokenStore serves every session: its
    // entries are per profile.
    TenantWindows(pmp::auth::ProfileStore *profiles, pmp::auth::TokenStore *tokens, QObject *parent = nullptr);
    ~TenantWindows() override;

    // Runs once on the first window, before it is shown (a start page, a saved view).
    void setFirstWindowSetup(std::function<void(MainWindow *)> setup) { m_firstSetup = std::move(setup); }

    // The first window: on the profile PatchDeck opens, or the Sign-in dialog when there is none.
    void start();
    // A window on `profileId`: the one that has it, brought forward, or a new one with its own session.
    void open(const QString &profileId);
    // A new window that starts with the Sign-in dialog (a tenant PatchDeck has no profile for yet).
    void signInToAnother();

    QList<MainWindow *> windows() const;
    MainWindow *windowFor(const QString &profileId) const;
    // The signed-in client of an open window's profile (null when no window has it).
    pmp::api::Client *clientFor(const QString &profileId) const;
    pmp::auth::ProfileStore *profiles() const;
    pmp::auth::TokenStore *tokens() const;

signals:
    // A window opened, or one switched profile.
    void windowsChanged();
    // The first sign-in was closed without a profile: nothing to show.
    void cancelled();
    // File › Tenants overview in any window.
    void overviewRequested();

private:
    struct Tenant;
    Tenant *createTenant();
    void onConnected(Tenant *tenant, pmp::api::Connection *connection, const pmp::auth::Profile &profile);
    void showTenant(Tenant *tenant, const pmp::auth::Profile &profile);
    void release(Tenant *tenant);
    bool bringForward(const QString &profileId, const Tenant *asking);
    // The tenant whose window shows `profileId` (other than `except`), or null.
    Tenant *shownBy(const QString &profileId, const Tenant *except = nullptr) const;
    void addFileEntries(MainWindow *window);

    QPointer<pmp::auth::ProfileStore> m_profiles;
    QPointer<pmp::auth::TokenStore> m_tokens;
    std::vector<std::unique_ptr<Tenant>> m_tenants;
    std::function<void(MainWindow *)> m_firstSetup;
    QPointer<MainWindow> m_lastActive; // where a new window is placed beside
};

} // namespace pmp::ui
