#include "DemoHistory.h"

#include "api/Client.h"
#include "api/Results.h"
#include "store/SummaryHistory.h"
#include "store/SummaryMetric.h"

#include <QRandomGenerator>

#include <cmath>
#include <memory>
#include <optional>

namespace pmp::app {

namespace {

// The second Tuesday of the month `date` is in.
QDate patchTuesday(const QDate &date)
{
    QDate first(date.year(), date.month(), 1);
    const int toTuesday = (Qt::Tuesday - first.dayOfWeek() + 7) % 7;
    return first.addDays(toTuesday + 7);
}

int daysSincePatchTuesday(const QDate &date)
{
    const QDate thisMonth = patchTuesday(date);
    const QDate last = date >= thisMonth ? thisMonth : patchTuesday(date.addMonths(-1));
    return int(last.daysTo(date));
}

// How far above its baseline the missing-patch count is k days after a Patch Tuesday: a jump on the
// day, worked down over the following weeks.
double releaseBump(int k)
{
    return 1.0 + 0.45 * std::exp(-k / 6.0);
}

qint64 scaled(qint64 now, double factor)
{
    return qMax<qint64>(0, std::llround(double(now) * factor));
}

} // namespace

int DemoHistory::write(pmp::store::SummaryHistory &history, const pmp::api::PatchSummary &patchesNow,
                       const pmp::api::SomSummary &somNow, std::optional<qint64> failedDeploymentSystemsNow,
                       const QDateTime &now, quint64 seed, int days)
{
    QRandomGenerator random(quint32(seed * 2654435761u + 90));
    const double bumpNow = releaseBump(daysSincePatchTuesday(now.toUTC().date()));
    int written = 0;
    for (int d = days; d >= 1; --d) {
        const QDateTime at = now.toUTC().addDays(-d);
        const double ago = double(d) / days; // 1 at the start, towards 0 today
        const double noise = 0.97 + 0.06 * random.generateDouble();
        // Missing patches: a third more three months ago, plus each month's release and its work-down.
        const double missing = (1.0 + 0.35 * ago) * releaseBump(daysSincePatchTuesday(at.date())) / bumpNow * noise;
        const double fleet = 1.0 - 0.06 * ago;         // computers still being onboarded
        const double risk = (1.0 + 0.5 * ago) * noise; // vulnerable machines, falling faster

        pmp::api::PatchSummary p = patchesNow;
        p.missingCritical = scaled(patchesNow.missingCritical, missing);
        p.missingImportant = scaled(patchesNow.missingImportant, missing);
        p.missingModerate = scaled(patchesNow.missingModerate, missing);
        p.missingLow = scaled(patchesNow.missingLow, missing);
        p.missingUnrated = scaled(patchesNow.missingUnrated, missing);
        p.missingTotal = p.missingCritical + p.missingImportant + p.missingModerate + p.missingLow + p.missingUnrated;
        p.missingPatches = scaled(patchesNow.missingPatches, missing);
        p.installedPatches = scaled(patchesNow.installedPatches, 1.0 - 0.2 * ago);
        p.applicablePatches = p.installedPatches + p.missingPatches;
        p.totalSystems = scaled(patchesNow.totalSystems, fleet);
        p.highlyVulnerableSystems = qMin(p.totalSystems, scaled(patchesNow.highlyVulnerableSystems, risk));
        p.moderatelyVulnerableSystems = qMin(p.totalSystems - p.highlyVulnerableSystems,
                                             scaled(patchesNow.moderatelyVulnerableSystems, risk * 0.9));
        p.healthUnknownSystems = qMin(p.totalSystems - p.highlyVulnerableSystems - p.moderatelyVulnerableSystems,
                                      patchesNow.healthUnknownSystems);
        p.healthySystems =
            p.totalSystems - p.highlyVulnerableSystems - p.moderatelyVulnerableSystems - p.healthUnknownSystems;
        p.scannedSystems = qMin(p.totalSystems, scaled(patchesNow.scannedSystems, fleet));
        p.unscannedSystems = p.totalSystems - p.scannedSystems;
        p.scanFailure = scaled(patchesNow.scanFailure, noise);

        pmp::api::SomSummary s = somNow;
        s.agentsTotal = scaled(somNow.agentsTotal, fleet);
        s.agentsInstalled = qMin(s.agentsTotal, scaled(somNow.agentsInstalled, fleet));
        // Agents go quiet in bursts (a site's network, a holiday): mostly today's count, some days more.
        const double quiet = random.bounded(10) == 0 ? 1.8 : noise;
        s.down = qMin(s.agentsInstalled, scaled(somNow.down, quiet));
        s.liveUnknown = qMin(s.agentsInstalled - s.down, somNow.liveUnknown);
        s.live = s.agentsInstalled - s.down - s.liveUnknown;
        s.contactOver30Days = qMin(s.agentsInstalled, scaled(somNow.contactOver30Days, noise));

        // Failed installations follow each release's deployments, like the missing patches.
        std::optional<qint64> failed;
        if (failedDeploymentSystemsNow)
            failed = qMin(p.totalSystems, scaled(*failedDeploymentSystemsNow, missing));

        if (history.record(at, p, s, failed))
            ++written;
    }
    return written;
}

void DemoHistory::fetchAndWrite(pmp::api::Client &client, pmp::store::SummaryHistory &history, quint64 seed,
                                QObject *context, std::function<void(bool written)> done)
{
    // The answers are gathered here; the last to arrive writes the history.
    struct Pending
    {
        std::optional<pmp::api::PatchSummary> patches;
        std::optional<pmp::api::SomSummary> som;
        std::optional<qint64> failed;
        int answers = 0;
    };
    auto pending = std::make_shared<Pending>();
    auto finish = [pending, &history, seed, done] {
        if (++pending->answers < 3)
            return;
        const bool written = pending->patches && pending->som &&
                             write(history, *pending->patches, *pending->som, pending->failed,
                                   QDateTime::currentDateTimeUtc(), seed) > 0;
        done(written);
    };
    client.patchSummary(context, [pending, finish](const pmp::api::Result<pmp::api::PatchSummary> &r) {
        if (r.ok())
            pending->patches = r.value;
        finish();
    });
    client.somSummary(context, [pending, finish](const pmp::api::Result<pmp::api::SomSummary> &r) {
        if (r.ok())
            pending->som = r.value;
        finish();
    });
    client.threatSystemReport(pmp::store::SummaryMetrics::failedDeploymentsQuery(), 1, 1, context,
                              [pending, finish](const pmp::api::Result<pmp::api::RecordPage> &r) {
                                  if (r.ok())
                                      pending->failed = pmp::store::SummaryMetrics::failedDeploymentsIn(r.value);
                                  finish();
                              });
}

} // namespace pmp::app
