#pragma once

#include "LoaderSection.h"

namespace pmp::ui {

class BarChart;
class DashboardCard;
class DonutChart;

// "Agents": installation, live status and last contact of the agents, from the agent summary.
class AgentSection : public LoaderSection
{
    Q_OBJECT
public:
    explicit AgentSection(const DashboardLoader *loader, QWidget *parent = nullptr);

    void showData() override;
    void showLoadState() override;

private:
    DashboardCard *m_installCard = nullptr, *m_liveCard = nullptr, *m_contactCard = nullptr;
    BarChart *m_install = nullptr, *m_contact = nullptr;
    DonutChart *m_live = nullptr;
};

} // namespace pmp::ui
