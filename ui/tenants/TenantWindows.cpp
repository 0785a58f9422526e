#include "TenantWindows.h"

#include "NewWindowMenu.h"
#include "TenantColour.h"

#include "main/MainWindow.h"
#include "signin/SessionController.h"

#include "api/Connection.h"
#include "auth/Profile.h"
#include "auth/ProfileStore.h"
#include "auth/SessionManager.h"
#include "auth/TokenStore.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QMenu>
#include <QTimer>

#include <algorithm>

namespace pmp::ui {

using pmp::auth::Profile;

// Declared in this order so a window goes before the session whose Client it uses, and the controller
// (which holds the window's Profile menu and Sign-in dialog) between them.
struct TenantWindows::Tenant
{
    std::unique_ptr<pmp::auth::SessionManager> session;
    std::unique_ptr<SessionController> controller;
    std::unique_ptr<MainWindow> window;
    QString pendingId; // the profile being opened, before the window exists
    bool first = false;
};

TenantWindows::TenantWindows(pmp::auth::ProfileStore *profiles, pmp::auth::TokenStore *tokens, QObject *parent)
    : QObject(parent), m_profiles(profiles), m_tokens(tokens)
{
}

TenantWindows::~TenantWindows()
{
    for (auto &tenant : m_tenants)
        tenant->window.reset();
    m_tenants.clear();
}

void TenantWindows::start()
{
    Tenant *tenant = createTenant();
    tenant->first = true;
    tenant->controller->start();
}

void TenantWindows::open(const QString &profileId)
{
    if (bringForward(profileId, nullptr))
        return;
    const bool pending = std::any_of(m_tenants.cbegin(), m_tenants.cend(),
                                     [&](const auto &t) { return !t->window && t->pendingId == profileId; });
    if (pending) // its window is on the way (its tokens are being read)
        return;
    Tenant *tenant = createTenant();
    tenant->pendingId = profileId;
    tenant->session->open(profileId);
}

void TenantWindows::signInToAnother()
{
    Tenant *tenant = createTenant();
    tenant->controller->showSignIn(
        {}, tr("Sign in to another tenant. It opens in a window of its own; the windows already open stay "
               "signed in to theirs."));
}

pmp::auth::ProfileStore *TenantWindows::profiles() const
{
    return m_profiles;
}

pmp::auth::TokenStore *TenantWindows::tokens() const
{
    return m_tokens;
}

QList<MainWindow *> TenantWindows::windows() const
{
    QList<MainWindow *> result;
    for (const auto &tenant : m_tenants)
        if (tenant->window)
            result.append(tenant->window.get());
    return result;
}

TenantWindows::Tenant *TenantWindows::shownBy(const QString &profileId, const Tenant *except) const
{
    for (const auto &tenant : m_tenants)
        if (tenant.get() != except && tenant->window && tenant->session->currentProfile().id == profileId)
            return tenant.get();
    return nullptr;
}

MainWindow *TenantWindows::windowFor(const QString &profileId) const
{
    const Tenant *tenant = shownBy(profileId);
    return tenant ? tenant->window.get() : nullptr;
}

pmp::api::Client *TenantWindows::clientFor(const QString &profileId) const
{
    const Tenant *tenant = shownBy(profileId);
    return tenant && tenant->session->connection() ? &tenant->session->connection()->client() : nullptr;
}

TenantWindows::Tenant *TenantWindows::createTenant()
{
    auto owned = std::make_unique<Tenant>();
    Tenant *tenant = owned.get();
    tenant->session = std::make_unique<pmp::auth::SessionManager>(m_profiles, m_tokens);
    tenant->controller = std::make_unique<SessionController>(tenant->session.get());
    tenant->controller->setOpenElsewhere(
        [this, tenant](const QString &profileId) { return bringForward(profileId, tenant); });
    connect(tenant->controller.get(), &SessionController::ready, this,
            [this, tenant](pmp::api::Connection *connection, const Profile &profile) {
                onConnected(tenant, connection, profile);
            });
    // A window opened from File › New window whose tokens are gone asks to sign in; if the admin
    // declines, nothing is left to show for it.
    connect(tenant->controller.get(), &SessionController::cancelled, this, [this, tenant] {
        if (tenant->first && windows().isEmpty())
            emit cancelled();
        else // released after the dialog that cancelled is done with its controller
            QTimer::singleShot(0, this, [this, tenant] { release(tenant); });
    });
    // A window that switches profile keeps its place and takes the new tenant's badge.
    connect(tenant->session.get(), &pmp::auth::SessionManager::connectionChanged, this,
            [this, tenant](pmp::api::Connection *connection, const Profile &profile) {
                if (connection && tenant->window) {
                    showTenant(tenant, profile);
                    emit windowsChanged();
                }
            });
    m_tenants.push_back(std::move(owned));
    return tenant;
}

void TenantWindows::onConnected(Tenant *tenant, pmp::api::Connection *connection, const Profile &profile)
{
    // Signed in (again) to a profile another window already shows: that window serves it.
    if (!tenant->first && bringForward(profile.id, tenant)) {
        QTimer::singleShot(0, this, [this, tenant] { release(tenant); });
        return;
    }
    tenant->pendingId.clear();
    tenant->window = std::make_unique<MainWindow>(
        &connection->client(), pmp::store::Workspace::forConnection(profile.serverUrl, profile.id), profile.label());
    MainWindow *window = tenant->window.get();
    tenant->controller->attach(window);
    addFileEntries(window);
    showTenant(tenant, profile);
    connect(window, &MainWindow::closed, this,
            [this, tenant] { QTimer::singleShot(0, this, [this, tenant] { release(tenant); }); });
    if (tenant->first && m_firstSetup)
        m_firstSetup(window);
    // Beside the window it was opened from, so both stay in sight; unless this tenant's window was
    // open before: then where it was.
    if (!tenant->first && !window->hasOwnGeometry()) {
        QWidget *from = QApplication::activeWindow();
        if (!from)
            from = m_lastActive;
        if (from && from != window)
            window->move(from->window()->pos() + QPoint(32, 32));
    }
    m_lastActive = window;
    window->show();
    emit windowsChanged();
}

void TenantWindows::showTenant(Tenant *tenant, const Profile &profile)
{
    tenant->window->setTenant(profile.name, tenantColour(m_profiles, profile.id), profile.label());
}

void TenantWindows::release(Tenant *tenant)
{
    const auto it =
        std::find_if(m_tenants.begin(), m_tenants.end(), [tenant](const auto &t) { return t.get() == tenant; });
    if (it == m_tenants.end())
        return;
    std::unique_ptr<Tenant> gone = std::move(*it);
    m_tenants.erase(it);
    gone->window.reset(); // before its session
    gone.reset();
    emit windowsChanged();
}

bool TenantWindows::bringForward(const QString &profileId, const Tenant *asking)
{
    const Tenant *tenant = shownBy(profileId, asking);
    if (!tenant)
        return false;
    MainWindow *window = tenant->window.get();
    if (window->isMinimized())
        window->showNormal();
    window->raise();
    window->activateWindow();
    return true;
}

void TenantWindows::addFileEntries(MainWindow *window)
{
    QMenu *file = window->fileMenu();
    if (!file)
        return;
    auto *newWindow = new NewWindowMenu(
        m_profiles, [this](const QString &profileId) { return windowFor(profileId) != nullptr; }, file);
    connect(newWindow, &NewWindowMenu::openRequested, this, &TenantWindows::open);
    connect(newWindow, &NewWindowMenu::signInRequested, this, &TenantWindows::signInToAnother);
    auto *overview = new QAction(tr("&Tenants overview…"), file);
    overview->setObjectName(QStringLiteral("tenantsOverviewAction"));
    overview->setToolTip(tr("Every profile's missing critical patches and highly vulnerable computers in one table"));
    connect(overview, &QAction::triggered, this, &TenantWindows::overviewRequested);
    const QList<QAction *> existing = file->actions();
    QAction *before = existing.isEmpty() ? nullptr : existing.first();
    file->insertMenu(before, newWindow);
    file->insertAction(before, overview);
    file->insertSeparator(before);
}

} // namespace pmp::ui
