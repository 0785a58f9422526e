#include "SessionController.h"

#include "NetworkSettingsDialog.h"
#include "ProfileMenu.h"
#include "SignInDialog.h"

#include "main/MainWindow.h"
#include "store/Workspace.h"

#include "api/Connection.h"
#include "auth/OAuthAuthenticator.h"
#include "auth/ProfileStore.h"
#include "auth/SessionManager.h"
#include "auth/SignOut.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace pmp::ui {

using namespace pmp::auth;

SessionController::SessionController(SessionManager *session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(session, &SessionManager::connectionChanged, this, &SessionController::onConnectionChanged);
    connect(session, &SessionManager::openFailed, this,
            [this](const Profile &p, SessionManager::Problem, const QString &message) { onOpenFailed(p, message); });
    connect(session, &SessionManager::signInRequired, this, [this](const Profile &p, const QString &message) {
        QWidget *parent = m_window ? static_cast<QWidget *>(m_window) : nullptr;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Sign in again"), message, QMessageBox::NoButton, parent);
        box->setObjectName(QStringLiteral("signInAgainPrompt"));
        box->setTextFormat(Qt::PlainText); // the message may quote the accounts server
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *again = box->addButton(tr("Sign in again…"), QMessageBox::AcceptRole);
        box->addButton(tr("Later"), QMessageBox::RejectRole);
        connect(again, &QPushButton::clicked, this, [this, p, message] { showSignIn(p, message); });
        box->open();
    });
    connect(session, &SessionManager::notice, this, [this](const QString &message) {
        if (m_window)
            m_window->statusBar()->showMessage(message, 20000);
    });
}

SessionController::~SessionController() = default;

ProfileMenu *SessionController::menu() const
{
    return m_menu;
}

SignInDialog *SessionController::signInDialog() const
{
    return m_dialog;
}

void SessionController::start()
{
    ProfileStore *profiles = m_session->profiles();
    QString id = profiles->currentId();
    if (id.isEmpty() && !profiles->isEmpty())
        id = profiles->profiles().first().id;
    if (id.isEmpty()) {
        showSignIn({}, tr("Welcome to PatchDeck. Connect it to your Patch Manager Plus server: choose how you sign in, "
                          "and follow the steps on the right."));
        return;
    }
    m_session->open(id);
}

void SessionController::attach(MainWindow *window)
{
    m_window = window;
    if (!m_menu) {
        m_menu = new ProfileMenu(m_session->profiles(), window);
        connect(m_menu, &ProfileMenu::switchRequested, this, &SessionController::switchTo);
        connect(m_menu, &ProfileMenu::addRequested, this, [this] { showSignIn(); });
        connect(m_menu, &ProfileMenu::signInAgainRequested, this, [this] { showSignIn(m_session->currentProfile()); });
        connect(m_menu, &ProfileMenu::signOutRequested, this, [this] { signOut(false); });
        connect(m_menu, &ProfileMenu::removeRequested, this, [this] { signOut(true); });
        connect(m_menu, &ProfileMenu::networkSettingsRequested, this, [this] {
            NetworkSettingsDialog dialog(m_window);
            dialog.exec();
        });
    }
    // Before the last menu (Help), where people look for account things.
    m_menu->setCurrentId(m_session->currentProfile().id);
    QMenuBar *bar = window->menuBar();
    const QList<QAction *> actions = bar->actions();
    bar->insertMenu(actions.isEmpty() ? nullptr : actions.last(), m_menu);
}

void SessionController::showSignIn(const Profile &profile, const QString &intro)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new SignInDialog(m_session, m_window);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (profile.isValid())
        dialog->setProfile(profile);
    if (!intro.isEmpty())
        dialog->setIntro(intro);
    connect(dialog, &QDialog::rejected, this, [this] {
        if (!m_started && !m_session->connection())
            emit cancelled();
    });
    dialog->open();
}

void SessionController::switchTo(const QString &profileId)
{
    if (m_openElsewhere && m_openElsewhere(profileId))
        return;
    m_session->open(profileId);
}

void SessionController::watchScopeRequests()
{
    OAuthAuthenticator *oauth = m_session->oauth();
    if (!oauth)
        return;
    // The action dialog says "approve it in the browser"; when no browser could be opened, the
    // admin needs the link itself.
    connect(oauth, &OAuthAuthenticator::scopeRequestStarted, this, [this](const QUrl &url, bool opened) {
        if (opened)
            return;
        QWidget *parent = m_window ? static_cast<QWidget *>(m_window) : nullptr;
        auto *box = new QMessageBox(QMessageBox::Information, tr("Permission needed"),
                                    tr("PatchDeck needs your permission to make changes, but could not open a browser. "
                                       "Copy the link, open it in the browser where you use Zoho, and click Accept."),
                                    QMessageBox::NoButton, parent);
        box->setObjectName(QStringLiteral("scopeRequestLink"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *copy = box->addButton(tr("Copy link"), QMessageBox::ActionRole);
        copy->disconnect(); // keep the box open after copying
        connect(copy, &QPushButton::clicked, box, [url, copy] {
            QGuiApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded));
            copy->setText(tr("Link copied"));
        });
        box->addButton(QMessageBox::Close);
        if (OAuthAuthenticator *auth = m_session->oauth()) {
            connect(auth, &OAuthAuthenticator::scopesGranted, box, &QWidget::close);
            connect(auth, &OAuthAuthenticator::scopesDenied, box, &QWidget::close);
        }
        box->open();
    });
}

void SessionController::onConnectionChanged(pmp::api::Connection *connection, const Profile &profile)
{
    if (!connection)
        return;
    watchScopeRequests();
    if (!m_started) {
        m_started = true;
        emit ready(connection, profile);
        return;
    }
    if (m_window) {
        m_window->setClient(&connection->client(), pmp::store::Workspace::forConnection(profile.serverUrl, profile.id),
                            profile.label());
        m_window->statusBar()->showMessage(tr("Switched to %1").arg(profile.label()), 8000);
    }
    if (m_menu)
        m_menu->setCurrentId(profile.id);
}

void SessionController::onOpenFailed(const Profile &profile, const QString &message)
{
    showSignIn(profile, message);
}

void SessionController::signOut(bool removeProfile)
{
    const Profile profile = m_session->currentProfile();
    if (!profile.isValid())
        return;
    const QString question =
        removeProfile ? tr("Remove the profile \"%1\"? PatchDeck signs out (Zoho is told to revoke the "
                           "sign-in) and forgets the profile.")
                            .arg(profile.name)
                      : tr("Sign out of \"%1\"? Zoho is told to revoke PatchDeck's sign-in and the tokens are "
                           "removed from this computer's keychain.")
                            .arg(profile.name);
    if (QMessageBox::question(m_window, removeProfile ? tr("Remove profile") : tr("Sign out"), question) !=
        QMessageBox::Yes)
        return;
    auto *signOut = new SignOut(m_session->tokenStore(), m_session->network(), this);
    connect(signOut, &SignOut::finished, this,
            [this, signOut, profile, removeProfile](bool, bool, const QString &message) {
                signOut->deleteLater();
                m_session->close();
                if (removeProfile)
                    m_session->profiles()->remove(profile.id);
                showSignIn(removeProfile ? Profile{} : profile, message);
            });
    const auto *oauthTokens = m_session->oauth();
    if (oauthTokens)
        signOut->start(profile, oauthTokens->tokens());
    else
        signOut->start(profile);
}

} // namespace pmp::ui
