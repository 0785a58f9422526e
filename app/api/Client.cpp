#include "Client.h"

#include "OperationCatalogue.h"
#include "ResultParsers.h"

#include <QJsonDocument>

namespace pmp::api {

Client::Client(Transport *transport, QObject *parent) : QObject(parent), m_transport(transport) {}

template <typename T> ApiCall *Client::refuse(OperationId id, const ApiError &error, QObject *context, Callback<T> done)
{
    ApiRequest req;
    req.operation = id;
    ApiCall *call = m_transport->fail(req, error);
    connect(call, &ApiCall::finished, context, [call, done] {
        Result<T> r;
        r.error = call->error();
        done(r);
    });
    return call;
}

ApiCall *Client::fetchPage(OperationId list, const ListQuery &query, int page, int pageSize, QObject *context,
                           Callback<RecordPage> done)
{
    const Operation &op = OperationCatalogue::get(list);
    Q_ASSERT(op.isList);
    if (const ApiError e = query.validate(op))
        return refuse<RecordPage>(list, e, context, std::move(done));
    ApiRequest req;
    req.operation = list;
    req.pathId = query.pathId();
    req.query = query.toUrlQuery(op, page, pageSize);
    ApiCall *call = m_transport->send(req);
    connect(call, &ApiCall::finished, context, [call, done] {
        Result<RecordPage> r;
        r.error = call->error();
        if (!r.error) {
            if (call->operation().shape == ResponseShape::Bare) {
                // E39: rows in "data", no paging facts in the reply
                const QueryReportPage p = ResultParsers::queryReportPage(call->result().root, &r.error);
                r.value.records = p.rows;
            } else {
                r.value = ResponseParser::records(call->result(), &r.error);
            }
            r.error.setOperationCode(call->operation().code);
        }
        done(r);
    });
    return call;
}

#define PD_LIST_WRAPPER(name, id)                                                                                      \
    ApiCall *Client::name(const ListQuery &q, int page, int pageSize, QObject *c, Callback<RecordPage> done)           \
    {                                                                                                                  \
        return fetchPage(OperationId::id, q, page, pageSize, c, std::move(done));                                      \
    }

PD_LIST_WRAPPER(computers, Computers)
PD_LIST_WRAPPER(remoteOffices, RemoteOffices)
PD_LIST_WRAPPER(allSystems, AllSystems)
PD_LIST_WRAPPER(scanDetails, ScanDetails)
PD_LIST_WRAPPER(allPatches, AllPatches)
PD_LIST_WRAPPER(supportedPatches, SupportedPatches)
PD_LIST_WRAPPER(downloadedPatches, DownloadedPatches)
PD_LIST_WRAPPER(patchStatusByComputer, PatchStatusByComputer)
PD_LIST_WRAPPER(deploymentPolicies, DeploymentPolicies)
PD_LIST_WRAPPER(deploymentConfigurations, DeploymentConfigurations)
PD_LIST_WRAPPER(systemReport, SystemReport)
PD_LIST_WRAPPER(threatSystemReport, ThreatSystemReport)
PD_LIST_WRAPPER(threatPatches, ThreatPatches)
#undef PD_LIST_WRAPPER

ApiCall *Client::queryReportData(const QString &reportId, int page, int pageSize, QObject *c,
                                 Callback<QueryReportPage> done)
{
    const Operation &op = OperationCatalogue::get(OperationId::QueryReportData);
    ListQuery query;
    query.setPathId(reportId);
    if (const ApiError e = query.validate(op))
        return refuse<QueryReportPage>(op.id, e, c, std::move(done));
    ApiRequest req;
    req.operation = op.id;
    req.pathId = reportId;
    req.query = query.toUrlQuery(op, page, pageSize);
    ApiCall *call = m_transport->send(req);
    connect(call, &ApiCall::finished, c, [call, done] {
        Result<QueryReportPage> r;
        r.error = call->error();
        if (!r.error)
            r.value = ResultParsers::queryReportPage(call->result().root, &r.error);
        done(r);
    });
    return call;
}

template <typename T>
ApiCall *Client::single(OperationId id, QObject *context, Callback<T> done,
                        std::function<T(const QJsonValue &, ApiError *)> parse)
{
    ApiRequest req;
    req.operation = id;
    ApiCall *call = m_transport->send(req);
    connect(call, &ApiCall::finished, context, [call, done, parse] {
        Result<T> r;
        r.error = call->error();
        if (!r.error) {
            r.value = parse(call->result().payload, &r.error);
            r.error.setOperationCode(call->operation().code);
        }
        done(r);
    });
    return call;
}

ApiCall *Client::patchSummary(QObject *c, Callback<PatchSummary> done)
{
    return single<PatchSummary>(OperationId::PatchSummary, c, std::move(done), &ResultParsers::patchSummary);
}

ApiCall *Client::somSummary(QObject *c, Callback<SomSummary> done)
{
    return single<SomSummary>(OperationId::SomSummary, c, std::move(done), &ResultParsers::somSummary);
}

ApiCall *Client::healthPolicy(QObject *c, Callback<HealthPolicy> done)
{
    return single<HealthPolicy>(OperationId::HealthPolicy, c, std::move(done), &ResultParsers::healthPolicy);
}

ApiCall *Client::dbUpdateStatus(QObject *c, Callback<DbUpdateStatus> done)
{
    return single<DbUpdateStatus>(OperationId::DbUpdateStatus, c, std::move(done), &ResultParsers::dbUpdateStatus);
}

ApiCall *Client::approvalSettings(QObject *c, Callback<ApprovalSettings> done)
{
    return single<ApprovalSettings>(OperationId::ApprovalSettings, c, std::move(done),
                                    &ResultParsers::approvalSettings);
}

ApiCall *Client::serverProperties(QObject *c, Callback<ServerProperties> done)
{
    return single<ServerProperties>(OperationId::ServerProperties, c, std::move(done),
                                    &ResultParsers::serverProperties);
}

ApiCall *Client::queryReports(QObject *c, Callback<QueryReportNode> done)
{
    return single<QueryReportNode>(OperationId::QueryReports, c, std::move(done), &ResultParsers::queryReports);
}

ApiCall *Client::perform(const WriteRequest &request, QObject *c, Callback<ActionResult> done)
{
    const OperationId id = request.operation();
    if (const ApiError e = request.validate(QDateTime::currentDateTimeUtc()))
        return refuse<ActionResult>(id, e, c, std::move(done));
    const Operation &op = OperationCatalogue::get(id);
    ApiRequest req;
    req.operation = id;
    req.query = request.query();
    if (op.hasBody)
        req.body = QJsonDocument(request.body()).toJson(QJsonDocument::Compact);
    ApiCall *call = m_transport->send(req);
    connect(call, &ApiCall::finished, c, [call, done] {
        Result<ActionResult> r;
        r.error = call->error();
        if (!r.error)
            r.value = ResultParsers::actionResult(call->result().payload);
        done(r);
    });
    return call;
}

} // namespace pmp::api
