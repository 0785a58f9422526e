#pragma once

#include "LoaderSection.h"

class QGridLayout;
class QLabel;
class QToolButton;

namespace pmp::ui {

class DashboardCard;

// "Server": the patch database update, the approval mode and the automated deployment tasks, from
// their own calls, with the patch summary standing in for the database and task lines.
class ServerStatusSection : public LoaderSection
{
    Q_OBJECT
public:
    explicit ServerStatusSection(const DashboardLoader *loader, QWidget *parent = nullptr);

    void showData() override;
    void showLoadState() override;

protected:
    void applyPalette() override;

private:
    QLabel *addField(QGridLayout *grid, int row, const QString &name, const QString &label);

    DashboardCard *m_serverCard = nullptr;
    QToolButton *m_openServer = nullptr;
    QLabel *m_dbStatus = nullptr, *m_dbLast = nullptr, *m_dbNext = nullptr, *m_dbWarning = nullptr,
           *m_approval = nullptr, *m_apdTasks = nullptr, *m_apdLast = nullptr, *m_apdNext = nullptr;
};

} // namespace pmp::ui
