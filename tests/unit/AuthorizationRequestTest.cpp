// The authorization URL for every data centre, PKCE S256 and the state value.
#include "auth/AuthorizationRequest.h"
#include "auth/DataCentres.h"
#include "auth/Pkce.h"
#include "auth/Profile.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace pmp::auth;

class AuthorizationRequestTest : public QObject
{
    Q_OBJECT
private slots:
    void eightDataCentres();
    void urlPerDataCentre_data();
    void urlPerDataCentre();
    void parameters();
    void scopesAreCleaned();
    void customAccountsServerWithPath();
    void pkceKnownVector();
    void pkceGenerated();
    void stateIsRandomAndUrlSafe();
    void redirectUriUsesIpLiteral();
};

void AuthorizationRequestTest::eightDataCentres()
{
    QCOMPARE(DataCentres::zoho().size(), 8);
    QSet<QString> ids;
    for (const DataCentre &dc : DataCentres::zoho()) {
        ids.insert(dc.id);
        QCOMPARE(dc.serverUrl.scheme(), QStringLiteral("https"));
        QCOMPARE(dc.accountsUrl.scheme(), QStringLiteral("https"));
        QVERIFY(dc.serverUrl.host().startsWith(QLatin1String("patch.manageengine.")));
        QVERIFY(!dc.displayName().isEmpty());
    }
    QCOMPARE(ids.size(), 8);
    QCOMPARE(DataCentres::allWithCustom().size(), 9);
    QVERIFY(DataCentres::allWithCustom().last().isCustom());
    QCOMPARE(DataCentres::byAccountsHost(QStringLiteral("ACCOUNTS.ZOHO.EU")).id, QStringLiteral("eu"));
    QVERIFY(!DataCentres::byAccountsHost(QStringLiteral("accounts.zoho.ca")).isValid()); // Canada is zohoone
}

void AuthorizationRequestTest::urlPerDataCentre_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("accountsHost");
    QTest::addColumn<QString>("serverHost");
    QTest::addColumn<QString>("consoleHost");
    QTest::newRow("us") << "us"
                        << "accounts.zoho.com"
                        << "patch.manageengine.com"
                        << "api-console.zoho.com";
    QTest::newRow("eu") << "eu"
                        << "accounts.zoho.eu"
                        << "patch.manageengine.eu"
                        << "api-console.zoho.eu";
    QTest::newRow("in") << "in"
                        << "accounts.zoho.in"
                        << "patch.manageengine.in"
                        << "api-console.zoho.in";
    QTest::newRow("au") << "au"
                        << "accounts.zoho.com.au"
                        << "patch.manageengine.com.au"
                        << "api-console.zoho.com.au";
    QTest::newRow("cn") << "cn"
                        << "accounts.zoho.cn"
                        << "patch.manageengine.cn"
                        << "api-console.zoho.cn";
    QTest::newRow("jp") << "jp"
                        << "accounts.zoho.jp"
                        << "patch.manageengine.jp"
                        << "api-console.zoho.jp";
    // Canada breaks the ".com → .ca" rule (reference Q5).
    QTest::newRow("ca") << "ca"
                        << "accounts.zohoone.ca"
                        << "patch.manageengine.ca"
                        << "api-console.zohoone.ca";
    QTest::newRow("uk") << "uk"
                        << "accounts.zoho.uk"
                        << "patch.manageengine.uk"
                        << "api-console.zoho.uk";
}

void AuthorizationRequestTest::urlPerDataCentre()
{
    QFETCH(QString, id);
    QFETCH(QString, accountsHost);
    QFETCH(QString, serverHost);
    QFETCH(QString, consoleHost);
    const DataCentre dc = DataCentres::byId(id);
    QVERIFY(dc.isValid());
    QCOMPARE(dc.accountsUrl.host(), accountsHost);
    QCOMPARE(dc.serverUrl.host(), serverHost);
    QCOMPARE(dc.apiConsoleUrl.host(), consoleHost);

    AuthorizationRequest r;
    r.accountsUrl = dc.accountsUrl;
    r.clientId = QStringLiteral("1000.ABC");
    r.redirectUri = Profile::redirectUriFor(47613);
    r.scopes = {QStringLiteral("PatchManagerPlusCloud.PatchMgmt.READ")};
    r.state = "s";
    const QUrl url = r.url();
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.host(), accountsHost);
    QCOMPARE(url.path(), QStringLiteral("/oauth/v2/auth"));
}

void AuthorizationRequestTest::parameters()
{
    AuthorizationRequest r;
    r.accountsUrl = QUrl(QStringLiteral("https://accounts.zoho.eu"));
    r.clientId = QStringLiteral("1000.CLIENT");
    r.redirectUri = QStringLiteral("http://127.0.0.1:47613/callback");
    r.scopes = {QStringLiteral("PatchManagerPlusCloud.PatchMgmt.READ"),
                QStringLiteral("PatchManagerPlusCloud.Common.READ")};
    r.state = "STATE123";
    r.codeChallenge = Pkce::challengeFor("verifier");
    const QUrlQuery q(r.url());
    QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), QStringLiteral("1000.CLIENT"));
    QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("PatchManagerPlusCloud.PatchMgmt.READ,PatchManagerPlusCloud.Common.READ"));
    QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             QStringLiteral("http://127.0.0.1:47613/callback"));
    QCOMPARE(q.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
    QCOMPARE(q.queryItemValue(QStringLiteral("prompt")), QStringLiteral("consent"));
    QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("STATE123"));
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).toLatin1(), Pkce::challengeFor("verifier"));
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));

    r.codeChallenge.clear();
    r.offline = false;
    const QUrlQuery noPkce(r.url());
    QVERIFY(!noPkce.hasQueryItem(QStringLiteral("code_challenge")));
    QVERIFY(!noPkce.hasQueryItem(QStringLiteral("code_challenge_method")));
    QCOMPARE(noPkce.queryItemValue(QStringLiteral("access_type")), QStringLiteral("online"));
}

void AuthorizationRequestTest::scopesAreCleaned()
{
    // The guide's examples carry a stray space (Q6); duplicates are dropped.
    AuthorizationRequest r;
    r.accountsUrl = QUrl(QStringLiteral("https://accounts.zoho.com"));
    r.scopes = {QStringLiteral("PatchManagerPlusCloud .SOM.READ"), QStringLiteral("PatchManagerPlusCloud.SOM.READ"),
                QStringLiteral("PatchManagerPlusCloud.SOM.UPDATE")};
    const QUrlQuery q(r.url());
    QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("PatchManagerPlusCloud.SOM.READ,PatchManagerPlusCloud.SOM.UPDATE"));
}

void AuthorizationRequestTest::customAccountsServerWithPath()
{
    AuthorizationRequest r;
    r.accountsUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/zoho/"));
    QCOMPARE(r.url().path(), QStringLiteral("/zoho/oauth/v2/auth"));
    QCOMPARE(r.url().port(), 8080);
}

void AuthorizationRequestTest::pkceKnownVector()
{
    // RFC 7636, appendix B.
    QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void AuthorizationRequestTest::pkceGenerated()
{
    static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9\\-._~]{43,128}$"));
    const Pkce a = Pkce::generate();
    const Pkce b = Pkce::generate();
    QVERIFY(unreserved.match(QString::fromLatin1(a.verifier)).hasMatch());
    QCOMPARE(a.challenge, Pkce::challengeFor(a.verifier));
    QCOMPARE(a.challenge.size(), 43); // 32 bytes, base64url without padding
    QVERIFY(!a.challenge.contains('='));
    QVERIFY(a.verifier != b.verifier);
}

void AuthorizationRequestTest::stateIsRandomAndUrlSafe()
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-]{32}$"));
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i) {
        const QByteArray s = AuthorizationRequest::newState();
        QVERIFY2(safe.match(QString::fromLatin1(s)).hasMatch(), s.constData());
        seen.insert(s);
    }
    QCOMPARE(seen.size(), 200);
}

void AuthorizationRequestTest::redirectUriUsesIpLiteral()
{
    QCOMPARE(Profile::redirectUriFor(47613), QStringLiteral("http://127.0.0.1:47613/callback"));
}

QTEST_GUILESS_MAIN(AuthorizationRequestTest)
#include "AuthorizationRequestTest.moc"
