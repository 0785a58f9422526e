// No token reaches a log line: everything logged through Qt's message handler is scrubbed.
#include "auth/LogRedactor.h"

#include <QLoggingCategory>
#include <QStringList>
#include <QTest>
#include <QUrl>

using namespace pmp::auth;

namespace {

QStringList g_captured;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_captured << message;
}

Q_LOGGING_CATEGORY(lcTest, "pmp.test.redactor")

} // namespace

class LogRedactorTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void registeredSecretNeverReachesOutput();
    void headerShapes();
    void queryAndFormShapes();
    void jsonShapes();
    void ordinaryTextUntouched();
    void percentEncodedSecret();
    void cleanup();

private:
    QString all() const { return g_captured.join(QLatin1Char('\n')); }
};

void LogRedactorTest::initTestCase()
{
    // The capture handler stands for stderr: the redactor must sit in front of it.
    qInstallMessageHandler(capture);
    LogRedactor::install();
    LogRedactor::install(); // idempotent
    QVERIFY(LogRedactor::isInstalled());
    QLoggingCategory::setFilterRules(QStringLiteral("pmp.test.redactor.debug=true"));
}

void LogRedactorTest::init()
{
    g_captured.clear();
}

void LogRedactorTest::cleanup()
{
    LogRedactor::clearSecrets();
}

void LogRedactorTest::registeredSecretNeverReachesOutput()
{
    const QByteArray token = "1000.9f3c2a77e1b04d5c8aa1.5e2b6d0c41f9";
    LogRedactor::registerSecret(token);
    qDebug() << "renewed token" << token;
    qWarning("token is %s", token.constData());
    qCDebug(lcTest) << "value:" << QString::fromLatin1(token);
    qInfo().noquote() << "embedded" + QString::fromLatin1(token) + "text";
    QCOMPARE(g_captured.size(), 4);
    QVERIFY2(!all().contains(QString::fromLatin1(token)), qPrintable(all()));
    QVERIFY(all().contains(QLatin1String("[redacted]")));
    QVERIFY(all().contains(QLatin1String("renewed token")));
}

void LogRedactorTest::headerShapes()
{
    qWarning() << "Authorization: Zoho-oauthtoken 1000.aaaaaaaaaaaaaaaa.bbbbbbbbbbbb";
    qWarning("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig");
    qWarning("Authorization:  d92d4xxxxxxxxxxxxx15f52"); // on-premises raw token, two spaces as in the guide
    qDebug().noquote() << "header Zoho-oauthtoken abcdef123456, then more";
    const QString out = all();
    QVERIFY2(!out.contains(QLatin1String("1000.aaaaaaaaaaaaaaaa")), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("eyJhbGciOiJIUzI1NiJ9")), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("d92d4xxxxxxxxxxxxx15f52")), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("abcdef123456")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("Zoho-oauthtoken [redacted]")));
    QVERIFY(out.contains(QLatin1String("then more")));
}

void LogRedactorTest::queryAndFormShapes()
{
    qDebug() << QUrl(QStringLiteral("https://accounts.zoho.com/oauth/v2/token?refresh_token=1000.rt.secret"
                                    "&client_id=1000.CLIENT&client_secret=shh-secret&grant_type=refresh_token"));
    qWarning("body: grant_type=authorization_code&code=1000.thecode.value&code_verifier=verif-123456&redirect_uri=x");
    qWarning("callback /callback?state=abc&code=1000.cb.code&location=eu");
    qWarning("revoke ?token=1000.revoke.me");
    qWarning("access_token=at-value-123456 expires_in=3600");
    const QString out = all();
    for (const char *secret : {"1000.rt.secret", "shh-secret", "1000.thecode.value", "verif-123456", "1000.cb.code",
                               "1000.revoke.me", "at-value-123456"})
        QVERIFY2(!out.contains(QLatin1String(secret)), qPrintable(out));
    // Non-secret parameters stay readable.
    QVERIFY(out.contains(QLatin1String("client_id=1000.CLIENT")));
    QVERIFY(out.contains(QLatin1String("grant_type=refresh_token")));
    QVERIFY(out.contains(QLatin1String("location=eu")));
    QVERIFY(out.contains(QLatin1String("expires_in=3600")));
}

void LogRedactorTest::jsonShapes()
{
    qWarning().noquote()
        << R"({"access_token":"1000.json.access","refresh_token" : "1000.json.refresh","expires_in":3600})";
    const QString out = all();
    QVERIFY2(!out.contains(QLatin1String("1000.json.access")), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("1000.json.refresh")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("\"expires_in\":3600")));
}

void LogRedactorTest::ordinaryTextUntouched()
{
    qWarning(
        "E31 som-computers GET /api/1.4/som/computers -> 200 None attempt 1 12 ms error_code=NONE response_code=200");
    QCOMPARE(g_captured.size(), 1);
    QCOMPARE(g_captured.first(),
             QStringLiteral("E31 som-computers GET /api/1.4/som/computers -> 200 None attempt 1 12 ms error_code=NONE "
                            "response_code=200"));
}

void LogRedactorTest::percentEncodedSecret()
{
    const QByteArray token = "abc+def/ghi=jkl";
    LogRedactor::registerSecret(token);
    qWarning("url ...?x=%s", QUrl::toPercentEncoding(QString::fromLatin1(token)).constData());
    QVERIFY2(!all().contains(QLatin1String("abc%2Bdef")), qPrintable(all()));
}

QTEST_GUILESS_MAIN(LogRedactorTest)
#include "LogRedactorTest.moc"
