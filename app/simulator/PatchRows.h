#pragma once

#include "FleetState.h"

#include <QJsonObject>

namespace pmp::sim {

// Patch-centric rows with the keys (dotted ones included) and JSON types of the guide's samples.
class PatchRows
{
public:
    struct Counts
    {
        int installed = 0, missing = 0, failed = 0;
    };

    // `quirks`: numbers without a value are "--" instead of -1 (see NoValue.h).
    static QJsonObject allPatches(const FleetState &fleet, int patch, const Counts &counts, bool quirks); // E08
    static QJsonObject supportedPatch(const FleetState &fleet, int patch, bool quirks);                   // E23
    static QJsonObject downloadedPatch(const FleetState &fleet, int patch);                               // E11
    static QJsonObject systemReport(const FleetState &fleet, int computer, int patch, const PatchStatus &s,
                                    bool quirks); // E19
    static QJsonObject patchDetail(const FleetState &fleet, int computer, int patch,
                                   const PatchStatus &s);                                     // E05
    static QJsonObject threatPatch(const FleetState &fleet, int patch, const Counts &counts); // E17
    static QJsonObject threatSystemPatch(const FleetState &fleet, int computer, int patch,
                                         const PatchStatus &s); // E16

    // Value vocabularies shared with the filters.
    static QString severityName(int severity);      // "Important"
    static QString severityKey(int severity);       // "dc.common.IMPORTANT"
    static QString updateName(UpdateType type);     // /api/1.4 update_name, e.g. "Third Party Updates"
    static QString updateTypeName(UpdateType type); // /dcapi update_type, e.g. "Third-Party Updates"
    static QString rebootText(int reboot);          // /dcapi reboot_required
    static QString approvalText(int approval);      // /dcapi "approved" / "unapproved" / "declined"
    static QString stateText(PatchState state);     // /dcapi "Installed" / "Missing" / "Failed"
    static int affectedStatus(PatchState state);    // 201 / 202 / 206
};

} // namespace pmp::sim
