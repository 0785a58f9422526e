// End to end: the Sign-in dialog, a real headless Chromium started as the system browser, the
// simulator's Zoho consent page. Accept ends signed in with computers listed through the Client;
// Reject ends in a clear "access denied" state.
#include "ChromiumDriver.h"

#include "signin/SignInDialog.h"

#include "api/Client.h"
#include "api/Connection.h"
#include "auth/ProfileStore.h"
#include "auth/SessionManager.h"
#include "auth/TokenStore.h"
#include "simulator/Simulator.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pmp;
using pmp::ui::SignInDialog;

class BrowserSignInE2ETest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void acceptSignsInAndListsComputers();
    void rejectEndsInAccessDenied();

private:
    void fillDialogForSimulator();
    template <typename T> T *child(const char *name) const { return m_dialog->findChild<T *>(QLatin1String(name)); }

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<auth::ProfileStore> m_profiles;
    std::unique_ptr<auth::TokenStore> m_tokens;
    std::unique_ptr<auth::SessionManager> m_session;
    std::unique_ptr<ChromiumDriver> m_browser;
    SignInDialog *m_dialog = nullptr;
};

void BrowserSignInE2ETest::initTestCase()
{
    if (!ChromiumDriver::isAvailable())
        QSKIP("/usr/bin/chromium is not installed; the end-to-end sign-in needs a real browser.");
    qunsetenv("PATCHDECK_BROWSER"); // the system browser, i.e. QDesktopServices, must be used
}

void BrowserSignInE2ETest::init()
{
    sim::SimulatorOptions options;
    options.computers = 40;
    m_sim = std::make_unique<sim::Simulator>(options);
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("patchdeck.ini")), QSettings::IniFormat);
    m_profiles = std::make_unique<auth::ProfileStore>(m_settings.get());
    m_tokens = std::make_unique<auth::TokenStore>();
    m_tokens->setMode(auth::TokenStore::Mode::SessionOnly); // the keychain has its own tests
    m_session = std::make_unique<auth::SessionManager>(m_profiles.get(), m_tokens.get());
    m_browser = std::make_unique<ChromiumDriver>();
    // Chromium is the system browser for this process.
    QDesktopServices::setUrlHandler(QStringLiteral("http"), m_browser.get(), "openUrl");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), m_browser.get(), "openUrl");
    m_dialog = new SignInDialog(m_session.get());
    m_dialog->show();
}

void BrowserSignInE2ETest::cleanup()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    delete m_dialog;
    m_dialog = nullptr;
    m_browser.reset();
    m_session.reset();
    m_tokens.reset();
    m_profiles.reset();
    m_settings.reset();
    m_sim.reset();
}

void BrowserSignInE2ETest::fillDialogForSimulator()
{
    // What a new user does, following the dialog: Custom server, its address, the simulator client.
    auto *dc = child<QComboBox>("dataCentre");
    QVERIFY(dc);
    dc->setCurrentIndex(dc->findData(QStringLiteral("custom")));
    QTest::keyClicks(child<QLineEdit>("customServerUrl"), m_sim->baseUrl().toString());
    auto *useSim = child<QPushButton>("useSimulatorClient");
    QVERIFY(useSim->isVisible());
    useSim->click();
    child<QCheckBox>("fixedPort")->setChecked(false); // any free port: tests run in parallel
    QVERIFY(child<QPushButton>("signInButton")->isEnabled());
}

void BrowserSignInE2ETest::acceptSignsInAndListsComputers()
{
    fillDialogForSimulator();
    QSignalSpy signedIn(m_dialog, &SignInDialog::signedIn);
    QTest::mouseClick(child<QPushButton>("signInButton"), Qt::LeftButton);

    // The dialog handed the authorization URL to "the system browser", which is Chromium.
    QTRY_VERIFY_WITH_TIMEOUT(m_browser->isRunning(), 10000);
    QVERIFY(
        m_browser->openedUrl().toString().startsWith(m_sim->baseUrl().toString() + QLatin1String("/oauth/v2/auth?")));
    QVERIFY2(m_browser->attachToPage(m_sim->baseUrl().toString(), 30000), qPrintable(m_browser->lastError()));
    QVERIFY(m_browser->waitFor(QStringLiteral("!!document.getElementById('accept')"), 30000));
    QVERIFY(m_browser->click(QStringLiteral("accept")));

    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 30000);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    // The browser tab shows PatchDeck's page.
    QVERIFY(m_browser->waitFor(QStringLiteral("document.getElementById('title') && "
                                              "document.getElementById('title').textContent === 'Signed in'"),
                               15000));

    api::Connection *connection = m_session->connection();
    QVERIFY(connection);
    const auth::Profile profile = m_session->currentProfile();
    QCOMPARE(profile.name, QStringLiteral("Simulator"));
    QCOMPARE(profile.kind, auth::Profile::Kind::Cloud);
    QVERIFY(m_profiles->contains(profile.id));
    QVERIFY(!profile.grantedScopes.isEmpty());

    bool done = false;
    api::Result<api::RecordPage> page;
    connection->client().computers(api::ListQuery{}, 1, 25, this, [&](const api::Result<api::RecordPage> &r) {
        page = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY2(page.ok(), qPrintable(page.error.oneLine()));
    QVERIFY(page.value.records.size() > 0);
}

void BrowserSignInE2ETest::rejectEndsInAccessDenied()
{
    fillDialogForSimulator();
    QSignalSpy signedIn(m_dialog, &SignInDialog::signedIn);
    QTest::mouseClick(child<QPushButton>("signInButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_browser->isRunning(), 10000);
    QVERIFY2(m_browser->attachToPage(m_sim->baseUrl().toString(), 30000), qPrintable(m_browser->lastError()));
    QVERIFY(m_browser->waitFor(QStringLiteral("!!document.getElementById('reject')"), 30000));
    QVERIFY(m_browser->click(QStringLiteral("reject")));

    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->lastError().kind, auth::SignInError::Kind::AccessDenied, 30000);
    QVERIFY(!m_dialog->isBusy());
    QVERIFY(m_dialog->isVisible());
    QVERIFY2(m_dialog->statusText().contains(QLatin1String("denied")), qPrintable(m_dialog->statusText()));
    QCOMPARE(signedIn.size(), 0);
    QVERIFY(!m_session->connection());
    QVERIFY(m_profiles->isEmpty());
    QVERIFY2(
        m_browser->waitFor(QStringLiteral("document.getElementById('title') && "
                                          "document.getElementById('title').textContent === 'Access not granted'"),
                           15000),
        qPrintable(m_browser->evaluate(QStringLiteral("location.href + ' | ' + document.body.innerText")).toString()));
    // The admin can try again at once.
    QVERIFY(child<QPushButton>("signInButton")->isEnabled());
}

QTEST_MAIN(BrowserSignInE2ETest)
#include "BrowserSignInE2ETest.moc"
