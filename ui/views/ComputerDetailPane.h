#pragma once

#include "DetailPane.h"

class QLabel;

namespace pmp::api {
class Client;
}
namespace pmp::models {
class ListLoader;
class ServerChoices;
} // namespace pmp::models

namespace pmp::ui {

class ElidedLabel;

class RecordListView;

// A computer's system report: its missing, installed and failed patches (E19), with health, reboot,
// scan and agent facts (E15) above them.
class ComputerDetailPane : public DetailPane
{
    Q_OBJECT
public:
    ComputerDetailPane(pmp::api::Client *client, pmp::models::ServerChoices *choices, QWidget *parent = nullptr);

    void showRow(const pmp::models::RecordTableModel &model, int row) override;
    QString resourceId() const { return m_resourceId; }
    RecordListView *reportView() const { return m_report; }
    QString summaryText() const;

private:
    void loadSummary();

    pmp::api::Client *m_client;
    pmp::models::ListLoader *m_loader;
    RecordListView *m_report;
    ElidedLabel *m_title;
    QLabel *m_facts;
    QString m_resourceId;
};

} // namespace pmp::ui
