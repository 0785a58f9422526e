#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace pmp::api {
class Client;
}
namespace pmp::models {
class ListLoader;
}

namespace pmp::ui {

class RecordListView;

// The console window: navigation on the left, one view at a time, refresh and progress in the
// status bar. It knows the Client it works through, never the network or JSON.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(pmp::api::Client *client, const QString &connectionLabel, QWidget *parent = nullptr);

    RecordListView *currentListView() const;
    RecordListView *listView(const QString &viewId) const;
    void showView(const QString &viewId);

public slots:
    void refreshCurrent();

private:
    void addListView(const QString &viewId);
    void watchLoader(pmp::models::ListLoader *loader);
    void setupActions();

    pmp::api::Client *m_client;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QLabel *m_statusText;
    QLabel *m_connection;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QList<RecordListView *> m_views;
};

} // namespace pmp::ui
