// The Sign-in dialog's fields, its per-data-centre help and what enables "Sign in".
#include "signin/SignInDialog.h"
#include "signin/SignInHelp.h"

#include "auth/BrowserLauncher.h"
#include "auth/DataCentres.h"
#include "auth/ProfileStore.h"
#include "auth/SessionManager.h"
#include "auth/TokenStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUrlQuery>

using namespace pmp::auth;
using pmp::ui::SignInDialog;
using pmp::ui::SignInHelp;

class SignInDialogTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyInputHasAnObjectName();
    void helpFollowsTheDataCentre();
    void helpShowsTheExactRedirectUri();
    void canadaUsesZohoOne();
    void simulatorShortcut();
    void signInNeedsTheFields();
    void selfClientScopes();
    void onPremisesPage();
    void prefillFromProfile();
    void signInErrorsAreShownLiterally();
    void introIsPlainText();

private:
    template <typename T> T *child(const char *name)
    {
        T *w = m_dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    QTemporaryDir m_dir;
    QSettings *m_settings = nullptr;
    ProfileStore *m_profiles = nullptr;
    TokenStore *m_tokens = nullptr;
    SessionManager *m_session = nullptr;
    SignInDialog *m_dialog = nullptr;
};

void SignInDialogTest::init()
{
    m_settings = new QSettings(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_profiles = new ProfileStore(m_settings);
    m_tokens = new TokenStore(QStringLiteral("io.patchdeck.PatchDeck.test"));
    m_tokens->setMode(TokenStore::Mode::SessionOnly);
    m_session = new SessionManager(m_profiles, m_tokens);
    m_dialog = new SignInDialog(m_session);
    m_dialog->show();
}

void SignInDialogTest::cleanup()
{
    delete m_dialog;
    delete m_session;
    delete m_tokens;
    delete m_profiles;
    delete m_settings;
}

void SignInDialogTest::everyInputHasAnObjectName()
{
    const QList<QWidget *> inputs = m_dialog->findChildren<QWidget *>();
    for (QWidget *w : inputs) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QCheckBox *>(w) ||
            qobject_cast<QSpinBox *>(w) || qobject_cast<QPushButton *>(w)) {
            // Line edits inside spin boxes and combo boxes belong to them.
            if (qobject_cast<QSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        }
    }
}

void SignInDialogTest::helpFollowsTheDataCentre()
{
    auto *dc = child<QComboBox>("dataCentre");
    QCOMPARE(dc->count(), 9);
    dc->setCurrentIndex(dc->findData(QStringLiteral("eu")));
    const QString help = child<QTextBrowser>("helpText")->toHtml();
    QVERIFY(help.contains(QLatin1String("https://api-console.zoho.eu")));
    QVERIFY(help.contains(QLatin1String("Server-based Applications")));
    QVERIFY(help.contains(QLatin1String("Client Secret")));
    QCOMPARE(child<QLineEdit>("profileName")->text(), QStringLiteral("Patch Manager Plus Europe"));
}

void SignInDialogTest::helpShowsTheExactRedirectUri()
{
    auto *port = child<QSpinBox>("redirectPort");
    port->setValue(51234);
    QCOMPARE(child<QLineEdit>("redirectUri")->text(), QStringLiteral("http://127.0.0.1:51234/callback"));
    QVERIFY(child<QTextBrowser>("helpText")->toPlainText().contains(QLatin1String("http://127.0.0.1:51234/callback")));
    child<QCheckBox>("fixedPort")->setChecked(false);
    QVERIFY(!port->isEnabled());
    QVERIFY(child<QTextBrowser>("helpText")->toPlainText().contains(QLatin1String("Use a fixed port")));
}

void SignInDialogTest::canadaUsesZohoOne()
{
    auto *dc = child<QComboBox>("dataCentre");
    dc->setCurrentIndex(dc->findData(QStringLiteral("ca")));
    QVERIFY(child<QTextBrowser>("helpText")->toHtml().contains(QLatin1String("api-console.zohoone.ca")));
    const QString html =
        SignInHelp::browser(DataCentres::byId(QStringLiteral("ca")), QStringLiteral("http://127.0.0.1:1/callback"), {});
    QVERIFY(html.contains(QLatin1String("https://api-console.zohoone.ca")));
}

void SignInDialogTest::simulatorShortcut()
{
    auto *dc = child<QComboBox>("dataCentre");
    dc->setCurrentIndex(dc->findData(QStringLiteral("custom")));
    auto *server = child<QLineEdit>("customServerUrl");
    QVERIFY(server->isVisible());
    QTest::keyClicks(server, QStringLiteral("http://127.0.0.1:8123"));
    QCOMPARE(child<QLineEdit>("customAccountsUrl")->text(), QStringLiteral("http://127.0.0.1:8123"));
    auto *use = child<QPushButton>("useSimulatorClient");
    QVERIFY(use->isVisible());
    QVERIFY(child<QTextBrowser>("helpText")->toPlainText().contains(QLatin1String("patchdeck-sim")));
    use->click();
    QCOMPARE(child<QLineEdit>("clientId")->text(), SignInHelp::simulatorClientId());
    QCOMPARE(child<QLineEdit>("clientSecret")->text(), SignInHelp::simulatorClientSecret());
    QVERIFY(child<QPushButton>("signInButton")->isEnabled());
    QCOMPARE(child<QLineEdit>("profileName")->text(), QStringLiteral("Simulator"));
}

void SignInDialogTest::signInNeedsTheFields()
{
    auto *signIn = child<QPushButton>("signInButton");
    QVERIFY(!signIn->isEnabled());
    child<QLineEdit>("clientId")->setText(QStringLiteral("1000.ABC"));
    QVERIFY(!signIn->isEnabled());
    child<QLineEdit>("clientSecret")->setText(QStringLiteral("secret"));
    QVERIFY(signIn->isEnabled());
    // A custom server must be https (or loopback).
    auto *dc = child<QComboBox>("dataCentre");
    dc->setCurrentIndex(dc->findData(QStringLiteral("custom")));
    child<QLineEdit>("customServerUrl")->setText(QStringLiteral("http://patch.example.com"));
    child<QLineEdit>("customAccountsUrl")->setText(QStringLiteral("http://accounts.example.com"));
    QVERIFY(!signIn->isEnabled());
    QVERIFY(signIn->toolTip().contains(QLatin1String("https")));
}

void SignInDialogTest::selfClientScopes()
{
    m_dialog->setPage(SignInDialog::Page::SelfClient);
    auto *scopes = child<QLineEdit>("selfClientScopes");
    QVERIFY(scopes->text().contains(QLatin1String("PatchManagerPlusCloud.Common.READ")));
    QVERIFY(!scopes->text().contains(QLatin1String("UPDATE")));
    child<QCheckBox>("selfClientWrite")->setChecked(true);
    QVERIFY(scopes->text().contains(QLatin1String("PatchManagerPlusCloud.PatchMgmt.UPDATE")));
    QVERIFY(child<QTextBrowser>("helpText")->toPlainText().contains(QLatin1String("Generate Code")));
    // The shared cloud fields moved to this page.
    QVERIFY(child<QComboBox>("dataCentre")->isVisible());
}

void SignInDialogTest::onPremisesPage()
{
    m_dialog->setPage(SignInDialog::Page::OnPremises);
    QVERIFY(!child<QComboBox>("dataCentre")->isVisible());
    QVERIFY(child<QTextBrowser>("helpText")->toPlainText().contains(QLatin1String("API Key Management")));
    auto *signIn = child<QPushButton>("signInButton");
    QVERIFY(!signIn->isEnabled());
    QTest::keyClicks(child<QLineEdit>("onPremServerUrl"), QStringLiteral("patch.example.com:8383"));
    child<QLineEdit>("onPremToken")->setText(QStringLiteral("token"));
    QVERIFY(signIn->isEnabled());
    QCOMPARE(child<QLineEdit>("profileName")->text(), QStringLiteral("patch.example.com"));
}

void SignInDialogTest::prefillFromProfile()
{
    Profile p;
    p.id = QStringLiteral("x");
    p.name = QStringLiteral("Tokyo");
    p.dataCentreId = QStringLiteral("jp");
    p.clientId = QStringLiteral("1000.JP");
    p.redirectPort = 50000;
    m_dialog->setProfile(p);
    QCOMPARE(child<QLineEdit>("profileName")->text(), QStringLiteral("Tokyo"));
    QCOMPARE(child<QComboBox>("dataCentre")->currentData().toString(), QStringLiteral("jp"));
    QCOMPARE(child<QLineEdit>("clientId")->text(), QStringLiteral("1000.JP"));
    QCOMPARE(child<QLineEdit>("redirectUri")->text(), QStringLiteral("http://127.0.0.1:50000/callback"));
}

void SignInDialogTest::signInErrorsAreShownLiterally()
{
    // The browser comes back (with this attempt's state) carrying an error that is markup: the
    // dialog shows the characters, it does not render them or load anything.
    QUrl opened;
    BrowserLauncher::setSystemOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    child<QLineEdit>("clientId")->setText(QStringLiteral("1000.ABC"));
    child<QLineEdit>("clientSecret")->setText(QStringLiteral("secret"));
    child<QCheckBox>("fixedPort")->setChecked(false);
    m_dialog->startSignIn();
    QTRY_VERIFY(opened.isValid());
    const QUrlQuery q(opened);
    const QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    const QString markup = QStringLiteral("<img src=/dev/zero><b>x</b>");
    QTcpSocket browser;
    browser.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    QVERIFY(browser.waitForConnected(3000));
    browser.write("GET /callback?state=" + QUrl::toPercentEncoding(q.queryItemValue(QStringLiteral("state"))) +
                  "&error=" + QUrl::toPercentEncoding(markup) +
                  " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(redirect.port()) + "\r\n\r\n");
    QTRY_VERIFY(!m_dialog->isBusy());
    auto *status = child<QLabel>("statusText");
    QCOMPARE(status->textFormat(), Qt::PlainText);
    QVERIFY2(status->text().contains(markup), qPrintable(status->text()));
    QCOMPARE(m_dialog->statusText(), status->text());
    BrowserLauncher::setSystemOpener({});
}

void SignInDialogTest::introIsPlainText()
{
    m_dialog->setIntro(QStringLiteral("The session ended: <b>x</b>"));
    auto *intro = child<QLabel>("intro");
    QCOMPARE(intro->textFormat(), Qt::PlainText);
    QCOMPARE(intro->text(), QStringLiteral("The session ended: <b>x</b>"));
}

QTEST_MAIN(SignInDialogTest)
#include "SignInDialogTest.moc"
