#pragma once

#include <QDateTime>

#include <functional>
#include <optional>

class QObject;

namespace pmp::api {
class Client;
struct PatchSummary;
struct SomSummary;
} // namespace pmp::api

namespace pmp::store {
class SummaryHistory;
} // namespace pmp::store

namespace pmp::app {

// The demo tenant's past. A real profile's trends grow one snapshot per refresh; a demo starts with
// no history, so its trend charts would say "not enough history yet" - the one thing they are not
// for. This writes a plausible 90 days that end at today's numbers: a fleet slowly getting healthier,
// missing patches jumping on each month's Patch Tuesday (second Tuesday) and worked down in the weeks
// after, a few agents going quiet now and then. Deterministic for a seed, like the demo fleet.
class DemoHistory
{
public:
    static constexpr int Days = 90;

    // One snapshot a day for the `days` days before `now` (not `now` itself: the dashboard records
    // today's real numbers when it loads). The past has failed deployments only when today's count
    // is given. Returns how many snapshots were written.
    static int write(pmp::store::SummaryHistory &history, const pmp::api::PatchSummary &patchesNow,
                     const pmp::api::SomSummary &somNow, std::optional<qint64> failedDeploymentSystemsNow,
                     const QDateTime &now, quint64 seed, int days = Days);

    // Asks the demo server for today's summaries (E12, E34) and failed deployments (E16), writes the
    // past that leads to them, then calls `done` (on `context`'s thread) with whether it did; a failed
    // summary call writes nothing, a failed count leaves that number out of the past.
    static void fetchAndWrite(pmp::api::Client &client, pmp::store::SummaryHistory &history, quint64 seed,
                              QObject *context, std::function<void(bool written)> done);
};

} // namespace pmp::app
