#include "AgentSection.h"

#include "DashboardCard.h"
#include "DashboardParts.h"

#include "charts/BarChart.h"
#include "charts/ChartColors.h"
#include "charts/DonutChart.h"
#include "widgets/ReflowGridLayout.h"

#include <QLocale>
#include <QVBoxLayout>

namespace pmp::ui {

using Role = ChartColors::Role;

AgentSection::AgentSection(const DashboardLoader *loader, QWidget *parent) : LoaderSection(tr("Agents"), loader, parent)
{
    setObjectName(QStringLiteral("agentSection"));

    m_installCard = new DashboardCard(tr("Agent installation"), this);
    m_installCard->setObjectName(QStringLiteral("installCard"));
    m_install = new BarChart(m_installCard);
    m_install->setObjectName(QStringLiteral("installChart"));
    m_installCard->setContent(m_install);
    DashboardParts::offerTable(m_installCard, m_install);
    connect(m_install, &BarChart::segmentActivated, this, [this](const QString &key) {
        emit navigateTo(QStringLiteral("computers"), DashboardParts::filter("installstatusfilter", key));
    });

    m_liveCard = new DashboardCard(tr("Agent live status"), this);
    m_liveCard->setObjectName(QStringLiteral("liveCard"));
    m_live = new DonutChart(m_liveCard);
    m_live->setObjectName(QStringLiteral("liveChart"));
    m_live->setCentreCaption(tr("agents"));
    m_live->setMinimumHeight(170);
    m_liveCard->setContent(m_live);
    DashboardParts::offerTable(m_liveCard, m_live);
    connect(m_live, &DonutChart::segmentActivated, this, [this](const QString &key) {
        emit navigateTo(QStringLiteral("computers"), DashboardParts::filter("liveStatusfilter", key));
    });

    m_contactCard = new DashboardCard(tr("Last contact with the server"), this);
    m_contactCard->setObjectName(QStringLiteral("contactCard"));
    m_contact = new BarChart(m_contactCard);
    m_contact->setObjectName(QStringLiteral("contactChart"));
    m_contactCard->setContent(m_contact);
    DashboardParts::offerTable(m_contactCard, m_contact);
    connect(m_contact, &BarChart::segmentActivated, this, [this](const QString &key) {
        emit navigateTo(QStringLiteral("computers"), DashboardParts::filter("agentcontactfilter", key));
    });

    auto *cards = new ReflowGridLayout({3, 2});
    cards->setHorizontalSpacing(16);
    cards->setVerticalSpacing(16);
    cards->addWidget(m_installCard, 1);
    cards->addWidget(m_liveCard, 1);
    cards->addWidget(m_contactCard, 1);
    body()->addLayout(cards);
}

void AgentSection::showData()
{
    if (!loader().hasData(Section::Computers))
        return;
    const pmp::api::SomSummary &s = loader().somSummary();
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

void AgentSection::showLoadState()
{
    DashboardParts::reportErrors(this, loader(), {Section::Computers});
    const QString text = DashboardParts::placeholder(loader(), Section::Computers);
    for (DashboardCard *card : {m_installCard, m_liveCard, m_contactCard})
        card->setPlaceholder(text);
}

} // namespace pmp::ui
