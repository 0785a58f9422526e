// The simulator against the guide, over a real loopback socket with QNetworkAccessManager:
// The simulator's Zoho accounts server: consent with PKCE and refresh, refused and malformed
// authorization requests, Self Client codes, expiring codes.
#include "SimulatorConformance.h"

using namespace pmp::test::conformance;

class SimulatorOAuthTest : public QObject
{
    Q_OBJECT
private slots:
    // ---- OAuth ---------------------------------------------------------------------------------------

    void signInWithConsentPkceAndRefresh()
    {
        Sim sim = start();
        const QString redirect = QStringLiteral("http://127.0.0.1:53682/callback");
        const QString verifier = QStringLiteral("a-verifier-that-is-long-enough-for-pkce-0123456789");
        const QString scopes = pmp::api::allScopeNames().join(QLatin1Char(','));
        const HttpResult page = sim.http->send("GET", QStringLiteral("/oauth/v2/auth"),
                                               q({{"response_type", QStringLiteral("code")},
                                                  {"client_id", QStringLiteral("1000.PATCHDECKSIM")},
                                                  {"scope", scopes},
                                                  {"redirect_uri", redirect},
                                                  {"access_type", QStringLiteral("offline")},
                                                  {"state", QStringLiteral("st<&>ate")},
                                                  {"code_challenge", pkceChallenge(verifier)},
                                                  {"code_challenge_method", QStringLiteral("S256")}}),
                                               {}, {}, QString());
        QCOMPARE(page.status, 200);
        QVERIFY(page.contentType.startsWith("text/html"));
        QVERIFY(page.body.contains("<form"));
        QVERIFY(page.body.contains("id=\"accept\""));
        QVERIFY(page.body.contains("id=\"reject\""));
        QVERIFY(page.body.contains("PatchManagerPlusCloud.SOM.UPDATE"));
        const auto ticket = QRegularExpression(QStringLiteral("name=\"ticket\" value=\"([^\"]+)\""))
                                .match(QString::fromUtf8(page.body));
        QVERIFY(ticket.hasMatch());

        const HttpResult accepted =
            sim.http->form(QStringLiteral("/oauth/v2/auth/consent"),
                           q({{"ticket", ticket.captured(1)}, {"decision", QStringLiteral("accept")}}));
        QCOMPARE(accepted.status, 302);
        const QUrl location(QString::fromUtf8(accepted.headers.value("location")));
        QCOMPARE(location.toString(QUrl::RemoveQuery), redirect);
        const QUrlQuery back(location);
        QCOMPARE(back.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("st<&>ate"));
        QCOMPARE(back.queryItemValue(QStringLiteral("location")), QStringLiteral("us"));
        QCOMPARE(back.queryItemValue(QStringLiteral("accounts-server"), QUrl::FullyDecoded),
                 sim.simulator->baseUrl().toString());
        const QString code = back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());

        QUrlQuery exchange = q({{"grant_type", QStringLiteral("authorization_code")},
                                {"client_id", QStringLiteral("1000.PATCHDECKSIM")},
                                {"client_secret", QStringLiteral("patchdeck-sim-secret")},
                                {"redirect_uri", redirect},
                                {"code", code},
                                {"code_verifier", QStringLiteral("wrong-verifier")}});
        HttpResult token = sim.http->form(QStringLiteral("/oauth/v2/token"), exchange);
        QCOMPARE(token.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_code")); // PKCE mismatch
        QVERIFY(token.json()
                    .value(QStringLiteral("error_description"))
                    .toString()
                    .contains(QLatin1String("code_verifier")));
        exchange.removeAllQueryItems(QStringLiteral("code_verifier"));
        exchange.addQueryItem(QStringLiteral("code_verifier"), verifier);
        token = sim.http->form(QStringLiteral("/oauth/v2/token"), exchange);
        QCOMPARE(token.status, 200);
        const QJsonObject tokens = token.json();
        QCOMPARE(tokens.keys(),
                 (QStringList{"access_token", "api_domain", "expires_in", "refresh_token", "token_type"}));
        QCOMPARE(tokens.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(tokens.value(QStringLiteral("expires_in")).toInt(), 3600);
        QCOMPARE(tokens.value(QStringLiteral("api_domain")).toString(), QStringLiteral("https://www.zohoapis.com"));
        const QString access = tokens.value(QStringLiteral("access_token")).toString();
        const QString refresh = tokens.value(QStringLiteral("refresh_token")).toString();
        QCOMPARE(sim.http->send("GET", QStringLiteral("/api/1.4/som/summary"), {}, {}, {}, access).status, 200);

        // Codes are single use.
        token = sim.http->form(QStringLiteral("/oauth/v2/token"), exchange);
        QCOMPARE(token.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_code"));

        // Refresh (parameters in the query string), ten times per ten minutes, then Access Denied.
        const int before = sim.simulator->tokenRequestCount();
        const QUrlQuery refreshQuery = q({{"refresh_token", refresh},
                                          {"client_id", QStringLiteral("1000.PATCHDECKSIM")},
                                          {"client_secret", QStringLiteral("patchdeck-sim-secret")},
                                          {"grant_type", QStringLiteral("refresh_token")}});
        QString lastAccess;
        for (int i = 0; i < 10; ++i) {
            const HttpResult r =
                sim.http->send("POST", QStringLiteral("/oauth/v2/token"), refreshQuery, {}, {}, QString());
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().keys(), (QStringList{"access_token", "api_domain", "expires_in", "token_type"}));
            lastAccess = r.json().value(QStringLiteral("access_token")).toString();
        }
        const HttpResult throttled =
            sim.http->send("POST", QStringLiteral("/oauth/v2/token"), refreshQuery, {}, {}, QString());
        QCOMPARE(throttled.json(),
                 (QJsonObject{{QStringLiteral("error_description"),
                               QStringLiteral(
                                   "You have made too many requests continuously. Please try again after some time.")},
                              {QStringLiteral("error"), QStringLiteral("Access Denied")}}));
        QCOMPARE(sim.simulator->tokenRequestCount(), before + 11);

        // Revoking the refresh token ends it and the access tokens minted from it.
        QCOMPARE(sim.http->send("GET", QStringLiteral("/api/1.4/som/summary"), {}, {}, {}, lastAccess).status, 200);
        QCOMPARE(
            sim.http->send("POST", QStringLiteral("/oauth/v2/token/revoke"), q({{"token", refresh}}), {}, {}, QString())
                .status,
            200);
        QCOMPARE(sim.http->send("GET", QStringLiteral("/api/1.4/som/summary"), {}, {}, {}, lastAccess).status, 401);
        QCOMPARE(sim.http->send("GET", QStringLiteral("/api/1.4/som/summary"), {}, {}, {}, access).status, 401);
    }

    void rejectAndBadAuthorizationRequests()
    {
        Sim sim = start();
        auto authorize = [&](const QUrlQuery &query) {
            return sim.http->send("GET", QStringLiteral("/oauth/v2/auth"), query, {}, {}, QString());
        };
        const QUrlQuery good = q({{"response_type", QStringLiteral("code")},
                                  {"client_id", QStringLiteral("1000.PATCHDECKSIM")},
                                  {"scope", QStringLiteral("PatchManagerPlusCloud.PatchMgmt.READ")},
                                  {"redirect_uri", QStringLiteral("http://localhost:9999/cb")},
                                  {"state", QStringLiteral("s1")}});
        const HttpResult page = authorize(good);
        const QString ticket = QRegularExpression(QStringLiteral("name=\"ticket\" value=\"([^\"]+)\""))
                                   .match(QString::fromUtf8(page.body))
                                   .captured(1);
        const HttpResult rejected = sim.http->form(QStringLiteral("/oauth/v2/auth/consent"),
                                                   q({{"ticket", ticket}, {"decision", QStringLiteral("reject")}}));
        QCOMPARE(rejected.status, 302);
        const QUrlQuery back(QUrl(QString::fromUtf8(rejected.headers.value("location"))));
        QCOMPARE(back.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(back.queryItemValue(QStringLiteral("state")), QStringLiteral("s1"));
        QVERIFY(!back.hasQueryItem(QStringLiteral("code")));
        // The ticket is used up.
        QCOMPARE(sim.http
                     ->form(QStringLiteral("/oauth/v2/auth/consent"),
                            q({{"ticket", ticket}, {"decision", QStringLiteral("accept")}}))
                     .status,
                 400);

        auto withItem = [&](const char *key, const QString &value) {
            QUrlQuery query = good;
            query.removeAllQueryItems(QString::fromLatin1(key));
            query.addQueryItem(QString::fromLatin1(key), value);
            return query;
        };
        const struct
        {
            QUrlQuery query;
            const char *error;
        } bad[] = {{withItem("response_type", QStringLiteral("token")), "ERROR_invalid_response_type"},
                   {withItem("client_id", QStringLiteral("1000.OTHER")), "ERROR_invalid_client"},
                   {withItem("redirect_uri", QStringLiteral("https://www.zylker.com/oauthredirect")),
                    "ERROR_invalid_redirect_uri"},
                   {withItem("scope", QStringLiteral("PatchManagerPlusCloud.Nothing.READ")), "ERROR_invalid_scope"}};
        for (const auto &b : bad) {
            const HttpResult r = authorize(b.query);
            QCOMPARE(r.status, 400);
            QVERIFY2(r.body.contains(b.error), b.error);
            QVERIFY(r.contentType.startsWith("text/html"));
        }
        // What came from the request is escaped on the page.
        const HttpResult escaped = authorize(withItem("scope", QStringLiteral("<script>alert(1)</script>")));
        QVERIFY(!escaped.body.contains("<script>"));
        QVERIFY(escaped.body.contains("&lt;script&gt;"));
    }

    void selfClientCodesAndTheirErrors()
    {
        SimulatorOptions options;
        options.accessTokenLifetimeSecs = 0; // tokens expire at once
        Sim sim = start(options);
        const QString code =
            sim.simulator->mintAuthorizationCode({QStringLiteral("PatchManagerPlusCloud.Common.READ")});
        QUrlQuery fields = q({{"grant_type", QStringLiteral("authorization_code")},
                              {"client_id", QStringLiteral("1000.PATCHDECKSIM")},
                              {"client_secret", QStringLiteral("wrong")},
                              {"code", code}});
        QCOMPARE(
            sim.http->form(QStringLiteral("/oauth/v2/token"), fields).json().value(QStringLiteral("error")).toString(),
            QStringLiteral("invalid_client"));
        fields.removeAllQueryItems(QStringLiteral("client_secret"));
        fields.addQueryItem(QStringLiteral("client_secret"), QStringLiteral("patchdeck-sim-secret"));
        const HttpResult r = sim.http->form(QStringLiteral("/oauth/v2/token"), fields);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().contains(QStringLiteral("refresh_token"))); // Self Client codes are offline
        QCOMPARE(r.json().value(QStringLiteral("expires_in")).toInt(), 0);
        QCOMPARE(sim.http
                     ->send("GET", QStringLiteral("/api/1.4/som/summary"), {}, {}, {},
                            r.json().value(QStringLiteral("access_token")).toString())
                     .status,
                 401);

        // A code bound to a redirect URI must be exchanged with the same one.
        const QString bound = sim.simulator->mintAuthorizationCode(
            {QStringLiteral("PatchManagerPlusCloud.Common.READ")}, QStringLiteral("http://127.0.0.1:1/cb"));
        fields.removeAllQueryItems(QStringLiteral("code"));
        fields.addQueryItem(QStringLiteral("code"), bound);
        fields.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:2/cb"));
        QCOMPARE(
            sim.http->form(QStringLiteral("/oauth/v2/token"), fields).json().value(QStringLiteral("error")).toString(),
            QStringLiteral("invalid_redirect_uri"));
    }

    void authorizationCodesExpire()
    {
        SimulatorOptions options;
        options.authCodeLifetimeSecs = 0;
        Sim sim = start(options);
        const QString code =
            sim.simulator->mintAuthorizationCode({QStringLiteral("PatchManagerPlusCloud.Common.READ")});
        const HttpResult r = sim.http->form(QStringLiteral("/oauth/v2/token"),
                                            q({{"grant_type", QStringLiteral("authorization_code")},
                                               {"client_id", QStringLiteral("1000.PATCHDECKSIM")},
                                               {"client_secret", QStringLiteral("patchdeck-sim-secret")},
                                               {"code", code}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_code"));
        QVERIFY(r.json().value(QStringLiteral("error_description")).toString().contains(QLatin1String("expired")));
    }
};

QTEST_GUILESS_MAIN(SimulatorOAuthTest)
#include "SimulatorOAuthTest.moc"
