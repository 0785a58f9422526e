#include "DashboardView.h"

#include "DashboardCard.h"
#include "DashboardSection.h"
#include "StatTile.h"
#include "TrendPanel.h"
#include "TrendSource.h"

#include "charts/BarChart.h"
#include "charts/ChartColors.h"
#include "charts/DonutChart.h"
#include "charts/SegmentTable.h"

#include "api/requests/RequestRules.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace pmp::ui {

namespace {
// The chart's numbers as a table the card can show instead ("Show as table"); a row activated there
// opens the same list as a click on its slice or bar.
template <typename Chart> void offerTable(DashboardCard *card, Chart *chart)
{
    auto *table = new SegmentTable(card);
    table->setObjectName(chart->objectName() + QStringLiteral("Table"));
    table->setSegments(chart->segments());
    QObject::connect(chart, &Chart::segmentsChanged, table, [table, chart] { table->setSegments(chart->segments()); });
    QObject::connect(table, &SegmentTable::segmentActivated, chart, &Chart::activateSegment);
    card->setTableAlternative(table);
}
} // namespace

using Role = ChartColors::Role;

namespace {

QVariantMap filter(const char *name, const QString &value)
{
    return {{QLatin1String(name), value}};
}

QString clock(const QTime &t)
{
    // Minutes are precise enough for summaries; some locales' short format carries seconds.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss")));
    return QLocale().toString(t, format);
}

// "14:32" today, "yesterday 14:32", "tomorrow 02:00", else the date and time.
QString when(const QDateTime &t, const QDateTime &now)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    const qint64 days = now.toLocalTime().date().daysTo(local.date());
    if (days == 0)
        return clock(local.time());
    if (days == -1)
        return DashboardView::tr("yesterday %1").arg(clock(local.time()));
    if (days == 1)
        return DashboardView::tr("tomorrow %1").arg(clock(local.time()));
    return DashboardView::tr("%1 %2", "date, time")
        .arg(QLocale().toString(local.date(), QLocale::ShortFormat), clock(local.time()));
}

} // namespace

DashboardView::DashboardView(DashboardLoader *loader, QWidget *parent)
    : QWidget(parent), m_loader(loader), m_asOf(new QLabel(this)), m_refresh(new QPushButton(this))
{
    setObjectName(QStringLiteral("dashboardView"));

    auto *title = new QLabel(tr("Dashboard"), this);
    title->setObjectName(QStringLiteral("dashboardTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_asOf->setObjectName(QStringLiteral("asOfLabel"));
    m_asOf->setEnabled(false); // greyed: secondary information
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setToolTip(tr("Fetch the summaries again (F5)"));
    connect(m_refresh, &QPushButton::clicked, this, &DashboardView::refresh);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(12);
    header->addWidget(title);
    header->addWidget(m_asOf, 0, Qt::AlignBottom);
    header->addStretch(1);
    header->addWidget(m_refresh);

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("dashboardPage"));
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(18, 14, 18, 18);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(22);
    grid->addLayout(header, 0, 0, 1, 3);
    grid->addWidget(buildPatchSection(), 1, 0, 1, 3);
    grid->addWidget(buildTrendSection(), 2, 0, 1, 2);
    grid->addWidget(buildServerSection(), 2, 2, 1, 1);
    grid->addWidget(buildAgentSection(), 3, 0, 1, 3);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    grid->setRowStretch(4, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setAccessibleName(tr("Dashboard"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_loader, &DashboardLoader::started, this, &DashboardView::updateAsOf);
    connect(m_loader, &DashboardLoader::sectionStarted, this, &DashboardView::showSectionState);
    connect(m_loader, &DashboardLoader::sectionFailed, this, [this](Section s) { showSectionState(s); });
    connect(m_loader, &DashboardLoader::sectionLoaded, this, [this](Section s) {
        switch (s) {
        case Section::Patches:
            showPatches();
            showServer(); // the vulnerability DB and APD lines come from the patch summary
            break;
        case Section::Computers:
            showComputers();
            break;
        case Section::Database:
        case Section::Approval:
        case Section::HealthPolicy:
            showServer();
            showPatches(); // the health policy explains the health donut
            break;
        }
        showSectionState(s);
    });
    connect(m_loader, &DashboardLoader::finished, this, &DashboardView::updateAsOf);
    connect(m_loader, &DashboardLoader::historyRecorded, this, &DashboardView::showTrends);

    applyPalette();
    for (Section s : DashboardLoader::sections())
        showSectionState(s);
    if (m_loader->hasData(Section::Patches))
        showPatches();
    if (m_loader->hasData(Section::Computers))
        showComputers();
    showServer();
    showTrends();
    updateAsOf();
}

void DashboardView::refresh()
{
    m_loader->refresh();
}

void DashboardView::applyPalette()
{
    const QPalette pal = palette();
    m_missingTile->setAccent(ChartColors::color(Role::Important, pal));
    m_criticalTile->setAccent(ChartColors::color(Role::Critical, pal));
    m_highlyTile->setAccent(ChartColors::color(Role::Critical, pal));
    m_installedTile->setAccent(ChartColors::color(Role::Healthy, pal));
    m_applicableTile->setAccent(ChartColors::color(Role::Info, pal));
    m_newTile->setAccent(ChartColors::color(Role::Low, pal));
    // Not QPalette::Link: many dark palettes leave it dark blue, unreadable on a dark card.
    QPalette link = m_openServer->palette();
    link.setColor(QPalette::ButtonText, ChartColors::color(Role::Info, pal));
    m_openServer->setPalette(link);
    QPalette warn = m_dbWarning->palette();
    warn.setColor(QPalette::WindowText, ChartColors::color(Role::Important, pal));
    m_dbWarning->setPalette(warn);
}

void DashboardView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // Colours by meaning have light and dark variants: recolour everything already shown.
    applyPalette();
    showPatches();
    showComputers();
    showServer();
    showTrends();
}

QString DashboardView::asOfText() const
{
    return m_asOf->text();
}

// ---- building ----

StatTile *DashboardView::addTile(QGridLayout *grid, int column, const QString &name, const QString &caption)
{
    auto *tile = new StatTile(caption, this);
    tile->setObjectName(name);
    grid->addWidget(tile, 0, column);
    grid->setColumnStretch(column, 1);
    return tile;
}

QWidget *DashboardView::buildPatchSection()
{
    m_patchSection = new DashboardSection(tr("Patches and systems"), this);
    m_patchSection->setObjectName(QStringLiteral("patchSection"));
    connect(m_patchSection, &DashboardSection::retryRequested, this, [this] { m_loader->retry(Section::Patches); });

    auto *tiles = new QGridLayout;
    tiles->setHorizontalSpacing(12);
    m_missingTile = addTile(tiles, 0, QStringLiteral("missingTile"), tr("Missing patches"));
    m_criticalTile = addTile(tiles, 1, QStringLiteral("criticalTile"), tr("Missing critical patches"));
    m_highlyTile = addTile(tiles, 2, QStringLiteral("highlyVulnerableTile"), tr("Highly vulnerable systems"));
    m_installedTile = addTile(tiles, 3, QStringLiteral("installedTile"), tr("Installed patches"));
    m_applicableTile = addTile(tiles, 4, QStringLiteral("applicableTile"), tr("Applicable patches"));
    m_newTile = addTile(tiles, 5, QStringLiteral("newTile"), tr("New patches"));
    struct Link
    {
        StatTile *tile;
        QString view;
        QVariantMap filters;
    };
    const QList<Link> links = {
        {m_missingTile, QStringLiteral("missing-patches"), {}},
        {m_criticalTile, QStringLiteral("missing-patches"), filter("severityfilter", QStringLiteral("4"))},
        {m_highlyTile, QStringLiteral("systems"), filter("healthfilter", QStringLiteral("3"))},
        {m_installedTile, QStringLiteral("installed-patches"), {}},
        {m_applicableTile, QStringLiteral("patches"), {}},
    };
    for (const Link &l : links) {
        l.tile->setClickable(true);
        connect(l.tile, &StatTile::activated, this, [this, l] { emit navigateTo(l.view, l.filters); });
    }
    m_patchSection->body()->addLayout(tiles);

    m_severityCard = new DashboardCard(tr("Missing patches by severity"), this);
    m_severityCard->setObjectName(QStringLiteral("severityCard"));
    m_severity = new DonutChart(m_severityCard);
    m_severity->setObjectName(QStringLiteral("severityChart"));
    m_severity->setCentreCaption(tr("missing"));
    m_severity->setMinimumHeight(180);
    m_severityCard->setContent(m_severity);
    offerTable(m_severityCard, m_severity);
    connect(m_severity, &DonutChart::segmentActivated, this, [this](const QString &key) {
        static const QHash<QString, QString> level = {{QStringLiteral("critical"), QStringLiteral("4")},
                                                      {QStringLiteral("important"), QStringLiteral("3")},
                                                      {QStringLiteral("moderate"), QStringLiteral("2")},
                                                      {QStringLiteral("low"), QStringLiteral("1")},
                                                      {QStringLiteral("unrated"), QStringLiteral("0")}};
        emit navigateTo(QStringLiteral("missing-patches"), filter("severityfilter", level.value(key)));
    });

    m_healthCard = new DashboardCard(tr("System health"), this);
    m_healthCard->setObjectName(QStringLiteral("healthCard"));
    m_health = new DonutChart(m_healthCard);
    m_health->setObjectName(QStringLiteral("healthChart"));
    m_health->setCentreCaption(tr("systems"));
    m_health->setMinimumHeight(180);
    m_healthCard->setContent(m_health);
    offerTable(m_healthCard, m_health);
    connect(m_health, &DonutChart::segmentActivated, this, [this](const QString &key) {
        static const QHash<QString, QString> health = {{QStringLiteral("unknown"), QStringLiteral("0")},
                                                       {QStringLiteral("healthy"), QStringLiteral("1")},
                                                       {QStringLiteral("vulnerable"), QStringLiteral("2")},
                                                       {QStringLiteral("highlyVulnerable"), QStringLiteral("3")}};
        emit navigateTo(QStringLiteral("systems"), filter("healthfilter", health.value(key)));
    });

    m_scanCard = new DashboardCard(tr("Patch scan"), this);
    m_scanCard->setObjectName(QStringLiteral("scanCard"));
    m_scan = new BarChart(m_scanCard);
    m_scan->setObjectName(QStringLiteral("scanChart"));
    m_scanCard->setContent(m_scan);
    offerTable(m_scanCard, m_scan);
    // The scan list has no filter for these counts; it opens whole, failures sort to the top there.
    connect(m_scan, &BarChart::segmentActivated, this, [this] { emit navigateTo(QStringLiteral("scan-status"), {}); });

    auto *cards = new QHBoxLayout;
    cards->setSpacing(16);
    cards->addWidget(m_severityCard, 4);
    cards->addWidget(m_healthCard, 4);
    cards->addWidget(m_scanCard, 3);
    m_patchSection->body()->addLayout(cards);
    return m_patchSection;
}

QWidget *DashboardView::buildTrendSection()
{
    m_trendSection = new DashboardSection(tr("Trends"), this);
    m_trendSection->setObjectName(QStringLiteral("trendSection"));
    m_trendSection->setHint(tr("Recorded on this computer at each refresh, one snapshot per hour: the server "
                               "keeps no history of these numbers."));
    m_trends = new TrendPanel(m_trendSection);
    m_trends->setMinimumHeight(250);
    m_trendSection->addHeaderWidget(m_trends->rangeSelector());
    m_trendSection->body()->addWidget(m_trends);
    return m_trendSection;
}

QLabel *DashboardView::addField(QGridLayout *grid, int row, const QString &name, const QString &label)
{
    auto *caption = new QLabel(label, this);
    QPalette muted = caption->palette();
    muted.setColor(QPalette::WindowText, ChartColors::secondaryText(palette()));
    caption->setPalette(muted);
    auto *value = new QLabel(this);
    value->setObjectName(name);
    // Values are server text (task names, statuses): plain unless a field opts into markup.
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(caption, row, 0, Qt::AlignTop);
    grid->addWidget(value, row, 1, Qt::AlignTop);
    return value;
}

QWidget *DashboardView::buildServerSection()
{
    m_serverSection = new DashboardSection(tr("Server"), this);
    m_serverSection->setObjectName(QStringLiteral("serverSection"));
    connect(m_serverSection, &DashboardSection::retryRequested, this, [this] {
        for (Section s : {Section::Database, Section::Approval, Section::HealthPolicy})
            if (m_loader->error(s).isError())
                m_loader->retry(s);
    });
    m_serverCard = new DashboardCard(tr("Patch database and approval"), this);
    m_serverCard->setObjectName(QStringLiteral("serverCard"));
    m_openServer = new QToolButton(m_serverCard);
    m_openServer->setObjectName(QStringLiteral("openServerButton"));
    m_openServer->setText(tr("Server page ›"));
    m_openServer->setAutoRaise(true);
    m_openServer->setCursor(Qt::PointingHandCursor);
    m_openServer->setToolTip(tr("Open the server's settings and status"));
    connect(m_openServer, &QToolButton::clicked, this, [this] { emit navigateTo(QStringLiteral("server"), {}); });
    m_serverCard->addHeaderWidget(m_openServer);

    auto *body = new QWidget(m_serverCard);
    auto *grid = new QGridLayout(body);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(7);
    grid->setColumnStretch(1, 1);
    m_dbStatus = addField(grid, 0, QStringLiteral("dbStatusValue"), tr("Database update"));
    m_dbStatus->setTextFormat(Qt::RichText); // a coloured dot before the escaped status
    m_dbLast = addField(grid, 1, QStringLiteral("dbLastUpdateValue"), tr("Last updated"));
    m_dbNext = addField(grid, 2, QStringLiteral("dbNextUpdateValue"), tr("Next update"));
    m_dbWarning = new QLabel(body);
    m_dbWarning->setObjectName(QStringLiteral("autoUpdateWarning"));
    m_dbWarning->setWordWrap(true);
    m_dbWarning->setText(tr("⚠ Automatic database updates are disabled: new patches are not detected "
                            "until the database is updated by hand."));
    m_dbWarning->hide();
    grid->addWidget(m_dbWarning, 3, 0, 1, 2);
    m_approval = addField(grid, 4, QStringLiteral("approvalModeValue"), tr("Patch approval"));
    m_apdTasks = addField(grid, 5, QStringLiteral("apdTasksValue"), tr("Deployment tasks"));
    m_apdLast = addField(grid, 6, QStringLiteral("apdLastValue"), tr("Last task"));
    m_apdNext = addField(grid, 7, QStringLiteral("apdNextValue"), tr("Next task"));
    grid->setRowStretch(8, 1);
    m_serverCard->setContent(body);
    m_serverSection->body()->addWidget(m_serverCard);
    return m_serverSection;
}

QWidget *DashboardView::buildAgentSection()
{
    m_agentSection = new DashboardSection(tr("Agents"), this);
    m_agentSection->setObjectName(QStringLiteral("agentSection"));
    connect(m_agentSection, &DashboardSection::retryRequested, this, [this] { m_loader->retry(Section::Computers); });

    m_installCard = new DashboardCard(tr("Agent installation"), this);
    m_installCard->setObjectName(QStringLiteral("installCard"));
    m_install = new BarChart(m_installCard);
    m_install->setObjectName(QStringLiteral("installChart"));
    m_installCard->setContent(m_install);
    offerTable(m_installCard, m_install);
    connect(m_install, &BarChart::segmentActivated, this, [this](const QString &key) {
        emit navigateTo(QStringLiteral("computers"), filter("installstatusfilter", key));
    });

    m_liveCard = new DashboardCard(tr("Agent live status"), this);
    m_liveCard->setObjectName(QStringLiteral("liveCard"));
    m_live = new DonutChart(m_liveCard);
    m_live->setObjectName(QStringLiteral("liveChart"));
    m_live->setCentreCaption(tr("agents"));
    m_live->setMinimumHeight(170);
    m_liveCard->setContent(m_live);
    offerTable(m_liveCard, m_live);
    connect(m_live, &DonutChart::segmentActivated, this, [this](const QString &key) {
        emit navigateTo(QStringLiteral("computers"), filter("liveStatusfilter", key));
    });

    m_contactCard = new DashboardCard(tr("Last contact with the server"), this);
    m_contactCard->setObjectName(QStringLiteral("contactCard"));
    m_contact = new BarChart(m_contactCard);
    m_contact->setObjectName(QStringLiteral("contactChart"));
    m_contactCard->setContent(m_contact);
    offerTable(m_contactCard, m_contact);
    connect(m_contact, &BarChart::segmentActivated, this, [this](const QString &key) {
        emit navigateTo(QStringLiteral("computers"), filter("agentcontactfilter", key));
    });

    auto *cards = new QHBoxLayout;
    cards->setSpacing(16);
    cards->addWidget(m_installCard, 1);
    cards->addWidget(m_liveCard, 1);
    cards->addWidget(m_contactCard, 1);
    m_agentSection->body()->addLayout(cards);
    return m_agentSection;
}

// ---- showing data ----

void DashboardView::showPatches()
{
    if (!m_loader->hasData(Section::Patches))
        return;
    const pmp::api::PatchSummary &p = m_loader->patchSummary();
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

    m_severity->setSegments({
        {QStringLiteral("critical"), tr("Critical"), double(p.missingCritical),
         ChartColors::color(Role::Critical, pal)},
        {QStringLiteral("important"), tr("Important"), double(p.missingImportant),
         ChartColors::color(Role::Important, pal)},
        {QStringLiteral("moderate"), tr("Moderate"), double(p.missingModerate),
         ChartColors::color(Role::Moderate, pal)},
        {QStringLiteral("low"), tr("Low"), double(p.missingLow), ChartColors::color(Role::Low, pal)},
        {QStringLiteral("unrated"), tr("Unrated"), double(p.missingUnrated), ChartColors::color(Role::Unrated, pal)},
    });
    m_severityCard->setPlaceholder(QString());

    m_health->setSegments({
        {QStringLiteral("healthy"), tr("Healthy"), double(p.healthySystems), ChartColors::color(Role::Healthy, pal)},
        {QStringLiteral("vulnerable"), tr("Vulnerable"), double(p.moderatelyVulnerableSystems),
         ChartColors::color(Role::Moderate, pal),
         tr("Moderately vulnerable: %1").arg(loc.toString(p.moderatelyVulnerableSystems))},
        {QStringLiteral("highlyVulnerable"), tr("Highly vulnerable"), double(p.highlyVulnerableSystems),
         ChartColors::color(Role::Critical, pal)},
        {QStringLiteral("unknown"), tr("Unknown"), double(p.healthUnknownSystems),
         ChartColors::color(Role::Unrated, pal),
         tr("Health unknown (not scanned yet): %1").arg(loc.toString(p.healthUnknownSystems))},
    });
    if (p.totalSystems > 0)
        m_healthCard->setSubtitle(
            tr("%1 % healthy").arg(loc.toString(p.healthySystems * 100.0 / p.totalSystems, 'f', 0)));
    if (m_loader->hasData(Section::HealthPolicy)) {
        const auto &hp = m_loader->healthPolicy().highlyVulnerable;
        const auto &vp = m_loader->healthPolicy().vulnerable;
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

    m_scan->setSegments({
        {QStringLiteral("scanned"), tr("Scanned"), double(p.scannedSystems), ChartColors::color(Role::Info, pal)},
        {QStringLiteral("unscanned"), tr("Not scanned"), double(p.unscannedSystems),
         ChartColors::color(Role::Unrated, pal)},
        {QStringLiteral("success"), tr("Succeeded"), double(p.scanSuccess), ChartColors::color(Role::Healthy, pal),
         tr("Last scan succeeded: %1").arg(loc.toString(p.scanSuccess))},
        {QStringLiteral("failure"), tr("Failed"), double(p.scanFailure), ChartColors::color(Role::Critical, pal),
         tr("Last scan failed: %1").arg(loc.toString(p.scanFailure))},
    });
    m_scanCard->setPlaceholder(QString());
    updateChanges();
}

void DashboardView::showComputers()
{
    if (!m_loader->hasData(Section::Computers))
        return;
    const pmp::api::SomSummary &s = m_loader->somSummary();
    const QPalette pal = palette();
    const QLocale loc;
    m_install->setSegments({
        {QStringLiteral("22"), tr("Installed"), double(s.agentsInstalled), ChartColors::color(Role::Healthy, pal)},
        {QStringLiteral("21"), tr("Yet to install"), double(s.agentsYetToInstall), ChartColors::color(Role::Info, pal)},
        {QStringLiteral("23"), tr("Uninstalled"), double(s.agentsUninstalled), ChartColors::color(Role::Unrated, pal)},
        {QStringLiteral("29"), tr("Install failed"), double(s.agentsInstallFailed),
         ChartColors::color(Role::Critical, pal),
         tr("Installation failed: %1").arg(loc.toString(s.agentsInstallFailed))},
        {QStringLiteral("31"), tr("Uninstall failed"), double(s.agentsUninstallFailed),
         ChartColors::color(Role::Important, pal),
         tr("Uninstallation failed: %1").arg(loc.toString(s.agentsUninstallFailed))},
    });
    m_installCard->setSubtitle(tr("%n computer(s)", nullptr, int(s.agentsTotal)));
    m_installCard->setPlaceholder(QString());

    m_live->setSegments({
        {QStringLiteral("1"), tr("Live"), double(s.live), ChartColors::color(Role::Healthy, pal)},
        {QStringLiteral("2"), tr("Down"), double(s.down), ChartColors::color(Role::Critical, pal)},
        {QStringLiteral("3"), tr("Unknown"), double(s.liveUnknown), ChartColors::color(Role::Unrated, pal)},
    });
    m_liveCard->setPlaceholder(QString());

    // Staleness reads left to right as green → red: the older the last contact, the worse.
    m_contact->setSegments({
        {QStringLiteral("equal_3_day"), tr("≤ 3 days"), double(s.contactWithin3Days),
         ChartColors::color(Role::Healthy, pal),
         tr("Contacted the server in the last 3 days: %1").arg(loc.toString(s.contactWithin3Days))},
        {QStringLiteral("4_day_to_7_day"), tr("4–7 days"), double(s.contact4To7Days),
         ChartColors::color(Role::Low, pal)},
        {QStringLiteral("8_day_to_15_day"), tr("8–15 days"), double(s.contact8To15Days),
         ChartColors::color(Role::Moderate, pal)},
        {QStringLiteral("16_day_to_30_day"), tr("16–30 days"), double(s.contact16To30Days),
         ChartColors::color(Role::Important, pal)},
        {QStringLiteral("greater_30_day"), tr("> 30 days"), double(s.contactOver30Days),
         ChartColors::color(Role::Critical, pal),
         tr("No contact for more than 30 days: %1").arg(loc.toString(s.contactOver30Days))},
    });
    m_contactCard->setPlaceholder(QString());
}

void DashboardView::showServer()
{
    const bool haveDb = m_loader->hasData(Section::Database);
    const bool havePatches = m_loader->hasData(Section::Patches);
    const bool haveApproval = m_loader->hasData(Section::Approval);
    if (!haveDb && !havePatches && !haveApproval)
        return;
    const QDateTime now = m_loader->now();
    const pmp::api::PatchSummary &p = m_loader->patchSummary();
    // E18 is the dedicated call; the patch summary carries the same facts and stands in for it.
    const QString status = haveDb ? m_loader->dbUpdateStatus().lastStatus : p.lastDbUpdateStatus;
    const QDateTime last = haveDb ? m_loader->dbUpdateStatus().lastUpdate : p.lastDbUpdate;
    const QDateTime next = haveDb ? m_loader->dbUpdateStatus().nextScheduled : p.nextDbUpdate;
    const bool autoDisabled = haveDb ? m_loader->dbUpdateStatus().autoUpdateDisabled : p.autoDbUpdateDisabled;
    const QString dash = QStringLiteral("—");
    if (haveDb || havePatches) {
        const bool ok = status.compare(QLatin1String("success"), Qt::CaseInsensitive) == 0;
        const bool failed = status.contains(QLatin1String("fail"), Qt::CaseInsensitive);
        const QColor c = ChartColors::color(ok ? Role::Healthy : failed ? Role::Critical : Role::Unrated, palette());
        QString text = status.isEmpty() ? tr("Unknown") : status.toHtmlEscaped();
        if (havePatches && p.dbUpdateInProgress)
            text = tr("Updating now");
        m_dbStatus->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(c.name(), text));
        m_dbLast->setText(last.isValid() ? when(last, now) : tr("Never"));
        m_dbNext->setText(next.isValid() ? when(next, now) : tr("Not scheduled"));
        m_dbWarning->setVisible(autoDisabled);
    } else {
        m_dbStatus->setText(dash);
        m_dbLast->setText(dash);
        m_dbNext->setText(dash);
    }
    if (haveApproval) {
        const bool automatic = m_loader->approvalSettings().isAutomatic();
        m_approval->setText(automatic ? tr("Automatic") : tr("Manual"));
        m_approval->setToolTip(automatic ? tr("New patches are approved for deployment without review.")
                                         : tr("Patches are deployed only after an administrator approves them."));
    } else {
        m_approval->setText(dash);
    }
    if (havePatches) {
        m_apdTasks->setText(QLocale().toString(p.apdTaskCount));
        auto task = [&](const QString &name, const QDateTime &t, const QString &none) {
            if (name.isEmpty() && !t.isValid())
                return none;
            if (!t.isValid())
                return pmp::api::RequestRules::shortName(name); // a server's name: it must not widen the card
            // Name and time on their own lines: a wrap inside the date reads badly.
            const QString shown = name.isEmpty() ? tr("Unnamed task") : pmp::api::RequestRules::shortName(name);
            return tr("%1\n%2").arg(shown, when(t, now));
        };
        m_apdLast->setText(task(p.apdLastExecutedTask, p.apdLastScheduled, tr("None yet")));
        m_apdNext->setText(task(p.apdNextTask, p.apdNextScheduled, tr("None scheduled")));
    } else {
        m_apdTasks->setText(dash);
        m_apdLast->setText(dash);
        m_apdNext->setText(dash);
    }
    m_serverCard->setPlaceholder(QString());
}

void DashboardView::showTrends()
{
    if (m_trends->source() != m_loader->trendSource())
        m_trends->setSource(m_loader->trendSource());
    m_trends->reload(m_loader->now());
    updateChanges();
}

void DashboardView::updateChanges()
{
    TrendSource *source = m_loader->trendSource();
    if (!m_loader->hasData(Section::Patches))
        return;
    const QDateTime now = m_loader->now();
    const QDateTime then = now.addDays(-30);
    const pmp::api::PatchSummary &p = m_loader->patchSummary();
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

void DashboardView::showSectionState(Section section)
{
    auto describe = [](Section s) {
        switch (s) {
        case Section::Patches:
            return tr("Could not load the patch summary: %1");
        case Section::Computers:
            return tr("Could not load the agent summary: %1");
        case Section::Database:
            return tr("Could not load the patch database status: %1");
        case Section::Approval:
            return tr("Could not load the approval settings: %1");
        case Section::HealthPolicy:
            return tr("Could not load the health policy: %1");
        }
        return QString();
    };
    auto placeholder = [this](Section s) {
        if (m_loader->hasData(s))
            return QString();
        return m_loader->isLoading(s) || !m_loader->error(s).isError() ? tr("Loading…") : tr("Not available");
    };
    auto report = [&](DashboardSection *target, const QList<Section> &sections) {
        QStringList messages, details;
        for (Section s : sections) {
            const pmp::api::ApiError e = m_loader->error(s);
            if (e.isError() && !m_loader->isLoading(s)) {
                messages.append(describe(s).arg(e.message()));
                if (!e.detail().isEmpty())
                    details.append(e.oneLine());
            }
        }
        // Several calls failing for one reason (offline, signed out) read better as one line.
        QSet<QString> reasons;
        for (Section s : sections)
            if (m_loader->error(s).isError() && !m_loader->isLoading(s))
                reasons.insert(m_loader->error(s).message());
        if (messages.size() > 1 && reasons.size() == 1)
            messages = {tr("Could not load the server's settings: %1").arg(*reasons.cbegin())};
        if (messages.isEmpty())
            target->clearError();
        else
            target->showError(messages.join(QLatin1Char('\n')), details.join(QLatin1Char('\n')));
    };

    switch (section) {
    case Section::Patches: {
        report(m_patchSection, {Section::Patches});
        const QString text = placeholder(Section::Patches);
        for (DashboardCard *card : {m_severityCard, m_healthCard, m_scanCard})
            card->setPlaceholder(text);
        if (!m_loader->hasData(Section::Patches))
            for (StatTile *tile :
                 {m_missingTile, m_criticalTile, m_highlyTile, m_installedTile, m_applicableTile, m_newTile})
                tile->setValueText(QStringLiteral("—"));
        break;
    }
    case Section::Computers: {
        report(m_agentSection, {Section::Computers});
        const QString text = placeholder(Section::Computers);
        for (DashboardCard *card : {m_installCard, m_liveCard, m_contactCard})
            card->setPlaceholder(text);
        break;
    }
    case Section::Database:
    case Section::Approval:
    case Section::HealthPolicy: {
        report(m_serverSection, {Section::Database, Section::Approval, Section::HealthPolicy});
        const bool any = m_loader->hasData(Section::Database) || m_loader->hasData(Section::Approval) ||
                         m_loader->hasData(Section::Patches);
        if (!any)
            m_serverCard->setPlaceholder(placeholder(Section::Database));
        break;
    }
    }
    updateAsOf();
}

void DashboardView::updateAsOf()
{
    const QDateTime asOf = m_loader->asOf();
    const bool loading = m_loader->isLoading();
    if (!asOf.isValid())
        m_asOf->setText(loading ? tr("Loading…") : tr("Not loaded yet"));
    else if (loading)
        m_asOf->setText(tr("As of %1 · refreshing…").arg(when(asOf, m_loader->now())));
    else
        m_asOf->setText(tr("As of %1").arg(when(asOf, m_loader->now())));
    m_asOf->setToolTip(asOf.isValid() ? QLocale().toString(asOf.toLocalTime(), QLocale::LongFormat) : QString());
}

} // namespace pmp::ui
