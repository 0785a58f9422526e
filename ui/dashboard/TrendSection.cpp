#include "TrendSection.h"

#include "TrendPanel.h"

#include <QVBoxLayout>

namespace pmp::ui {

TrendSection::TrendSection(const DashboardLoader *loader, QWidget *parent) : LoaderSection(tr("Trends"), loader, parent)
{
    setObjectName(QStringLiteral("trendSection"));
    setHint(tr("Recorded on this computer at each refresh, one snapshot per hour: the server "
               "keeps no history of these numbers."));
    m_panel = new TrendPanel(this);
    m_panel->setMinimumHeight(250);
    addHeaderWidget(m_panel->rangeSelector());
    body()->addWidget(m_panel);
}

void TrendSection::showData()
{
    if (m_panel->source() != loader().trendSource())
        m_panel->setSource(loader().trendSource());
    m_panel->reload(loader().now());
}

} // namespace pmp::ui
