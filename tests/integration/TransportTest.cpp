#include "SimulatorFixture.h"

#include "api/OperationCatalogue.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace pmp::api;
using pmp::sim::SimulatorOptions;
using pmp::test::SimulatorFixture;

namespace {

// Sends one request and waits for its end; returns error, attempts and raw status.
struct Outcome
{
    ApiError error;
    int attempts = 0;
    int status = 0;
    ParsedReply result;
};

Outcome run(Transport &t, const ApiRequest &req)
{
    Outcome o;
    ApiCall *call = t.send(req);
    QObject::connect(call, &ApiCall::finished, call, [&o, call] {
        o.error = call->error();
        o.attempts = call->attempts();
        o.status = call->rawReply().httpStatus;
        o.result = call->result();
    });
    QSignalSpy spy(call, &ApiCall::finished);
    if (!spy.wait(30000))
        qFatal("call did not finish");
    return o;
}

ApiRequest read(OperationId id)
{
    ApiRequest r;
    r.operation = id;
    return r;
}

ApiRequest scan(qint64 resourceId)
{
    ApiRequest r;
    r.operation = OperationId::ScanComputers;
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("resourceids"), QJsonArray{resourceId}}}).toJson();
    return r;
}

// A resource id the simulator knows (writes on unknown ids are refused with 400).
qint64 firstComputer(SimulatorFixture &f)
{
    ApiRequest req;
    req.operation = OperationId::Computers;
    req.query.addQueryItem(QStringLiteral("pagelimit"), QStringLiteral("1"));
    const Outcome o = run(f.transport(), req);
    ApiError e;
    const RecordPage page = ResponseParser::records(o.result, &e);
    return page.records.isEmpty() ? -1 : page.records.first().integerOr(QStringLiteral("resource_id"), -1);
}

int countRequests(pmp::sim::Simulator &sim, const QString &path)
{
    int n = 0;
    for (const auto &r : sim.requests())
        n += r.path == path;
    return n;
}

// An authenticator whose refresh mints a new token from the simulator, as OAuth refresh would.
class MintingAuthenticator : public Authenticator
{
public:
    explicit MintingAuthenticator(pmp::sim::Simulator *sim) : m_sim(sim) { m_token = mint(); }
    QByteArray authorizationHeader() const override { return "Zoho-oauthtoken " + m_token; }
    bool canRefresh() const override { return true; }
    void refresh() override
    {
        ++refreshCount;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_token = mint();
                emit refreshed();
            },
            Qt::QueuedConnection);
    }
    int refreshCount = 0;

private:
    QByteArray mint()
    {
        return m_sim->mintAccessToken(OperationCatalogue::readScopes() + OperationCatalogue::updateScopes()).toUtf8();
    }
    pmp::sim::Simulator *m_sim;
    QByteArray m_token;
};

// An authenticator whose refresh succeeds but whose tokens the server never accepts: a 401 that
// is not about the token's age (the account may not do this).
class RefusedAuthenticator : public Authenticator
{
public:
    QByteArray authorizationHeader() const override
    {
        return "Zoho-oauthtoken refused-" + QByteArray::number(refreshCount);
    }
    bool canRefresh() const override { return true; }
    void refresh() override
    {
        ++refreshCount;
        QMetaObject::invokeMethod(
            this, [this] { emit refreshed(); }, Qt::QueuedConnection);
    }
    int refreshCount = 0;
};

} // namespace

class TransportTest : public QObject
{
    Q_OBJECT
private slots:
    void stampsTheCloudAuthorizationHeader()
    {
        SimulatorFixture f;
        const Outcome o = run(f.transport(), read(OperationId::ApprovalSettings));
        QVERIFY2(!o.error, qPrintable(o.error.oneLine()));
        const auto req = f.simulator().requests().last();
        QCOMPARE(req.authorization, QByteArray("Zoho-oauthtoken " + f.token().toUtf8()));
        QCOMPARE(req.accept, QByteArray("application/json"));
    }

    void vendorMediaTypesAreSent()
    {
        SimulatorFixture f;
        const Outcome o = run(f.transport(), read(OperationId::QueryReports));
        QVERIFY2(!o.error, qPrintable(o.error.oneLine()));
        QCOMPARE(f.simulator().requests().last().accept, QByteArray("application/allQueryReports.v1+json"));
    }

    void readIsRetriedAfterServerErrors()
    {
        SimulatorFixture f;
        QVERIFY(f.simulator().setFaults(QStringLiteral("5xx:1:status=503:path=/api/1.4/patch/summary:count=2")));
        const Outcome o = run(f.transport(), read(OperationId::PatchSummary));
        QVERIFY2(!o.error, qPrintable(o.error.oneLine()));
        QCOMPARE(o.attempts, 3);
    }

    void readGivesUpWithAClearErrorAfterMaxAttempts()
    {
        SimulatorFixture f;
        QVERIFY(f.simulator().setFaults(QStringLiteral("5xx:1:status=502:path=/api/1.4/patch/summary")));
        const Outcome o = run(f.transport(), read(OperationId::PatchSummary));
        QCOMPARE(o.error.kind(), ApiError::Kind::Http);
        QCOMPARE(o.error.httpStatus(), 502);
        QCOMPARE(o.attempts, SimulatorFixture::fastRetries().maxAttempts);
        QCOMPARE(o.error.operationCode(), QStringLiteral("E12"));
    }

    void droppedConnectionOnReadIsRetried()
    {
        SimulatorFixture f;
        QVERIFY(f.simulator().setFaults(QStringLiteral("drop:1:path=/api/1.4/som/summary:count=1")));
        const Outcome o = run(f.transport(), read(OperationId::SomSummary));
        QVERIFY2(!o.error, qPrintable(o.error.oneLine()));
        QCOMPARE(o.attempts, 2);
    }

    void truncatedBodyOnReadIsRetried()
    {
        SimulatorFixture f;
        QVERIFY(f.simulator().setFaults(QStringLiteral("truncate:1:path=/api/1.4/som/summary:count=1")));
        const Outcome o = run(f.transport(), read(OperationId::SomSummary));
        QVERIFY2(!o.error, qPrintable(o.error.oneLine()));
        QCOMPARE(o.attempts, 2);
    }

    void htmlPageIsNotJsonAndNotRetried()
    {
        SimulatorFixture f;
        QVERIFY(f.simulator().setFaults(QStringLiteral("html:1:path=/api/1.4/som/summary")));
        const Outcome o = run(f.transport(), read(OperationId::SomSummary));
        QCOMPARE(o.error.kind(), ApiError::Kind::NotJson);
        QCOMPARE(o.attempts, 1);
        QVERIFY(o.error.message().contains(QLatin1String("web page")));
    }

    void throttlingIsRetriedInBothForms_data()
    {
        QTest::addColumn<bool>("quirks");
        QTest::newRow("429 + Retry-After") << false;
        QTest::newRow("HTML page with 200") << true;
    }
    void throttlingIsRetriedInBothForms()
    {
        QFETCH(bool, quirks);
        SimulatorOptions o;
        o.quirks = quirks;
        SimulatorFixture f(o);
        QVERIFY(f.simulator().setFaults(QStringLiteral("throttle:1:path=/api/1.4/som/summary:count=1")));
        const Outcome r = run(f.transport(), read(OperationId::SomSummary));
        QVERIFY2(!r.error, qPrintable(r.error.oneLine()));
        QCOMPARE(r.attempts, 2);
    }

    void writeWithDroppedConnectionIsOutcomeUnknownAndNotResent()
    {
        SimulatorFixture f;
        const qint64 id = firstComputer(f);
        QVERIFY(f.simulator().setFaults(QStringLiteral("drop:1:path=/api/1.4/patch/computers/scan")));
        const Outcome o = run(f.transport(), scan(id));
        QCOMPARE(o.error.kind(), ApiError::Kind::OutcomeUnknown);
        QCOMPARE(o.attempts, 1);
        QCOMPARE(countRequests(f.simulator(), QStringLiteral("/api/1.4/patch/computers/scan")), 1);
        QVERIFY(o.error.message().contains(QLatin1String("not sent again")));
    }

    void writeWithServerErrorIsNotRetried()
    {
        SimulatorFixture f;
        const qint64 id = firstComputer(f);
        QVERIFY(f.simulator().setFaults(QStringLiteral("5xx:1:status=503:path=/api/1.4/patch/computers/scan")));
        const Outcome o = run(f.transport(), scan(id));
        QVERIFY(o.error);
        QCOMPARE(o.attempts, 1);
        QCOMPARE(countRequests(f.simulator(), QStringLiteral("/api/1.4/patch/computers/scan")), 1);
    }

    void slowServerTimesOut()
    {
        SimulatorFixture f;
        RetryPolicy p = SimulatorFixture::fastRetries();
        p.timeoutMs = 150;
        p.maxAttempts = 2;
        f.transport().setRetryPolicy(p);
        QVERIFY(f.simulator().setFaults(QStringLiteral("latency:1:ms=1500:path=/api/1.4/som/summary")));
        const Outcome o = run(f.transport(), read(OperationId::SomSummary));
        QCOMPARE(o.error.kind(), ApiError::Kind::Timeout);
        QCOMPARE(o.attempts, 2);
        QVERIFY(f.simulator().setFaults(QStringLiteral("latency:1:ms=1500:path=/api/1.4/patch/computers/scanall")));
        ApiRequest all;
        all.operation = OperationId::ScanAllComputers;
        const Outcome w = run(f.transport(), all);
        QCOMPARE(w.error.kind(), ApiError::Kind::OutcomeUnknown);
        QCOMPARE(w.attempts, 1);
    }

    void unreachableServerIsANetworkError()
    {
        Transport t;
        t.setRetryPolicy(SimulatorFixture::fastRetries());
        t.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1"))); // nothing listens on port 1
        const Outcome o = run(t, read(OperationId::SomSummary));
        QCOMPARE(o.error.kind(), ApiError::Kind::Network);
        QVERIFY(o.error.message().contains(QLatin1String("refused")));
    }

    void plainHttpIsRefusedForRemoteHosts()
    {
        Transport t;
        t.setBaseUrl(QUrl(QStringLiteral("http://patch.example.com")));
        const Outcome o = run(t, read(OperationId::SomSummary));
        QCOMPARE(o.error.kind(), ApiError::Kind::Network);
        QVERIFY(o.error.message().contains(QLatin1String("unencrypted")));
        QCOMPARE(o.attempts, 0);
        QVERIFY(Transport::isAllowedServerUrl(QUrl(QStringLiteral("https://patch.manageengine.eu"))));
        QVERIFY(Transport::isAllowedServerUrl(QUrl(QStringLiteral("http://[::1]:8080"))));
    }

    void expiredTokenWithoutRefreshIsAuthExpired()
    {
        SimulatorFixture f;
        MintingAuthenticator a(&f.simulator());
        // A transport whose authenticator cannot refresh: a fixed but expired token.
        StaticTokenAuthenticator fixed(StaticTokenAuthenticator::Kind::Cloud, QByteArray("no-such-token"));
        f.transport().setAuthenticator(&fixed);
        const Outcome o = run(f.transport(), read(OperationId::SomSummary));
        QCOMPARE(o.error.kind(), ApiError::Kind::AuthExpired);
        QCOMPARE(o.status, 401);
    }

    void twentyRequestsInFlightShareOneRefresh()
    {
        SimulatorFixture f;
        MintingAuthenticator auth(&f.simulator());
        f.transport().setAuthenticator(&auth);
        QVERIFY(!run(f.transport(), read(OperationId::SomSummary)).error);
        f.simulator().expireAccessTokens();

        int done = 0, failed = 0;
        for (int i = 0; i < 20; ++i) {
            ApiCall *call = f.transport().send(read(i % 2 ? OperationId::SomSummary : OperationId::PatchSummary));
            connect(call, &ApiCall::finished, this, [&done, &failed, call] {
                ++done;
                failed += call->error().isError();
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 20, 20000);
        QCOMPARE(failed, 0);
        QCOMPARE(auth.refreshCount, 1);
    }

    void aRefusedFreshTokenIsAnAuthorizationErrorNotAnotherRefresh()
    {
        SimulatorFixture f;
        RefusedAuthenticator auth;
        f.transport().setAuthenticator(&auth);
        const Outcome first = run(f.transport(), read(OperationId::SomSummary));
        QCOMPARE(first.error.kind(), ApiError::Kind::Forbidden);
        QVERIFY2(first.error.message().contains(QLatin1String("just renewed")), qPrintable(first.error.message()));
        QCOMPARE(auth.refreshCount, 1);
        // The next call with the same fresh token does not mint another (Zoho allows ten per ten minutes).
        const Outcome second = run(f.transport(), read(OperationId::PatchSummary));
        QCOMPARE(second.error.kind(), ApiError::Kind::Forbidden);
        QCOMPARE(auth.refreshCount, 1);
    }

    void retryAfterOfAnHourIsCappedAndTheCallSucceeds()
    {
        SimulatorFixture f;
        QSignalSpy throttled(&f.transport(), &Transport::throttled);
        QVERIFY(f.simulator().setFaults(QStringLiteral("throttle:1:retry=3600:path=/api/1.4/som/summary:count=2")));
        const Outcome o = run(f.transport(), read(OperationId::SomSummary));
        QVERIFY2(!o.error, qPrintable(o.error.oneLine()));
        QCOMPARE(o.attempts, 3);
        QCOMPARE(throttled.count(), 2);
        // fastRetries caps every pause at 50 ms: an hour of Retry-After became the cap, not a negative delay.
        QVERIFY(throttled.at(0).at(0).toInt() <= 1);
    }

    void throttlingPausesTheWholeClient()
    {
        SimulatorFixture f;
        RetryPolicy policy = SimulatorFixture::fastRetries();
        policy.maxThrottleDelayMs = 400;
        f.transport().setRetryPolicy(policy);
        QVERIFY(f.simulator().setFaults(QStringLiteral("throttle:1:retry=60:path=/api/1.4/som/summary:count=1")));
        ApiCall *throttledCall = f.transport().send(read(OperationId::SomSummary));
        QSignalSpy throttled(&f.transport(), &Transport::throttled);
        QVERIFY(throttled.wait(10000));
        // Another request started during the pause waits for it, although its own path is not throttled.
        QElapsedTimer waited;
        waited.start();
        const int before = countRequests(f.simulator(), QStringLiteral("/api/1.4/patch/summary"));
        const Outcome other = run(f.transport(), read(OperationId::PatchSummary));
        QVERIFY2(!other.error, qPrintable(other.error.oneLine()));
        QVERIFY2(waited.elapsed() >= 300, qPrintable(QString::number(waited.elapsed())));
        QCOMPARE(countRequests(f.simulator(), QStringLiteral("/api/1.4/patch/summary")), before + 1);
        QSignalSpy done(throttledCall, &ApiCall::finished);
        if (!throttledCall->isFinished())
            QVERIFY(done.wait(10000));
        QVERIFY(!throttledCall->error());
    }

    void aProxyAccessDeniedPageIsForbiddenAndNotRetried()
    {
        SimulatorFixture f;
        QVERIFY(f.simulator().setFaults(QStringLiteral("denied:1:path=/api/1.4/som/summary")));
        const Outcome o = run(f.transport(), read(OperationId::SomSummary));
        QCOMPARE(o.error.kind(), ApiError::Kind::Forbidden);
        QCOMPARE(o.attempts, 1);
        QVERIFY2(o.error.message().contains(QLatin1String("proxy")), qPrintable(o.error.message()));
    }

    void anOversizedAnswerIsCutAndNamed()
    {
        SimulatorFixture f;
        QVERIFY(f.simulator().setFaults(QStringLiteral("huge:1:mb=70:path=/api/1.4/som/summary")));
        const Outcome read_ = run(f.transport(), read(OperationId::SomSummary));
        QCOMPARE(read_.error.kind(), ApiError::Kind::Malformed);
        QVERIFY2(read_.error.message().contains(QLatin1String("64 MB")), qPrintable(read_.error.message()));
        const qint64 id = firstComputer(f);
        QVERIFY(f.simulator().setFaults(QStringLiteral("huge:1:mb=70:path=/api/1.4/patch/computers/scan")));
        const Outcome write = run(f.transport(), scan(id));
        QCOMPARE(write.error.kind(), ApiError::Kind::OutcomeUnknown);
        QCOMPARE(write.attempts, 1);
    }

    void aRedirectToAnotherOriginDoesNotCarryTheToken()
    {
        SimulatorFixture f;
        SimulatorFixture elsewhere;
        elsewhere.simulator().clearRequests();
        QVERIFY(f.simulator().setFaults(QStringLiteral("redirect:1:path=/api/1.4/som/summary:to=") +
                                        elsewhere.simulator().baseUrl().toString()));
        const Outcome o = run(f.transport(), read(OperationId::SomSummary));
        QCOMPARE(o.error.kind(), ApiError::Kind::Http);
        QVERIFY2(o.error.message().contains(QLatin1String("redirected")), qPrintable(o.error.message()));
        QCOMPARE(elsewhere.simulator().requests().size(), 0);
    }

    void bodylessPostsCarryNoContentType()
    {
        SimulatorFixture f;
        f.simulator().clearRequests();
        ApiRequest req;
        req.operation = OperationId::ScanAllComputers;
        run(f.transport(), req);
        QCOMPARE(f.simulator().requests().size(), 1);
        QVERIFY(f.simulator().requests().first().contentType.isEmpty());
    }

    void cancelBeforeTheReplyIsCancelled()
    {
        SimulatorFixture f;
        QVERIFY(f.simulator().setFaults(QStringLiteral("latency:1:ms=2000:path=/api/1.4/som/summary")));
        ApiCall *call = f.transport().send(read(OperationId::SomSummary));
        ApiError error;
        connect(call, &ApiCall::finished, this, [&error, call] { error = call->error(); });
        QSignalSpy spy(call, &ApiCall::finished);
        f.simulator().clearRequests();
        QTRY_COMPARE(f.simulator().requests().size(), 1); // the request reached the server
        call->cancel();
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(error.kind(), ApiError::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TransportTest)
#include "TransportTest.moc"
