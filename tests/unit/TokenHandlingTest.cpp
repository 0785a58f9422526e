// Token answers, the token set kept in the keychain, profiles in QSettings, scope coverage.
#include "auth/OAuthAuthenticator.h"
#include "auth/ProfileStore.h"
#include "auth/TokenEndpoint.h"
#include "auth/TokenSet.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pmp::auth;
using O = TokenResponse::Outcome;

class TokenHandlingTest : public QObject
{
    Q_OBJECT
private slots:
    void parseSuccess();
    void parseErrors_data();
    void parseErrors();
    void tokenSetRoundTrip();
    void tokenSetValidity();
    void mintHistoryIsBounded();
    void profileStoreRoundTripWithoutSecrets();
    void scopeCoverage();
    void authenticatorHeaderAndReuse();
    void authenticatorSendsNothingToALookalikeServer();
};

void TokenHandlingTest::parseSuccess()
{
    const TokenResponse r = TokenEndpoint::parse(
        200,
        R"({"access_token":"1000.a","refresh_token":"1000.r","api_domain":"https://www.zohoapis.com","token_type":"Bearer","expires_in":3600})");
    QCOMPARE(r.outcome, O::Ok);
    QCOMPARE(r.accessToken, QByteArray("1000.a"));
    QCOMPARE(r.refreshToken, QByteArray("1000.r"));
    QCOMPARE(r.expiresInSecs, 3600);
    QCOMPARE(r.apiDomain, QStringLiteral("https://www.zohoapis.com"));

    const TokenResponse s =
        TokenEndpoint::parse(200, R"({"access_token":"x","expires_in":"1800","scope":"A.B.READ,A.C.READ"})");
    QCOMPARE(s.expiresInSecs, 1800);
    QCOMPARE(s.scopes, (QStringList{QStringLiteral("A.B.READ"), QStringLiteral("A.C.READ")}));
}

void TokenHandlingTest::parseErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("outcome");
    // Zoho reports errors inside HTTP 200.
    QTest::newRow("invalid_code 200") << 200 << QByteArray(R"({"error":"invalid_code"})") << int(O::InvalidCode);
    QTest::newRow("invalid_code 400") << 400 << QByteArray(R"({"error":"invalid_code"})") << int(O::InvalidCode);
    QTest::newRow("invalid_client") << 200 << QByteArray(R"({"error":"invalid_client"})") << int(O::InvalidClient);
    QTest::newRow("redirect") << 200 << QByteArray(R"({"error":"invalid_redirect_uri"})") << int(O::InvalidRedirectUri);
    QTest::newRow("throttled")
        << 400
        << QByteArray(
               R"({"error_description":"You have made too many requests continuously. Please try again after some time.","error":"Access Denied"})")
        << int(O::Throttled);
    QTest::newRow("429") << 429 << QByteArray("slow down") << int(O::Throttled);
    QTest::newRow("html throttle") << 200 << QByteArray("<html><body>Too many requests</body></html>")
                                   << int(O::Throttled);
    QTest::newRow("other error") << 200 << QByteArray(R"({"error":"invalid_scope"})") << int(O::ServerError);
    QTest::newRow("html 502") << 502 << QByteArray("<html>Bad gateway</html>") << int(O::ServerError);
    QTest::newRow("no token") << 200 << QByteArray(R"({"token_type":"Bearer"})") << int(O::Malformed);
    QTest::newRow("truncated") << 200 << QByteArray(R"({"access_token":"1000.)") << int(O::Malformed);
}

void TokenHandlingTest::parseErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, outcome);
    const TokenResponse r = TokenEndpoint::parse(status, body);
    QCOMPARE(int(r.outcome), outcome);
    QVERIFY(!r.message.isEmpty());
    QVERIFY(r.accessToken.isEmpty());
}

void TokenHandlingTest::tokenSetRoundTrip()
{
    TokenSet t;
    t.refreshToken = "1000.refresh";
    t.accessToken = "1000.access";
    t.accessTokenExpiresAt = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    t.grantedScopes = {QStringLiteral("PatchManagerPlusCloud.Common.READ")};
    t.clientSecret = "client-secret";
    t.recordMint(QDateTime(QDate(2030, 1, 2), QTime(2, 4, 5), QTimeZone::utc()));
    bool ok = false;
    const TokenSet back = TokenSet::fromJson(t.toJson(), &ok);
    QVERIFY(ok);
    QCOMPARE(back.refreshToken, t.refreshToken);
    QCOMPARE(back.accessToken, t.accessToken);
    QCOMPARE(back.accessTokenExpiresAt, t.accessTokenExpiresAt);
    QCOMPARE(back.grantedScopes, t.grantedScopes);
    QCOMPARE(back.clientSecret, t.clientSecret);
    QCOMPARE(back.mintTimes, t.mintTimes);
    TokenSet::fromJson("not json", &ok);
    QVERIFY(!ok);
}

void TokenHandlingTest::tokenSetValidity()
{
    const QDateTime now(QDate(2030, 1, 1), QTime(12, 0), QTimeZone::utc());
    TokenSet t;
    QVERIFY(!t.accessTokenValidFor(now, 0));
    t.accessToken = "a";
    QVERIFY(t.accessTokenValidFor(now, 1000000)); // no expiry: an on-premises token
    t.accessTokenExpiresAt = now.addSecs(600);
    QVERIFY(t.accessTokenValidFor(now, 300));
    QVERIFY(!t.accessTokenValidFor(now, 600));
    QVERIFY(!t.accessTokenValidFor(now.addSecs(700), 0));
}

void TokenHandlingTest::mintHistoryIsBounded()
{
    TokenSet t;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 25; ++i)
        t.recordMint(now.addSecs(i));
    QCOMPARE(t.mintTimes.size(), 10);
    QCOMPARE(t.mintTimes.last(), now.addSecs(24));
}

void TokenHandlingTest::profileStoreRoundTripWithoutSecrets()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(&settings);
        QVERIFY(store.isEmpty());
        Profile p;
        p.name = QStringLiteral("Production EU");
        p.dataCentreId = QStringLiteral("eu");
        p.serverUrl = QUrl(QStringLiteral("https://patch.manageengine.eu"));
        p.accountsUrl = QUrl(QStringLiteral("https://accounts.zoho.eu"));
        p.clientId = QStringLiteral("1000.CLIENTID");
        p.redirectPort = 47613;
        p.grantedScopes = {QStringLiteral("PatchManagerPlusCloud.Common.READ")};
        const Profile saved = store.save(p);
        QVERIFY(!saved.id.isEmpty());
        store.setCurrentId(saved.id);
        Profile onprem;
        onprem.name = QStringLiteral("Lab");
        onprem.kind = Profile::Kind::OnPremises;
        onprem.method = Profile::Method::OnPremisesToken;
        onprem.serverUrl = QUrl(QStringLiteral("https://lab.example:8383"));
        store.save(onprem);
        QCOMPARE(store.uniqueName(QStringLiteral("Lab")), QStringLiteral("Lab 2"));
    }
    QSettings settings(path, QSettings::IniFormat);
    ProfileStore store(&settings);
    const QList<Profile> all = store.profiles();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("Lab"));
    QCOMPARE(all.at(0).kind, Profile::Kind::OnPremises);
    const Profile eu = store.profile(store.currentId());
    QCOMPARE(eu.name, QStringLiteral("Production EU"));
    QCOMPARE(eu.redirectPort, quint16(47613));
    QCOMPARE(eu.accountsUrl, QUrl(QStringLiteral("https://accounts.zoho.eu")));
    QCOMPARE(eu.grantedScopes, (QStringList{QStringLiteral("PatchManagerPlusCloud.Common.READ")}));
    QCOMPARE(eu.label(), QStringLiteral("Production EU (patch.manageengine.eu)"));
    store.remove(eu.id);
    QCOMPARE(store.profiles().size(), 1);
    QVERIFY(store.currentId().isEmpty());
}

void TokenHandlingTest::scopeCoverage()
{
    const QStringList granted = {QStringLiteral("PatchManagerPlusCloud.PatchMgmt.READ"),
                                 QStringLiteral("PatchManagerPlusCloud.SOM.ALL"),
                                 QStringLiteral("PatchManagerPlusCloud.Common.WRITE")};
    QVERIFY(OAuthAuthenticator::scopeCovered(granted, QStringLiteral("PatchManagerPlusCloud.PatchMgmt.READ")));
    QVERIFY(!OAuthAuthenticator::scopeCovered(granted, QStringLiteral("PatchManagerPlusCloud.PatchMgmt.UPDATE")));
    QVERIFY(OAuthAuthenticator::scopeCovered(granted, QStringLiteral("PatchManagerPlusCloud.SOM.UPDATE")));
    QVERIFY(OAuthAuthenticator::scopeCovered(granted, QStringLiteral("PatchManagerPlusCloud.Common.UPDATE")));
    QVERIFY(!OAuthAuthenticator::scopeCovered(granted, QStringLiteral("PatchManagerPlusCloud.Common.READ")));
    QVERIFY(!OAuthAuthenticator::scopeCovered(granted, QStringLiteral("PatchManagerPlusCloud.QueryReport.READ")));
    const QStringList defaults = OAuthAuthenticator::defaultScopes();
    QVERIFY(!defaults.isEmpty());
    for (const QString &s : defaults)
        QVERIFY2(s.endsWith(QLatin1String(".READ")), qPrintable(s));
}

void TokenHandlingTest::authenticatorHeaderAndReuse()
{
    QDateTime now(QDate(2030, 1, 1), QTime(12, 0), QTimeZone::utc());
    Profile p;
    p.id = QStringLiteral("p1");
    p.accountsUrl = QUrl(QStringLiteral("https://accounts.zoho.com"));
    TokenSet t;
    t.accessToken = "1000.stored";
    t.refreshToken = "1000.refresh";
    t.accessTokenExpiresAt = now.addSecs(3000);
    OAuthAuthenticator auth(p, t, nullptr, nullptr);
    auth.setClock([&now] { return now; });
    // A stored token with time left is reused: no mint at start.
    QCOMPARE(auth.authorizationHeader(), QByteArray("Zoho-oauthtoken 1000.stored"));
    QVERIFY(!auth.needsRefresh());
    QVERIFY(auth.canRefresh());
    QCOMPARE(auth.currentSecret(), QByteArray("1000.stored"));
    now = now.addSecs(3000 - 200); // inside the 5-minute lead
    QVERIFY(auth.needsRefresh());
    now = now.addSecs(400); // expired
    QVERIFY(auth.needsRefresh());

    TokenSet none;
    OAuthAuthenticator signedOut(p, none, nullptr, nullptr);
    QCOMPARE(signedOut.state(), OAuthAuthenticator::State::SignInRequired);
    QVERIFY(signedOut.authorizationHeader().isEmpty());
}

void TokenHandlingTest::authenticatorSendsNothingToALookalikeServer()
{
    // A Europe profile whose stored accounts server an older build took from a redirect.
    Profile p;
    p.id = QStringLiteral("p1");
    p.name = QStringLiteral("Production EU");
    p.dataCentreId = QStringLiteral("eu");
    p.accountsUrl = QUrl(QStringLiteral("https://accounts.zoho.xyz"));
    TokenSet t;
    t.accessToken = "1000.expired";
    t.refreshToken = "1000.refresh.never-sent";
    t.accessTokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(-10);
    t.grantedScopes = {QStringLiteral("PatchManagerPlusCloud.PatchMgmt.READ")};
    OAuthAuthenticator auth(p, t, nullptr, nullptr);
    QSignalSpy signIn(&auth, &OAuthAuthenticator::signInRequired);
    QSignalSpy failed(&auth, &OAuthAuthenticator::refreshFailed);
    auth.refresh();
    QCOMPARE(signIn.size(), 1);
    QVERIFY(signIn.first().first().toString().contains(QLatin1String("accounts.zoho.xyz")));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(auth.state(), OAuthAuthenticator::State::SignInRequired);
    QVERIFY(auth.tokens().hasRefreshToken()); // kept: it is fine for the real server

    // Nor does it ask for more scopes there.
    QSignalSpy denied(&auth, &OAuthAuthenticator::scopesDenied);
    auth.requestScopes({QStringLiteral("PatchManagerPlusCloud.PatchMgmt.UPDATE")});
    QTRY_COMPARE(denied.size(), 1);

    // The same server as a profile's typed custom one is its own choice.
    p.dataCentreId = QStringLiteral("custom");
    OAuthAuthenticator custom(p, t, nullptr, nullptr);
    QSignalSpy customSignIn(&custom, &OAuthAuthenticator::signInRequired);
    custom.refresh();
    QCOMPARE(customSignIn.size(), 0);
    QCOMPARE(custom.state(), OAuthAuthenticator::State::Refreshing);
}

QTEST_GUILESS_MAIN(TokenHandlingTest)
#include "TokenHandlingTest.moc"
