#pragma once

#include "LoaderSection.h"

namespace pmp::ui {

class StatTile;

// "Since your last refresh": the numbers that call for attention, each against the refresh before
// (the history's previous snapshot, recorded on this computer): missing critical patches, highly
// vulnerable systems, agents that stopped reporting (down), systems with failed deployments (E16's
// failed installations) and failed scans. Each opens its list.
// Hidden until a refresh has an earlier one to compare with. The API has no event feed, so these are
// net changes of the summaries; a list's own "what changed" names the rows.
class SinceLastRefreshSection : public LoaderSection
{
    Q_OBJECT
public:
    explicit SinceLastRefreshSection(const DashboardLoader *loader, QWidget *parent = nullptr);

    void showData() override;

private:
    struct Item
    {
        StatTile *tile;
        TrendSource::Metric metric;
        Section source;
    };
    QList<Item> m_items;
};

} // namespace pmp::ui
