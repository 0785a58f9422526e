// The loopback redirect listener: the one valid callback, and everything that must be ignored.
#include "auth/LoopbackReceiver.h"
#include "auth/BrowserLauncher.h"
#include "auth/BrowserSignIn.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace pmp::auth;

namespace {

// Sends raw bytes to the listener and returns everything it answers before closing.
QByteArray exchange(quint16 port, const QByteArray &raw, bool *connected = nullptr)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    const bool ok = socket.waitForConnected(3000);
    if (connected)
        *connected = ok;
    if (!ok)
        return {};
    socket.write(raw);
    QByteArray answer;
    (void)QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    answer += socket.readAll();
    return answer;
}

QByteArray get(quint16 port, const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
           "\r\nUser-Agent: test\r\nAccept: text/html\r\n\r\n";
}

int statusOf(const QByteArray &answer)
{
    return answer.mid(9, 3).toInt();
}

// A browser sign-in started with the system browser replaced by one that only records the link:
// the link, the loopback port it redirects to and the state it carries.
struct OpenedLink
{
    QUrl url;
    quint16 port = 0;
    QByteArray state;
};

OpenedLink startWithRecordingBrowser(BrowserSignIn &signIn, const BrowserSignIn::Params &params)
{
    auto opened = std::make_shared<QUrl>();
    BrowserLauncher::setSystemOpener([opened](const QUrl &url) {
        *opened = url;
        return true;
    });
    signIn.start(params);
    const QUrlQuery q(*opened);
    return {*opened, quint16(QUrl(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)).port()),
            q.queryItemValue(QStringLiteral("state")).toLatin1()};
}

} // namespace

class LoopbackReceiverTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void validCallback();
    void stateMismatchIsIgnored();
    void missingStateIsIgnored();
    void accessDenied();
    void errorWithoutStateIsIgnored();
    void accessDeniedWithWrongStateIsIgnored();
    void strayRequests();
    void malformedRequests_data();
    void malformedRequests();
    void oversizedRequest();
    void browserNeverReturns();
    void secondCallbackIgnored();
    void fixedPortInUse();
    void browserSignInAccessDenied();
    void browserSignInStateMismatchNotice();
    void browserSignInTimeout();
    void browserSignInNoBrowser();
    void browserSignInRefusesLookalikeAccountsServer_data();
    void browserSignInRefusesLookalikeAccountsServer();
    void browserSignInKeepsWaitingAfterAStatelessError();

private:
    QByteArray m_state = "expected-state-value";
};

void LoopbackReceiverTest::init()
{
    qunsetenv("PATCHDECK_BROWSER");
    BrowserLauncher::setSystemOpener({});
}

void LoopbackReceiverTest::validCallback()
{
    LoopbackReceiver r;
    QVERIFY(r.listen());
    QVERIFY(r.port() > 0);
    QCOMPARE(r.redirectUri(), QStringLiteral("http://127.0.0.1:%1/callback").arg(r.port()));
    r.setExpectedState(m_state);
    QSignalSpy received(&r, &LoopbackReceiver::received);
    const QByteArray answer = exchange(
        r.port(), get(r.port(), "/callback?state=" + m_state +
                                    "&code=1000.abc.def&location=eu&accounts-server=https%3A%2F%2Faccounts.zoho.eu"));
    QCOMPARE(statusOf(answer), 200);
    QVERIFY(answer.contains("Signed in"));
    QVERIFY(answer.contains("close this tab"));
    QVERIFY(answer.contains("Referrer-Policy: no-referrer"));
    QCOMPARE(received.size(), 1);
    const auto cb = received.first().first().value<LoopbackReceiver::Callback>();
    QCOMPARE(cb.code, QStringLiteral("1000.abc.def"));
    QCOMPARE(cb.location, QStringLiteral("eu"));
    QCOMPARE(cb.accountsServer, QStringLiteral("https://accounts.zoho.eu"));
    QVERIFY(cb.error.isEmpty());
    QVERIFY(!r.isListening()); // closed after the first valid callback
}

void LoopbackReceiverTest::stateMismatchIsIgnored()
{
    LoopbackReceiver r;
    QVERIFY(r.listen());
    r.setExpectedState(m_state);
    QSignalSpy received(&r, &LoopbackReceiver::received);
    QSignalSpy rejected(&r, &LoopbackReceiver::rejected);
    const QByteArray answer = exchange(r.port(), get(r.port(), "/callback?state=forged&code=1000.evil"));
    QCOMPARE(statusOf(answer), 400);
    QVERIFY(answer.contains("state does not match"));
    QCOMPARE(received.size(), 0);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().first().value<LoopbackReceiver::Rejection>(), LoopbackReceiver::Rejection::StateMismatch);
    // Still waiting for the real one.
    QVERIFY(r.isListening());
    QCOMPARE(statusOf(exchange(r.port(), get(r.port(), "/callback?state=" + m_state + "&code=1000.good"))), 200);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().value<LoopbackReceiver::Callback>().code, QStringLiteral("1000.good"));
}

void LoopbackReceiverTest::missingStateIsIgnored()
{
    LoopbackReceiver r;
    QVERIFY(r.listen());
    r.setExpectedState(m_state);
    QSignalSpy received(&r, &LoopbackReceiver::received);
    QCOMPARE(statusOf(exchange(r.port(), get(r.port(), "/callback?code=1000.nostate"))), 400);
    QCOMPARE(received.size(), 0);
    QVERIFY(r.isListening());
}

void LoopbackReceiverTest::accessDenied()
{
    LoopbackReceiver r;
    QVERIFY(r.listen());
    r.setExpectedState(m_state);
    QSignalSpy received(&r, &LoopbackReceiver::received);
    const QByteArray answer = exchange(r.port(), get(r.port(), "/callback?error=access_denied&state=" + m_state));
    QCOMPARE(statusOf(answer), 200);
    QVERIFY(answer.contains("Access not granted"));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().value<LoopbackReceiver::Callback>().error, QStringLiteral("access_denied"));
    QVERIFY(!r.isListening());
}

void LoopbackReceiverTest::errorWithoutStateIsIgnored()
{
    // Any local program can reach the port: an error without this attempt's state neither ends the
    // sign-in nor has its words shown anywhere.
    LoopbackReceiver r;
    QVERIFY(r.listen());
    r.setExpectedState(m_state);
    QSignalSpy received(&r, &LoopbackReceiver::received);
    QSignalSpy rejected(&r, &LoopbackReceiver::rejected);
    QCOMPARE(statusOf(exchange(r.port(), get(r.port(), "/callback?error=access_denied"))), 400);
    const QByteArray injected =
        exchange(r.port(), get(r.port(), "/callback?error=%3Cb%3Einjected%3C%2Fb%3E&error_description=call%20us"));
    QCOMPARE(statusOf(injected), 400);
    QVERIFY(!injected.contains("injected"));
    QVERIFY(!injected.contains("call us"));
    QCOMPARE(received.size(), 0);
    QCOMPARE(rejected.size(), 2);
    QCOMPARE(rejected.first().first().value<LoopbackReceiver::Rejection>(), LoopbackReceiver::Rejection::StateMismatch);
    QVERIFY(r.isListening());
    // The browser's own answer still ends the attempt.
    QCOMPARE(statusOf(exchange(r.port(), get(r.port(), "/callback?error=access_denied&state=" + m_state))), 200);
    QCOMPARE(received.size(), 1);
}

void LoopbackReceiverTest::accessDeniedWithWrongStateIsIgnored()
{
    LoopbackReceiver r;
    QVERIFY(r.listen());
    r.setExpectedState(m_state);
    QSignalSpy received(&r, &LoopbackReceiver::received);
    QCOMPARE(statusOf(exchange(r.port(), get(r.port(), "/callback?error=access_denied&state=other"))), 400);
    QCOMPARE(received.size(), 0);
    QVERIFY(r.isListening());
}

void LoopbackReceiverTest::strayRequests()
{
    LoopbackReceiver r;
    QVERIFY(r.listen());
    r.setExpectedState(m_state);
    QSignalSpy received(&r, &LoopbackReceiver::received);
    QSignalSpy rejected(&r, &LoopbackReceiver::rejected);
    for (const QByteArray &target : {QByteArray("/favicon.ico"), QByteArray("/"),
                                     QByteArray("/callbackx?state=" + m_state + "&code=x"), QByteArray("/callback")}) {
        const QByteArray answer = exchange(r.port(), get(r.port(), target));
        QCOMPARE(statusOf(answer), 400);
    }
    QCOMPARE(rejected.size(), 4);
    QCOMPARE(received.size(), 0);
    QVERIFY(r.isListening());
}

void LoopbackReceiverTest::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("raw");
    const QByteArray ok = "/callback?state=" + m_state + "&code=1000.x";
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01 hello\r\n\r\n");
    QTest::newRow("no version") << QByteArray("GET " + ok + "\r\n\r\n");
    QTest::newRow("post") << QByteArray("POST " + ok + " HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\n\r\n");
    QTest::newRow("absolute uri") << QByteArray("GET http://evil.example" + ok +
                                                " HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\n\r\n");
    QTest::newRow("foreign host") << QByteArray("GET " + ok + " HTTP/1.1\r\nHost: evil.example\r\n\r\n");
    QTest::newRow("no host") << QByteArray("GET " + ok + " HTTP/1.1\r\n\r\n");
}

void LoopbackReceiverTest::malformedRequests()
{
    QFETCH(QByteArray, raw);
    LoopbackReceiver r;
    QVERIFY(r.listen());
    r.setExpectedState(m_state);
    raw.replace("PORT", QByteArray::number(r.port()));
    QSignalSpy received(&r, &LoopbackReceiver::received);
    QSignalSpy rejected(&r, &LoopbackReceiver::rejected);
    QCOMPARE(statusOf(exchange(r.port(), raw)), 400);
    QCOMPARE(received.size(), 0);
    QCOMPARE(rejected.size(), 1);
    QVERIFY(r.isListening());
}

void LoopbackReceiverTest::oversizedRequest()
{
    LoopbackReceiver r;
    QVERIFY(r.listen());
    r.setExpectedState(m_state);
    QSignalSpy received(&r, &LoopbackReceiver::received);
    const QByteArray raw = "GET /callback?state=" + m_state + "&code=" + QByteArray(9000, 'a') + " HTTP/1.1\r\n";
    QCOMPARE(statusOf(exchange(r.port(), raw)), 400);
    QCOMPARE(received.size(), 0);
    QVERIFY(r.isListening());
}

void LoopbackReceiverTest::browserNeverReturns()
{
    LoopbackReceiver r;
    r.setTimeout(150);
    QVERIFY(r.listen());
    r.setExpectedState(m_state);
    QSignalSpy timedOut(&r, &LoopbackReceiver::timedOut);
    QSignalSpy received(&r, &LoopbackReceiver::received);
    QVERIFY(timedOut.wait(5000));
    QVERIFY(!r.isListening());
    bool connected = true;
    exchange(r.port(), get(r.port(), "/callback?state=" + m_state + "&code=late"), &connected);
    QVERIFY(!connected);
    QCOMPARE(received.size(), 0);
}

void LoopbackReceiverTest::secondCallbackIgnored()
{
    LoopbackReceiver r;
    QVERIFY(r.listen());
    r.setExpectedState(m_state);
    const quint16 port = r.port();
    QSignalSpy received(&r, &LoopbackReceiver::received);
    // A second browser tab already connected when the first completes: it is answered 400.
    QTcpSocket early;
    early.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(early.waitForConnected(3000));
    QCOMPARE(statusOf(exchange(port, get(port, "/callback?state=" + m_state + "&code=first"))), 200);
    early.write(get(port, "/callback?state=" + m_state + "&code=second"));
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += early.readAll(), early.state() == QAbstractSocket::UnconnectedState), 5000);
    answer += early.readAll();
    QCOMPARE(statusOf(answer), 400);
    QVERIFY2(answer.contains("already completed"), answer.right(600).constData());
    // A later one cannot even connect.
    bool connected = true;
    exchange(port, get(port, "/callback?state=" + m_state + "&code=third"), &connected);
    QVERIFY(!connected);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().value<LoopbackReceiver::Callback>().code, QStringLiteral("first"));
}

void LoopbackReceiverTest::fixedPortInUse()
{
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost, 0));
    LoopbackReceiver r;
    QVERIFY(!r.listen(other.serverPort()));
    QVERIFY(r.errorString().contains(QString::number(other.serverPort())));
    QVERIFY(r.errorString().contains(QLatin1String("in use")));

    BrowserSignIn signIn(nullptr);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    signIn.start({QUrl(QStringLiteral("https://accounts.zoho.com")),
                  QStringLiteral("1000.X"),
                  "secret",
                  {},
                  other.serverPort()});
    QVERIFY(failed.wait(3000));
    QCOMPARE(failed.first().first().value<SignInError>().kind, SignInError::Kind::PortInUse);
}

void LoopbackReceiverTest::browserSignInAccessDenied()
{
    QNetworkAccessManager nam;
    BrowserSignIn signIn(&nam);
    QSignalSpy waiting(&signIn, &BrowserSignIn::waitingForBrowser);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    QSignalSpy succeeded(&signIn, &BrowserSignIn::succeeded);
    const OpenedLink link = startWithRecordingBrowser(signIn, {QUrl(QStringLiteral("https://accounts.zoho.com")),
                                                               QStringLiteral("1000.X"),
                                                               "secret",
                                                               {QStringLiteral("PatchManagerPlusCloud.Common.READ")}});
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().at(1).toBool(), true);
    QVERIFY(link.url.isValid());
    QCOMPARE(link.url, signIn.authorizationUrl());
    const QUrl redirect(QUrlQuery(link.url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    exchange(link.port, get(link.port, "/callback?error=access_denied&state=" + link.state));
    QTRY_COMPARE(failed.size(), 1);
    const SignInError e = failed.first().first().value<SignInError>();
    QCOMPARE(e.kind, SignInError::Kind::AccessDenied);
    QVERIFY(e.message.contains(QLatin1String("denied")));
    QCOMPARE(succeeded.size(), 0);
    QVERIFY(!signIn.isRunning());
}

void LoopbackReceiverTest::browserSignInStateMismatchNotice()
{
    BrowserSignIn signIn(nullptr);
    QSignalSpy notice(&signIn, &BrowserSignIn::notice);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    const quint16 port =
        startWithRecordingBrowser(
            signIn, {QUrl(QStringLiteral("https://accounts.zoho.com")), QStringLiteral("1000.X"), "secret", {}})
            .port;
    QCOMPARE(statusOf(exchange(port, get(port, "/callback?code=1000.x&state=wrong"))), 400);
    QTRY_COMPARE(notice.size(), 1);
    QVERIFY(notice.first().first().toString().contains(QLatin1String("state mismatch")));
    QCOMPARE(failed.size(), 0);
    QVERIFY(signIn.isRunning());
    signIn.cancel();
}

void LoopbackReceiverTest::browserSignInTimeout()
{
    BrowserLauncher::setSystemOpener([](const QUrl &) { return true; });
    BrowserSignIn signIn(nullptr);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    BrowserSignIn::Params p{QUrl(QStringLiteral("https://accounts.zoho.com")), QStringLiteral("1000.X"), "secret", {}};
    p.timeoutMs = 100;
    signIn.start(p);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<SignInError>().kind, SignInError::Kind::Timeout);
}

void LoopbackReceiverTest::browserSignInNoBrowser()
{
    // Nothing can open a browser: the flow still waits, and the dialog offers the link.
    BrowserSignIn signIn(nullptr);
    QSignalSpy waiting(&signIn, &BrowserSignIn::waitingForBrowser);
    signIn.start({QUrl(QStringLiteral("https://accounts.zoho.com")), QStringLiteral("1000.X"), "secret", {}});
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().at(1).toBool(), false);
    QVERIFY(
        waiting.first().at(0).toUrl().toString().startsWith(QLatin1String("https://accounts.zoho.com/oauth/v2/auth?")));
    QVERIFY(signIn.isRunning());
}

void LoopbackReceiverTest::browserSignInRefusesLookalikeAccountsServer_data()
{
    QTest::addColumn<QString>("accountsServer");
    QTest::newRow("other TLD") << QStringLiteral("https://accounts.zoho.xyz");
    QTest::newRow("second level") << QStringLiteral("accounts.zoho.com.ru");
    QTest::newRow("subdomain") << QStringLiteral("https://accounts.zoho.com.evil.io");
    QTest::newRow("plain http") << QStringLiteral("http://accounts.zoho.com");
}

void LoopbackReceiverTest::browserSignInRefusesLookalikeAccountsServer()
{
    // The redirect carries the right state and a code, but names an accounts server anyone could
    // register: the code, the verifier and the client secret are not sent anywhere.
    QFETCH(QString, accountsServer);
    BrowserSignIn signIn(nullptr);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    QSignalSpy exchanging(&signIn, &BrowserSignIn::exchanging);
    const OpenedLink link = startWithRecordingBrowser(
        signIn, {QUrl(QStringLiteral("https://accounts.zoho.com")), QStringLiteral("1000.X"), "secret", {}});
    exchange(link.port, get(link.port, "/callback?state=" + link.state + "&code=1000.code&accounts-server=" +
                                           QUrl::toPercentEncoding(accountsServer)));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<SignInError>().kind, SignInError::Kind::UntrustedAccountsServer);
    QCOMPARE(exchanging.size(), 0);
}

void LoopbackReceiverTest::browserSignInKeepsWaitingAfterAStatelessError()
{
    BrowserSignIn signIn(nullptr);
    QSignalSpy notice(&signIn, &BrowserSignIn::notice);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    const OpenedLink link = startWithRecordingBrowser(
        signIn, {QUrl(QStringLiteral("https://accounts.zoho.com")), QStringLiteral("1000.X"), "secret", {}});
    const quint16 port = link.port;
    QCOMPARE(statusOf(exchange(port, get(port, "/callback?error=%3Cimg%20src%3D%2Fdev%2Fzero%3E"))), 400);
    QCOMPARE(statusOf(exchange(port, get(port, "/callback?error=access_denied&state=forged"))), 400);
    QTRY_COMPARE(notice.size(), 2);
    for (const QList<QVariant> &n : std::as_const(notice))
        QVERIFY(!n.first().toString().contains(QLatin1String("img")));
    QCOMPARE(failed.size(), 0);
    QVERIFY(signIn.isRunning());
    // The right state ends it as the browser said.
    exchange(port, get(port, "/callback?error=access_denied&state=" + link.state));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<SignInError>().kind, SignInError::Kind::AccessDenied);
}

QTEST_GUILESS_MAIN(LoopbackReceiverTest)
#include "LoopbackReceiverTest.moc"
