#include "SignInDialog.h"

#include "NetworkSettingsDialog.h"
#include "SignInHelp.h"

#include "api/Connection.h"
#include "api/OperationCatalogue.h"
#include "api/Transport.h"
#include "auth/BrowserLauncher.h"
#include "auth/DataCentres.h"
#include "auth/OAuthAuthenticator.h"
#include "auth/OnPremisesSignIn.h"
#include "auth/ProfileStore.h"
#include "auth/SelfClientSignIn.h"
#include "auth/SessionManager.h"
#include "auth/TokenStore.h"
#include "widgets/AccessibleNames.h"
#include "widgets/StatusColors.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace pmp::ui {

using namespace pmp::auth;

namespace {

constexpr quint16 kDefaultFixedPort = 47613;

QToolButton *copyButton(QWidget *parent, const QString &objectName, const QString &tip, std::function<QString()> text)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(objectName);
    b->setText(SignInDialog::tr("Copy"));
    b->setToolTip(tip);
    QObject::connect(b, &QToolButton::clicked, b, [text] { QGuiApplication::clipboard()->setText(text()); });
    return b;
}

QLabel *pageIntro(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("pageIntro"));
    label->setContentsMargins(0, 0, 0, 6);
    return label;
}

QUrl urlFromField(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QUrl url = QUrl::fromUserInput(t);
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    return url;
}

} // namespace

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

    connect(m_browser, &BrowserSignIn::waitingForBrowser, this, [this](const QUrl &url, bool opened) {
        m_authorizationUrl = url;
        m_copyLink->show();
        m_openAgain->show();
        showProgress(opened ? tr("Your browser is showing Zoho's consent page. Sign in there if asked, check the "
                                 "permissions and click <b>Accept</b>; PatchDeck continues by itself.")
                            : tr("PatchDeck could not open a browser. Click <b>Copy link</b>, paste the link into the "
                                 "browser where you use Zoho, and click <b>Accept</b> there."));
    });
    connect(m_browser, &BrowserSignIn::exchanging, this, [this](const QUrl &accounts) {
        m_openAgain->hide();
        showProgress(tr("Access approved. Fetching the tokens from %1…").arg(accounts.host().toHtmlEscaped()));
    });
    connect(m_browser, &BrowserSignIn::notice, this, [this](const QString &text) {
        showStatus(text.toHtmlEscaped() + QStringLiteral("<br>") + tr("Still waiting for the browser…"),
                   StatusColors::accent(StatusColors::Status::Warning, palette()));
    });
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
                    m_keychainFrame->show();
                    m_keychainText->setText(
                        tr("<b>The keychain did not store the sign-in.</b> %1").arg(message.toHtmlEscaped()));
                } else {
                    e.message = tr("Signed in, but the tokens could not be saved: %1").arg(message);
                }
                m_signIn->setText(tr("Continue"));
                showError(e);
            });

    TokenStore *store = session->tokenStore();
    connect(store, &TokenStore::availabilityChanged, this, &SignInDialog::updateKeychain);
    if (store->availability() == TokenStore::Availability::Unknown)
        store->probe();
    updateKeychain();
    onDataCentreChanged();
    onPageChanged(0);
    m_name->setText(defaultName());
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

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("methodTabs"));
    m_tabs->setAccessibleName(tr("Sign-in method"));
    m_tabs->tabBar()->setAccessibleName(tr("Sign-in method"));
    m_cloudFields = buildCloudFields();
    m_tabs->addTab(buildBrowserPage(), tr("&Browser (recommended)"));
    m_tabs->addTab(buildSelfClientPage(), tr("Self Client &code"));
    m_tabs->addTab(buildOnPremisesPage(), tr("&On-premises server"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &SignInDialog::onPageChanged);
    left->addWidget(m_tabs, 1);

    m_help = new QTextBrowser(this);
    m_help->setObjectName(QStringLiteral("helpText"));
    m_help->setAccessibleName(tr("Help"));
    m_help->setOpenExternalLinks(true);
    m_help->setMinimumWidth(360);
    columns->addWidget(m_help, 10);

    m_keychainFrame = new QFrame(this);
    m_keychainFrame->setObjectName(QStringLiteral("keychainWarning"));
    // Only the frame and its text are styled: a style sheet on the check box would replace its
    // native indicator.
    auto *keychainLayout = new QVBoxLayout(m_keychainFrame);
    m_keychainText = new QLabel(m_keychainFrame);
    m_keychainText->setObjectName(QStringLiteral("keychainText"));
    m_keychainText->setWordWrap(true);
    m_keychainText->setTextFormat(Qt::RichText);
    m_sessionOnly = new QCheckBox(tr("Keep my sign-in for this session only (sign in again after restarting "
                                     "PatchDeck)"),
                                  m_keychainFrame);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnly"));
    StatusColors::keepStyled(m_keychainFrame, [this] { restyleKeychainNotice(); });
    connect(m_sessionOnly, &QCheckBox::toggled, this, &SignInDialog::updateSignInEnabled);
    keychainLayout->addWidget(m_keychainText);
    keychainLayout->addWidget(m_sessionOnly);
    m_keychainFrame->hide();
    root->addWidget(m_keychainFrame);

    m_statusFrame = new QFrame(this);
    m_statusFrame->setObjectName(QStringLiteral("statusFrame"));
    auto *statusLayout = new QVBoxLayout(m_statusFrame);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(m_statusFrame);
    m_status->setObjectName(QStringLiteral("statusText"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusRow->addWidget(m_status, 1);
    m_copyLink = new QPushButton(tr("Copy link"), m_statusFrame);
    m_copyLink->setObjectName(QStringLiteral("copyLink"));
    m_copyLink->setToolTip(tr("Copy the sign-in link, to open it in a browser yourself"));
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_authorizationUrl.toString(QUrl::FullyEncoded));
        m_copyLink->setText(tr("Link copied"));
    });
    m_openAgain = new QPushButton(tr("Open browser again"), m_statusFrame);
    m_openAgain->setObjectName(QStringLiteral("openBrowserAgain"));
    connect(m_openAgain, &QPushButton::clicked, this, [this] { m_browser->reopenBrowser(); });
    m_showDetails = new QPushButton(tr("Details"), m_statusFrame);
    m_showDetails->setObjectName(QStringLiteral("showDetails"));
    m_showDetails->setCheckable(true);
    statusRow->addWidget(m_copyLink);
    statusRow->addWidget(m_openAgain);
    statusRow->addWidget(m_showDetails);
    statusLayout->addLayout(statusRow);
    m_progress = new QProgressBar(m_statusFrame);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    statusLayout->addWidget(m_progress);
    m_details = new QPlainTextEdit(m_statusFrame);
    m_details->setAccessibleName(tr("Error details"));
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(140);
    statusLayout->addWidget(m_details);
    connect(m_showDetails, &QPushButton::toggled, m_details, &QWidget::setVisible);
    m_copyLink->hide();
    m_openAgain->hide();
    m_showDetails->hide();
    m_details->hide();
    m_progress->hide();
    m_statusFrame->hide();
    root->addWidget(m_statusFrame);

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

QWidget *SignInDialog::buildCloudFields()
{
    auto *w = new QWidget(this);
    w->setObjectName(QStringLiteral("cloudFields"));
    auto *form = new QFormLayout(w);
    form->setContentsMargins(0, 0, 0, 0);
    m_dataCentre = new QComboBox(w);
    m_dataCentre->setObjectName(QStringLiteral("dataCentre"));
    for (const DataCentre &dc : DataCentres::allWithCustom())
        m_dataCentre->addItem(dc.isCustom() ? tr("Custom server (simulator, test tenant, proxy)")
                                            : tr("%1 — %2").arg(dc.displayName(), dc.serverUrl.host()),
                              dc.id);
    m_dataCentre->setToolTip(tr("Where your Patch Manager Plus Cloud account lives: the address you use it at "
                                "ends in this domain."));
    connect(m_dataCentre, &QComboBox::currentIndexChanged, this, &SignInDialog::onDataCentreChanged);
    form->addRow(tr("&Data centre:"), m_dataCentre);

    m_customServer = new QLineEdit(w);
    m_customServer->setObjectName(QStringLiteral("customServerUrl"));
    m_customServer->setPlaceholderText(QStringLiteral("https://patch.example.com"));
    m_customAccounts = new QLineEdit(w);
    m_customAccounts->setObjectName(QStringLiteral("customAccountsUrl"));
    m_customAccounts->setPlaceholderText(QStringLiteral("https://accounts.example.com"));
    form->addRow(tr("Server &URL:"), m_customServer);
    form->addRow(tr("&Accounts URL:"), m_customAccounts);
    m_cloudForm = form;
    connect(m_customServer, &QLineEdit::textEdited, this, [this](const QString &text) {
        // The simulator serves both on one address: follow the server URL until edited.
        if (m_customAccounts->isModified())
            return;
        m_customAccounts->setText(text);
        onDataCentreChanged();
    });
    connect(m_customAccounts, &QLineEdit::textEdited, this, &SignInDialog::onDataCentreChanged);

    m_clientId = new QLineEdit(w);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setPlaceholderText(QStringLiteral("1000.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"));
    form->addRow(tr("Client &ID:"), m_clientId);
    m_clientSecret = new QLineEdit(w);
    m_clientSecret->setObjectName(QStringLiteral("clientSecret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("From the API console's Client Secret tab"));
    form->addRow(tr("Client s&ecret:"), m_clientSecret);
    m_useSimulator = new QPushButton(tr("Use simulator client"), w);
    m_useSimulator->setObjectName(QStringLiteral("useSimulatorClient"));
    m_useSimulator->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_useSimulator, &QPushButton::clicked, this, [this] {
        m_clientId->setText(SignInHelp::simulatorClientId());
        m_clientSecret->setText(SignInHelp::simulatorClientSecret());
        updateSignInEnabled();
    });
    auto *simulatorRow = new QHBoxLayout;
    simulatorRow->addWidget(m_useSimulator);
    simulatorRow->addStretch(1);
    form->addRow(QString(), simulatorRow);
    for (QLineEdit *e : {m_clientId, m_clientSecret, m_customServer, m_customAccounts})
        connect(e, &QLineEdit::textChanged, this, &SignInDialog::updateSignInEnabled);
    return w;
}

QWidget *SignInDialog::buildBrowserPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("browserPage"));
    m_browserLayout = new QVBoxLayout(page);
    m_browserLayout->addWidget(pageIntro(page, tr("Sign in on Zoho's page in your browser, with a client registered "
                                                  "once in the API console. PatchDeck stays signed in for weeks and "
                                                  "asks for write permission only when you first need it.")));
    auto *form = new QFormLayout;
    auto *portRow = new QHBoxLayout;
    m_fixedPort = new QCheckBox(tr("Use a fixed &port:"), page);
    m_fixedPort->setObjectName(QStringLiteral("fixedPort"));
    m_fixedPort->setChecked(true);
    m_fixedPort->setToolTip(tr("Zoho compares the redirect URI exactly, so the port registered in the API console "
                               "must be the one PatchDeck listens on."));
    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("redirectPort"));
    m_port->setAccessibleName(tr("Redirect port"));
    m_port->setRange(1024, 65535);
    m_port->setValue(kDefaultFixedPort);
    portRow->addWidget(m_fixedPort);
    portRow->addWidget(m_port);
    portRow->addStretch(1);
    form->addRow(tr("Redirect:"), portRow);
    auto *uriRow = new QHBoxLayout;
    m_redirectUri = new QLineEdit(page);
    m_redirectUri->setObjectName(QStringLiteral("redirectUri"));
    m_redirectUri->setAccessibleName(tr("Redirect URI"));
    m_redirectUri->setReadOnly(true);
    uriRow->addWidget(m_redirectUri, 1);
    uriRow->addWidget(copyButton(page, QStringLiteral("copyRedirectUri"), tr("Copy the redirect URI to register"),
                                 [this] { return m_redirectUri->text(); }));
    form->addRow(tr("Redirect URI:"), uriRow);
    connect(m_fixedPort, &QCheckBox::toggled, this, [this](bool on) {
        m_port->setEnabled(on);
        updateRedirectUri();
    });
    connect(m_port, &QSpinBox::valueChanged, this, &SignInDialog::updateRedirectUri);
    m_browserLayout->addLayout(form);
    m_browserLayout->addStretch(1);
    return page;
}

QWidget *SignInDialog::buildSelfClientPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("selfClientPage"));
    m_selfClientLayout = new QVBoxLayout(page);
    m_selfClientLayout->addWidget(pageIntro(page, tr("For a Self Client: generate a one-time code in the API console "
                                                     "and paste it here. No browser redirect is involved.")));
    auto *form = new QFormLayout;
    auto *scopeRow = new QHBoxLayout;
    m_scopes = new QLineEdit(page);
    m_scopes->setObjectName(QStringLiteral("selfClientScopes"));
    m_scopes->setAccessibleName(tr("Scopes"));
    m_scopes->setReadOnly(true);
    scopeRow->addWidget(m_scopes, 1);
    scopeRow->addWidget(copyButton(page, QStringLiteral("copyScopes"),
                                   tr("Copy the scopes to paste in the API console"),
                                   [this] { return m_scopes->text(); }));
    form->addRow(tr("Scopes:"), scopeRow);
    m_includeWrite = new QCheckBox(tr("Include &write permissions (approve, install, scan)"), page);
    m_includeWrite->setObjectName(QStringLiteral("selfClientWrite"));
    connect(m_includeWrite, &QCheckBox::toggled, this, [this] {
        m_scopes->setText(selfClientScopes().join(QLatin1Char(',')));
        m_scopes->setCursorPosition(0);
        updateHelp();
    });
    form->addRow(QString(), m_includeWrite);
    m_code = new QLineEdit(page);
    m_code->setObjectName(QStringLiteral("selfClientCode"));
    m_code->setPlaceholderText(QStringLiteral("1000.xxxxxxxx.xxxxxxxx"));
    connect(m_code, &QLineEdit::textChanged, this, &SignInDialog::updateSignInEnabled);
    form->addRow(tr("&Grant code:"), m_code);
    m_scopes->setText(selfClientScopes().join(QLatin1Char(',')));
    m_scopes->setCursorPosition(0);
    m_selfClientLayout->addLayout(form);
    m_selfClientLayout->addStretch(1);
    return page;
}

QWidget *SignInDialog::buildOnPremisesPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("onPremPage"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(pageIntro(page, tr("For a Patch Manager Plus server in your own network: its address and an "
                                         "API token created in its web console.")));
    auto *form = new QFormLayout;
    m_onPremServer = new QLineEdit(page);
    m_onPremServer->setObjectName(QStringLiteral("onPremServerUrl"));
    m_onPremServer->setPlaceholderText(QStringLiteral("https://patch.example.com:8383"));
    m_onPremToken = new QLineEdit(page);
    m_onPremToken->setObjectName(QStringLiteral("onPremToken"));
    m_onPremToken->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Server URL:"), m_onPremServer);
    form->addRow(tr("API &token:"), m_onPremToken);
    for (QLineEdit *e : {m_onPremServer, m_onPremToken})
        connect(e, &QLineEdit::textChanged, this, &SignInDialog::updateSignInEnabled);
    connect(m_onPremServer, &QLineEdit::textEdited, this, [this] {
        if (!m_nameEdited)
            m_name->setText(defaultName());
    });
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
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

void SignInDialog::onPageChanged(int index)
{
    // The cloud fields are shared by the Browser and Self Client pages: move them along.
    if (index == int(Page::Browser))
        m_browserLayout->insertWidget(1, m_cloudFields);
    else if (index == int(Page::SelfClient))
        m_selfClientLayout->insertWidget(1, m_cloudFields);
    m_cloudFields->setVisible(index != int(Page::OnPremises));
    if (!m_nameEdited)
        m_name->setText(defaultName());
    m_signIn->setText(tr("&Sign in"));
    updateHelp();
    updateSignInEnabled();
}

DataCentre SignInDialog::currentDataCentre() const
{
    const QString id = m_dataCentre->currentData().toString();
    if (id == QLatin1String("custom"))
        return DataCentres::custom(urlFromField(m_customServer->text()), urlFromField(m_customAccounts->text()));
    return DataCentres::byId(id);
}

void SignInDialog::onDataCentreChanged()
{
    const DataCentre dc = currentDataCentre();
    m_cloudForm->setRowVisible(m_customServer, dc.isCustom());
    m_cloudForm->setRowVisible(m_customAccounts, dc.isCustom());
    m_useSimulator->setVisible(SignInHelp::looksLikeSimulator(dc));
    if (!m_nameEdited)
        m_name->setText(defaultName());
    updateRedirectUri();
    updateSignInEnabled();
}

void SignInDialog::updateRedirectUri()
{
    m_redirectUri->setText(m_fixedPort->isChecked() ? Profile::redirectUriFor(quint16(m_port->value()))
                                                    : tr("http://127.0.0.1:<any free port>/callback"));
    updateHelp();
}

QStringList SignInDialog::selfClientScopes() const
{
    QStringList scopes = OAuthAuthenticator::defaultScopes();
    if (m_includeWrite && m_includeWrite->isChecked())
        scopes += pmp::api::OperationCatalogue::updateScopes();
    return scopes;
}

void SignInDialog::updateHelp()
{
    if (!m_help || !m_tabs)
        return;
    const DataCentre dc = currentDataCentre();
    QString html;
    switch (page()) {
    case Page::Browser:
        html = SignInHelp::browser(
            dc, m_fixedPort->isChecked() ? Profile::redirectUriFor(quint16(m_port->value())) : QString(),
            OAuthAuthenticator::defaultScopes());
        break;
    case Page::SelfClient:
        html = SignInHelp::selfClient(dc, selfClientScopes());
        break;
    case Page::OnPremises:
        html = SignInHelp::onPremises();
        break;
    }
    m_help->setHtml(html);
}

void SignInDialog::updateKeychain()
{
    TokenStore *store = m_session ? m_session->tokenStore() : nullptr;
    if (!store)
        return;
    const bool unavailable = store->availability() == TokenStore::Availability::Unavailable;
    if (unavailable) {
        m_keychainText->setText(tr("<b>No keychain is available on this computer.</b> %1<br>PatchDeck never writes "
                                   "tokens to a file. You can keep this sign-in in memory until PatchDeck closes.")
                                    .arg(store->unavailableReason().toHtmlEscaped()));
        if (store->mode() == TokenStore::Mode::SessionOnly)
            m_sessionOnly->setChecked(true);
    }
    m_keychainFrame->setVisible(unavailable || m_keychainFrame->isVisible());
    updateSignInEnabled();
}

QString SignInDialog::defaultName() const
{
    if (page() == Page::OnPremises) {
        const QUrl url = OnPremisesSignIn::normalizeServerUrl(m_onPremServer->text());
        return url.host().isEmpty() ? tr("On-premises server") : url.host();
    }
    const DataCentre dc = currentDataCentre();
    if (dc.isCustom())
        return SignInHelp::looksLikeSimulator(dc) ? tr("Simulator") : tr("Custom server");
    return tr("Patch Manager Plus %1").arg(dc.displayName());
}

void SignInDialog::updateSignInEnabled()
{
    if (!m_signIn)
        return;
    QString problem;
    profileFromFields(&problem);
    TokenStore *store = m_session ? m_session->tokenStore() : nullptr;
    const bool keychainBlocked =
        store && store->availability() == TokenStore::Availability::Unavailable && !m_sessionOnly->isChecked();
    if (keychainBlocked)
        problem = tr("No keychain: tick \"Keep my sign-in for this session only\" to continue.");
    m_signIn->setEnabled(!m_busy && (problem.isEmpty() || m_hasPending));
    m_signIn->setToolTip(problem);
}

Profile SignInDialog::profileFromFields(QString *problem) const
{
    Profile p;
    p.id = m_existingId;
    p.name = m_name->text().trimmed();
    const Page pg = page();
    if (pg == Page::OnPremises) {
        p.kind = Profile::Kind::OnPremises;
        p.method = Profile::Method::OnPremisesToken;
        p.dataCentreId.clear();
        p.serverUrl = OnPremisesSignIn::normalizeServerUrl(m_onPremServer->text());
        if (p.serverUrl.isEmpty())
            *problem = tr("Enter the server URL.");
        else if (m_onPremToken->text().trimmed().isEmpty())
            *problem = tr("Paste the API token.");
        return p;
    }
    const DataCentre dc = currentDataCentre();
    p.kind = Profile::Kind::Cloud;
    p.method = pg == Page::Browser ? Profile::Method::Browser : Profile::Method::SelfClient;
    p.dataCentreId = dc.id;
    p.serverUrl = dc.serverUrl;
    p.accountsUrl = dc.accountsUrl;
    p.clientId = m_clientId->text().trimmed();
    p.clientHasSecret = !m_clientSecret->text().isEmpty();
    p.redirectPort = pg == Page::Browser && m_fixedPort->isChecked() ? quint16(m_port->value()) : 0;
    if (dc.isCustom() && (!pmp::api::Transport::isAllowedServerUrl(dc.serverUrl) ||
                          !pmp::api::Transport::isAllowedServerUrl(dc.accountsUrl)))
        *problem = tr("Enter the server and accounts URLs (https; plain http only for 127.0.0.1).");
    else if (p.clientId.isEmpty())
        *problem = tr("Enter the client id from the API console.");
    else if (m_clientSecret->text().isEmpty())
        *problem = tr("Enter the client secret from the API console.");
    else if (pg == Page::SelfClient && m_code->text().trimmed().isEmpty())
        *problem = tr("Paste the grant code.");
    return p;
}

void SignInDialog::setProfile(const Profile &profile)
{
    m_existingId = profile.id;
    m_name->setText(profile.name);
    m_nameEdited = true;
    if (profile.kind == Profile::Kind::OnPremises) {
        setPage(Page::OnPremises);
        m_onPremServer->setText(profile.serverUrl.toString());
        return;
    }
    const int index =
        m_dataCentre->findData(profile.dataCentreId.isEmpty() ? QStringLiteral("custom") : profile.dataCentreId);
    m_dataCentre->setCurrentIndex(index < 0 ? m_dataCentre->count() - 1 : index);
    if (profile.dataCentreId == QLatin1String("custom")) {
        m_customServer->setText(profile.serverUrl.toString());
        m_customAccounts->setText(profile.accountsUrl.toString());
        m_customAccounts->setModified(true);
    }
    m_clientId->setText(profile.clientId);
    m_fixedPort->setChecked(profile.redirectPort != 0);
    if (profile.redirectPort != 0)
        m_port->setValue(profile.redirectPort);
    setPage(profile.method == Profile::Method::SelfClient ? Page::SelfClient : Page::Browser);
    onDataCentreChanged();
    // The client secret lives in the keychain entry; fill it in if it is still there.
    if (m_session && !profile.id.isEmpty())
        m_session->tokenStore()->load(profile.id, this, [this](const TokenStore::Result &r) {
            if (r.ok() && !r.tokens.clientSecret.isEmpty() && m_clientSecret->text().isEmpty())
                m_clientSecret->setText(QString::fromUtf8(r.tokens.clientSecret));
        });
}

QString SignInDialog::statusText() const
{
    return m_statusFrame->isVisible() ? m_status->text() : QString();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    for (QWidget *w :
         {static_cast<QWidget *>(m_tabs), static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_network)})
        w->setEnabled(!busy);
    m_cancel->setText(busy ? tr("&Stop") : tr("Cancel"));
    if (!busy) {
        m_copyLink->hide();
        m_openAgain->hide();
    }
    updateSignInEnabled();
}

void SignInDialog::restyleKeychainNotice()
{
    // Only the frame and its text are styled: a style sheet on the check box would replace its
    // native indicator, so the check box gets the notice's text colour through its palette.
    const StatusColors::Box box = StatusColors::box(StatusColors::Status::Warning, palette());
    const QString sheet =
        StatusColors::boxStyleSheet(StatusColors::Status::Warning, palette(), QStringLiteral("#keychainWarning")) +
        QStringLiteral(" #keychainText { color:%1; background:transparent; border:none; }").arg(box.foreground.name());
    if (m_keychainFrame->styleSheet() != sheet)
        m_keychainFrame->setStyleSheet(sheet);
    QPalette text = m_sessionOnly->palette();
    if (text.color(QPalette::WindowText) != box.foreground) {
        text.setColor(QPalette::WindowText, box.foreground);
        m_sessionOnly->setPalette(text);
    }
}

void SignInDialog::setStatus(const QString &text, Qt::TextFormat format, const QColor &color)
{
    m_status->setTextFormat(format);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, color.isValid() ? color : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    m_status->setText(text);
    m_statusFrame->show();
}

void SignInDialog::showStatus(const QString &html, const QColor &color)
{
    setStatus(html, Qt::RichText, color);
}

void SignInDialog::showProgress(const QString &text)
{
    m_showDetails->hide();
    m_details->hide();
    showStatus(text, QColor());
}

void SignInDialog::showError(const SignInError &error)
{
    m_lastError = error;
    setBusy(false);
    // Plain text, always: an error may quote the redirect, the accounts server or the keychain, and
    // none of them may format (or load images into) this dialog.
    QString text = error.message;
    if (error.kind == SignInError::Kind::Tls)
        text += QLatin1Char('\n') + tr("Check the certificate below. If it belongs to your organisation, trust "
                                       "its CA under Network… and sign in again.");
    setStatus(text, Qt::PlainText, StatusColors::accent(StatusColors::Status::Error, palette()));
    m_details->setPlainText(error.details);
    m_showDetails->setVisible(!error.details.isEmpty());
    m_showDetails->setChecked(error.kind == SignInError::Kind::Tls);
    m_details->setVisible(error.kind == SignInError::Kind::Tls && !error.details.isEmpty());
}

void SignInDialog::startSignIn()
{
    if (m_busy || !m_session)
        return;
    TokenStore *store = m_session->tokenStore();
    if (m_sessionOnly->isChecked())
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
        profile.name = defaultName();
    if (profile.id.isEmpty())
        profile.name = m_session->profiles()->uniqueName(profile.name);
    m_pendingProfile = profile;
    m_lastError = {};
    m_authorizationUrl = {};
    m_copyLink->setText(tr("Copy link"));
    setBusy(true);

    switch (page()) {
    case Page::Browser: {
        showProgress(tr("Opening your browser…"));
        BrowserSignIn::Params params;
        params.accountsUrl = profile.accountsUrl;
        params.clientId = profile.clientId;
        params.clientSecret = m_clientSecret->text().toUtf8();
        params.scopes = OAuthAuthenticator::defaultScopes();
        params.redirectPort = profile.redirectPort;
        m_browser->start(params);
        break;
    }
    case Page::SelfClient: {
        showProgress(tr("Exchanging the code at %1…").arg(profile.accountsUrl.host().toHtmlEscaped()));
        SelfClientSignIn::Params params;
        params.accountsUrl = profile.accountsUrl;
        params.clientId = profile.clientId;
        params.clientSecret = m_clientSecret->text().toUtf8();
        params.code = m_code->text();
        params.scopes = selfClientScopes();
        m_selfClient->start(params);
        break;
    }
    case Page::OnPremises: {
        showProgress(tr("Checking the token with %1…").arg(profile.serverUrl.host().toHtmlEscaped()));
        m_onPrem->start({profile.serverUrl, m_onPremToken->text().toUtf8()});
        break;
    }
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
    m_openAgain->hide();
    m_copyLink->hide();
    showProgress(m_session->tokenStore()->mode() == TokenStore::Mode::SessionOnly
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
    showStatus(tr("Sign-in stopped."), StatusColors::accent(StatusColors::Status::Neutral, palette()));
}

void SignInDialog::reject()
{
    m_browser->cancel();
    QDialog::reject();
}

} // namespace pmp::ui
