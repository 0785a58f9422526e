#pragma once

#include "ApiCall.h"
#include "ListQuery.h"
#include "Results.h"
#include "Transport.h"
#include "WriteRequest.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace pmp::api {

template <typename T> struct Result
{
    ApiError error;
    T value{};
    bool ok() const { return !error.isError(); }
};

// Typed, asynchronous calls for every operation of the catalogue. Each returns the ApiCall (for
// cancel) and later invokes the callback once, on the context object's thread; if the context is
// destroyed first, the callback is dropped. No nested event loops.
class Client : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const Result<T> &)>;

    explicit Client(Transport *transport, QObject *parent = nullptr);
    Transport *transport() const { return m_transport; }

    // ---- lists: one page (PagedFetch fetches them all) ----
    ApiCall *fetchPage(OperationId list, const ListQuery &query, int page, int pageSize, QObject *context,
                       Callback<RecordPage> done);
    ApiCall *computers(const ListQuery &q, int page, int pageSize, QObject *c, Callback<RecordPage> done);        // E31
    ApiCall *remoteOffices(const ListQuery &q, int page, int pageSize, QObject *c, Callback<RecordPage> done);    // E32
    ApiCall *allSystems(const ListQuery &q, int page, int pageSize, QObject *c, Callback<RecordPage> done);       // E15
    ApiCall *scanDetails(const ListQuery &q, int page, int pageSize, QObject *c, Callback<RecordPage> done);      // E21
    ApiCall *allPatches(const ListQuery &q, int page, int pageSize, QObject *c, Callback<RecordPage> done);       // E08
    ApiCall *supportedPatches(const ListQuery &q, int page, int pageSize, QObject *c, Callback<RecordPage> done); // E23
    ApiCall *downloadedPatches(const ListQuery &q, int page, int pageSize, QObject *c,
                               Callback<RecordPage> done); // E11
    ApiCall *patchStatusByComputer(const ListQuery &q, int page, int pageSize, QObject *c,
                                   Callback<RecordPage> done); // E05
    ApiCall *deploymentPolicies(const ListQuery &q, int page, int pageSize, QObject *c,
                                Callback<RecordPage> done); // E10
    ApiCall *deploymentConfigurations(const ListQuery &q, int page, int pageSize, QObject *c,
                                      Callback<RecordPage> done);                                             // E20
    ApiCall *systemReport(const ListQuery &q, int page, int pageSize, QObject *c, Callback<RecordPage> done); // E19
    ApiCall *threatSystemReport(const ListQuery &q, int page, int pageSize, QObject *c,
                                Callback<RecordPage> done);                                                    // E16
    ApiCall *threatPatches(const ListQuery &q, int page, int pageSize, QObject *c, Callback<RecordPage> done); // E17
    ApiCall *queryReportData(const QString &reportId, int page, int pageSize, QObject *c,
                             Callback<QueryReportPage> done); // E39

    // ---- single objects ----
    ApiCall *patchSummary(QObject *c, Callback<PatchSummary> done);         // E12
    ApiCall *somSummary(QObject *c, Callback<SomSummary> done);             // E34
    ApiCall *healthPolicy(QObject *c, Callback<HealthPolicy> done);         // E07
    ApiCall *dbUpdateStatus(QObject *c, Callback<DbUpdateStatus> done);     // E18
    ApiCall *approvalSettings(QObject *c, Callback<ApprovalSettings> done); // E22
    ApiCall *serverProperties(QObject *c, Callback<ServerProperties> done); // E37
    ApiCall *queryReports(QObject *c, Callback<QueryReportNode> done);      // E38

    // ---- writes (E01–E04, E06, E09, E13, E14, E24–E30, E33, E35, E36) ----
    // Validates first: an invalid request fails with a Validation error naming the field and sends
    // nothing. Never retried automatically; a lost answer is OutcomeUnknown.
    ApiCall *perform(const WriteRequest &request, QObject *c, Callback<ActionResult> done);

private:
    template <typename T>
    ApiCall *single(OperationId id, QObject *context, Callback<T> done,
                    std::function<T(const QJsonValue &, ApiError *)> parse);
    // Delivers an error without sending anything (validation), through a short-lived call object so
    // every path returns an ApiCall and calls back asynchronously.
    template <typename T> ApiCall *refuse(OperationId id, const ApiError &error, QObject *context, Callback<T> done);

    QPointer<Transport> m_transport;
};

} // namespace pmp::api
