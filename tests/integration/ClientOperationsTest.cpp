// Every operation of the typed Client against the simulator over a real loopback socket: each read
// returns typed values that agree with the fleet, and each write returns an ok ActionResult whose
// effect a later typed read sees. Writes run on a fresh simulator each, so they cannot disturb one
// another; reads share one simulator nobody writes to. Deployments and agent actions complete at
// once (deployDelayMs = 0). Waits are condition waits on the callback, never sleeps.

#include "AwaitResult.h"
#include "SimulatorFixture.h"

#include "api/OperationCatalogue.h"
#include "api/requests/AgentActionRequest.h"
#include "api/requests/ApdTaskActionRequest.h"
#include "api/requests/CreateApdTaskRequest.h"
#include "api/requests/DeclinePatchesRequest.h"
#include "api/requests/InstallPatchesRequest.h"
#include "api/requests/LegacyDeclineRequest.h"
#include "api/requests/ModifyApdTaskRequest.h"
#include "api/requests/PatchApprovalRequest.h"
#include "api/requests/ScanAllComputersRequest.h"
#include "api/requests/ScanComputersRequest.h"
#include "api/requests/UninstallPatchesRequest.h"

#include <QJsonDocument>
#include <QTest>
#include <QTestEventLoop>

#include <memory>
#include <optional>

using namespace pmp::api;
using pmp::sim::SimulatorOptions;
using pmp::test::SimulatorFixture;

// Evaluates its argument once: a write passed straight in must not be performed twice.
#define VERIFY_OK(expression)                                                                                          \
    do {                                                                                                               \
        const auto &verifyOkResult = (expression);                                                                     \
        QVERIFY2(verifyOkResult.ok(), qPrintable(verifyOkResult.error.oneLine()));                                     \
    } while (false)

namespace {

constexpr int CallTimeoutMs = 10000;

// Starts one Client call and waits for its callback (an event loop that the callback itself ends, as
// QSignalSpy::wait does). The context dies on return, so a callback that did not arrive in time is
// dropped instead of writing into a dead frame; the caller then sees a Timeout error.
template <typename T, typename Start> Result<T> await(Start start)
{
    return pmp::test::awaitResult<T>(start, CallTimeoutMs);
}

using ListMethod = ApiCall *(Client::*)(const ListQuery &, int, int, QObject *, Client::Callback<RecordPage>);

// The typed wrapper of each list operation (queryReportData has its own result type).
ListMethod typedList(OperationId id)
{
    switch (id) {
    case OperationId::Computers:
        return &Client::computers;
    case OperationId::RemoteOffices:
        return &Client::remoteOffices;
    case OperationId::AllSystems:
        return &Client::allSystems;
    case OperationId::ScanDetails:
        return &Client::scanDetails;
    case OperationId::AllPatches:
        return &Client::allPatches;
    case OperationId::SupportedPatches:
        return &Client::supportedPatches;
    case OperationId::DownloadedPatches:
        return &Client::downloadedPatches;
    case OperationId::PatchStatusByComputer:
        return &Client::patchStatusByComputer;
    case OperationId::DeploymentPolicies:
        return &Client::deploymentPolicies;
    case OperationId::DeploymentConfigurations:
        return &Client::deploymentConfigurations;
    case OperationId::SystemReport:
        return &Client::systemReport;
    case OperationId::ThreatSystemReport:
        return &Client::threatSystemReport;
    case OperationId::ThreatPatches:
        return &Client::threatPatches;
    default:
        return nullptr;
    }
}

Result<RecordPage> list(Client &client, OperationId id, const ListQuery &query = {}, int pageSize = 1000, int page = 1)
{
    const ListMethod method = typedList(id);
    if (!method)
        qFatal("no typed list call for E%02d", int(id));
    return await<RecordPage>([&](QObject *c, Client::Callback<RecordPage> done) {
        return (client.*method)(query, page, pageSize, c, std::move(done));
    });
}

ListQuery filter(const char *name, const QString &value)
{
    return ListQuery().set(QString::fromLatin1(name), value);
}

ListQuery filter(const char *name, qint64 value)
{
    return filter(name, QString::number(value));
}

// The single record a filtered list returns, or an empty Record when it is not exactly one.
Record only(Client &client, OperationId id, const ListQuery &query)
{
    const Result<RecordPage> r = list(client, id, query);
    return r.ok() && r.value.records.size() == 1 ? r.value.records.constFirst() : Record();
}

qint64 id(const Record &r, const char *key)
{
    return r.integerOr(QString::fromLatin1(key), -1);
}

Result<ActionResult> perform(Client &client, const WriteRequest &request)
{
    return await<ActionResult>(
        [&](QObject *c, Client::Callback<ActionResult> done) { return client.perform(request, c, std::move(done)); });
}

Result<PatchSummary> patchSummary(Client &client)
{
    return await<PatchSummary>(
        [&](QObject *c, Client::Callback<PatchSummary> done) { return client.patchSummary(c, std::move(done)); });
}

Result<SomSummary> somSummary(Client &client)
{
    return await<SomSummary>(
        [&](QObject *c, Client::Callback<SomSummary> done) { return client.somSummary(c, std::move(done)); });
}

Result<ServerProperties> serverProperties(Client &client)
{
    return await<ServerProperties>([&](QObject *c, Client::Callback<ServerProperties> done) {
        return client.serverProperties(c, std::move(done));
    });
}

Result<QueryReportNode> queryReports(Client &client)
{
    return await<QueryReportNode>(
        [&](QObject *c, Client::Callback<QueryReportNode> done) { return client.queryReports(c, std::move(done)); });
}

Result<QueryReportPage> queryReportData(Client &client, const QString &reportId, int pageSize = 1000, int page = 1)
{
    return await<QueryReportPage>([&](QObject *c, Client::Callback<QueryReportPage> done) {
        return client.queryReportData(reportId, page, pageSize, c, std::move(done));
    });
}

SimulatorOptions readFleet()
{
    SimulatorOptions o;
    o.seed = 7;
    o.computers = 80;
    o.patches = 220;
    return o;
}

// A fresh, small fleet per write test; deployments, scans and agent actions finish at once.
SimulatorOptions writeFleet()
{
    SimulatorOptions o;
    o.seed = 5;
    o.computers = 40;
    o.patches = 150;
    o.deployDelayMs = 0;
    return o;
}

// An APD task of security updates for the seeded "Pilot Ring" group on Windows, deployed through the
// seeded "Deploy any time at the earliest" template: what every APD write test starts from.
ApdTaskSettings pilotRingTask(const QString &name)
{
    ApdTaskSettings settings;
    settings.setTaskName(name);
    settings.setTemplateName(QStringLiteral("Deploy any time at the earliest"));
    settings.setPlatform(ApdTaskSettings::Platform::Windows);
    settings.setTargetType(ApdTaskSettings::TargetType::CustomGroup);
    settings.setTargetList({QStringLiteral("Pilot Ring")});
    settings.setUpdateType(ApdTaskSettings::UpdateType::Security, true);
    return settings;
}

// Ids for the writes, found through typed reads only: a scanned Windows computer with the agent,
// one of its approved missing patches and one of its installed patches that can be uninstalled.
struct Target
{
    qint64 computer = 0;
    qint64 missingPatch = 0;
    qint64 installedPatch = 0;
    qint64 policy = 0; // a deployment policy template id
};

Target findTarget(Client &client)
{
    Target t;
    const Result<RecordPage> policies = list(client, OperationId::DeploymentPolicies);
    if (policies.ok() && !policies.value.records.isEmpty())
        t.policy = id(policies.value.records.constFirst(), "template_id");
    const Result<RecordPage> systems = list(client, OperationId::ScanDetails);
    if (!systems.ok())
        return t;
    for (const Record &s : systems.value.records) {
        if (id(s, "installation_status") != 22 || id(s, "scan_status") != 228 ||
            s.text(QStringLiteral("os_platform_name")) != QLatin1String("Windows"))
            continue;
        const qint64 resid = id(s, "resource_id");
        const Result<RecordPage> missing =
            list(client, OperationId::SystemReport,
                 filter("resid", resid).set(QStringLiteral("patchstatusfilter"), QStringLiteral("202")));
        const Result<RecordPage> installed =
            list(client, OperationId::SystemReport,
                 filter("resid", resid).set(QStringLiteral("patchstatusfilter"), QStringLiteral("201")));
        if (!missing.ok() || !installed.ok())
            continue;
        qint64 approvedMissing = 0, uninstallable = 0;
        for (const Record &p : missing.value.records)
            if (id(p, "patch_status") == 211 && !approvedMissing)
                approvedMissing = id(p, "patch_id");
        for (const Record &p : installed.value.records)
            if (id(p, "patch_uninstall_status") == 1 && !uninstallable)
                uninstallable = id(p, "patch_id");
        if (approvedMissing && uninstallable) {
            t.computer = resid;
            t.missingPatch = approvedMissing;
            t.installedPatch = uninstallable;
            break;
        }
    }
    return t;
}

// The first Windows patch in the supported list with this approval status (211, 0 or 212).
qint64 windowsPatchWithApproval(Client &client, int approval)
{
    const Result<RecordPage> r =
        list(client, OperationId::SupportedPatches,
             filter("approvalstatusfilter", approval).set(QStringLiteral("platformfilter"), QStringLiteral("Windows")));
    return r.ok() && !r.value.records.isEmpty() ? id(r.value.records.constFirst(), "patch_id") : 0;
}

qint64 approvalOf(Client &client, qint64 patch)
{
    return id(only(client, OperationId::SupportedPatches, filter("patchid", patch)), "patch_status");
}

// The patch's row in the list of all patches (E08): its installed, missing and failed counts.
Record patchRow(Client &client, qint64 patchId)
{
    return only(client, OperationId::AllPatches, filter("patchid", patchId));
}

// Makes `request` a deployment named `name` under the deployment policy template `policy`, sent at
// once (not saved as a draft).
template <typename Request> void deployNow(Request &request, const QString &name, qint64 policy)
{
    request.setConfigName(name);
    request.setAction(DeploymentAction::DeployImmediately);
    request.setDeploymentPolicyTemplateId(policy);
}

// The newest deployment configuration (E20 lists newest first) and how many there are.
struct Configs
{
    qint64 total = -1;
    Record newest;
};

Configs configurations(Client &client)
{
    Configs c;
    const Result<RecordPage> r = list(client, OperationId::DeploymentConfigurations, {}, 5);
    if (r.ok()) {
        c.total = r.value.info.total;
        if (!r.value.records.isEmpty())
            c.newest = r.value.records.constFirst();
    }
    return c;
}

} // namespace

class ClientOperationsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimulatorFixture> m_read; // shared by the read tests; nothing writes to it
    qint64 m_resid = 0;                       // a scanned computer of the read fleet, for E19

    Client &reader() { return m_read->client(); }

private slots:
    void initTestCase()
    {
        m_read = std::make_unique<SimulatorFixture>(readFleet());
        QVERIFY(m_read->isListening());
        const Result<RecordPage> systems =
            list(reader(), OperationId::ScanDetails, filter("agentinstallationstatusfilter", 22));
        VERIFY_OK(systems);
        for (const Record &s : systems.value.records)
            if (id(s, "scan_status") == 228) {
                m_resid = id(s, "resource_id");
                break;
            }
        QVERIFY(m_resid > 0);
    }

    void cleanupTestCase() { m_read.reset(); }

    // ---- Reads: lists ------------------------------------------------------------------------------

    void listOperations_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<bool>("byComputer");  // E19 needs resid
        QTest::addColumn<QStringList>("keys"); // present in every record
        QTest::addColumn<QString>("idKey");    // a positive id in every record

        auto row = [](OperationId op, bool byComputer, const QStringList &keys, const char *idKey) {
            const Operation &o = OperationCatalogue::get(op);
            QTest::newRow(qPrintable(o.code + QLatin1Char(' ') + o.key))
                << int(op) << byComputer << keys << QString::fromLatin1(idKey);
        };
        using O = OperationId;
        const auto k = [](std::initializer_list<const char *> names) {
            QStringList out;
            for (const char *n : names)
                out << QString::fromLatin1(n);
            return out;
        };
        row(O::PatchStatusByComputer, false, k({"resource_id", "patch_id", "affected_patch_status"}), "patch_id");
        row(O::AllPatches, false, k({"patch_id", "severity", "installed", "missing", "platform_name"}), "patch_id");
        row(O::DeploymentPolicies, false, k({"template_id", "template_name"}), "template_id");
        row(O::DownloadedPatches, false, k({"patch_id"}), "patch_id");
        row(O::AllSystems, false, k({"resource_id", "resource_name", "resource_health_status", "os_platform_name"}),
            "resource_id");
        row(O::ThreatSystemReport, false, k({"resource_id", "resource_name", "patches"}), "resource_id");
        row(O::ThreatPatches, false, k({"patchid", "patch_status"}), "patchid");
        row(O::SystemReport, true, k({"patch_id", "resource_id", "affected_patch_status", "patch_status"}), "patch_id");
        row(O::DeploymentConfigurations, false,
            k({"configurationparams.config_id", "collection.collection_name", "configstatusdefn.status_id"}),
            "configurationparams.config_id");
        row(O::ScanDetails, false, k({"resource_id", "scan_status", "installation_status"}), "resource_id");
        row(O::SupportedPatches, false, k({"patch_id", "patch_status"}), "patch_id");
        row(O::Computers, false, k({"resource_id", "resource_name", "installation_status", "branch_office_name"}),
            "resource_id");
        row(O::RemoteOffices, false, k({"branch_office_id", "branch_office_name", "managed_computers"}),
            "branch_office_id");
    }

    // Each typed list call hits its own catalogue operation, and page 1 of a small page size is a full
    // page of well-formed records with a total larger than the page.
    void listOperations()
    {
        QFETCH(int, op);
        QFETCH(bool, byComputer);
        QFETCH(QStringList, keys);
        QFETCH(QString, idKey);
        const OperationId opId = OperationId(op);
        const Operation &operation = OperationCatalogue::get(opId);
        const ListQuery query = byComputer ? filter("resid", m_resid) : ListQuery();
        const int pageSize = 3;

        m_read->simulator().clearRequests();
        const Result<RecordPage> r = list(reader(), opId, query, pageSize);
        VERIFY_OK(r);
        const auto sent = m_read->simulator().requests();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().path, operation.path);
        QCOMPARE(sent.first().method, operation.methodName());

        QVERIFY2(r.value.info.total > pageSize, qPrintable(QString::number(r.value.info.total)));
        QCOMPARE(r.value.info.page, 1);
        QCOMPARE(r.value.info.pageSize, pageSize);
        QCOMPARE(r.value.records.size(), pageSize);
        for (const Record &rec : r.value.records) {
            for (const QString &key : keys)
                QVERIFY2(rec.has(key), qPrintable(key + QLatin1String(" missing in ") + rec.keys().join(u',')));
            QVERIFY2(rec.integerOr(idKey, -1) > 0, qPrintable(idKey));
            if (byComputer)
                QCOMPARE(id(rec, "resource_id"), m_resid);
        }

        // The generic fetchPage serves the same page, and page 2 continues it.
        const Result<RecordPage> generic = await<RecordPage>([&](QObject *c, Client::Callback<RecordPage> done) {
            return reader().fetchPage(opId, query, 1, pageSize, c, std::move(done));
        });
        VERIFY_OK(generic);
        QCOMPARE(generic.value.records, r.value.records);
        const Result<RecordPage> second = list(reader(), opId, query, pageSize, 2);
        VERIFY_OK(second);
        QCOMPARE(second.value.info.page, 2);
        QCOMPARE(second.value.info.total, r.value.info.total);
        for (const Record &rec : second.value.records)
            QVERIFY(!r.value.records.contains(rec));
    }

    // Page totals agree with the fleet the simulator was started with and with the summaries.
    void listTotalsMatchTheFleet()
    {
        const SimulatorOptions fleet = readFleet();
        auto total = [this](OperationId op, const ListQuery &q = {}) {
            const Result<RecordPage> r = list(reader(), op, q, 1);
            return r.ok() ? r.value.info.total : -1;
        };
        const Result<PatchSummary> patches = patchSummary(reader());
        const Result<SomSummary> som = somSummary(reader());
        const Result<ServerProperties> props = serverProperties(reader());
        VERIFY_OK(patches);
        VERIFY_OK(som);
        VERIFY_OK(props);

        QCOMPARE(total(OperationId::Computers), qint64(fleet.computers));
        QCOMPARE(total(OperationId::AllSystems), qint64(fleet.computers));
        QCOMPARE(total(OperationId::ScanDetails), qint64(fleet.computers));
        QCOMPARE(som.value.agentsTotal, qint64(fleet.computers));
        QCOMPARE(patches.value.totalSystems, qint64(fleet.computers));
        QCOMPARE(total(OperationId::RemoteOffices), qint64(props.value.branchOffices.size()));
        QCOMPARE(total(OperationId::AllPatches), patches.value.applicablePatches);
        QCOMPARE(total(OperationId::AllPatches, filter("patchstatusfilter", QStringLiteral("202"))),
                 patches.value.missingPatches);
        QCOMPARE(total(OperationId::Computers, filter("installstatusfilter", QStringLiteral("22"))),
                 som.value.agentsInstalled);
        QCOMPARE(total(OperationId::ScanDetails, filter("agentinstallationstatusfilter", QStringLiteral("22"))),
                 som.value.agentsInstalled);
        QCOMPARE(total(OperationId::Computers, filter("agentcontactfilter", QStringLiteral("equal_3_day"))),
                 som.value.contactWithin3Days);
        QVERIFY(total(OperationId::SupportedPatches) >= patches.value.applicablePatches);
        QVERIFY(total(OperationId::DownloadedPatches) <= total(OperationId::SupportedPatches));

        // One computer's report: its rows are the installed plus the missing patches E15 counts for it.
        const Record system = only(reader(), OperationId::AllSystems, filter("resid", m_resid));
        QVERIFY(system.has(QStringLiteral("total_ms_patches")));
        QCOMPARE(total(OperationId::SystemReport, filter("resid", m_resid)),
                 id(system, "total_ms_patches") + id(system, "total_tp_patches"));
        QCOMPARE(total(OperationId::SystemReport,
                       filter("resid", m_resid).set(QStringLiteral("patchstatusfilter"), QStringLiteral("202"))),
                 id(system, "missing_ms_patches") + id(system, "missing_tp_patches"));
    }

    void queryReportDataPages()
    {
        const Result<QueryReportNode> tree = queryReports(reader());
        VERIFY_OK(tree);
        const QList<QueryReportNode> reports = tree.value.leaves();
        QVERIFY(!reports.isEmpty());
        for (const QueryReportNode &report : reports) {
            const Result<QueryReportPage> page = queryReportData(reader(), report.id);
            VERIFY_OK(page);
            QCOMPARE(page.value.reportName, tree.value.label); // the tree's root label (reference Q39)
            QVERIFY2(!page.value.columns.isEmpty(), qPrintable(report.id));
            QVERIFY2(!page.value.rows.isEmpty(), qPrintable(report.id));
            for (const QueryReportColumn &column : page.value.columns) {
                QVERIFY(!column.name.isEmpty());
                QVERIFY2(column.sqlType != 0, qPrintable(column.name));
                for (const Record &row : page.value.rows)
                    QVERIFY2(row.has(column.name), qPrintable(report.label + QLatin1String(": ") + column.name));
            }
        }
        // Paging by startIndex: pages of two are consecutive slices of the whole report.
        const QString first = reports.constFirst().id;
        const Result<QueryReportPage> all = queryReportData(reader(), first);
        QVERIFY(all.value.rows.size() >= 4);
        for (int page = 1; page <= 2; ++page) {
            const Result<QueryReportPage> two = queryReportData(reader(), first, 2, page);
            VERIFY_OK(two);
            QCOMPARE(two.value.columns.size(), all.value.columns.size());
            QCOMPARE(two.value.rows, all.value.rows.mid((page - 1) * 2, 2));
        }

        // The custom-groups report lists every group E37 names.
        const Result<ServerProperties> props = serverProperties(reader());
        VERIFY_OK(props);
        for (const QueryReportNode &report : reports) {
            if (report.label != QLatin1String("Custom Groups"))
                continue;
            const Result<QueryReportPage> groups = queryReportData(reader(), report.id);
            VERIFY_OK(groups);
            QStringList names;
            for (const Record &row : groups.value.rows)
                names << row.text(QStringLiteral("name"));
            names.sort();
            QStringList expected = props.value.customGroups;
            expected.sort();
            QCOMPARE(names, expected);
        }
    }

    // ---- Reads: single objects --------------------------------------------------------------------

    void patchSummaryIsConsistent()
    {
        const Result<PatchSummary> r = patchSummary(reader());
        VERIFY_OK(r);
        const PatchSummary &s = r.value;
        QVERIFY(s.applicablePatches > 0);
        QVERIFY(s.missingPatches > 0);
        QVERIFY(s.installedPatches >= 0 && s.newPatches >= 0);
        QCOMPARE(s.installedPatches + s.missingPatches, s.applicablePatches);
        QCOMPARE(s.missingTotal, s.missingPatches);
        QCOMPARE(s.missingCritical + s.missingImportant + s.missingModerate + s.missingLow + s.missingUnrated,
                 s.missingTotal);
        QCOMPARE(s.totalSystems, qint64(readFleet().computers));
        QCOMPARE(s.healthySystems + s.moderatelyVulnerableSystems + s.highlyVulnerableSystems + s.healthUnknownSystems,
                 s.totalSystems);
        QCOMPARE(s.scannedSystems + s.unscannedSystems, s.totalSystems);
        QVERIFY(s.scanSuccess > 0 && s.scanFailure >= 0);
        QVERIFY(s.scanSuccess + s.scanFailure <= s.scannedSystems);
        QCOMPARE(s.lastDbUpdateStatus, QStringLiteral("Success"));
        QVERIFY(s.lastDbUpdate.isValid() && s.nextDbUpdate.isValid());
        QVERIFY(s.lastDbUpdate < s.nextDbUpdate);
        QCOMPARE(s.apdTaskCount, 3);
        QCOMPARE(s.apdNextTask, QStringLiteral("Windows Patch Tuesday"));
        QVERIFY(!s.apdLastExecutedTask.isEmpty());
        QVERIFY(s.apdLastScheduled.isValid() && s.apdNextScheduled.isValid());
        QVERIFY(s.apdLastScheduled < s.apdNextScheduled);
    }

    void somSummaryIsConsistent()
    {
        const Result<SomSummary> r = somSummary(reader());
        VERIFY_OK(r);
        const SomSummary &s = r.value;
        QCOMPARE(s.agentsTotal, qint64(readFleet().computers));
        QVERIFY(s.agentsInstalled > 0);
        for (qint64 n : {s.agentsYetToInstall, s.agentsUninstalled, s.agentsInstallFailed, s.agentsUninstallFailed,
                         s.contactWithin3Days, s.contact4To7Days, s.contact8To15Days, s.contact16To30Days,
                         s.contactOver30Days, s.live, s.down, s.liveUnknown})
            QVERIFY(n >= 0);
        QVERIFY(s.agentsInstalled + s.agentsYetToInstall + s.agentsUninstalled + s.agentsInstallFailed +
                    s.agentsUninstallFailed <=
                s.agentsTotal);
        QCOMPARE(s.live + s.down + s.liveUnknown, s.agentsTotal);
        QVERIFY(s.contactWithin3Days + s.contact4To7Days + s.contact8To15Days + s.contact16To30Days +
                    s.contactOver30Days <=
                s.agentsTotal);
        QVERIFY(s.contactWithin3Days > 0);
    }

    void healthPolicy()
    {
        const Result<HealthPolicy> r = await<HealthPolicy>(
            [&](QObject *c, Client::Callback<HealthPolicy> done) { return reader().healthPolicy(c, std::move(done)); });
        VERIFY_OK(r);
        const HealthPolicy &h = r.value;
        for (qint64 n : {h.vulnerable.critical, h.vulnerable.important, h.vulnerable.moderate, h.vulnerable.low,
                         h.highlyVulnerable.critical, h.highlyVulnerable.important, h.highlyVulnerable.moderate,
                         h.highlyVulnerable.low})
            QVERIFY(n >= 0);
        // Some threshold is set, and "highly vulnerable" never needs fewer missing patches than "vulnerable".
        QVERIFY(h.vulnerable.critical + h.vulnerable.important + h.vulnerable.moderate + h.vulnerable.low > 0);
        QVERIFY(h.highlyVulnerable.critical >= h.vulnerable.critical);
        QVERIFY(h.highlyVulnerable.important >= h.vulnerable.important);
        QVERIFY(h.highlyVulnerable.moderate >= h.vulnerable.moderate);
        QVERIFY(h.highlyVulnerable.low >= h.vulnerable.low);
    }

    void dbUpdateStatus()
    {
        const Result<DbUpdateStatus> r = await<DbUpdateStatus>([&](QObject *c, Client::Callback<DbUpdateStatus> done) {
            return reader().dbUpdateStatus(c, std::move(done));
        });
        VERIFY_OK(r);
        QCOMPARE(r.value.lastStatus, QStringLiteral("Success"));
        QVERIFY(r.value.lastUpdate.isValid());
        QVERIFY(r.value.nextScheduled > r.value.lastUpdate);
        QVERIFY(!r.value.autoUpdateDisabled);
        // The same facts as the summary's database section.
        const Result<PatchSummary> s = patchSummary(reader());
        VERIFY_OK(s);
        QCOMPARE(r.value.lastUpdate, s.value.lastDbUpdate);
        QCOMPARE(r.value.nextScheduled, s.value.nextDbUpdate);
        QCOMPARE(r.value.autoUpdateDisabled, s.value.autoDbUpdateDisabled);
    }

    void approvalSettings()
    {
        const Result<ApprovalSettings> r =
            await<ApprovalSettings>([&](QObject *c, Client::Callback<ApprovalSettings> done) {
                return reader().approvalSettings(c, std::move(done));
            });
        VERIFY_OK(r);
        QCOMPARE(r.value.mode, QStringLiteral("manual"));
        QVERIFY(!r.value.isAutomatic());
    }

    void serverPropertiesListTheFleetsNames()
    {
        const Result<ServerProperties> r = serverProperties(reader());
        VERIFY_OK(r);
        const ServerProperties &p = r.value;
        QVERIFY(!p.branchOffices.isEmpty());
        QVERIFY(!p.domains.isEmpty());
        QVERIFY(p.customGroups.contains(QStringLiteral("All Computers Group")));
        // Every office and domain a computer names is one E37 lists.
        const Result<RecordPage> computers = list(reader(), OperationId::Computers);
        VERIFY_OK(computers);
        QCOMPARE(computers.value.records.size(), qsizetype(readFleet().computers));
        for (const Record &c : computers.value.records)
            QVERIFY2(p.branchOffices.contains(c.text(QStringLiteral("branch_office_name"))),
                     qPrintable(c.text(QStringLiteral("branch_office_name"))));
        const Result<RecordPage> systems = list(reader(), OperationId::AllSystems);
        VERIFY_OK(systems);
        for (const Record &s : systems.value.records)
            QVERIFY2(p.domains.contains(s.text(QStringLiteral("domain_netbios_name"))),
                     qPrintable(s.text(QStringLiteral("domain_netbios_name"))));
        const Result<RecordPage> offices = list(reader(), OperationId::RemoteOffices);
        VERIFY_OK(offices);
        for (const Record &o : offices.value.records)
            QVERIFY(p.branchOffices.contains(o.text(QStringLiteral("branch_office_name"))));
    }

    void queryReportTree()
    {
        const Result<QueryReportNode> r = queryReports(reader());
        VERIFY_OK(r);
        const QueryReportNode &root = r.value;
        QVERIFY(root.root);
        QVERIFY(!root.leaf);
        QVERIFY(!root.children.isEmpty());
        const QList<QueryReportNode> leaves = root.leaves();
        QVERIFY(leaves.size() >= 2);
        QSet<QString> ids;
        for (const QueryReportNode &leaf : leaves) {
            QVERIFY(!leaf.id.isEmpty());
            QVERIFY(!leaf.label.isEmpty());
            QVERIFY(!leaf.parentId.isEmpty());
            QVERIFY(leaf.children.isEmpty());
            ids.insert(leaf.id);
        }
        QCOMPARE(ids.size(), leaves.size()); // ids are unique
        QStringList labels;
        for (const QueryReportNode &leaf : leaves)
            labels << leaf.label;
        QVERIFY2(labels.contains(QStringLiteral("Custom Groups")), qPrintable(labels.join(u',')));
    }

    // ---- Writes: deployments (E01–E04) ----------------------------------------------------------------

    void installAllMissingPatchesOnAComputer() // E01
    {
        SimulatorFixture f(writeFleet());
        Client &client = f.client();
        const Target t = findTarget(client);
        QVERIFY(t.computer && t.policy);
        const ListQuery missingOnIt =
            filter("resid", t.computer).set(QStringLiteral("patchstatusfilter"), QStringLiteral("202"));
        const Result<RecordPage> before = list(client, OperationId::SystemReport, missingOnIt);
        VERIFY_OK(before);
        QVERIFY(before.value.info.total > 0);
        const Configs configsBefore = configurations(client);

        InstallPatchesRequest request;
        request.setResourceIds({t.computer});
        deployNow(request, QStringLiteral("E01 all missing"), t.policy);
        QCOMPARE(request.operation(), OperationId::InstallMissingPatches);
        VERIFY_OK(perform(client, request));

        const Configs after = configurations(client);
        QCOMPARE(after.total, configsBefore.total + 1);
        QCOMPARE(after.newest.text(QStringLiteral("collection.collection_name")), QStringLiteral("E01 all missing"));
        QCOMPARE(id(after.newest, "configstatusdefn.status_id"), 4); // deployed
        QCOMPARE(id(after.newest, "collectionstatussummary.total_target_count"), 1);
        const Result<RecordPage> missing = list(client, OperationId::SystemReport, missingOnIt);
        VERIFY_OK(missing);
        QVERIFY2(missing.value.info.total < before.value.info.total,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before.value.info.total).arg(missing.value.info.total)));
        // What is still missing was declined or failed to install; E15 counts the same.
        for (const Record &p : missing.value.records)
            QVERIFY(id(p, "patch_status") == 212 || id(p, "affected_patch_status") == 206);
        const Record system = only(client, OperationId::AllSystems, filter("resid", t.computer));
        QCOMPARE(id(system, "missing_ms_patches") + id(system, "missing_tp_patches"), missing.value.info.total);
    }

    void installChosenPatchOnAComputer() // E02
    {
        SimulatorFixture f(writeFleet());
        Client &client = f.client();
        const Target t = findTarget(client);
        QVERIFY(t.computer && t.missingPatch && t.policy);
        const Configs configsBefore = configurations(client);

        InstallPatchesRequest request;
        request.setPatchIds({t.missingPatch});
        request.setResourceIds({t.computer});
        deployNow(request, QStringLiteral("E02 one patch"), t.policy);
        QCOMPARE(request.operation(), OperationId::InstallPatchesOnSystems);
        VERIFY_OK(perform(client, request));

        const Configs after = configurations(client);
        QCOMPARE(after.total, configsBefore.total + 1);
        QCOMPARE(after.newest.text(QStringLiteral("collection.collection_name")), QStringLiteral("E02 one patch"));
        QCOMPARE(id(after.newest, "configstatusdefn.status_id"), 4);
        QCOMPARE(id(after.newest, "collectionstatussummary.total_target_count"), 1);
        QCOMPARE(id(after.newest, "collectionstatussummary.success_count") +
                     id(after.newest, "collectionstatussummary.failed_count"),
                 1);
        // The computer's report names the new configuration for the patch, now installed (or failed).
        const Result<RecordPage> report = list(client, OperationId::SystemReport, filter("resid", t.computer));
        VERIFY_OK(report);
        bool found = false;
        for (const Record &p : report.value.records) {
            if (id(p, "patch_id") != t.missingPatch)
                continue;
            found = true;
            const qint64 state = id(p, "affected_patch_status");
            QVERIFY2(state == 201 || state == 206, qPrintable(QString::number(state)));
            QCOMPARE(p.text(QStringLiteral("collection.collection_name")), QStringLiteral("E02 one patch"));
        }
        QVERIFY(found);
    }

    // Issue 14 #19: Self Service only (deploymentType 1) carries the deployment policy, which the guide's
    // note makes mandatory for 0 and 1 and the simulator refuses to go without.
    void installForSelfServiceOnlySendsThePolicy()
    {
        SimulatorFixture f(writeFleet());
        Client &client = f.client();
        const Target t = findTarget(client);
        QVERIFY(t.computer && t.missingPatch && t.policy);
        InstallPatchesRequest request;
        request.setPatchIds({t.missingPatch});
        request.setResourceIds({t.computer});
        request.setConfigName(QStringLiteral("Self Service only"));
        request.setDeploymentType(InstallPatchesRequest::DeploymentType::SelfServiceOnly);
        request.setDeploymentPolicyTemplateId(t.policy);
        VERIFY_OK(perform(client, request));
        QCOMPARE(configurations(client).newest.text(QStringLiteral("collection.collection_name")),
                 QStringLiteral("Self Service only"));
        QJsonObject sent;
        for (const auto &r : f.simulator().requests())
            if (r.path == QLatin1String("/api/1.4/patch/installpatch"))
                sent = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(sent.value(QStringLiteral("deploymentType")).toInt(), 1);
        QCOMPARE(sent.value(QStringLiteral("DeploymentPolicyTemplateID")).toInteger(), t.policy);

        // Without a policy the client refuses before sending.
        request.clearDeploymentPolicyTemplateId();
        const Result<ActionResult> refused = perform(client, request);
        QCOMPARE(refused.error.kind(), ApiError::Kind::Validation);
        QCOMPARE(refused.error.field(), QStringLiteral("DeploymentPolicyTemplateID"));
    }

    void installChosenPatchOnAllComputers() // E03
    {
        SimulatorFixture f(writeFleet());
        Client &client = f.client();
        const Target t = findTarget(client);
        QVERIFY(t.missingPatch && t.policy);
        const Record before = patchRow(client, t.missingPatch);
        QVERIFY(id(before, "missing") > 0);

        InstallPatchesRequest request;
        request.setPatchIds({t.missingPatch});
        deployNow(request, QStringLiteral("E03 everywhere"), t.policy);
        QCOMPARE(request.operation(), OperationId::InstallPatchesOnAllSystems);
        VERIFY_OK(perform(client, request));

        const Configs after = configurations(client);
        QCOMPARE(after.newest.text(QStringLiteral("collection.collection_name")), QStringLiteral("E03 everywhere"));
        QCOMPARE(id(after.newest, "collectionstatussummary.total_target_count"), qint64(writeFleet().computers));
        const Record patch = patchRow(client, t.missingPatch);
        QVERIFY(id(patch, "installed") > id(before, "installed"));
        QCOMPARE(id(patch, "installed") + id(patch, "missing"), id(before, "installed") + id(before, "missing"));
        QCOMPARE(id(patch, "missing"), id(patch, "failed")); // only failed installs are left
    }

    void uninstallPatch() // E04
    {
        SimulatorFixture f(writeFleet());
        Client &client = f.client();
        const Target t = findTarget(client);
        QVERIFY(t.installedPatch && t.policy);
        const Record before = patchRow(client, t.installedPatch);
        QVERIFY(id(before, "installed") > 0);

        UninstallPatchesRequest request;
        request.setPatchIds({t.installedPatch});
        deployNow(request, QStringLiteral("E04 remove"), t.policy);
        VERIFY_OK(perform(client, request));

        const Configs after = configurations(client);
        QCOMPARE(after.newest.text(QStringLiteral("collection.collection_name")), QStringLiteral("E04 remove"));
        QCOMPARE(after.newest.rawText(QStringLiteral("configurationparams.label")),
                 QStringLiteral("dc.conf.conf_param.Uninstall_Patches"));
        const Record patch = patchRow(client, t.installedPatch);
        QCOMPARE(id(patch, "installed"), 0);
        QCOMPARE(id(patch, "missing"), id(before, "missing") + id(before, "installed"));
        // The computer that had it installed now misses it.
        const Result<RecordPage> missingOnIt =
            list(client, OperationId::SystemReport,
                 filter("resid", t.computer).set(QStringLiteral("patchstatusfilter"), QStringLiteral("202")));
        VERIFY_OK(missingOnIt);
        bool found = false;
        for (const Record &p : missingOnIt.value.records)
            found = found || id(p, "patch_id") == t.installedPatch;
        QVERIFY(found);
    }

    // ---- Writes: scans (E06, E09) -----------------------------------------------------------------

    void scanChosenComputer() // E06
    {
        SimulatorFixture f(writeFleet());
        Client &client = f.client();
        const Result<RecordPage> agents =
            list(client, OperationId::ScanDetails, filter("agentinstallationstatusfilter", 22));
        VERIFY_OK(agents);
        QVERIFY(!agents.value.records.isEmpty());
        // Prefer a computer whose last scan failed, so the status visibly changes.
        Record chosen = agents.value.records.constFirst();
        for (const Record &r : agents.value.records)
            if (id(r, "scan_status") != 228) {
                chosen = r;
                break;
            }
        const qint64 resid = id(chosen, "resource_id");
        const QDateTime lastScan = chosen.time(QStringLiteral("last_scan_time"));

        const Result<ActionResult> r = perform(client, ScanComputersRequest({resid}));
        VERIFY_OK(r);
        QCOMPARE(r.value.message, QStringLiteral("Scan initiated successfully"));
        const Record after = only(client, OperationId::ScanDetails, filter("resid", resid));
        QCOMPARE(id(after, "scan_status"), 228);
        QVERIFY(after.time(QStringLiteral("last_scan_time")).isValid());
        QVERIFY(!lastScan.isValid() || after.time(QStringLiteral("last_scan_time")) > lastScan);
        QCOMPARE(after.time(QStringLiteral("last_successful_scan")), after.time(QStringLiteral("last_scan_time")));
    }

    void scanAllComputers() // E09
    {
        SimulatorFixture f(writeFleet());
        Client &client = f.client();
        const ListQuery withAgent = filter("agentinstallationstatusfilter", 22);
        const Result<RecordPage> before = list(client, OperationId::ScanDetails, withAgent);
        VERIFY_OK(before);
        QDateTime latest;
        int notSucceeded = 0;
        for (const Record &r : before.value.records) {
            const QDateTime t = r.time(QStringLiteral("last_scan_time"));
            if (t.isValid() && (!latest.isValid() || t > latest))
                latest = t;
            notSucceeded += id(r, "scan_status") != 228;
        }
        QVERIFY(latest.isValid());
        const Result<PatchSummary> summaryBefore = patchSummary(client);
        VERIFY_OK(summaryBefore);

        VERIFY_OK(perform(client, ScanAllComputersRequest()));
        const Result<RecordPage> after = list(client, OperationId::ScanDetails, withAgent);
        VERIFY_OK(after);
        QCOMPARE(after.value.records.size(), before.value.records.size());
        for (const Record &r : after.value.records) {
            QCOMPARE(id(r, "scan_status"), 228);
            QVERIFY(r.time(QStringLiteral("last_scan_time")) > latest);
        }
        const Result<PatchSummary> summaryAfter = patchSummary(client);
        VERIFY_OK(summaryAfter);
        QCOMPARE(summaryAfter.value.scanSuccess, summaryBefore.value.scanSuccess + notSucceeded);
        QVERIFY(summaryAfter.value.scanFailure <= summaryBefore.value.scanFailure);
    }

    // ---- Writes: approval and declines (E13, E14, E29, E30) ------------------------------------------

    void approveAndUnapprove() // E13, E14
    {
        SimulatorFixture f(writeFleet());
        Client &client = f.client();
        const qint64 patch = windowsPatchWithApproval(client, 0);
        QVERIFY(patch > 0);
        const Result<RecordPage> approvedBefore =
            list(client, OperationId::AllPatches, filter("approvalstatusfilter", 211), 1);
        VERIFY_OK(approvedBefore);
        const bool applicable =
            list(client, OperationId::AllPatches, filter("patchid", patch), 1).value.info.total == 1;

        const Result<ActionResult> approve =
            perform(client, PatchApprovalRequest(PatchApprovalRequest::Kind::Approve, {patch}));
        VERIFY_OK(approve);
        QCOMPARE(approve.value.message, QStringLiteral("Initiated Successfully"));
        QCOMPARE(approvalOf(client, patch), 211);
        const Result<RecordPage> approvedAfter =
            list(client, OperationId::AllPatches, filter("approvalstatusfilter", 211), 1);
        QCOMPARE(approvedAfter.value.info.total, approvedBefore.value.info.total + (applicable ? 1 : 0));

        VERIFY_OK(perform(client, PatchApprovalRequest(PatchApprovalRequest::Kind::Unapprove, {patch})));
        QCOMPARE(approvalOf(client, patch), 0);
        QCOMPARE(list(client, OperationId::AllPatches, filter("approvalstatusfilter", 211), 1).value.info.total,
                 approvedBefore.value.info.total);
    }

    void declinePatchesLegacy() // E29
    {
        SimulatorFixture f(writeFleet());
        Client &client = f.client();
        const qint64 patch = windowsPatchWithApproval(client, 211);
        QVERIFY(patch > 0);
        const Result<ActionResult> r = perform(client, LegacyDeclineRequest({patch}));
        VERIFY_OK(r);
        QCOMPARE(r.value.message, QStringLiteral("Initiated Successfully"));
        QCOMPARE(approvalOf(client, patch), 212);
        const Result<RecordPage> declined =
            list(client, OperationId::SupportedPatches, filter("approvalstatusfilter", 212));
        VERIFY_OK(declined);
        bool found = false;
        for (const Record &p : declined.value.records)
            found = found || id(p, "patch_id") == patch;
        QVERIFY(found);
    }

    void declinePatchesForAGroup() // E30
    {
        SimulatorFixture f(writeFleet());
        Client &client = f.client();
        // customGroupID comes from the custom-groups query report (E37 lists names only).
        const Result<QueryReportNode> tree = queryReports(client);
        VERIFY_OK(tree);
        QString reportId;
        for (const QueryReportNode &leaf : tree.value.leaves())
            if (leaf.label == QLatin1String("Custom Groups"))
                reportId = leaf.id;
        QVERIFY(!reportId.isEmpty());
        const Result<QueryReportPage> groups = queryReportData(client, reportId);
        VERIFY_OK(groups);
        DeclinePatchesRequest::CustomGroup group;
        for (const Record &g : groups.value.rows)
            if (g.text(QStringLiteral("name")) == QLatin1String("Finance Workstations"))
                group = {g.rawText(QStringLiteral("resource_id")), g.text(QStringLiteral("name"))};
        QVERIFY(!group.id.isEmpty());
        const qint64 patch = windowsPatchWithApproval(client, 211);
        QVERIFY(patch > 0);

        DeclinePatchesRequest request;
        request.addEntry({patch, DeclinePatchesRequest::Reason::KnownConflict, QStringLiteral("Breaks the ERP client"),
                          QStringLiteral("Windows")});
        request.setCustomGroups({group});
        const Result<ActionResult> r = perform(client, request);
        VERIFY_OK(r);
        QCOMPARE(r.value.message, QStringLiteral("Patches declined successfully"));
        QCOMPARE(approvalOf(client, patch), 212);
    }

    // ---- Writes: automatic deployment tasks (E24–E28) ------------------------------------------------

    // No operation lists APD tasks; the patch summary's APD section (task count, next task to run over
    // the tasks that are not suspended) shows what each write did.
    void apdTaskLifecycle()
    {
        SimulatorFixture f(writeFleet());
        Client &client = f.client();
        auto summary = [&client] { return patchSummary(client).value; };
        const PatchSummary before = summary();
        QCOMPARE(before.apdTaskCount, 3);
        QCOMPARE(before.apdNextTask, QStringLiteral("Windows Patch Tuesday"));
        const QString seeded = before.apdNextTask;

        ApdTaskSettings settings = pilotRingTask(QStringLiteral("Client ops task"));
        settings.setDescription(QStringLiteral("created by ClientOperationsTest"));
        const Result<ActionResult> created = perform(client, CreateApdTaskRequest(settings));
        VERIFY_OK(created);
        QVERIFY2(created.value.message.contains(QLatin1String("task created successfully")),
                 qPrintable(created.value.message));
        QCOMPARE(summary().apdTaskCount, 4);

        // Suspending the seeded next task makes the new task the next to run (E27) ...
        using Action = ApdTaskActionRequest::Action;
        VERIFY_OK(perform(client, ApdTaskActionRequest(Action::Suspend, seeded)));
        QCOMPARE(summary().apdNextTask, QStringLiteral("Client ops task"));
        // ... suspending the new task too leaves the third one ...
        const Result<ActionResult> suspended =
            perform(client, ApdTaskActionRequest(Action::Suspend, QStringLiteral("Client ops task")));
        VERIFY_OK(suspended);
        QCOMPARE(suspended.value.message, QStringLiteral("task has been suspended successfully"));
        const QString third = summary().apdNextTask;
        QVERIFY(!third.isEmpty() && third != QLatin1String("Client ops task") && third != seeded);
        // ... and resuming it brings it back (E28).
        const Result<ActionResult> resumed =
            perform(client, ApdTaskActionRequest(Action::Resume, QStringLiteral("Client ops task")));
        VERIFY_OK(resumed);
        QCOMPARE(resumed.value.message, QStringLiteral("task has been resumed successfully"));
        QCOMPARE(summary().apdNextTask, QStringLiteral("Client ops task"));

        // Renaming it (E24) shows under the new name.
        ApdTaskSettings changes;
        changes.setTaskName(QStringLiteral("Client ops task v2"));
        changes.setDescription(QStringLiteral("renamed"));
        const Result<ActionResult> modified =
            perform(client, ModifyApdTaskRequest(QStringLiteral("Client ops task"), changes));
        VERIFY_OK(modified);
        QVERIFY2(modified.value.message.contains(QLatin1String("modified successfully")),
                 qPrintable(modified.value.message));
        const PatchSummary renamed = summary();
        QCOMPARE(renamed.apdNextTask, QStringLiteral("Client ops task v2"));
        QCOMPARE(renamed.apdTaskCount, 4);

        // Deleting it (E25): the count drops, and the old and new names are both unknown afterwards.
        const Result<ActionResult> deleted =
            perform(client, ApdTaskActionRequest(Action::Delete, QStringLiteral("Client ops task v2")));
        VERIFY_OK(deleted);
        QCOMPARE(deleted.value.message, QStringLiteral("Task has been deleted successfully"));
        const PatchSummary gone = summary();
        QCOMPARE(gone.apdTaskCount, 3);
        QCOMPARE(gone.apdNextTask, third);
        ApdTaskSettings again;
        again.setDescription(QStringLiteral("too late"));
        const Result<ActionResult> modifyDeleted =
            perform(client, ModifyApdTaskRequest(QStringLiteral("Client ops task v2"), again));
        QVERIFY(!modifyDeleted.ok());
        QCOMPARE(modifyDeleted.error.serverCode(), QStringLiteral("TASK_NOT_FOUND"));
        QCOMPARE(modifyDeleted.error.kind(), ApiError::Kind::ServerReported); // the server said no
        QCOMPARE(modifyDeleted.error.httpStatus(), 400);
        const Result<ActionResult> resumeDeleted =
            perform(client, ApdTaskActionRequest(Action::Resume, QStringLiteral("Client ops task")));
        QVERIFY(!resumeDeleted.ok());
        QCOMPARE(resumeDeleted.error.serverCode(), QStringLiteral("TASK_NOT_FOUND"));

        // Resuming the seeded task restores the original schedule.
        VERIFY_OK(perform(client, ApdTaskActionRequest(Action::Resume, seeded)));
        QCOMPARE(summary().apdNextTask, seeded);
    }

    // Issue 14 #20: a task that patches all applications goes out without include_*_app_type (the guide
    // spells no value for it, and the simulator refuses a made-up one); a chosen selection goes out as
    // the guide's literal.
    void apdTaskSendsOnlyTheGuidesAppSelections()
    {
        SimulatorFixture f(writeFleet());
        Client &client = f.client();
        auto sentSettings = [&f] {
            QJsonObject settings;
            for (const auto &r : f.simulator().requests())
                if (r.path == QLatin1String("/api/1.4/patch/createAPDTask"))
                    settings = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("settings")).toObject();
            return settings;
        };
        ApdTaskSettings settings = pilotRingTask(QStringLiteral("All applications"));
        VERIFY_OK(perform(client, CreateApdTaskRequest(settings)));
        QJsonObject sent = sentSettings();
        QCOMPARE(sent.value(QStringLiteral("taskName")).toString(), QStringLiteral("All applications"));
        QVERIFY(!sent.contains(QStringLiteral("include_os_app_type")));
        QVERIFY(!sent.contains(QStringLiteral("include_tp_app_type")));

        settings.setTaskName(QStringLiteral("Chosen applications"));
        settings.setOsAppSelection(ApdTaskSettings::AppSelection::AllExcept);
        settings.setOsApplications({QStringLiteral("Windows Defender x64")});
        settings.setTpAppSelection(ApdTaskSettings::AppSelection::Specific);
        settings.setTpApplications({QStringLiteral("Notepad++")});
        VERIFY_OK(perform(client, CreateApdTaskRequest(settings)));
        sent = sentSettings();
        QCOMPARE(sent.value(QStringLiteral("include_os_app_type")).toString(),
                 QStringLiteral("Patch All Applications Except"));
        QCOMPARE(sent.value(QStringLiteral("include_tp_app_type")).toString(),
                 QStringLiteral("Patch Specific Applications"));
        QCOMPARE(patchSummary(client).value.apdTaskCount, 5);
    }

    // Issue 14 #17: a task name with query syntax in it reaches the server intact. Decoys carry the
    // names a broken round trip would produce ('+' read as a space, "%20" taken for an escape), so
    // acting on any task but the named one shows in the next task to run.
    void apdTaskNamedWithQuerySyntax()
    {
        SimulatorFixture f(writeFleet());
        Client &client = f.client();
        auto next = [&client] { return patchSummary(client).value.apdNextTask; };
        auto count = [&client] { return patchSummary(client).value.apdTaskCount; };
        const QString name = QStringLiteral("a+b & c=d #1 %20 \u00fcn\u00ef");
        const QString plusAsSpace = QStringLiteral("a b & c=d #1 %20 \u00fcn\u00ef");
        const QString escapeDecoded = QStringLiteral("a+b & c=d #1   \u00fcn\u00ef");
        using Action = ApdTaskActionRequest::Action;
        // The seeded tasks are suspended first, so only ours can be the next to run.
        for (int suspendedSeeded = 0; !next().isEmpty(); ++suspendedSeeded) {
            QVERIFY2(suspendedSeeded < 3, qPrintable(next()));
            VERIFY_OK(perform(client, ApdTaskActionRequest(Action::Suspend, next())));
        }
        // Created in this order, each runs a day after the one before (the simulator's schedule).
        for (const QString &task : {name, plusAsSpace, escapeDecoded})
            VERIFY_OK(perform(client, CreateApdTaskRequest(pilotRingTask(task))));
        QCOMPARE(count(), 6);
        QCOMPARE(next(), name);

        const Result<ActionResult> suspended = perform(client, ApdTaskActionRequest(Action::Suspend, name));
        VERIFY_OK(suspended);
        QCOMPARE(suspended.value.message, QStringLiteral("task has been suspended successfully"));
        QCOMPARE(next(), plusAsSpace); // the named task is suspended, the first decoy is not
        const Result<ActionResult> resumed = perform(client, ApdTaskActionRequest(Action::Resume, name));
        VERIFY_OK(resumed);
        QCOMPARE(resumed.value.message, QStringLiteral("task has been resumed successfully"));
        QCOMPARE(next(), name);
        const Result<ActionResult> deleted = perform(client, ApdTaskActionRequest(Action::Delete, name));
        VERIFY_OK(deleted);
        QCOMPARE(deleted.value.message, QStringLiteral("Task has been deleted successfully"));
        QCOMPARE(count(), 5);
        QCOMPARE(next(), plusAsSpace);
        const Result<ActionResult> again = perform(client, ApdTaskActionRequest(Action::Delete, name));
        QVERIFY(!again.ok());
        QCOMPARE(again.error.serverCode(), QStringLiteral("TASK_NOT_FOUND"));
        QVERIFY2(again.error.oneLine().contains(name), qPrintable(again.error.oneLine())); // the server read it whole

        // The decoys are untouched and answer to their own names.
        VERIFY_OK(perform(client, ApdTaskActionRequest(Action::Delete, plusAsSpace)));
        QCOMPARE(next(), escapeDecoded);
        VERIFY_OK(perform(client, ApdTaskActionRequest(Action::Delete, escapeDecoded)));
        QCOMPARE(count(), 3);
        // What went over the wire: every byte outside the unreserved set escaped, '+' included.
        bool seen = false;
        for (const auto &r : f.simulator().requests())
            if (r.path == QLatin1String("/api/1.4/patch/suspendAPDTask") &&
                r.query.query(QUrl::FullyEncoded) ==
                    QLatin1String("taskname=a%2Bb%20%26%20c%3Dd%20%231%20%2520%20%C3%BCn%C3%AF"))
                seen = true;
        QVERIFY(seen);
    }

    // ---- Writes: agents and managed computers (E33, E35, E36) -------------------------------------------

    void agentUninstallAndInstall() // E33, E35
    {
        SimulatorFixture f(writeFleet());
        Client &client = f.client();
        const Result<RecordPage> installed = list(client, OperationId::Computers, filter("installstatusfilter", 22));
        VERIFY_OK(installed);
        QVERIFY(!installed.value.records.isEmpty());
        const qint64 resid = id(installed.value.records.constFirst(), "resource_id");
        auto status = [&] {
            return id(only(client, OperationId::Computers, filter("residfilter", resid)), "installation_status");
        };
        const Result<SomSummary> before = somSummary(client);
        VERIFY_OK(before);

        const Result<ActionResult> uninstall =
            perform(client, AgentActionRequest(AgentActionRequest::Action::Uninstall, {resid}));
        VERIFY_OK(uninstall);
        QCOMPARE(uninstall.value.message, QStringLiteral("UnInstallation initiated successfully"));
        QCOMPARE(status(), 23);
        const Result<SomSummary> uninstalled = somSummary(client);
        VERIFY_OK(uninstalled);
        QCOMPARE(uninstalled.value.agentsInstalled, before.value.agentsInstalled - 1);
        QCOMPARE(uninstalled.value.agentsUninstalled, before.value.agentsUninstalled + 1);
        QCOMPARE(id(only(client, OperationId::ScanDetails, filter("resid", resid)), "installation_status"), 21);

        const Result<ActionResult> install =
            perform(client, AgentActionRequest(AgentActionRequest::Action::Install, {resid}));
        VERIFY_OK(install);
        QCOMPARE(install.value.message, QStringLiteral("Installation initiated successfully"));
        QCOMPARE(status(), 22);
        const Result<SomSummary> reinstalled = somSummary(client);
        VERIFY_OK(reinstalled);
        QCOMPARE(reinstalled.value.agentsInstalled, before.value.agentsInstalled);
        QCOMPARE(reinstalled.value.agentsUninstalled, before.value.agentsUninstalled);
    }

    void removeComputer() // E36
    {
        SimulatorFixture f(writeFleet());
        Client &client = f.client();
        const Result<RecordPage> computers = list(client, OperationId::Computers);
        VERIFY_OK(computers);
        const qint64 total = computers.value.info.total;
        QCOMPARE(total, qint64(writeFleet().computers));
        const qint64 resid = id(computers.value.records.constLast(), "resource_id");

        const Result<ActionResult> r = perform(client, AgentActionRequest(AgentActionRequest::Action::Remove, {resid}));
        VERIFY_OK(r);
        QCOMPARE(r.value.message, QStringLiteral("Computer Removal initiated successfully"));
        const Result<RecordPage> after = list(client, OperationId::Computers);
        VERIFY_OK(after);
        QCOMPARE(after.value.info.total, total - 1);
        for (const Record &c : after.value.records)
            QVERIFY(id(c, "resource_id") != resid);
        QCOMPARE(list(client, OperationId::Computers, filter("residfilter", resid)).value.info.total, 0);
        QCOMPARE(list(client, OperationId::AllSystems, filter("resid", resid)).value.info.total, 0);
        QCOMPARE(somSummary(client).value.agentsTotal, total - 1);
        QCOMPARE(patchSummary(client).value.totalSystems, total - 1);
    }

    // ---- Validation: refused locally, nothing sent -----------------------------------------------------

    void invalidRequestIsRefusedAndNothingIsSent_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("field");
        QTest::newRow("install with two target-set formats") << "install"
                                                             << "resourceNames";
        QTest::newRow("approve without patches") << "approve"
                                                 << "patchids";
        QTest::newRow("scan without computers") << "scan"
                                                << "resourceids";
        QTest::newRow("suspend without a task name") << "suspend"
                                                     << "taskname";
        QTest::newRow("decline without custom groups") << "decline"
                                                       << "customGroupID";
        QTest::newRow("create task without a policy") << "apd"
                                                      << "settings.templateName";
    }

    void invalidRequestIsRefusedAndNothingIsSent()
    {
        QFETCH(QString, kind);
        QFETCH(QString, field);
        SimulatorFixture f(writeFleet());
        Client &client = f.client();
        const Target t = findTarget(client);
        QVERIFY(t.computer && t.missingPatch && t.policy);
        const Configs configsBefore = configurations(client);
        const qint64 approvalBefore = approvalOf(client, t.missingPatch);

        std::unique_ptr<WriteRequest> request;
        if (kind == QLatin1String("install")) {
            auto install = std::make_unique<InstallPatchesRequest>();
            install->setPatchIds({t.missingPatch});
            install->setResourceIds({t.computer});
            install->setResourceNames({QStringLiteral("SOME-PC")});
            deployNow(*install, QStringLiteral("Two formats"), t.policy);
            request = std::move(install);
        } else if (kind == QLatin1String("approve")) {
            request = std::make_unique<PatchApprovalRequest>(PatchApprovalRequest::Kind::Approve, QList<qint64>{});
        } else if (kind == QLatin1String("scan")) {
            request = std::make_unique<ScanComputersRequest>();
        } else if (kind == QLatin1String("suspend")) {
            request =
                std::make_unique<ApdTaskActionRequest>(ApdTaskActionRequest::Action::Suspend, QStringLiteral("  "));
        } else if (kind == QLatin1String("decline")) {
            auto decline = std::make_unique<DeclinePatchesRequest>();
            decline->addEntry({t.missingPatch, DeclinePatchesRequest::Reason::NotApplicable, QStringLiteral("n/a"),
                               QStringLiteral("Windows")});
            request = std::move(decline);
        } else {
            ApdTaskSettings s;
            s.setTaskName(QStringLiteral("No policy"));
            s.setTargetList({QStringLiteral("Pilot Ring")});
            s.setTargetType(ApdTaskSettings::TargetType::CustomGroup);
            s.setUpdateType(ApdTaskSettings::UpdateType::Security, true);
            request = std::make_unique<CreateApdTaskRequest>(s);
        }

        f.simulator().clearRequests();
        const Result<ActionResult> r = perform(client, *request);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind(), ApiError::Kind::Validation);
        QCOMPARE(r.error.field(), field);
        QVERIFY(!r.error.message().isEmpty());
        QCOMPARE(f.simulator().requests().size(), 0);

        // And nothing changed on the server.
        const Configs configsAfter = configurations(client);
        QCOMPARE(configsAfter.total, configsBefore.total);
        QCOMPARE(configsAfter.newest, configsBefore.newest);
        QCOMPARE(approvalOf(client, t.missingPatch), approvalBefore);
        QCOMPARE(patchSummary(client).value.apdTaskCount, 3);
    }
};

QTEST_GUILESS_MAIN(ClientOperationsTest)
#include "ClientOperationsTest.moc"
