#pragma once

#include "ApiError.h"
#include "Results.h"

#include <QJsonObject>
#include <QJsonValue>

namespace pmp::api {

// Payload (from ResponseParser) to typed result, for the single-object operations. Missing members
// read as zero/empty; a payload of the wrong JSON type is a Malformed error.
class ResultParsers
{
public:
    static PatchSummary patchSummary(const QJsonValue &payload, ApiError *error);
    static SomSummary somSummary(const QJsonValue &payload, ApiError *error);
    static HealthPolicy healthPolicy(const QJsonValue &payload, ApiError *error);
    static DbUpdateStatus dbUpdateStatus(const QJsonValue &payload, ApiError *error);
    static ApprovalSettings approvalSettings(const QJsonValue &payload, ApiError *error);
    static ServerProperties serverProperties(const QJsonValue &payload, ApiError *error);
    static QueryReportNode queryReports(const QJsonValue &payload, ApiError *error);
    static QueryReportPage queryReportPage(const QJsonObject &root, ApiError *error);
    static ActionResult actionResult(const QJsonValue &payload);
};

} // namespace pmp::api
