#include "api/ValueReader.h"
#include "api/I18nText.h"

#include <QJsonArray>
#include <QTest>

using namespace pmp::api;

class ValueReaderTest : public QObject
{
    Q_OBJECT
private slots:
    void integersFromNumbersAndStrings()
    {
        QCOMPARE(ValueReader::integer(QJsonValue(3)), std::optional<qint64>(3));
        QCOMPARE(ValueReader::integer(QJsonValue(QStringLiteral("3"))), std::optional<qint64>(3));
        QCOMPARE(ValueReader::integer(QJsonValue(QStringLiteral(" 1757340476320 "))),
                 std::optional<qint64>(1757340476320LL));
        QCOMPARE(ValueReader::integer(QJsonValue(-1)), std::optional<qint64>(-1));
        QVERIFY(!ValueReader::integer(QJsonValue(QStringLiteral("--"))));
        QVERIFY(!ValueReader::integer(QJsonValue(QStringLiteral(""))));
        QVERIFY(!ValueReader::integer(QJsonValue(QStringLiteral("NA"))));
        QVERIFY(!ValueReader::integer(QJsonValue(QStringLiteral("abc"))));
        QVERIFY(!ValueReader::integer(QJsonValue()));
    }

    void booleansInAllSpellings()
    {
        QCOMPARE(ValueReader::boolean(QJsonValue(true)), std::optional<bool>(true));
        QCOMPARE(ValueReader::boolean(QJsonValue(QStringLiteral("false"))), std::optional<bool>(false));
        QCOMPARE(ValueReader::boolean(QJsonValue(QStringLiteral("TRUE"))), std::optional<bool>(true));
        QCOMPARE(ValueReader::boolean(QJsonValue(1)), std::optional<bool>(true));
        QVERIFY(!ValueReader::boolean(QJsonValue(QStringLiteral("--"))));
    }

    void placeholdersReadAsEmptyText()
    {
        for (const char *p : {"--", "NA", "", "N/A", "-"})
            QVERIFY2(ValueReader::text(QJsonValue(QString::fromLatin1(p))).isEmpty(), p);
        QCOMPARE(ValueReader::rawText(QJsonValue(QStringLiteral("--"))), QStringLiteral("--"));
        QCOMPARE(ValueReader::text(QJsonValue(7917152)), QStringLiteral("7917152"));
    }

    void i18nKeysBecomeReadable()
    {
        QCOMPARE(ValueReader::text(QJsonValue(QStringLiteral("dc.common.IMPORTANT"))), QStringLiteral("Important"));
        QCOMPARE(ValueReader::text(QJsonValue(QStringLiteral("dc.common.APPROVED"))), QStringLiteral("Approved"));
        QCOMPARE(ValueReader::text(
                     QJsonValue(QStringLiteral("[i18n]dc.som.agentinstall.remarks.unknown_credential[/i18n]"))),
                 QStringLiteral("Agent installation failed: unknown credentials"));
        QCOMPARE(I18nText::toText(QStringLiteral("dc.db.som.status.some_new_state")), QStringLiteral("Some new state"));
        QCOMPARE(I18nText::toText(QStringLiteral("dc.common.REBOOT_PENDING")), QStringLiteral("Reboot pending"));
        QVERIFY(!I18nText::isKey(QStringLiteral("Windows 10 Professional Edition (x64)")));
        QVERIFY(!I18nText::isKey(QStringLiteral("ALEX.ZOHOCORP.COM")));
        QVERIFY(I18nText::isKey(QStringLiteral("desktopcentral.server.patchmgmt.patch_download_success")));
    }

    void epochTimesAndNever()
    {
        const QDateTime t = ValueReader::epochTime(QJsonValue(double(1515715200000LL)));
        QCOMPARE(t.toMSecsSinceEpoch(), 1515715200000LL);
        QCOMPARE(ValueReader::epochTime(QJsonValue(QStringLiteral("1307989800000"))).toMSecsSinceEpoch(),
                 1307989800000LL);
        QVERIFY(!ValueReader::epochTime(QJsonValue(0)).isValid());
        QVERIFY(!ValueReader::epochTime(QJsonValue(-1)).isValid());
        QVERIFY(!ValueReader::epochTime(QJsonValue(QStringLiteral("--"))).isValid());
        // The guide's deadlineTime example has seconds magnitude
        QCOMPARE(ValueReader::epochTime(QJsonValue(1691393760)).toMSecsSinceEpoch(), 1691393760000LL);
    }

    void commaJoinedListsWithTrailingComma()
    {
        QCOMPARE(ValueReader::list(QJsonValue(QStringLiteral("00:0c:29:7e:51:a7,46:15:cf:8f:af:8f,"))),
                 QStringList({QStringLiteral("00:0c:29:7e:51:a7"), QStringLiteral("46:15:cf:8f:af:8f")}));
        QCOMPARE(ValueReader::list(QJsonArray{QStringLiteral("a"), QStringLiteral("b")}),
                 QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(ValueReader::list(QJsonValue(QStringLiteral("--"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(ValueReaderTest)
#include "ValueReaderTest.moc"
