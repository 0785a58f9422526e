#pragma once

#include <QtGlobal>

namespace pmp::sim {

enum class PatchState : quint8
{
    NotApplicable,
    Missing,
    Installed,
    Failed
};

// The state of one patch on one computer: derived from the seed, or an override left by a write.
struct PatchStatus
{
    PatchState state = PatchState::NotApplicable;
    qint64 installedMs = 0; // when Installed
    int errorCode = 0;      // when Failed
    int configIndex = -1;   // the deployment configuration that last touched it, if any
};

} // namespace pmp::sim
