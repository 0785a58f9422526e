#pragma once

#include "auth/BrowserSignIn.h"
#include "auth/Profile.h"
#include "auth/SignInError.h"
#include "auth/SignInResult.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QColor;
class QComboBox;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTextBrowser;
class QToolButton;
class QVBoxLayout;
class QWidget;

namespace pmp::auth {
class OnPremisesSignIn;
class SelfClientSignIn;
class SessionManager;
} // namespace pmp::auth

namespace pmp::ui {

// Connects PatchDeck to a server: one dialog with a page per way of signing in (Browser, Self
// Client code, On-premises token), the profile's name and data centre, the client from the API
// console, step-by-step help for registering that client, progress, and errors specific enough to
// act on (access denied, expired code, certificate details, no keychain with the session-only
// choice). Accepted once the SessionManager is connected with the new sign-in.
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
    QWidget *buildCloudFields();
    QWidget *buildBrowserPage();
    QWidget *buildSelfClientPage();
    QWidget *buildOnPremisesPage();
    void onPageChanged(int index);
    void onDataCentreChanged();
    void updateRedirectUri();
    void updateHelp();
    void updateKeychain();
    void updateSignInEnabled();
    void setBusy(bool busy);
    void showProgress(const QString &text);
    void showError(const pmp::auth::SignInError &error);
    // The dialog's own words, as rich text (bold button names); anything quoted must be escaped.
    void showStatus(const QString &html, const QColor &color);
    void setStatus(const QString &text, Qt::TextFormat format, const QColor &color);
    void restyleKeychainNotice();
    void onSucceeded(const pmp::auth::SignInResult &result);
    void onFlowFailed(const pmp::auth::SignInError &error);
    void adoptPending();
    QStringList selfClientScopes() const;
    pmp::auth::DataCentre currentDataCentre() const;
    pmp::auth::Profile profileFromFields(QString *problem) const;
    QString defaultName() const;

    QPointer<pmp::auth::SessionManager> m_session;
    pmp::auth::BrowserSignIn *m_browser;
    pmp::auth::SelfClientSignIn *m_selfClient;
    pmp::auth::OnPremisesSignIn *m_onPrem;

    QLabel *m_intro = nullptr;
    QLineEdit *m_name = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_cloudFields = nullptr;
    QVBoxLayout *m_browserLayout = nullptr;
    QVBoxLayout *m_selfClientLayout = nullptr;
    QComboBox *m_dataCentre = nullptr;
    QFormLayout *m_cloudForm = nullptr;
    QLineEdit *m_customServer = nullptr;
    QLineEdit *m_customAccounts = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QPushButton *m_useSimulator = nullptr;
    QCheckBox *m_fixedPort = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_redirectUri = nullptr;
    QLineEdit *m_code = nullptr;
    QCheckBox *m_includeWrite = nullptr;
    QLineEdit *m_scopes = nullptr;
    QLineEdit *m_onPremServer = nullptr;
    QLineEdit *m_onPremToken = nullptr;
    QTextBrowser *m_help = nullptr;
    QFrame *m_keychainFrame = nullptr;
    QLabel *m_keychainText = nullptr;
    QCheckBox *m_sessionOnly = nullptr;
    QFrame *m_statusFrame = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_copyLink = nullptr;
    QPushButton *m_openAgain = nullptr;
    QPushButton *m_showDetails = nullptr;
    QPlainTextEdit *m_details = nullptr;
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
