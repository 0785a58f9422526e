#include "simulator/FaultSpec.h"
#include "simulator/FaultInjector.h"

#include <QTest>

using pmp::sim::FaultInjector;
using pmp::sim::FaultKind;
using pmp::sim::FaultSpec;

namespace {

FaultSpec parsed(const QString &text)
{
    QString error;
    const auto spec = FaultSpec::parse(text, &error);
    if (!spec)
        qFatal("unexpected parse error for '%s': %s", qPrintable(text), qPrintable(error));
    return *spec;
}

// Which kind hit each of `n` requests to `path` ("-" for none, "latency" when only delayed).
QStringList run(FaultInjector &injector, const QString &path, int n, const QString &method = QStringLiteral("GET"))
{
    QStringList out;
    for (int i = 0; i < n; ++i) {
        const auto d = injector.decide(method, path);
        if (d.fault)
            out << FaultSpec::kindName(d.fault->kind);
        else if (d.latencyMs > 0)
            out << QStringLiteral("latency");
        else
            out << QStringLiteral("-");
    }
    return out;
}

} // namespace

class FaultSpecTest : public QObject
{
    Q_OBJECT
private slots:
    void parsesEveryKindWithItsOptions()
    {
        const FaultSpec spec = parsed(QStringLiteral("latency:0.5:ms=250, 5xx:status=503:path=/api/1.4/*:method=GET, "
                                                     "drop:1:after=1:count=1, truncate:25%, html, "
                                                     "throttle:retry=7, seed=42"));
        QCOMPARE(spec.seed, quint64(42));
        QCOMPARE(spec.rules.size(), 6);
        QCOMPARE(spec.rules.at(0).kind, FaultKind::Latency);
        QCOMPARE(spec.rules.at(0).rate, 0.5);
        QCOMPARE(spec.rules.at(0).ms, 250);
        QCOMPARE(spec.rules.at(1).kind, FaultKind::ServerError);
        QCOMPARE(spec.rules.at(1).status, 503);
        QCOMPARE(spec.rules.at(1).pathGlob, QStringLiteral("/api/1.4/*"));
        QCOMPARE(spec.rules.at(1).method, QStringLiteral("GET"));
        QCOMPARE(spec.rules.at(2).kind, FaultKind::Drop);
        QCOMPARE(spec.rules.at(2).after, 1);
        QCOMPARE(spec.rules.at(2).count, 1);
        QCOMPARE(spec.rules.at(3).rate, 0.25);
        QCOMPARE(spec.rules.at(4).kind, FaultKind::Html);
        QCOMPARE(spec.rules.at(4).rate, 1.0);
        QCOMPARE(spec.rules.at(4).count, -1);
        QCOMPARE(spec.rules.at(5).retryAfterSecs, 7);
        QCOMPARE(spec.rules.at(1).status, 503);
        QCOMPARE(parsed(QStringLiteral("5xx")).rules.first().status, 500);
    }

    void parsesTheLyingServerKinds()
    {
        const FaultSpec spec =
            parsed(QStringLiteral("ignorepaging:path=/api/1.4/som/computers, duplicate:after=2:count=1, "
                                  "total:by=-60, huge:mb=70, denied, "
                                  "redirect:path=/api/*:to=http://127.0.0.1:9/elsewhere"));
        QCOMPARE(spec.rules.size(), 6);
        QCOMPARE(spec.rules.at(0).kind, FaultKind::IgnorePaging);
        QCOMPARE(spec.rules.at(1).kind, FaultKind::Duplicate);
        QCOMPARE(spec.rules.at(2).kind, FaultKind::Total);
        QCOMPARE(spec.rules.at(2).by, -60);
        QCOMPARE(spec.rules.at(3).mb, 70);
        QCOMPARE(spec.rules.at(4).kind, FaultKind::Denied);
        QCOMPARE(spec.rules.at(5).kind, FaultKind::Redirect);
        QCOMPARE(spec.rules.at(5).pathGlob, QStringLiteral("/api/*"));
        QCOMPARE(spec.rules.at(5).to, QStringLiteral("http://127.0.0.1:9/elsewhere")); // its colons kept
        QCOMPARE(FaultSpec::kindName(FaultKind::IgnorePaging), QStringLiteral("ignorepaging"));
        QString error;
        QVERIFY(!FaultSpec::parse(QStringLiteral("redirect"), &error));
        QVERIFY(error.contains(QLatin1String("redirect needs to=URL")));
        QVERIFY(!FaultSpec::parse(QStringLiteral("huge:mb=0"), &error));
        QVERIFY(!FaultSpec::parse(QStringLiteral("drop:by=3"), &error));
    }

    // retry=none: a throttle without Retry-After, so the client's own backoff is what runs.
    void throttleWithoutRetryAfter()
    {
        QCOMPARE(parsed(QStringLiteral("throttle:retry=none")).rules.first().retryAfterSecs,
                 pmp::sim::FaultRule::NoRetryAfter);
        QCOMPARE(parsed(QStringLiteral("throttle:1:retry=NONE:count=1")).rules.first().retryAfterSecs,
                 pmp::sim::FaultRule::NoRetryAfter);
        QCOMPARE(parsed(QStringLiteral("throttle")).rules.first().retryAfterSecs, 1); // the default says 1 s
        QString error;
        QVERIFY(!FaultSpec::parse(QStringLiteral("throttle:retry=never"), &error));
        QVERIFY2(error.contains(QLatin1String("or 'none', got 'never'")), qPrintable(error));
        QVERIFY(!FaultSpec::parse(QStringLiteral("drop:retry=none"), &error));
        QVERIFY2(error.contains(QLatin1String("retry= applies only to throttle")), qPrintable(error));
    }

    // The injector counts what fired, so a test can tell that its fault really hit.
    void countsWhatFired()
    {
        FaultInjector injector;
        injector.setSpec(parsed(QStringLiteral("drop:1:path=/a:after=1:count=2, latency:ms=5:path=/b")));
        QCOMPARE(injector.firedTotal(), 0);
        QCOMPARE(run(injector, QStringLiteral("/a"), 4), QStringList({"-", "drop", "drop", "-"}));
        QCOMPARE(injector.firedTotal(), 2);
        QCOMPARE(run(injector, QStringLiteral("/b"), 1), QStringList({"latency"}));
        QCOMPARE(injector.firedTotal(), 3);
        injector.setSpec(parsed(QStringLiteral("html")));
        QCOMPARE(injector.firedTotal(), 0); // a new spec starts counting again
    }

    void emptySpecMeansNoFaults()
    {
        QVERIFY(parsed(QString()).rules.isEmpty());
        QVERIFY(parsed(QStringLiteral("  ")).rules.isEmpty());
        QCOMPARE(parsed(QStringLiteral("seed=9")).seed, quint64(9));
    }

    void rejectsBadSpecsWithSpecificMessages_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown kind") << "explode:1"
                                      << "fault rule 1 ('explode:1'): unknown kind 'explode'";
        QTest::newRow("latency without ms") << "latency:1"
                                            << "fault rule 1 ('latency:1'): latency needs ms=N";
        QTest::newRow("rate too high") << "drop:2"
                                       << "rate '2' must be a number from 0 to 1";
        QTest::newRow("rate not a number") << "drop:often"
                                           << "rate 'often' must be a number from 0 to 1";
        QTest::newRow("status out of range") << "5xx:status=404"
                                             << "status must be from 500 to 599, got '404'";
        QTest::newRow("ms on other kinds") << "drop:ms=5"
                                           << "ms= applies only to latency";
        QTest::newRow("status on other kinds") << "html:status=500"
                                               << "status= applies only to 5xx";
        QTest::newRow("retry on other kinds") << "drop:retry=3"
                                              << "retry= applies only to throttle";
        QTest::newRow("unknown option") << "drop:1:when=now"
                                        << "unknown option 'when'";
        QTest::newRow("negative after") << "drop:after=-1"
                                        << "after must be a whole number >= 0, got '-1'";
        QTest::newRow("zero count") << "drop:count=0"
                                    << "count must be a whole number >= 1, got '0'";
        QTest::newRow("relative path") << "drop:path=api/*"
                                       << "path must start with '/', got 'api/*'";
        QTest::newRow("bad method") << "drop:method=DELETE"
                                    << "method must be GET, POST or PUT, got 'DELETE'";
        QTest::newRow("duplicate option") << "drop:after=1:after=2"
                                          << "option 'after' is given twice";
        QTest::newRow("rate not first") << "drop:after=1:0.5"
                                        << "'0.5' is not key=value";
        QTest::newRow("second rule named") << "html, latency:1"
                                           << "fault rule 2 ('latency:1'): latency needs ms=N";
        QTest::newRow("empty item") << "html,,drop"
                                    << "item 2 of the fault spec is empty";
        QTest::newRow("bad seed") << "html,seed=x"
                                  << "seed must be a whole number >= 0, got 'x'";
        QTest::newRow("seed twice") << "seed=1,seed=2"
                                    << "seed is given twice";
    }
    void rejectsBadSpecsWithSpecificMessages()
    {
        QFETCH(QString, spec);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!FaultSpec::parse(spec, &error));
        QVERIFY2(error.contains(message), qPrintable(QStringLiteral("'%1' does not contain '%2'").arg(error, message)));
    }

    void afterAndCountSelectExactlyOneRequest()
    {
        FaultInjector injector;
        injector.setSpec(parsed(QStringLiteral("drop:1:path=/api/1.4/som/computers:after=1:count=1")));
        const QStringList hits = run(injector, QStringLiteral("/api/1.4/som/computers"), 5);
        QCOMPARE(hits, (QStringList{"-", "drop", "-", "-", "-"}));
    }

    void pathGlobLimitsTheRule()
    {
        FaultInjector injector;
        injector.setSpec(parsed(QStringLiteral("5xx:path=/api/1.4/patch/*")));
        QCOMPARE(run(injector, QStringLiteral("/api/1.4/patch/allpatches"), 1), QStringList{"5xx"});
        QCOMPARE(run(injector, QStringLiteral("/api/1.4/som/computers"), 1), QStringList{"-"});
        injector.setSpec(parsed(QStringLiteral("5xx:path=/dcapi/threats/?atches")));
        QCOMPARE(run(injector, QStringLiteral("/dcapi/threats/patches"), 1), QStringList{"5xx"});
        QCOMPARE(run(injector, QStringLiteral("/dcapi/threats/systemreport/patches"), 1), QStringList{"-"});
    }

    void matchesCountOnlyForTheirPath()
    {
        // Requests to other paths do not advance the rule's after counter.
        FaultInjector injector;
        injector.setSpec(parsed(QStringLiteral("html:path=/a:after=2:count=1")));
        QCOMPARE(run(injector, QStringLiteral("/b"), 3), (QStringList{"-", "-", "-"}));
        QCOMPARE(run(injector, QStringLiteral("/a"), 4), (QStringList{"-", "-", "html", "-"}));
    }

    void signInPathsAreSparedUnlessNamed()
    {
        FaultInjector injector;
        injector.setSpec(parsed(QStringLiteral("5xx")));
        QCOMPARE(run(injector, QStringLiteral("/oauth/v2/token"), 1, QStringLiteral("POST")), QStringList{"-"});
        QCOMPARE(run(injector, QStringLiteral("/api/1.4/patch/summary"), 1), QStringList{"5xx"});
        injector.setSpec(parsed(QStringLiteral("5xx:path=/oauth/v2/token")));
        QCOMPARE(run(injector, QStringLiteral("/oauth/v2/token"), 1, QStringLiteral("POST")), QStringList{"5xx"});
    }

    void methodFilter()
    {
        FaultInjector injector;
        injector.setSpec(parsed(QStringLiteral("drop:method=POST")));
        QCOMPARE(run(injector, QStringLiteral("/api/1.4/patch/computers/scan"), 1, QStringLiteral("POST")),
                 QStringList{"drop"});
        QCOMPARE(run(injector, QStringLiteral("/api/1.4/patch/summary"), 1, QStringLiteral("GET")), QStringList{"-"});
    }

    void latencyAddsUpAndCombinesWithOneFault()
    {
        FaultInjector injector;
        injector.setSpec(parsed(QStringLiteral("latency:ms=100, latency:ms=50:count=1, truncate:count=1, html")));
        auto first = injector.decide(QStringLiteral("GET"), QStringLiteral("/x"));
        QCOMPARE(first.latencyMs, 150);
        QVERIFY(first.fault);
        QCOMPARE(first.fault->kind, FaultKind::Truncate); // the first non-latency rule decides
        auto second = injector.decide(QStringLiteral("GET"), QStringLiteral("/x"));
        QCOMPARE(second.latencyMs, 100);
        QCOMPARE(second.fault->kind, FaultKind::Html);
    }

    void aRuleThatDoesNotDecideKeepsItsCount()
    {
        // html fires first, so the later drop rule is not used up by these requests.
        FaultInjector injector;
        injector.setSpec(parsed(QStringLiteral("html:count=2, drop:count=1")));
        QCOMPARE(run(injector, QStringLiteral("/x"), 4), (QStringList{"html", "html", "drop", "-"}));
    }

    void ratesAreDeterministicPerSeed()
    {
        FaultInjector a, b, c;
        a.setSpec(parsed(QStringLiteral("5xx:0.3,seed=7")));
        b.setSpec(parsed(QStringLiteral("5xx:0.3,seed=7")));
        c.setSpec(parsed(QStringLiteral("5xx:0.3,seed=8")));
        const QStringList ra = run(a, QStringLiteral("/x"), 200);
        QCOMPARE(run(b, QStringLiteral("/x"), 200), ra);
        QVERIFY(run(c, QStringLiteral("/x"), 200) != ra);
        const qsizetype hits = ra.count(QStringLiteral("5xx"));
        QVERIFY2(hits > 30 && hits < 90, qPrintable(QString::number(hits))); // about 30% of 200
        FaultInjector none;
        none.setSpec(parsed(QStringLiteral("5xx:0")));
        QVERIFY(!run(none, QStringLiteral("/x"), 50).contains(QStringLiteral("5xx")));
    }

    void settingASpecResetsTheCounters()
    {
        FaultInjector injector;
        injector.setSpec(parsed(QStringLiteral("drop:count=1")));
        QCOMPARE(run(injector, QStringLiteral("/x"), 2), (QStringList{"drop", "-"}));
        injector.setSpec(parsed(QStringLiteral("drop:count=1")));
        QCOMPARE(run(injector, QStringLiteral("/x"), 1), QStringList{"drop"});
    }

    void helpDescribesTheSyntax()
    {
        const QString help = FaultSpec::syntaxHelp();
        for (const char *word :
             {"latency", "5xx", "drop", "truncate", "html", "throttle", "path=", "after=", "count=", "seed="})
            QVERIFY2(help.contains(QLatin1String(word)), word);
    }
};

QTEST_GUILESS_MAIN(FaultSpecTest)
#include "FaultSpecTest.moc"
