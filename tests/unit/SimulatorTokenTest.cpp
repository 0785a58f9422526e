#include "simulator/Router.h"
#include "simulator/SimClock.h"
#include "simulator/TokenStore.h"

#include <QTest>

using pmp::sim::Router;
using pmp::sim::SimClock;
using pmp::sim::TokenStore;

class SimulatorTokenTest : public QObject
{
    Q_OBJECT
private slots:
    void scopeGrants()
    {
        const QString read = QStringLiteral("PatchManagerPlusCloud.SOM.READ");
        const QString update = QStringLiteral("PatchManagerPlusCloud.SOM.UPDATE");
        QVERIFY(TokenStore::grants({read}, read));
        QVERIFY(TokenStore::grants({QStringLiteral("patchmanagerpluscloud.som.read")}, read)); // case-insensitive
        QVERIFY(!TokenStore::grants({read}, update));
        QVERIFY(TokenStore::grants({QStringLiteral("PatchManagerPlusCloud.SOM.ALL")}, update));
        QVERIFY(TokenStore::grants({QStringLiteral("PatchManagerPlusCloud.SOM.WRITE")}, update));
        QVERIFY(!TokenStore::grants({QStringLiteral("PatchManagerPlusCloud.SOM.WRITE")}, read));
        QVERIFY(!TokenStore::grants({QStringLiteral("PatchManagerPlusCloud.Common.ALL")}, read));
        QVERIFY(TokenStore::isKnownScope(QStringLiteral("PatchManagerPlusCloud.QueryReport.READ")));
        QVERIFY(
            !TokenStore::isKnownScope(QStringLiteral("PatchManagerPlusCloud .SOM.READ"))); // the guide's stray space
        QVERIFY(!TokenStore::isKnownScope(QStringLiteral("DesktopCentralCloud.SOM.READ")));
    }

    void authorizationHeaderForms()
    {
        QCOMPARE(Router::tokenFromHeader("Zoho-oauthtoken abc"), QStringLiteral("abc"));
        QCOMPARE(Router::tokenFromHeader("zoho-oauthtoken   abc  "), QStringLiteral("abc"));
        QCOMPARE(Router::tokenFromHeader("Bearer abc"), QStringLiteral("abc"));
        QCOMPARE(Router::tokenFromHeader("  abc"), QStringLiteral("abc"));
        QCOMPARE(Router::tokenFromHeader("Bearerabc"), QStringLiteral("Bearerabc"));
        QCOMPARE(Router::tokenFromHeader(""), QString());
        QVERIFY(Router::mediaTypeListed("application/json, application/queryResult.v1+json;q=0.9",
                                        QStringLiteral("application/queryResult.v1+json")));
        QVERIFY(!Router::mediaTypeListed("*/*", QStringLiteral("application/queryResult.v1+json")));
    }

    void refreshTokensAreThrottledAndKeepTenActiveTokens()
    {
        SimClock clock;
        TokenStore store(clock, 3600, 120);
        const QString refresh =
            store.mintRefreshToken({QStringLiteral("PatchManagerPlusCloud.SOM.READ")}, QStringLiteral("client"));
        QStringList minted;
        for (int i = 0; i < 10; ++i) {
            QString access;
            QCOMPARE(store.refresh(refresh, QStringLiteral("client"), &access), TokenStore::RefreshResult::Ok);
            minted << access;
        }
        QString access;
        QCOMPARE(store.refresh(refresh, QStringLiteral("client"), &access), TokenStore::RefreshResult::Throttled);
        QCOMPARE(store.refresh(refresh, QStringLiteral("other"), &access), TokenStore::RefreshResult::Unknown);
        QStringList scopes;
        for (const QString &t : std::as_const(minted))
            QCOMPARE(store.check(t, &scopes), TokenStore::Access::Valid);
        // An 11th token from the same refresh token (here from the code exchange path) retires the oldest.
        store.mintAccessToken({QStringLiteral("PatchManagerPlusCloud.SOM.READ")}, refresh);
        QCOMPARE(store.check(minted.first(), &scopes), TokenStore::Access::Invalid);
        QCOMPARE(store.check(minted.last(), &scopes), TokenStore::Access::Valid);
        store.revoke(refresh);
        QCOMPARE(store.check(minted.last(), &scopes), TokenStore::Access::Invalid);
        QCOMPARE(store.refresh(refresh, QStringLiteral("client"), &access), TokenStore::RefreshResult::Unknown);
    }

    void codesAreSingleUseAndChecked()
    {
        SimClock clock;
        TokenStore store(clock, 3600, 120);
        TokenStore::AuthCode code;
        code.clientId = QStringLiteral("client");
        code.redirectUri = QStringLiteral("http://127.0.0.1:1/cb");
        code.challenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"); // RFC 7636 appendix B
        code.challengeMethod = QStringLiteral("S256");
        const QString value = store.mintCode(code);
        TokenStore::AuthCode out;
        QCOMPARE(store.redeemCode(value, QStringLiteral("x"), code.redirectUri, {}, &out),
                 TokenStore::CodeResult::ClientMismatch);
        QCOMPARE(store.redeemCode(value, QStringLiteral("client"), QStringLiteral("http://127.0.0.1:2/cb"), {}, &out),
                 TokenStore::CodeResult::RedirectMismatch);
        QCOMPARE(store.redeemCode(value, QStringLiteral("client"), code.redirectUri, {}, &out),
                 TokenStore::CodeResult::VerifierMissing);
        QCOMPARE(store.redeemCode(value, QStringLiteral("client"), code.redirectUri, QStringLiteral("nope"), &out),
                 TokenStore::CodeResult::VerifierMismatch);
        QCOMPARE(store.redeemCode(value, QStringLiteral("client"), code.redirectUri,
                                  QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"), &out),
                 TokenStore::CodeResult::Ok);
        QCOMPARE(store.redeemCode(value, QStringLiteral("client"), code.redirectUri,
                                  QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"), &out),
                 TokenStore::CodeResult::Used);
        QCOMPARE(store.redeemCode(QStringLiteral("unknown"), QStringLiteral("client"), {}, {}, &out),
                 TokenStore::CodeResult::Unknown);
    }

    void staticTokenHasEveryScope()
    {
        SimClock clock;
        TokenStore store(clock, 0, 0);
        store.setStaticToken(QStringLiteral("T"));
        QStringList scopes;
        QCOMPARE(store.check(QStringLiteral("T"), &scopes), TokenStore::Access::Valid);
        QCOMPARE(scopes.size(), 6);
        store.expireAllAccessTokens();
        QCOMPARE(store.check(QStringLiteral("T"), &scopes), TokenStore::Access::Valid);
        QCOMPARE(store.check(QString(), &scopes), TokenStore::Access::Missing);
        QCOMPARE(store.check(store.mintAccessToken({}), &scopes), TokenStore::Access::Invalid); // lifetime 0
    }
};

QTEST_GUILESS_MAIN(SimulatorTokenTest)
#include "SimulatorTokenTest.moc"
