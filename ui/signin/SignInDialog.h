#pragma once

#include "auth/BrowserSignIn.h"
#include "auth/Profile.h"
#include "auth/SignInError.h"
#include "auth/SignInResult.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace pmp::auth {
class OnPremisesSignIn;
class SelfClientSignIn;
class SessionManager;
} // namespace pmp::auth

namespace pmp::ui {

class KeychainNotice;
class SignInMethodTabs;
class SignInStatusArea;

// Connects PatchDeck to a server: one dialog with a page per way of signing in (Browser, Self
// Client code, On-premises token), the profile's name and data centre, the client from the API
// console, step-by-step help for registering that client, progress, and errors specific enough to
// act on (access denied, expired code, certificate details, no keychain with the session-only
// choice). Accepted once the SessionManager is connected with the new sign-in. The method tabs with
// their pages, the keychain notice and the status area are widgets of their own; the dialog runs the
// sign-in flows, keeps the name, "Sign in" and the help in step with the fields, and adopts the result.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page
    {
        Browser,
        SelfClient,
        OnPremises
    };
    Q_ENUM(Page)

    explicit SignInDialog(pmp::auth::SessionManager *session, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Fills the dialog from a saved profile (signing in again, or after "sign in again").
    void setProfile(const pmp::auth::Profile &profile);
    void setPage(Page page);
    Page page() const;
    // An explanation shown above the fields (why the dialog opened: session ended, no tokens...).
    void setIntro(const QString &text);

    bool isBusy() const { return m_busy; }
    QString statusText() const;
    pmp::auth::SignInError lastError() const { return m_lastError; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }

    // Lets the browser sign-in open the system browser (QDesktopServices); PATCHDECK_BROWSER still wins.
    static void installSystemBrowser();

signals:
    void signedIn(const pmp::auth::Profile &profile);

public slots:
    void startSignIn();
    void stop();

protected:
    void reject() override;

private:
    void buildUi();
    void onPageChanged();
    // The profile's name (until the admin edits it), the help and "Sign in" follow the fields.
    void followFields();
    void updateHelp();
    void updateSignInEnabled();
    void setBusy(bool busy);
    void showError(const pmp::auth::SignInError &error);
    void onSucceeded(const pmp::auth::SignInResult &result);
    void onFlowFailed(const pmp::auth::SignInError &error);
    void adoptPending();
    pmp::auth::Profile profileFromFields(QString *problem) const;

    QPointer<pmp::auth::SessionManager> m_session;
    pmp::auth::BrowserSignIn *m_browser;
    pmp::auth::SelfClientSignIn *m_selfClient;
    pmp::auth::OnPremisesSignIn *m_onPrem;

    QLabel *m_intro = nullptr;
    QLineEdit *m_name = nullptr;
    SignInMethodTabs *m_tabs = nullptr;
    QTextBrowser *m_help = nullptr;
    KeychainNotice *m_keychain = nullptr;
    SignInStatusArea *m_status = nullptr;
    QPushButton *m_network = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_cancel = nullptr;

    QString m_existingId;
    bool m_nameEdited = false;
    bool m_busy = false;
    bool m_adopting = false;
    pmp::auth::Profile m_pendingProfile;
    pmp::auth::SignInResult m_pendingResult;
    bool m_hasPending = false;
    pmp::auth::SignInError m_lastError;
    QUrl m_authorizationUrl;
};

} // namespace pmp::ui
