#include "PatchOverviewSection.h"

#include "DashboardCard.h"
#include "DashboardParts.h"
#include "StatTile.h"
#include "SummarySegments.h"
#include "TrendSource.h"

#include "charts/BarChart.h"
#include "charts/ChartColors.h"
#include "charts/DonutChart.h"
#include "widgets/ReflowGridLayout.h"

#include <QLocale>
#include <QVBoxLayout>

namespace pmp::ui {

using Role = ChartColors::Role;

PatchOverviewSection::PatchOverviewSection(const DashboardLoader *loader, QWidget *parent)
    : LoaderSection(tr("Patches and systems"), loader, parent)
{
    setObjectName(QStringLiteral("patchSection"));
    buildTiles();
    buildCards();
    applyPalette();
}

StatTile *PatchOverviewSection::addTile(ReflowGridLayout *tiles, const QString &name, const QString &caption)
{
    auto *tile = new StatTile(caption, this);
    tile->setObjectName(name);
    tiles->addWidget(tile, 1);
    return tile;
}

void PatchOverviewSection::buildTiles()
{
    // Six in a row, three by two in a narrow window, two by three in a narrower one.
    auto *tiles = new ReflowGridLayout({6, 3, 2});
    tiles->setHorizontalSpacing(12);
    m_missingTile = addTile(tiles, QStringLiteral("missingTile"), tr("Missing patches"));
    m_criticalTile = addTile(tiles, QStringLiteral("criticalTile"), tr("Missing critical patches"));
    m_highlyTile = addTile(tiles, QStringLiteral("highlyVulnerableTile"), tr("Highly vulnerable systems"));
    m_installedTile = addTile(tiles, QStringLiteral("installedTile"), tr("Installed patches"));
    m_applicableTile = addTile(tiles, QStringLiteral("applicableTile"), tr("Applicable patches"));
    m_newTile = addTile(tiles, QStringLiteral("newTile"), tr("New patches"));
    struct Link
    {
        StatTile *tile;
        QString view;
        QVariantMap filters;
    };
    const QList<Link> links = {
        {m_missingTile, QStringLiteral("missing-patches"), {}},
        {m_criticalTile, QStringLiteral("missing-patches"),
         DashboardParts::filter("severityfilter", QStringLiteral("4"))},
        {m_highlyTile, QStringLiteral("systems"), DashboardParts::filter("healthfilter", QStringLiteral("3"))},
        {m_installedTile, QStringLiteral("installed-patches"), {}},
        {m_applicableTile, QStringLiteral("patches"), {}},
    };
    for (const Link &l : links) {
        l.tile->setClickable(true);
        connect(l.tile, &StatTile::activated, this, [this, l] { emit navigateTo(l.view, l.filters); });
    }
    body()->addLayout(tiles);
}

void PatchOverviewSection::buildCards()
{
    m_severityCard = new DashboardCard(tr("Missing patches by severity"), this);
    m_severityCard->setObjectName(QStringLiteral("severityCard"));
    m_severity = new DonutChart(m_severityCard);
    m_severity->setObjectName(QStringLiteral("severityChart"));
    m_severity->setCentreCaption(tr("missing"));
    m_severity->setMinimumHeight(180);
    m_severityCard->setContent(m_severity);
    DashboardParts::offerTable(m_severityCard, m_severity);
    connect(m_severity, &DonutChart::segmentActivated, this, [this](const QString &key) {
        static const QHash<QString, QString> level = {{QStringLiteral("critical"), QStringLiteral("4")},
                                                      {QStringLiteral("important"), QStringLiteral("3")},
                                                      {QStringLiteral("moderate"), QStringLiteral("2")},
                                                      {QStringLiteral("low"), QStringLiteral("1")},
                                                      {QStringLiteral("unrated"), QStringLiteral("0")}};
        emit navigateTo(QStringLiteral("missing-patches"), DashboardParts::filter("severityfilter", level.value(key)));
    });

    m_healthCard = new DashboardCard(tr("System health"), this);
    m_healthCard->setObjectName(QStringLiteral("healthCard"));
    m_health = new DonutChart(m_healthCard);
    m_health->setObjectName(QStringLiteral("healthChart"));
    m_health->setCentreCaption(tr("systems"));
    m_health->setMinimumHeight(180);
    m_healthCard->setContent(m_health);
    DashboardParts::offerTable(m_healthCard, m_health);
    connect(m_health, &DonutChart::segmentActivated, this, [this](const QString &key) {
        static const QHash<QString, QString> health = {{QStringLiteral("unknown"), QStringLiteral("0")},
                                                       {QStringLiteral("healthy"), QStringLiteral("1")},
                                                       {QStringLiteral("vulnerable"), QStringLiteral("2")},
                                                       {QStringLiteral("highlyVulnerable"), QStringLiteral("3")}};
        emit navigateTo(QStringLiteral("systems"), DashboardParts::filter("healthfilter", health.value(key)));
    });

    m_scanCard = new DashboardCard(tr("Patch scan"), this);
    m_scanCard->setObjectName(QStringLiteral("scanCard"));
    m_scan = new BarChart(m_scanCard);
    m_scan->setObjectName(QStringLiteral("scanChart"));
    m_scanCard->setContent(m_scan);
    DashboardParts::offerTable(m_scanCard, m_scan);
    // The scan list has no filter for these counts; it opens whole, failures sort to the top there.
    connect(m_scan, &BarChart::segmentActivated, this, [this] { emit navigateTo(QStringLiteral("scan-status"), {}); });

    // The scan card goes below the donuts, full width, when the three do not fit side by side.
    auto *cards = new ReflowGridLayout({3, 2});
    cards->setHorizontalSpacing(16);
    cards->setVerticalSpacing(16);
    cards->addWidget(m_severityCard, 4);
    cards->addWidget(m_healthCard, 4);
    cards->addWidget(m_scanCard, 3);
    body()->addLayout(cards);
}

void PatchOverviewSection::applyPalette()
{
    const QPalette pal = palette();
    m_missingTile->setAccent(ChartColors::color(Role::Important, pal));
    m_criticalTile->setAccent(ChartColors::color(Role::Critical, pal));
    m_highlyTile->setAccent(ChartColors::color(Role::Critical, pal));
    m_installedTile->setAccent(ChartColors::color(Role::Healthy, pal));
    m_applicableTile->setAccent(ChartColors::color(Role::Info, pal));
    m_newTile->setAccent(ChartColors::color(Role::Low, pal));
}

void PatchOverviewSection::showData()
{
    if (!loader().hasData(Section::Patches))
        return;
    const pmp::api::PatchSummary &p = loader().patchSummary();
    const QPalette pal = palette();
    const QLocale loc;

    m_missingTile->setValue(p.missingPatches);
    m_missingTile->setDetail(tr("of %1 applicable").arg(loc.toString(p.applicablePatches)));
    m_criticalTile->setValue(p.missingCritical);
    m_criticalTile->setDetail(tr("%1 important").arg(loc.toString(p.missingImportant)));
    m_highlyTile->setValue(p.highlyVulnerableSystems);
    m_highlyTile->setDetail(tr("of %1 systems").arg(loc.toString(p.totalSystems)));
    m_installedTile->setValue(p.installedPatches);
    m_installedTile->setDetail(tr("on managed systems"));
    m_applicableTile->setValue(p.applicablePatches);
    m_applicableTile->setDetail(tr("installed or missing"));
    m_newTile->setValue(p.newPatches);
    m_newTile->setDetail(tr("recently released"));

    m_severity->setSegments(SummarySegments::severity(p, pal));
    m_severityCard->setPlaceholder(QString());

    m_health->setSegments(SummarySegments::health(p, pal));
    if (p.totalSystems > 0)
        m_healthCard->setSubtitle(
            tr("%1 % healthy").arg(loc.toString(p.healthySystems * 100.0 / p.totalSystems, 'f', 0)));
    if (loader().hasData(Section::HealthPolicy)) {
        const auto &hp = loader().healthPolicy().highlyVulnerable;
        const auto &vp = loader().healthPolicy().vulnerable;
        m_healthCard->setToolTip(
            tr("Per the server's health policy, a system is highly vulnerable from %1 critical, %2 important, "
               "%3 moderate or %4 low missing patches, and vulnerable from %5 critical, %6 important, %7 moderate "
               "or %8 low.")
                .arg(hp.critical)
                .arg(hp.important)
                .arg(hp.moderate)
                .arg(hp.low)
                .arg(vp.critical)
                .arg(vp.important)
                .arg(vp.moderate)
                .arg(vp.low));
    }
    m_healthCard->setPlaceholder(QString());

    m_scan->setSegments(SummarySegments::scan(p, pal));
    m_scanCard->setPlaceholder(QString());
    showChanges();
}

void PatchOverviewSection::showChanges()
{
    TrendSource *source = loader().trendSource();
    if (!loader().hasData(Section::Patches))
        return;
    const QDateTime now = loader().now();
    const QDateTime then = now.addDays(-30);
    const pmp::api::PatchSummary &p = loader().patchSummary();
    auto apply = [&](StatTile *tile, TrendSource::Metric metric, qint64 current, bool increaseIsBad) {
        const std::optional<qint64> past = source ? source->valueAt(metric, then) : std::nullopt;
        if (!past) {
            tile->setChange(std::nullopt, increaseIsBad,
                            tr("No snapshot from 30 days ago yet: the change appears once this computer has "
                               "history that old."));
            return;
        }
        tile->setChange(current - *past, increaseIsBad,
                        tr("%1 on %2, %3 now")
                            .arg(QLocale().toString(*past), QLocale().toString(then.date(), QLocale::ShortFormat),
                                 QLocale().toString(current)));
    };
    apply(m_missingTile, TrendSource::Metric::MissingTotal, p.missingTotal, true);
    apply(m_criticalTile, TrendSource::Metric::MissingCritical, p.missingCritical, true);
    apply(m_highlyTile, TrendSource::Metric::HighlyVulnerableSystems, p.highlyVulnerableSystems, true);
}

void PatchOverviewSection::showLoadState()
{
    DashboardParts::reportErrors(this, loader(), {Section::Patches});
    const QString text = DashboardParts::placeholder(loader(), Section::Patches);
    for (DashboardCard *card : {m_severityCard, m_healthCard, m_scanCard})
        card->setPlaceholder(text);
    if (!loader().hasData(Section::Patches))
        for (StatTile *tile :
             {m_missingTile, m_criticalTile, m_highlyTile, m_installedTile, m_applicableTile, m_newTile})
            tile->setValueText(QStringLiteral("—"));
}

} // namespace pmp::ui
