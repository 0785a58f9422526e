#pragma once

#include "Record.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Typed results of the operations that return one object rather than a list (lists are RecordPages).

namespace pmp::api {

struct PatchSummary // E12
{
    qint64 installedPatches = 0, applicablePatches = 0, missingPatches = 0, newPatches = 0;
    qint64 missingCritical = 0, missingImportant = 0, missingModerate = 0, missingLow = 0, missingUnrated = 0,
           missingTotal = 0;
    qint64 totalSystems = 0, healthySystems = 0, moderatelyVulnerableSystems = 0, highlyVulnerableSystems = 0,
           healthUnknownSystems = 0;
    qint64 scannedSystems = 0, unscannedSystems = 0, scanSuccess = 0, scanFailure = 0;
    QString lastDbUpdateStatus;
    QDateTime lastDbUpdate, nextDbUpdate;
    bool autoDbUpdateDisabled = false, dbUpdateInProgress = false;
    qint64 apdTaskCount = 0;
    QString apdLastExecutedTask, apdNextTask;
    QDateTime apdLastScheduled, apdNextScheduled;
};

struct SomSummary // E34
{
    qint64 contactWithin3Days = 0, contact4To7Days = 0, contact8To15Days = 0, contact16To30Days = 0,
           contactOver30Days = 0;
    qint64 agentsTotal = 0, agentsInstalled = 0, agentsYetToInstall = 0, agentsUninstalled = 0, agentsInstallFailed = 0,
           agentsUninstallFailed = 0;
    qint64 live = 0, down = 0, liveUnknown = 0;
};

struct HealthPolicy // E07
{
    struct Thresholds
    {
        qint64 critical = 0, important = 0, moderate = 0, low = 0;
    };
    Thresholds vulnerable, highlyVulnerable;
    bool excludeThirdPartyApps = false, considerOnlyApproved = false;
};

struct DbUpdateStatus // E18
{
    QString lastStatus;
    QDateTime lastUpdate, nextScheduled;
    bool autoUpdateDisabled = false;
};

struct ApprovalSettings // E22
{
    QString mode; // "automatic" / "manual" as served
    bool isAutomatic() const { return mode.compare(QLatin1String("automatic"), Qt::CaseInsensitive) == 0; }
};

struct ServerProperties // E37
{
    QStringList branchOffices, domains, customGroups;
};

struct QueryReportNode // E38
{
    QString id, label, parentId, owner, viewName, description, lastModified, reportType;
    bool root = false, leaf = false;
    QList<QueryReportNode> children;
    // Every leaf (an actual report) below and including this node.
    QList<QueryReportNode> leaves() const;
};

struct QueryReportColumn
{
    QString name;
    int sqlType = 0; // JDBC java.sql.Types code as served (12 = VARCHAR)
};

struct QueryReportPage // E39, one page of rows
{
    QString reportName;
    QList<QueryReportColumn> columns;
    QList<Record> rows;
};

// The outcome text of a write ("Initiated Successfully", "<task>  task created successfully", ...).
struct ActionResult
{
    QString message;
};

} // namespace pmp::api
