#pragma once

#include "views/ConsolePage.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace pmp::actions {
class ApdTaskBook;
}

namespace pmp::ui {

class ActionCentre;

// The Automatic Patch Deployment page: the tasks of the APD task book (the API cannot list them) with
// their last known state and settings, and the task actions: new, add an existing task by name,
// change, suspend, resume, delete, forget locally.
class ApdTasksView : public QWidget, public ConsolePage
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        State,
        Policy,
        Platform,
        Targets,
        Updated,
        ColumnCount
    };

    ApdTasksView(ActionCentre *centre, pmp::actions::ApdTaskBook *book, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QString currentTask() const;
    void selectTask(const QString &name);

public slots:
    void reload() override;

private:
    void updateButtons();

    ActionCentre *m_centre;
    pmp::actions::ApdTaskBook *m_book;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_modify;
    QPushButton *m_suspend;
    QPushButton *m_resume;
    QPushButton *m_delete;
    QPushButton *m_forget;
};

} // namespace pmp::ui
