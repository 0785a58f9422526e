#include "SinceLastRefreshSection.h"

#include "DashboardParts.h"
#include "MemoryTrendSource.h"
#include "StatTile.h"

#include "api/ListQuery.h"
#include "store/SummaryMetric.h"
#include "widgets/ReflowGridLayout.h"

#include <QLocale>

namespace pmp::ui {

SinceLastRefreshSection::SinceLastRefreshSection(const DashboardLoader *loader, QWidget *parent)
    : LoaderSection(tr("Since your last refresh"), loader, parent)
{
    setObjectName(QStringLiteral("sinceLastRefreshSection"));
    struct Spec
    {
        const char *name;
        QString caption;
        TrendSource::Metric metric;
        Section source; // the loader's call the number comes from
        QString view;
        QVariantMap filters;
    };
    const QList<Spec> specs = {
        {"sinceCriticalTile", tr("Missing critical patches"), TrendSource::Metric::MissingCritical, Section::Patches,
         QStringLiteral("missing-patches"), DashboardParts::filter("severityfilter", QStringLiteral("4"))},
        {"sinceHighlyVulnerableTile", tr("Highly vulnerable systems"), TrendSource::Metric::HighlyVulnerableSystems,
         Section::Patches, QStringLiteral("systems"), DashboardParts::filter("healthfilter", QStringLiteral("3"))},
        {"sinceAgentsDownTile", tr("Agents not reporting"), TrendSource::Metric::AgentsDown, Section::Computers,
         QStringLiteral("computers"), DashboardParts::filter("liveStatusfilter", QStringLiteral("2"))},
        {"sinceFailedDeploymentsTile", tr("Systems with failed deployments"),
         TrendSource::Metric::FailedDeploymentSystems, Section::FailedDeployments, QStringLiteral("threat-systems"),
         DashboardParts::filters(pmp::store::SummaryMetrics::failedDeploymentsQuery())},
        {"sinceScanFailuresTile", tr("Failed scans"), TrendSource::Metric::ScanFailures, Section::Patches,
         QStringLiteral("scan-status"), QVariantMap()},
    };
    auto *tiles = new ReflowGridLayout({5, 3, 2});
    tiles->setHorizontalSpacing(12);
    for (const Spec &spec : specs) {
        auto *tile = new StatTile(spec.caption, this);
        tile->setObjectName(QString::fromLatin1(spec.name));
        tile->setClickable(true);
        connect(tile, &StatTile::activated, this,
                [this, view = spec.view, filters = spec.filters] { emit navigateTo(view, filters); });
        tiles->addWidget(tile, 1);
        m_items.append({tile, spec.metric, spec.source});
    }
    body()->addLayout(tiles);
    hide();
}

void SinceLastRefreshSection::showData()
{
    const auto &previous = loader().previousRefresh();
    if (!previous || !loader().hasData(Section::Patches) || !loader().hasData(Section::Computers)) {
        hide();
        return;
    }
    const QDateTime then = previous->at.toLocalTime();
    const QString since = then.date() == loader().now().date() ? QLocale().toString(then.time(), QLocale::ShortFormat)
                                                               : QLocale().toString(then, QLocale::ShortFormat);
    setHint(tr("Compared with the summaries recorded at the refresh before, at %1. Net changes: the server "
               "reports counts, not events.")
                .arg(QLocale().toString(then, QLocale::ShortFormat)));
    for (const Item &item : m_items) {
        const std::optional<qint64> current = MemoryTrendSource::value(
            item.metric, loader().patchSummary(), loader().somSummary(), loader().failedDeploymentSystems());
        const pmp::api::ApiError error = loader().error(item.source);
        if (!current || error.isError()) {
            // This refresh did not get the number (the loader keeps the last good one, which would
            // pass for a current one here).
            item.tile->setValueText(QStringLiteral("—"));
            item.tile->setDetail(error.isError() ? tr("Could not count them: %1").arg(error.message())
                                                 : tr("Not counted yet."));
            item.tile->setChange(std::nullopt, true, error.oneLine(), since);
            continue;
        }
        const qint64 now = *current;
        item.tile->setValue(now);
        const auto it = previous->values.constFind(item.metric);
        if (it == previous->values.cend()) {
            item.tile->setDetail(QString());
            item.tile->setChange(std::nullopt, true, tr("The refresh before did not record this number."), since);
            continue;
        }
        item.tile->setDetail(tr("%1 at the refresh before").arg(QLocale().toString(*it)));
        item.tile->setChange(
            now - *it, true,
            tr("%1 at %2, %3 now")
                .arg(QLocale().toString(*it), QLocale().toString(then, QLocale::ShortFormat), QLocale().toString(now)),
            since);
    }
    show();
}

} // namespace pmp::ui
