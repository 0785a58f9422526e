#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pmp::api {

// The 39 documented operations (reference §0). The numeric value is the E-number.
enum class OperationId : int
{
    InstallMissingPatches = 1,  // E01 installpatch, no PatchIDs, one target set
    InstallPatchesOnSystems,    // E02 installpatch, PatchIDs + one target set
    InstallPatchesOnAllSystems, // E03 installpatch, PatchIDs, no target set
    UninstallPatches,           // E04
    PatchStatusByComputer,      // E05 allpatchdetails
    ScanComputers,              // E06
    HealthPolicy,               // E07
    AllPatches,                 // E08
    ScanAllComputers,           // E09
    DeploymentPolicies,         // E10
    DownloadedPatches,          // E11
    PatchSummary,               // E12
    ApprovePatches,             // E13
    UnapprovePatches,           // E14
    AllSystems,                 // E15
    ThreatSystemReport,         // E16 /dcapi/threats/systemreport/patches
    ThreatPatches,              // E17 /dcapi/threats/patches
    DbUpdateStatus,             // E18
    SystemReport,               // E19
    DeploymentConfigurations,   // E20 viewconfig
    ScanDetails,                // E21
    ApprovalSettings,           // E22
    SupportedPatches,           // E23
    ModifyApdTask,              // E24
    DeleteApdTask,              // E25
    CreateApdTask,              // E26
    SuspendApdTask,             // E27
    ResumeApdTask,              // E28
    DeclinePatchesLegacy,       // E29 (deprecated)
    DeclinePatches,             // E30
    Computers,                  // E31 som/computers
    RemoteOffices,              // E32
    UninstallAgent,             // E33
    SomSummary,                 // E34
    InstallAgent,               // E35
    RemoveComputers,            // E36
    ServerProperties,           // E37
    QueryReports,               // E38
    QueryReportData,            // E39
};

constexpr int OperationCount = 39;

enum class HttpMethod
{
    Get,
    Post,
    Put
};

// The four response shapes of reference §2.1.
enum class ResponseShape
{
    Envelope,        // A: /api/1.4 {message_type, message_response{<key>, total, limit, page}, status}
    ThreatsEnvelope, // B: /dcapi/threats {metadata{...}, message_response{<key>}, status}
    Bare,            // C: /dcapi/reports, no envelope
    DeclineResult,   // D: {message, status} / {errorMessage, errorCode}
};

enum class Scope
{
    PatchMgmtRead,
    PatchMgmtUpdate,
    SomRead,
    SomUpdate,
    CommonRead,
    QueryReportRead
};

enum class PagingStyle
{
    None,            // a single object or a write
    PagePagelimit,   // page + pagelimit (documented for E23, E31, E32; honoured for the "response only" lists)
    PagePageLimit,   // page + pageLimit (camelCase, /dcapi/threats)
    StartIndexLimit, // startIndex + limit, no totals in the reply (E39)
};

// What a filter value means, so the UI can offer the right widget and the right value source.
enum class ParamConcept
{
    FreeText,
    Identifier,
    BranchOffice, // values from serverproperties.branch_offices
    Domain,       // values from serverproperties.domains
    CustomGroup,  // values from serverproperties.custom_groups
    Enumerated,   // values listed in `values`
    TaskName,
    ReportId,
};

struct ParamValue
{
    QString value;
    QString label; // English source text; translated at display time
};

struct QueryParam
{
    QString name;
    QString label; // English, for filter bars
    ParamConcept meaning = ParamConcept::FreeText;
    QList<ParamValue> values;
    bool required = false;
};

struct Operation
{
    OperationId id{};
    QString code;  // "E31"
    QString key;   // stable machine name, e.g. "som-computers"
    QString title; // the guide's method name
    HttpMethod method = HttpMethod::Get;
    QString path; // may contain "{id}" (E39)
    Scope scope{};
    ResponseShape shape = ResponseShape::Envelope;
    QString messageType; // message_type in the sample
    QString resultKey;   // inner key of message_response (or "data" for E39)
    bool isList = false;
    PagingStyle paging = PagingStyle::None;
    int defaultPageSize = 0;
    int documentedMaxPageSize = 0; // 0: not documented
    QString acceptType;            // vendor media type for Accept, if mandatory
    QString contentType;           // request Content-Type when a body is sent
    bool hasBody = false;
    QList<QueryParam> params;

    bool isWrite() const { return method != HttpMethod::Get; }
    QString scopeString() const;
    QString methodName() const;
    const QueryParam *param(const QString &name) const;
    QString pageParamName() const;
    QString pageSizeParamName() const;
};

QString scopeName(Scope scope);
QStringList allScopeNames();
bool isReadScope(Scope scope);

} // namespace pmp::api
