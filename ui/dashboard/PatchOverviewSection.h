#pragma once

#include "LoaderSection.h"

namespace pmp::ui {

class BarChart;
class DashboardCard;
class DonutChart;
class ReflowGridLayout;
class StatTile;

// "Patches and systems": the headline tiles with their 30-day change, and the severity, health and
// scan cards, from the patch summary (and the health policy, which explains the health donut).
class PatchOverviewSection : public LoaderSection
{
    Q_OBJECT
public:
    explicit PatchOverviewSection(const DashboardLoader *loader, QWidget *parent = nullptr);

    void showData() override;
    // The tiles' change over 30 days, from the loader's trend source (also after a new snapshot).
    void showChanges();
    void showLoadState() override;

protected:
    void applyPalette() override;

private:
    StatTile *addTile(ReflowGridLayout *tiles, const QString &name, const QString &caption);
    void buildTiles();
    void buildCards();

    StatTile *m_missingTile = nullptr, *m_criticalTile = nullptr, *m_highlyTile = nullptr, *m_installedTile = nullptr,
             *m_applicableTile = nullptr, *m_newTile = nullptr;
    DashboardCard *m_severityCard = nullptr, *m_healthCard = nullptr, *m_scanCard = nullptr;
    DonutChart *m_severity = nullptr, *m_health = nullptr;
    BarChart *m_scan = nullptr;
};

} // namespace pmp::ui
