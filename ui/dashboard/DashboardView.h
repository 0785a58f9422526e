#pragma once

#include "DashboardLoader.h"

#include "views/ConsolePage.h"
#include <QVariantMap>

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace pmp::ui {

class BarChart;
class DashboardCard;
class DashboardSection;
class DonutChart;
class StatTile;
class TrendPanel;

// The fleet at a glance: patch and health tiles with their 30-day change, severity and health
// donuts, agent charts, the patch database and approval state, and trends from the local history.
// Every number leads to the list behind it through navigateTo(); the main window opens that list.
class DashboardView : public QWidget, public ConsolePage
{
    Q_OBJECT
public:
    // `loader` is not owned (the main window keeps it with the connection).
    explicit DashboardView(DashboardLoader *loader, QWidget *parent = nullptr);

    DashboardLoader *loader() const { return m_loader; }
    TrendPanel *trendPanel() const { return m_trends; }
    QString asOfText() const;
    void reload() override { refresh(); }

public slots:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

signals:
    // A list to open: a view id of the catalogue ("missing-patches", "systems", "computers", ...)
    // and the server-side filters to apply, by their API names, values as strings
    // ({"severityfilter": "4"}).
    void navigateTo(const QString &viewId, const QVariantMap &filters);

private:
    using Section = DashboardLoader::Section;

    QWidget *buildPatchSection();
    QWidget *buildTrendSection();
    QWidget *buildServerSection();
    QWidget *buildAgentSection();
    StatTile *addTile(QGridLayout *grid, int column, const QString &name, const QString &caption);
    QLabel *addField(QGridLayout *grid, int row, const QString &name, const QString &label);

    void showPatches();
    void showComputers();
    void showServer();
    void showTrends();
    void showSectionState(Section section);
    void updateAsOf();
    void updateChanges();
    void applyPalette();

    DashboardLoader *m_loader;
    QLabel *m_asOf;
    QPushButton *m_refresh;
    QToolButton *m_openServer = nullptr;
    DashboardSection *m_patchSection = nullptr;
    DashboardSection *m_agentSection = nullptr;
    DashboardSection *m_serverSection = nullptr;
    DashboardSection *m_trendSection = nullptr;
    StatTile *m_missingTile = nullptr, *m_criticalTile = nullptr, *m_highlyTile = nullptr, *m_installedTile = nullptr,
             *m_applicableTile = nullptr, *m_newTile = nullptr;
    DashboardCard *m_severityCard = nullptr, *m_healthCard = nullptr, *m_scanCard = nullptr;
    DonutChart *m_severity = nullptr, *m_health = nullptr;
    BarChart *m_scan = nullptr;
    DashboardCard *m_installCard = nullptr, *m_liveCard = nullptr, *m_contactCard = nullptr;
    BarChart *m_install = nullptr, *m_contact = nullptr;
    DonutChart *m_live = nullptr;
    DashboardCard *m_serverCard = nullptr;
    QLabel *m_dbStatus = nullptr, *m_dbLast = nullptr, *m_dbNext = nullptr, *m_dbWarning = nullptr,
           *m_approval = nullptr, *m_apdTasks = nullptr, *m_apdLast = nullptr, *m_apdNext = nullptr;
    TrendPanel *m_trends = nullptr;
};

} // namespace pmp::ui
