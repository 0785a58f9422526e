#pragma once

#include "views/ConsolePage.h"

#include <QWidget>

class QLabel;
class QSplitter;
class QTreeWidget;
class QTreeWidgetItem;

namespace pmp::api {
class Client;
}
namespace pmp::models {
class ServerChoices;
}

namespace pmp::ui {

class MessageBanner;
class RecordListView;

// Query reports: the server's report tree (E38) and any report's rows with its own columns (E39),
// searchable and exportable like every other list.
class ReportsView : public QWidget, public ConsolePage
{
    Q_OBJECT
public:
    ReportsView(pmp::api::Client *client, pmp::models::ServerChoices *choices, QWidget *parent = nullptr);

    void reload() override;
    void openReport(const QString &reportId, const QString &title);
    QTreeWidget *tree() const { return m_tree; }
    RecordListView *dataView() const { return m_data; }

signals:
    void reportOpened(const QString &reportId);

private:
    pmp::api::Client *m_client;
    pmp::models::ServerChoices *m_choices;
    MessageBanner *m_banner;
    QTreeWidget *m_tree;
    QSplitter *m_splitter;
    QLabel *m_placeholder;
    RecordListView *m_data = nullptr;
    QString m_openId;
};

} // namespace pmp::ui
