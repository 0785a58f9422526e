#pragma once

#include "DashboardLoader.h"

#include "views/ConsolePage.h"
#include <QVariantMap>

#include <QWidget>

class QLabel;
class QPushButton;

namespace pmp::ui {

class AgentSection;
class PatchOverviewSection;
class ServerStatusSection;
class SinceLastRefreshSection;
class TrendPanel;
class TrendSection;

// The fleet at a glance: patch and health tiles with their 30-day change, severity and health
// donuts, agent charts, the patch database and approval state, and trends from the local history.
// Every number leads to the list behind it through navigateTo(); the main window opens that list.
// The page holds the header (title, "as of", Refresh) and one widget per section, and tells each
// section when the loader has something new for it.
class DashboardView : public QWidget, public ConsolePage
{
    Q_OBJECT
public:
    // `loader` is not owned (the main window keeps it with the connection).
    explicit DashboardView(DashboardLoader *loader, QWidget *parent = nullptr);

    DashboardLoader *loader() const { return m_loader; }
    TrendPanel *trendPanel() const;
    QString asOfText() const;
    void reload() override { refresh(); }

public slots:
    void refresh();

signals:
    // A list to open: a view id of the catalogue ("missing-patches", "systems", "computers", ...)
    // and the server-side filters to apply, by their API names, values as strings
    // ({"severityfilter": "4"}).
    void navigateTo(const QString &viewId, const QVariantMap &filters);

private:
    using Section = DashboardLoader::Section;

    void showSectionState(Section section);
    void updateAsOf();

    DashboardLoader *m_loader;
    QLabel *m_asOf;
    QPushButton *m_refresh;
    PatchOverviewSection *m_patchSection = nullptr;
    TrendSection *m_trendSection = nullptr;
    ServerStatusSection *m_serverSection = nullptr;
    AgentSection *m_agentSection = nullptr;
    SinceLastRefreshSection *m_sinceSection = nullptr;
};

} // namespace pmp::ui
