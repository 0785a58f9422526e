#pragma once

#include <QCoreApplication>

#include <QString>

#include <optional>

namespace pmp::models {

// Coded values the API uses, turned into words (Appendix A of the reference). The raw code stays
// available for tooltips and exports of raw data.
enum class CodeKind
{
    None,
    Severity,                 // 0..4
    ApprovalStatus,           // 211 / 0 / 212
    PatchStatus,              // 201 / 202 / 206
    Health,                   // 0..3
    ScanStatus,               // 226..229
    LiveStatus,               // 1..3
    AgentInstallStatus,       // 21 / 22 / 23 / 24 / 29 / 31
    Platform,                 // 0..3
    ManagedStatus,            // 61 / 62 / 65 / 68
    DownloadStatus,           // 221 / other
    RebootRequired,           // patch_noreboot 0 / 1 (Q23: 1 means reboot required)
    UninstallSupport,         // 0 / 1
    DistributionServerStatus, // 21 / 22 / 23 / 29
    DeploymentType,           // installpatch deploymentType 0..2
};

class CodeTable
{
    Q_DECLARE_TR_FUNCTIONS(pmp::models::CodeTable)

public:
    // The English label for a code; empty when the code is unknown (callers then show the raw code).
    static QString label(CodeKind kind, qint64 code);
    // The code for a label the server sends instead of a code (/dcapi sends "Important", "Installed").
    static std::optional<qint64> codeForName(CodeKind kind, const QString &name);
    // Sort weight so severities sort by severity, not by number or name.
    static int sortWeight(CodeKind kind, qint64 code);
};

} // namespace pmp::models
