#include "JsonVariants.h"
#include "TestData.h"

#include "api/OperationCatalogue.h"
#include "api/ResponseParser.h"
#include "api/ResultParsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pmp::api;
using pmp::test::JsonVariants;
using pmp::test::TestData;

namespace {
RawReply reply(const QByteArray &body, int status = 200, const QByteArray &contentType = "application/json")
{
    RawReply r;
    r.httpStatus = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const Operation &op(OperationId id)
{
    return OperationCatalogue::get(id);
}
} // namespace

class ResponseParserTest : public QObject
{
    Q_OBJECT
private slots:
    // Every operation's guide sample parses without error, into the documented payload.
    void guideSamplesParse_data()
    {
        QTest::addColumn<int>("id");
        for (const Operation &o : OperationCatalogue::all())
            QTest::newRow(qPrintable(o.code)) << int(o.id);
    }
    void guideSamplesParse()
    {
        QFETCH(int, id);
        const Operation &o = op(OperationId(id));
        const QJsonObject sample = TestData::guideSample(o.code, QStringLiteral("response"));
        const ParsedReply p = ResponseParser::parse(o, reply(json(sample)));
        QVERIFY2(!p.error, qPrintable(p.error.oneLine()));
        if (o.isList) {
            QVERIFY(p.payload.isArray());
            ApiError e;
            const RecordPage page = ResponseParser::records(p, &e);
            QVERIFY(!e);
            QVERIFY(!page.records.isEmpty());
        }
    }

    // The same samples with every number and boolean as a string, served as text/plain.
    void quirkyStringVariantsParse_data() { guideSamplesParse_data(); }
    void quirkyStringVariantsParse()
    {
        QFETCH(int, id);
        const Operation &o = op(OperationId(id));
        const QJsonObject sample = TestData::guideSample(o.code, QStringLiteral("response"));
        const QJsonObject quirky = JsonVariants::stringifyScalars(sample).toObject();
        const ParsedReply p = ResponseParser::parse(o, reply(json(quirky), 200, "text/plain;charset=UTF-8"));
        QVERIFY2(!p.error, qPrintable(p.error.oneLine()));
        const ParsedReply plain = ResponseParser::parse(o, reply(json(sample)));
        QCOMPARE(p.page.total, plain.page.total);
        QCOMPARE(p.page.pageSize, plain.page.pageSize);
    }

    void pagingFactsOfEachShape()
    {
        ParsedReply p = ResponseParser::parse(
            op(OperationId::AllPatches),
            reply(json(TestData::guideSample(QStringLiteral("E08"), QStringLiteral("response")))));
        QCOMPARE(p.page.total, 4094);
        QCOMPARE(p.page.pageSize, 25);
        QCOMPARE(p.page.page, 1);
        p = ResponseParser::parse(
            op(OperationId::ThreatPatches),
            reply(json(TestData::guideSample(QStringLiteral("E17"), QStringLiteral("response")))));
        QCOMPARE(p.page.total, 2); // "totalRecords": "2" (a string)
        QCOMPARE(p.page.pageSize, 30);
        QCOMPARE(p.page.totalPages, 1);
    }

    void typedAccessOfAQuirkyRecord()
    {
        QJsonObject sample = TestData::guideSample(QStringLiteral("E31"), QStringLiteral("response"));
        const QJsonObject quirky = JsonVariants::stringifyScalars(sample).toObject();
        ApiError e;
        const RecordPage page =
            ResponseParser::records(ResponseParser::parse(op(OperationId::Computers), reply(json(quirky))), &e);
        QVERIFY(!e);
        const Record &r = page.records.first();
        QCOMPARE(r.integer(QStringLiteral("resource_id")), std::optional<qint64>(311));
        QCOMPARE(r.integer(QStringLiteral("installation_status")), std::optional<qint64>(22));
        QCOMPARE(r.text(QStringLiteral("status_label")), QStringLiteral("Installed successfully"));
        QCOMPARE(r.rawText(QStringLiteral("status_label")), QStringLiteral("dc.db.som.status.installed_successfully"));
        QVERIFY(!r.time(QStringLiteral("agent_upgraded_on")).isValid()); // -1: never
        QCOMPARE(r.time(QStringLiteral("agent_installed_on")).toMSecsSinceEpoch(), 1756446785862LL);
        QCOMPARE(r.text(QStringLiteral("managedcomputer.friendly_name")),
                 QStringLiteral("a0:ce:c8:b9:ae:15 ZOHOCORP 10.92.11.44")); // dotted key, literal
        QVERIFY(r.text(QStringLiteral("owner")).isEmpty());                 // "--"
    }

    void errorInside200Envelope()
    {
        QJsonObject o{{QStringLiteral("message_type"), QStringLiteral("systemreport")},
                      {QStringLiteral("status"), QStringLiteral("error")},
                      {QStringLiteral("error_code"), QStringLiteral("10002")},
                      {QStringLiteral("error_description"), QStringLiteral("Resource id is mandatory")}};
        const ParsedReply p = ResponseParser::parse(op(OperationId::SystemReport), reply(json(o)));
        QCOMPARE(p.error.kind(), ApiError::Kind::ServerReported);
        QCOMPARE(p.error.serverCode(), QStringLiteral("10002"));
        QVERIFY(p.error.message().contains(QLatin1String("Resource id is mandatory")));
    }

    void invalidOauthTokenInside200()
    {
        QJsonObject o{{QStringLiteral("status"), QStringLiteral("error")},
                      {QStringLiteral("error_code"), QStringLiteral("INVALID_OAUTHTOKEN")}};
        QCOMPARE(ResponseParser::parse(op(OperationId::Computers), reply(json(o))).error.kind(),
                 ApiError::Kind::AuthExpired);
    }

    void htmlPageWhereJsonWasExpected()
    {
        const ParsedReply p = ResponseParser::parse(
            op(OperationId::Computers),
            reply("<!DOCTYPE html><html><head><title>Zoho Accounts</title></head><body>Sign in</body></html>", 200,
                  "text/html"));
        QCOMPARE(p.error.kind(), ApiError::Kind::NotJson);
        QVERIFY(p.error.message().contains(QLatin1String("Zoho Accounts")));
    }

    void htmlThrottlePage()
    {
        const ParsedReply p = ResponseParser::parse(
            op(OperationId::AllPatches), reply("<html><head><title>Too Many Requests</title></head><body>You have made "
                                               "too many requests.</body></html>"));
        QCOMPARE(p.error.kind(), ApiError::Kind::Throttled);
    }

    void truncatedBody()
    {
        const QByteArray full = json(TestData::guideSample(QStringLiteral("E31"), QStringLiteral("response")));
        const ParsedReply p = ResponseParser::parse(op(OperationId::Computers), reply(full.left(full.size() / 2)));
        QCOMPARE(p.error.kind(), ApiError::Kind::NotJson);
        QVERIFY2(p.error.message().contains(QLatin1String("cut off")), qPrintable(p.error.message()));
    }

    void emptyAndGarbageBodies()
    {
        QCOMPARE(ResponseParser::parse(op(OperationId::Computers), reply("")).error.kind(), ApiError::Kind::NotJson);
        QCOMPARE(ResponseParser::parse(op(OperationId::Computers), reply("OK")).error.kind(), ApiError::Kind::NotJson);
    }

    void httpStatusesAreClassified()
    {
        QCOMPARE(ResponseParser::parse(op(OperationId::Computers), reply("{}", 401)).error.kind(),
                 ApiError::Kind::AuthExpired);
        QCOMPARE(ResponseParser::parse(op(OperationId::Computers), reply("", 403)).error.kind(),
                 ApiError::Kind::Forbidden);
        RawReply throttled = reply("", 429);
        throttled.retryAfterSeconds = 7;
        const ParsedReply t = ResponseParser::parse(op(OperationId::Computers), throttled);
        QCOMPARE(t.error.kind(), ApiError::Kind::Throttled);
        QCOMPARE(t.error.retryAfterSeconds(), 7);
        QCOMPARE(ResponseParser::parse(op(OperationId::Computers), reply("", 503)).error.kind(), ApiError::Kind::Http);
        QVERIFY(ResponseParser::parse(op(OperationId::Computers), reply("", 503)).error.isTransient());
        const ParsedReply nf = ResponseParser::parse(op(OperationId::InstallPatchesOnSystems), reply("", 404));
        QCOMPARE(nf.error.httpStatus(), 404);
    }

    void declineErrorSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << "E30.error-400-empty-patches" << 400 << "INSUFFICIENT_DATA";
        QTest::newRow("all-computers") << "E30.error-400-all-computers" << 400 << "INVALID_DATA";
        QTest::newRow("reason") << "E30.error-400-missing-reason" << 400 << "INSUFFICIENT_DATA";
        QTest::newRow("401") << "E30.error-401" << 401 << "UNAUTHORIZED";
        QTest::newRow("403") << "E30.error-403" << 403 << "UAC_UNAUTHORIZED";
        QTest::newRow("500") << "E30.error-500" << 500 << "INTERNAL_ERROR";
    }
    void declineErrorSamples()
    {
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QJsonObject body = TestData::object(QStringLiteral("guide/%1.json").arg(file));
        const ParsedReply p = ResponseParser::parse(op(OperationId::DeclinePatches), reply(json(body), status));
        QVERIFY(p.error);
        QCOMPARE(p.error.serverCode(), code);
        QVERIFY(p.error.message().contains(body.value(QLatin1String("errorMessage")).toString()) ||
                p.error.kind() == ApiError::Kind::AuthExpired);
    }

    void declineSuccess()
    {
        const ParsedReply p = ResponseParser::parse(
            op(OperationId::DeclinePatches),
            reply(json(TestData::guideSample(QStringLiteral("E30"), QStringLiteral("response")))));
        QVERIFY(!p.error);
        QCOMPARE(ResultParsers::actionResult(p.payload).message, QStringLiteral("Patches declined successfully"));
    }

    void listKeyVariesToleratedWhenUnambiguous()
    {
        QJsonObject sample = TestData::guideSample(QStringLiteral("E15"), QStringLiteral("response"));
        QJsonObject mr = sample.value(QLatin1String("message_response")).toObject();
        mr.insert(QStringLiteral("computers"), mr.take(QStringLiteral("allsystems")));
        sample.insert(QStringLiteral("message_response"), mr);
        const ParsedReply p = ResponseParser::parse(op(OperationId::AllSystems), reply(json(sample)));
        QVERIFY(!p.error);
        QCOMPARE(p.payload.toArray().size(), 1);
    }

    void missingListIsMalformed()
    {
        QJsonObject o{{QStringLiteral("message_type"), QStringLiteral("computers")},
                      {QStringLiteral("status"), QStringLiteral("success")},
                      {QStringLiteral("message_response"), QJsonObject{{QStringLiteral("total"), 3}}}};
        const ParsedReply p = ResponseParser::parse(op(OperationId::Computers), reply(json(o)));
        QCOMPARE(p.error.kind(), ApiError::Kind::Malformed);
        QVERIFY(p.error.message().contains(QLatin1String("computers")));
        const ParsedReply q = ResponseParser::parse(op(OperationId::Computers), reply("{\"status\":\"success\"}"));
        QCOMPARE(q.error.kind(), ApiError::Kind::Malformed);
    }

    void nonObjectItemIsMalformed()
    {
        QJsonObject o{
            {QStringLiteral("status"), QStringLiteral("success")},
            {QStringLiteral("message_response"),
             QJsonObject{{QStringLiteral("computers"), QJsonArray{QJsonObject{}, 5}}, {QStringLiteral("total"), 2}}}};
        ApiError e;
        ResponseParser::records(ResponseParser::parse(op(OperationId::Computers), reply(json(o))), &e);
        QCOMPARE(e.kind(), ApiError::Kind::Malformed);
        QVERIFY(e.message().contains(QLatin1String("Item 2")));
    }

    void alternativeListContainers()
    {
        // On-premises dcapi: {messageResponse:[...]}; bare arrays
        const ParsedReply a = ResponseParser::parse(op(OperationId::ThreatPatches),
                                                    reply("{\"messageResponse\":[{\"patchid\":\"1\"}],\"Links\":{}}"));
        QVERIFY(!a.error);
        QCOMPARE(a.payload.toArray().size(), 1);
        const ParsedReply b = ResponseParser::parse(op(OperationId::ThreatPatches), reply("[{\"patchid\":\"1\"}]"));
        QVERIFY(!b.error);
        QCOMPARE(b.payload.toArray().size(), 1);
    }

    void extraAndMissingFieldsAreHarmless()
    {
        QJsonObject sample = TestData::guideSample(QStringLiteral("E12"), QStringLiteral("response"));
        QJsonObject mr = sample.value(QLatin1String("message_response")).toObject();
        QJsonObject summary = mr.value(QLatin1String("summary")).toObject();
        summary.remove(QStringLiteral("apd_summary"));
        summary.insert(QStringLiteral("brand_new_section"), QJsonObject{{QStringLiteral("x"), 1}});
        mr.insert(QStringLiteral("summary"), summary);
        sample.insert(QStringLiteral("message_response"), mr);
        const ParsedReply p = ResponseParser::parse(op(OperationId::PatchSummary), reply(json(sample)));
        QVERIFY(!p.error);
        ApiError e;
        const PatchSummary s = ResultParsers::patchSummary(p.payload, &e);
        QVERIFY(!e);
        QCOMPARE(s.missingCritical, 293);
        QCOMPARE(s.apdTaskCount, 0);
    }
};

QTEST_GUILESS_MAIN(ResponseParserTest)
#include "ResponseParserTest.moc"
