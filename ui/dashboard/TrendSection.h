#pragma once

#include "LoaderSection.h"

namespace pmp::ui {

class TrendPanel;

// "Trends": the TrendPanel under a section title with its 30/90-day switch, over the loader's
// trend source (the local history of summary snapshots).
class TrendSection : public LoaderSection
{
    Q_OBJECT
public:
    explicit TrendSection(const DashboardLoader *loader, QWidget *parent = nullptr);

    TrendPanel *panel() const { return m_panel; }
    // Re-reads the history up to the loader's "now" (the series take their colours from the palette then).
    void showData() override;

private:
    TrendPanel *m_panel = nullptr;
};

} // namespace pmp::ui
