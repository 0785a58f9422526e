#include "TestData.h"

#include "api/OperationCatalogue.h"

#include <QSet>
#include <QTest>

using namespace pmp::api;
using pmp::test::TestData;

// The catalogue is the single description of the API; check it against the guide's samples and
// scope table so a typo in a path or key cannot hide.
class OperationCatalogueTest : public QObject
{
    Q_OBJECT
private slots:
    void hasAll39OperationsInOrder()
    {
        const auto &ops = OperationCatalogue::all();
        QCOMPARE(ops.size(), 39);
        QSet<QString> keys;
        for (int i = 0; i < ops.size(); ++i) {
            QCOMPARE(int(ops.at(i).id), i + 1);
            QCOMPARE(ops.at(i).code, QStringLiteral("E%1").arg(i + 1, 2, 10, QLatin1Char('0')));
            QVERIFY2(!keys.contains(ops.at(i).key), qPrintable(ops.at(i).key));
            keys.insert(ops.at(i).key);
        }
    }

    void envelopeKeysMatchGuideSamples_data()
    {
        QTest::addColumn<int>("id");
        for (const Operation &op : OperationCatalogue::all())
            if (op.shape == ResponseShape::Envelope || op.shape == ResponseShape::ThreatsEnvelope)
                QTest::newRow(qPrintable(op.code)) << int(op.id);
    }
    void envelopeKeysMatchGuideSamples()
    {
        QFETCH(int, id);
        const Operation &op = OperationCatalogue::get(OperationId(id));
        const QJsonObject sample = TestData::guideSample(op.code, QStringLiteral("response"));
        QCOMPARE(sample.value(QLatin1String("message_type")).toString(), op.messageType);
        QVERIFY2(sample.value(QLatin1String("message_response")).toObject().contains(op.resultKey),
                 qPrintable(op.resultKey));
        QCOMPARE(sample.value(QLatin1String("message_response")).toObject().value(op.resultKey).isArray(), op.isList);
    }

    void scopesFollowTheReferenceTable()
    {
        QCOMPARE(OperationCatalogue::get(OperationId::Computers).scopeString(),
                 QStringLiteral("PatchManagerPlusCloud.Common.READ")); // Q8: not SOM.READ
        QCOMPARE(OperationCatalogue::get(OperationId::SomSummary).scopeString(),
                 QStringLiteral("PatchManagerPlusCloud.Common.READ"));
        QCOMPARE(OperationCatalogue::get(OperationId::RemoteOffices).scopeString(),
                 QStringLiteral("PatchManagerPlusCloud.SOM.READ"));
        QCOMPARE(OperationCatalogue::get(OperationId::RemoveComputers).scopeString(),
                 QStringLiteral("PatchManagerPlusCloud.SOM.UPDATE"));
        QCOMPARE(OperationCatalogue::get(OperationId::QueryReportData).scopeString(),
                 QStringLiteral("PatchManagerPlusCloud.QueryReport.READ"));
        QCOMPARE(OperationCatalogue::readScopes().size(), 4);
        QCOMPARE(OperationCatalogue::updateScopes(),
                 QStringList({QStringLiteral("PatchManagerPlusCloud.PatchMgmt.UPDATE"),
                              QStringLiteral("PatchManagerPlusCloud.SOM.UPDATE")}));
        for (const Operation &op : OperationCatalogue::all())
            QCOMPARE(isReadScope(op.scope), !op.isWrite());
    }

    void installpatchServesThreeOperations()
    {
        const auto ops = OperationCatalogue::byRoute(HttpMethod::Post, QStringLiteral("/api/1.4/patch/installpatch"));
        QCOMPARE(ops.size(), 3);
        QCOMPARE(ops.at(0)->id, OperationId::InstallMissingPatches);
        QCOMPARE(ops.at(2)->id, OperationId::InstallPatchesOnAllSystems);
    }

    void pagingParameterNames()
    {
        QCOMPARE(OperationCatalogue::get(OperationId::Computers).pageSizeParamName(), QStringLiteral("pagelimit"));
        QCOMPARE(OperationCatalogue::get(OperationId::ThreatPatches).pageSizeParamName(), QStringLiteral("pageLimit"));
        QCOMPARE(OperationCatalogue::get(OperationId::QueryReportData).pageParamName(), QStringLiteral("startIndex"));
        QCOMPARE(OperationCatalogue::get(OperationId::QueryReportData).pageSizeParamName(), QStringLiteral("limit"));
        QCOMPARE(OperationCatalogue::get(OperationId::Computers).documentedMaxPageSize, 100);
        QVERIFY(!OperationCatalogue::get(OperationId::PatchSummary).isList); // Q18: accepts page, not a list
    }

    void vendorMediaTypes()
    {
        QCOMPARE(OperationCatalogue::get(OperationId::DeclinePatches).contentType,
                 QStringLiteral("application/declinePatches.v1+json"));
        QCOMPARE(OperationCatalogue::get(OperationId::DeclinePatches).acceptType,
                 QStringLiteral("application/declinePatches.v1+json"));
        QCOMPARE(OperationCatalogue::get(OperationId::QueryReports).acceptType,
                 QStringLiteral("application/allQueryReports.v1+json"));
        QCOMPARE(OperationCatalogue::get(OperationId::QueryReportData).acceptType,
                 QStringLiteral("application/queryResult.v1+json"));
    }

    void systemReportNeedsResid()
    {
        const QueryParam *resid = OperationCatalogue::get(OperationId::SystemReport).param(QStringLiteral("resid"));
        QVERIFY(resid);
        QVERIFY(resid->required);
    }
};

QTEST_GUILESS_MAIN(OperationCatalogueTest)
#include "OperationCatalogueTest.moc"
