#include "JsonVariants.h"
#include "TestData.h"

#include "api/OperationCatalogue.h"
#include "api/ResponseParser.h"
#include "api/ResultParsers.h"

#include <QJsonDocument>
#include <QTest>

using namespace pmp::api;
using pmp::test::JsonVariants;
using pmp::test::TestData;

namespace {
// The payload of a guide sample, optionally with every scalar turned into a string.
QJsonValue payloadOf(OperationId id, bool quirky = false)
{
    const Operation &op = OperationCatalogue::get(id);
    QJsonObject sample = TestData::guideSample(op.code, QStringLiteral("response"));
    if (quirky)
        sample = JsonVariants::stringifyScalars(sample).toObject();
    RawReply raw;
    raw.httpStatus = 200;
    raw.body = QJsonDocument(sample).toJson();
    return ResponseParser::parse(op, raw).payload;
}
} // namespace

class ResultParsersTest : public QObject
{
    Q_OBJECT
private slots:
    void patchSummary_data()
    {
        QTest::addColumn<bool>("quirky");
        QTest::newRow("plain") << false;
        QTest::newRow("strings") << true;
    }
    void patchSummary()
    {
        QFETCH(bool, quirky);
        ApiError e;
        const PatchSummary s = ResultParsers::patchSummary(payloadOf(OperationId::PatchSummary, quirky), &e);
        QVERIFY(!e);
        QCOMPARE(s.installedPatches, 2307);
        QCOMPARE(s.applicablePatches, 3921);
        QCOMPARE(s.missingPatches, 1614);
        QCOMPARE(s.newPatches, 369);
        QCOMPARE(s.missingCritical, 293);
        QCOMPARE(s.missingImportant, 568);
        QCOMPARE(s.missingUnrated, 589);
        QCOMPARE(s.totalSystems, 97);
        QCOMPARE(s.highlyVulnerableSystems, 61);
        QCOMPARE(s.healthUnknownSystems, 1);
        QCOMPARE(s.scanFailure, 58);
        QCOMPARE(s.apdTaskCount, 33);
        QVERIFY(s.apdNextTask.isEmpty()); // null in the sample
        QCOMPARE(s.lastDbUpdateStatus, QStringLiteral("Success"));
        QVERIFY(!s.lastDbUpdate.isValid()); // 0: never
        QCOMPARE(s.nextDbUpdate.toMSecsSinceEpoch(), 1553058600000LL);
        QCOMPARE(s.dbUpdateInProgress, false); // "false" as a string in the sample
    }

    void somSummary_data() { patchSummary_data(); }
    void somSummary()
    {
        QFETCH(bool, quirky);
        ApiError e;
        const SomSummary s = ResultParsers::somSummary(payloadOf(OperationId::SomSummary, quirky), &e);
        QVERIFY(!e);
        QCOMPARE(s.contactWithin3Days, 2);
        QCOMPARE(s.contact4To7Days, 1);
        QCOMPARE(s.agentsTotal, 3);
        QCOMPARE(s.agentsUninstallFailed, 1);
        QCOMPARE(s.live, 3);
    }

    void healthPolicy()
    {
        ApiError e;
        const HealthPolicy h = ResultParsers::healthPolicy(payloadOf(OperationId::HealthPolicy), &e);
        QVERIFY(!e);
        QCOMPARE(h.vulnerable.important, 49);
        QCOMPARE(h.highlyVulnerable.critical, 1);
        QCOMPARE(h.highlyVulnerable.low, 100);
        QCOMPARE(h.considerOnlyApproved, false);
    }

    void dbUpdateStatusAndApproval()
    {
        ApiError e;
        const DbUpdateStatus d = ResultParsers::dbUpdateStatus(payloadOf(OperationId::DbUpdateStatus), &e);
        QVERIFY(!e);
        QCOMPARE(d.lastStatus, QStringLiteral("Success"));
        QCOMPARE(d.lastUpdate.toMSecsSinceEpoch(), 1757311200000LL);
        const ApprovalSettings a = ResultParsers::approvalSettings(payloadOf(OperationId::ApprovalSettings), &e);
        QVERIFY(a.isAutomatic());
    }

    void serverProperties()
    {
        ApiError e;
        const ServerProperties p = ResultParsers::serverProperties(payloadOf(OperationId::ServerProperties), &e);
        QVERIFY(!e);
        QCOMPARE(p.branchOffices.size(), 3);
        QVERIFY(p.domains.contains(QStringLiteral("ZOHOCORP")));
        QCOMPARE(p.customGroups.first(), QStringLiteral("All Computers Group"));
    }

    void queryReportTree()
    {
        ApiError e;
        const QueryReportNode root = ResultParsers::queryReports(payloadOf(OperationId::QueryReports), &e);
        QVERIFY(!e);
        QVERIFY(root.root);
        QCOMPARE(root.label, QStringLiteral("Query Reports"));
        const auto leaves = root.leaves();
        QCOMPARE(leaves.size(), 1);
        QCOMPARE(leaves.first().id, QStringLiteral("9504000000142241"));
        QCOMPARE(leaves.first().owner, QStringLiteral("mani"));
        QCOMPARE(leaves.first().lastModified, QStringLiteral("Sep 3, 2024 01:05 PM"));
    }

    void queryReportData()
    {
        ApiError e;
        const QueryReportPage p = ResultParsers::queryReportPage(
            TestData::guideSample(QStringLiteral("E39"), QStringLiteral("response")), &e);
        QVERIFY(!e);
        QCOMPARE(p.columns.size(), 1);
        QCOMPARE(p.columns.first().name, QStringLiteral("name"));
        QCOMPARE(p.columns.first().sqlType, 12);
        QCOMPARE(p.rows.size(), 1);
        QCOMPARE(p.rows.first().text(QStringLiteral("name")), QStringLiteral("All Computers Group"));
    }

    void actionResults_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("message");
        QTest::newRow("E13") << int(OperationId::ApprovePatches) << "Initiated Successfully";
        QTest::newRow("E06") << int(OperationId::ScanComputers) << "Scan initiated successfully";
        QTest::newRow("E26") << int(OperationId::CreateApdTask) << "windows create task  task created successfully";
        QTest::newRow("E35") << int(OperationId::InstallAgent) << "Installation initiated successfully";
        QTest::newRow("E36") << int(OperationId::RemoveComputers) << "Computer Removal initiated successfully";
        QTest::newRow("E01") << int(OperationId::InstallMissingPatches) << "";
    }
    void actionResults()
    {
        QFETCH(int, id);
        QFETCH(QString, message);
        QCOMPARE(ResultParsers::actionResult(payloadOf(OperationId(id))).message, message);
    }

    void wrongPayloadTypeIsMalformed()
    {
        ApiError e;
        ResultParsers::patchSummary(QJsonValue(QStringLiteral("nope")), &e);
        QCOMPARE(e.kind(), ApiError::Kind::Malformed);
    }
};

QTEST_GUILESS_MAIN(ResultParsersTest)
#include "ResultParsersTest.moc"
