// The simulator reads query strings as the real server's servlet container does
// (application/x-www-form-urlencoded: '+' is a space, %XX are UTF-8 bytes), so a client that sends a
// '+' raw is caught here exactly as it would be in production (issue 14 #17).

#include "api/QueryEncoding.h"
#include "simulator/FormQuery.h"
#include "simulator/SimRequest.h"

#include <QTest>
#include <QUrl>

using pmp::sim::FormQuery;
using pmp::sim::SimRequest;
using Pairs = FormQuery::Pairs;

namespace {

// A request whose query arrived as these exact bytes (parsed by QUrl, as HttpCompat's server does).
SimRequest received(const QByteArray &rawQuery)
{
    SimRequest r;
    r.method = QStringLiteral("POST");
    r.path = QStringLiteral("/api/1.4/patch/suspendAPDTask");
    r.query = QUrlQuery(QUrl::fromEncoded(QByteArray("http://127.0.0.1:1" + r.path.toLatin1() + '?' + rawQuery)));
    return r;
}

} // namespace

class SimulatorQueryTest : public QObject
{
    Q_OBJECT
private slots:
    void plusIsASpaceAndPercent2BIsAPlus()
    {
        QCOMPARE(received("taskname=a+b").param(QStringLiteral("taskname")), QStringLiteral("a b"));
        QCOMPARE(received("taskname=a%2Bb").param(QStringLiteral("taskname")), QStringLiteral("a+b"));
        QCOMPARE(received("taskname=a%2bb").param(QStringLiteral("taskname")), QStringLiteral("a+b"));
        QCOMPARE(received("taskname=a%20b").param(QStringLiteral("taskname")), QStringLiteral("a b"));
        QCOMPARE(received("task+name=x").param(QStringLiteral("task name")), QStringLiteral("x")); // names too
    }

    void escapesAreUtf8Bytes()
    {
        QCOMPARE(received("taskname=%C3%BCn%C3%AF").param(QStringLiteral("taskname")), QStringLiteral("\u00fcn\u00ef"));
        QCOMPARE(received("taskname=%26%3D%23%25").param(QStringLiteral("taskname")), QStringLiteral("&=#%"));
        QCOMPARE(received("taskname=%252B").param(QStringLiteral("taskname")), QStringLiteral("%2B")); // once only
        // Raw UTF-8 in the request line (not RFC 3986, but sent by some tools) reads the same.
        QCOMPARE(received("taskname=\xC3\xBC").param(QStringLiteral("taskname")), QStringLiteral("\u00fc"));
        QCOMPARE(FormQuery::decode("%FF").value(), QString(QChar::ReplacementCharacter)); // not UTF-8
    }

    void pairsAsAServletSeesThem()
    {
        QCOMPARE(FormQuery::parse(QByteArrayLiteral("a=1&&b&=x&c=%zz&d=%4&a=2&e=x=y")),
                 (Pairs{{QStringLiteral("a"), QStringLiteral("1")},
                        {QStringLiteral("b"), QString()},
                        {QStringLiteral("a"), QStringLiteral("2")},
                        {QStringLiteral("e"), QStringLiteral("x=y")}}));
        const SimRequest r = received("a=1&flag&a=2");
        QCOMPARE(r.param(QStringLiteral("a")), QStringLiteral("1")); // getParameter: the first value
        QVERIFY(r.hasParam(QStringLiteral("flag")));
        QCOMPARE(r.param(QStringLiteral("flag")), QString());
        QVERIFY(!r.hasParam(QStringLiteral("missing")));
        QVERIFY(!FormQuery::decode("100%").has_value());
    }

    void whatTheClientEncodesIsReadBackIntact_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("issue 14") << QStringLiteral("a+b & c=d #1 %20 \u00fcn\u00ef");
        QTest::newRow("plus only") << QStringLiteral("+");
        QTest::newRow("percent") << QStringLiteral("100% %zz %2B");
        QTest::newRow("astral") << QStringLiteral("\U0001F600 x");
        QTest::newRow("spaces kept") << QStringLiteral("  two  spaces  ");
    }
    void whatTheClientEncodesIsReadBackIntact()
    {
        QFETCH(QString, value);
        QUrlQuery q;
        pmp::api::QueryEncoding::add(q, QStringLiteral("taskname"), value);
        QUrl url(QStringLiteral("http://127.0.0.1:1/api/1.4/patch/deleteAPDTask"));
        url.setQuery(q);
        SimRequest r;
        r.query = QUrlQuery(QUrl::fromEncoded(url.toEncoded()));
        QCOMPARE(r.param(QStringLiteral("taskname")), value);
    }
};

QTEST_GUILESS_MAIN(SimulatorQueryTest)
#include "SimulatorQueryTest.moc"
