#pragma once

#include "DetailPane.h"

class QLabel;
class QTreeWidget;

namespace pmp::api {
class Client;
class PagedFetch;
} // namespace pmp::api
namespace pmp::models {
class ListLoader;
class ServerChoices;
} // namespace pmp::models

namespace pmp::ui {

class ElidedLabel;

class RecordListView;

// A patch: the computers still missing it (E05), and the computers where it failed, grouped by
// install error code (E16) so one bad KB across 300 machines reads as one line.
class PatchDetailPane : public DetailPane
{
    Q_OBJECT
public:
    PatchDetailPane(pmp::api::Client *client, pmp::models::ServerChoices *choices, QWidget *parent = nullptr);

    void showRow(const pmp::models::RecordTableModel &model, int row) override;
    QString patchId() const { return m_patchId; }
    RecordListView *missingView() const { return m_missing; }
    QTreeWidget *failures() const { return m_failures; }

private:
    void loadFailures();

    pmp::api::Client *m_client;
    pmp::models::ListLoader *m_loader;
    RecordListView *m_missing;
    ElidedLabel *m_title;
    QLabel *m_failureTitle;
    QTreeWidget *m_failures;
    pmp::api::PagedFetch *m_failureFetch = nullptr;
    QString m_patchId;
};

} // namespace pmp::ui
