#include "SignInDialog.h"

#include "KeychainNotice.h"
#include "NetworkSettingsDialog.h"
#include "SignInMethodTabs.h"
#include "SignInStatusArea.h"

#include "api/Connection.h"
#include "auth/BrowserLauncher.h"
#include "auth/OnPremisesSignIn.h"
#include "auth/ProfileStore.h"
#include "auth/SelfClientSignIn.h"
#include "auth/SessionManager.h"
#include "auth/TokenStore.h"
#include "widgets/AccessibleNames.h"
#include "widgets/StatusColors.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pmp::ui {

using namespace pmp::auth;

void SignInDialog::installSystemBrowser()
{
    BrowserLauncher::setSystemOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
}

SignInDialog::SignInDialog(SessionManager *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_browser(new BrowserSignIn(session->network(), this)),
      m_selfClient(new SelfClientSignIn(session->network(), this)),
      m_onPrem(new OnPremisesSignIn(session->network(), this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in — PatchDeck"));
    installSystemBrowser();
    buildUi();

    connect(m_browser, &BrowserSignIn::waitingForBrowser, this, [this](const QUrl &url) { m_authorizationUrl = url; });
    m_status->follow(m_browser);
    connect(m_browser, &BrowserSignIn::succeeded, this, &SignInDialog::onSucceeded);
    connect(m_browser, &BrowserSignIn::failed, this, &SignInDialog::onFlowFailed);
    connect(m_selfClient, &SelfClientSignIn::succeeded, this, &SignInDialog::onSucceeded);
    connect(m_selfClient, &SelfClientSignIn::failed, this, &SignInDialog::onFlowFailed);
    connect(m_onPrem, &OnPremisesSignIn::succeeded, this, &SignInDialog::onSucceeded);
    connect(m_onPrem, &OnPremisesSignIn::failed, this, &SignInDialog::onFlowFailed);

    connect(session, &SessionManager::connectionChanged, this, [this](pmp::api::Connection *c, const Profile &p) {
        if (!m_adopting || !c)
            return;
        m_adopting = false;
        m_hasPending = false;
        setBusy(false);
        emit signedIn(p);
        accept();
    });
    connect(session, &SessionManager::adoptFailed, this,
            [this](const Profile &, SessionManager::Problem problem, const QString &message) {
                if (!m_adopting)
                    return;
                m_adopting = false;
                SignInError e;
                e.kind = SignInError::Kind::Other;
                if (problem == SessionManager::Problem::KeychainUnavailable) {
                    e.message = tr("Signed in, but the sign-in could not be stored in the keychain. Unlock or start "
                                   "your keychain, or tick \"Keep my sign-in for this session only\"; then click "
                                   "Continue.");
                    m_keychain->showNotStored(message);
                } else {
                    e.message = tr("Signed in, but the tokens could not be saved: %1").arg(message);
                }
                m_signIn->setText(tr("Continue"));
                showError(e);
            });

    m_keychain->follow(session->tokenStore());
    onPageChanged();
    m_name->setText(m_tabs->suggestedName());
    AccessibleNames::nameFromLabels(this);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::buildUi()
{
    resize(1000, 640);
    auto *root = new QVBoxLayout(this);
    root->setSpacing(10);

    auto *title = new QLabel(tr("Connect PatchDeck to Patch Manager Plus"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    root->addWidget(title);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    // Plain: the intro may carry why a session ended, in a server's or a keychain's words.
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setText(tr("Choose how you sign in. Your tokens are kept in this computer's keychain, never in a file."));
    root->addWidget(m_intro);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    root->addLayout(columns, 1);

    auto *left = new QVBoxLayout;
    columns->addLayout(left, 11);
    auto *nameForm = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setPlaceholderText(tr("For example: Production EU"));
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    nameForm->addRow(tr("Profile &name:"), m_name);
    left->addLayout(nameForm);

    m_tabs = new SignInMethodTabs(this);
    connect(m_tabs, &SignInMethodTabs::dataCentreChanged, this, &SignInDialog::followFields);
    connect(m_tabs, &SignInMethodTabs::serverEdited, this, [this] {
        if (!m_nameEdited)
            m_name->setText(m_tabs->suggestedName());
    });
    connect(m_tabs, &SignInMethodTabs::helpChanged, this, &SignInDialog::updateHelp);
    connect(m_tabs, &SignInMethodTabs::fieldsChanged, this, &SignInDialog::updateSignInEnabled);
    connect(m_tabs, &QTabWidget::currentChanged, this, &SignInDialog::onPageChanged);
    left->addWidget(m_tabs, 1);

    m_help = new QTextBrowser(this);
    m_help->setObjectName(QStringLiteral("helpText"));
    m_help->setAccessibleName(tr("Help"));
    m_help->setOpenExternalLinks(true);
    m_help->setMinimumWidth(360);
    columns->addWidget(m_help, 10);

    m_keychain = new KeychainNotice(this);
    connect(m_keychain, &KeychainNotice::changed, this, &SignInDialog::updateSignInEnabled);
    root->addWidget(m_keychain);

    m_status = new SignInStatusArea(this);
    root->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_network = new QPushButton(tr("&Network…"), this);
    m_network->setObjectName(QStringLiteral("networkSettings"));
    m_network->setToolTip(tr("Proxy and trusted certificate authorities"));
    connect(m_network, &QPushButton::clicked, this, [this] {
        NetworkSettingsDialog dialog(this);
        dialog.exec();
    });
    buttons->addWidget(m_network);
    buttons->addStretch(1);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_busy)
            stop();
        else
            reject();
    });
    m_signIn = new QPushButton(tr("&Sign in"), this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::startSignIn);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_signIn);
    root->addLayout(buttons);
}

SignInDialog::Page SignInDialog::page() const
{
    return Page(m_tabs->currentIndex());
}

void SignInDialog::setPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void SignInDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
}

void SignInDialog::onPageChanged()
{
    m_signIn->setText(tr("&Sign in"));
    followFields();
}

void SignInDialog::followFields()
{
    if (!m_nameEdited)
        m_name->setText(m_tabs->suggestedName());
    updateHelp();
    updateSignInEnabled();
}

void SignInDialog::updateHelp()
{
    if (m_help && m_tabs)
        m_help->setHtml(m_tabs->help());
}

void SignInDialog::updateSignInEnabled()
{
    if (!m_signIn)
        return;
    QString problem;
    profileFromFields(&problem);
    TokenStore *store = m_session ? m_session->tokenStore() : nullptr;
    const bool keychainBlocked =
        store && store->availability() == TokenStore::Availability::Unavailable && !m_keychain->sessionOnly();
    if (keychainBlocked)
        problem = tr("No keychain: tick \"Keep my sign-in for this session only\" to continue.");
    m_signIn->setEnabled(!m_busy && (problem.isEmpty() || m_hasPending));
    m_signIn->setToolTip(problem);
}

Profile SignInDialog::profileFromFields(QString *problem) const
{
    Profile p = m_tabs->profile(problem);
    p.id = m_existingId;
    p.name = m_name->text().trimmed();
    return p;
}

void SignInDialog::setProfile(const Profile &profile)
{
    m_existingId = profile.id;
    m_name->setText(profile.name);
    m_nameEdited = true;
    m_tabs->setProfile(profile);
    if (profile.kind == Profile::Kind::OnPremises)
        return;
    followFields();
    // The client secret lives in the keychain entry; fill it in if it is still there.
    if (m_session && !profile.id.isEmpty())
        m_session->tokenStore()->load(profile.id, this, [this](const TokenStore::Result &r) {
            if (r.ok())
                m_tabs->offerClientSecret(QString::fromUtf8(r.tokens.clientSecret));
        });
}

QString SignInDialog::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_status->showBusy(busy);
    for (QWidget *w :
         {static_cast<QWidget *>(m_tabs), static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_network)})
        w->setEnabled(!busy);
    m_cancel->setText(busy ? tr("&Stop") : tr("Cancel"));
    if (!busy)
        m_status->withdrawLink();
    updateSignInEnabled();
}

void SignInDialog::showError(const SignInError &error)
{
    m_lastError = error;
    setBusy(false);
    m_status->showError(error);
}

void SignInDialog::startSignIn()
{
    if (m_busy || !m_session)
        return;
    TokenStore *store = m_session->tokenStore();
    if (m_keychain->sessionOnly())
        store->setMode(TokenStore::Mode::SessionOnly);

    if (m_hasPending) {
        adoptPending();
        return;
    }
    QString problem;
    Profile profile = profileFromFields(&problem);
    if (!problem.isEmpty()) {
        SignInError e;
        e.kind = SignInError::Kind::InvalidInput;
        e.message = problem;
        showError(e);
        return;
    }
    if (profile.name.isEmpty())
        profile.name = m_tabs->suggestedName();
    if (profile.id.isEmpty())
        profile.name = m_session->profiles()->uniqueName(profile.name);
    m_pendingProfile = profile;
    m_lastError = {};
    m_authorizationUrl = {};
    m_status->newAttempt();
    setBusy(true);

    switch (page()) {
    case Page::Browser:
        m_status->showProgress(tr("Opening your browser…"));
        m_browser->start(m_tabs->browserParams(profile));
        break;
    case Page::SelfClient:
        m_status->showProgress(tr("Exchanging the code at %1…").arg(profile.accountsUrl.host().toHtmlEscaped()));
        m_selfClient->start(m_tabs->selfClientParams(profile));
        break;
    case Page::OnPremises:
        m_status->showProgress(tr("Checking the token with %1…").arg(profile.serverUrl.host().toHtmlEscaped()));
        m_onPrem->start(m_tabs->onPremisesParams(profile));
        break;
    }
}

void SignInDialog::onFlowFailed(const SignInError &error)
{
    if (m_busy) // a flow the admin stopped may still answer
        showError(error);
}

void SignInDialog::onSucceeded(const SignInResult &result)
{
    if (!m_busy)
        return;
    m_pendingResult = result;
    m_hasPending = true;
    adoptPending();
}

void SignInDialog::adoptPending()
{
    setBusy(true);
    m_status->withdrawLink();
    m_status->showProgress(m_session->tokenStore()->mode() == TokenStore::Mode::SessionOnly
                               ? tr("Signed in. Opening the console…")
                               : tr("Signed in. Storing the sign-in in your keychain (it may ask for its password)…"));
    m_adopting = true;
    m_session->adopt(m_pendingProfile, m_pendingResult);
}

void SignInDialog::stop()
{
    m_browser->cancel();
    m_hasPending = false;
    m_adopting = false;
    setBusy(false);
    m_status->showStatus(tr("Sign-in stopped."), StatusColors::accent(StatusColors::Status::Neutral, palette()));
}

void SignInDialog::reject()
{
    m_browser->cancel();
    QDialog::reject();
}

} // namespace pmp::ui
