// Where sign-in secrets may go: exactly the 8 Zoho accounts servers, the custom one a profile
// stores, and loopback only as that custom one (patchdeck-sim, tests). No lookalike, ever.
#include "auth/AccountsTrust.h"
#include "auth/DataCentres.h"
#include "auth/Profile.h"

#include <QTest>

using namespace pmp::auth;

class AccountsTrustTest : public QObject
{
    Q_OBJECT
private slots:
    void theEightZohoServers_data();
    void theEightZohoServers();
    void lookalikesRefused_data();
    void lookalikesRefused();
    void customServerOnlyWhenItIsTheProfiles();
    void loopbackOnlyAsTheProfilesOwn();
    void profileDecidesItsCustomServer();
};

void AccountsTrustTest::theEightZohoServers_data()
{
    QTest::addColumn<QString>("url");
    // Spelled out, so a change to the DataCentres table is a visible change here too.
    for (const char *host : {"accounts.zoho.com", "accounts.zoho.eu", "accounts.zoho.in", "accounts.zoho.com.au",
                             "accounts.zoho.cn", "accounts.zoho.jp", "accounts.zohoone.ca", "accounts.zoho.uk"})
        QTest::newRow(host) << QStringLiteral("https://%1").arg(QLatin1String(host));
    QTest::newRow("upper case") << QStringLiteral("https://ACCOUNTS.ZOHO.EU");
    QTest::newRow("explicit 443 and a path") << QStringLiteral("https://accounts.zoho.com:443/");
}

void AccountsTrustTest::theEightZohoServers()
{
    QFETCH(QString, url);
    QVERIFY(AccountsTrust::isTrusted(QUrl(url), QUrl()));
    // Whatever custom server a profile has, Zoho's own stay trusted (a multi-DC redirect).
    QVERIFY(AccountsTrust::isTrusted(QUrl(url), QUrl(QStringLiteral("http://127.0.0.1:8123"))));
    QCOMPARE(DataCentres::zoho().size(), 8);
    for (const DataCentre &dc : DataCentres::zoho())
        QVERIFY2(AccountsTrust::isTrusted(dc.accountsUrl, QUrl()), qPrintable(dc.accountsUrl.toString()));
}

void AccountsTrustTest::lookalikesRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("other TLD") << QStringLiteral("https://accounts.zoho.xyz");
    QTest::newRow("second-level lookalike") << QStringLiteral("https://accounts.zoho.com.ru");
    QTest::newRow("Zoho host as a subdomain") << QStringLiteral("https://accounts.zoho.com.evil.io");
    QTest::newRow("hyphen") << QStringLiteral("https://accounts-zoho.com");
    QTest::newRow("plain http") << QStringLiteral("http://accounts.zoho.com");
    QTest::newRow("zohoone elsewhere") << QStringLiteral("https://accounts.zohoone.com");
    QTest::newRow("sa (not in the table)") << QStringLiteral("https://accounts.zoho.sa");
    QTest::newRow("other port") << QStringLiteral("https://accounts.zoho.com:8443");
    QTest::newRow("user info") << QStringLiteral("https://accounts.zoho.com@evil.io");
    QTest::newRow("user info on Zoho") << QStringLiteral("https://x:y@accounts.zoho.com");
    QTest::newRow("trailing dot") << QStringLiteral("https://accounts.zoho.com.");
    QTest::newRow("other scheme") << QStringLiteral("ftp://accounts.zoho.com");
    QTest::newRow("no host") << QStringLiteral("https://");
    QTest::newRow("loopback without a profile") << QStringLiteral("http://127.0.0.1:8123");
}

void AccountsTrustTest::lookalikesRefused()
{
    QFETCH(QString, url);
    QVERIFY(!AccountsTrust::isTrusted(QUrl(url), QUrl()));
    QVERIFY(!AccountsTrust::isTrusted(QUrl(url), QUrl(QStringLiteral("https://accounts.zoho.com"))));
    QVERIFY(!AccountsTrust::isTrusted(QUrl(url), QUrl(QStringLiteral("https://accounts.example.com"))));
}

void AccountsTrustTest::customServerOnlyWhenItIsTheProfiles()
{
    const QUrl custom(QStringLiteral("https://accounts.example.com"));
    QVERIFY(AccountsTrust::isTrusted(custom, custom));
    QVERIFY(AccountsTrust::isTrusted(QUrl(QStringLiteral("https://Accounts.Example.com/")), custom));
    QVERIFY(!AccountsTrust::isTrusted(custom, QUrl()));
    QVERIFY(!AccountsTrust::isTrusted(custom, QUrl(QStringLiteral("https://accounts.zoho.com"))));
    QVERIFY(!AccountsTrust::isTrusted(QUrl(QStringLiteral("https://accounts.example.com:8443")), custom));
    QVERIFY(!AccountsTrust::isTrusted(QUrl(QStringLiteral("https://login.example.com")), custom));
    QVERIFY(!AccountsTrust::isTrusted(QUrl(QStringLiteral("https://accounts.example.com.evil.io")), custom));
    // Typed with http, a server on the network stays refused: https is required.
    const QUrl plain(QStringLiteral("http://accounts.example.com"));
    QVERIFY(!AccountsTrust::isTrusted(plain, plain));
}

void AccountsTrustTest::loopbackOnlyAsTheProfilesOwn()
{
    const QUrl sim(QStringLiteral("http://127.0.0.1:8123"));
    QVERIFY(AccountsTrust::isTrusted(sim, sim));
    QVERIFY(
        AccountsTrust::isTrusted(QUrl(QStringLiteral("http://[::1]:8123")), QUrl(QStringLiteral("http://[::1]:8123"))));
    QVERIFY(AccountsTrust::isTrusted(QUrl(QStringLiteral("http://localhost:8123")),
                                     QUrl(QStringLiteral("http://localhost:8123"))));
    // Another local port is another program.
    QVERIFY(!AccountsTrust::isTrusted(QUrl(QStringLiteral("http://127.0.0.1:9999")), sim));
    QVERIFY(!AccountsTrust::isTrusted(QUrl(QStringLiteral("http://localhost:8123")), sim));
    QVERIFY(!AccountsTrust::isTrusted(sim, QUrl(QStringLiteral("https://accounts.zoho.com"))));
}

void AccountsTrustTest::profileDecidesItsCustomServer()
{
    Profile zoho;
    zoho.dataCentreId = QStringLiteral("eu");
    zoho.accountsUrl = QUrl(QStringLiteral("https://accounts.zoho.xyz")); // as an old build may have stored it
    QVERIFY(AccountsTrust::customAccountsOf(zoho).isEmpty());
    QVERIFY(!AccountsTrust::isTrusted(zoho.accountsUrl, zoho));
    zoho.accountsUrl = QUrl(QStringLiteral("https://accounts.zoho.in")); // a multi-DC redirect
    QVERIFY(AccountsTrust::isTrusted(zoho.accountsUrl, zoho));

    Profile custom;
    custom.dataCentreId = QStringLiteral("custom");
    custom.accountsUrl = QUrl(QStringLiteral("https://accounts.example.com"));
    QCOMPARE(AccountsTrust::customAccountsOf(custom), custom.accountsUrl);
    QVERIFY(AccountsTrust::isTrusted(custom.accountsUrl, custom));
    QVERIFY(!AccountsTrust::isTrusted(QUrl(QStringLiteral("https://accounts.zoho.xyz")), custom));
}

QTEST_GUILESS_MAIN(AccountsTrustTest)
#include "AccountsTrustTest.moc"
