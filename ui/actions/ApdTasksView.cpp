#include "ApdTasksView.h"

#include "ActionCentre.h"

#include "actions/ApdTaskBook.h"
#include "api/requests/ApdTaskActionRequest.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pmp::ui {

using pmp::api::ApdTaskSettings;
using pmp::store::ApdTask;
using Action = pmp::api::ApdTaskActionRequest::Action;

namespace {

QString platformText(const ApdTaskSettings &s)
{
    if (!s.isSet(ApdTaskSettings::Field::Platform))
        return {};
    switch (s.platform()) {
    case ApdTaskSettings::Platform::Windows:
        return ApdTasksView::tr("Windows");
    case ApdTaskSettings::Platform::Mac:
        return ApdTasksView::tr("Mac");
    case ApdTaskSettings::Platform::Linux:
        return ApdTasksView::tr("Linux");
    }
    return {};
}

} // namespace

ApdTasksView::ApdTasksView(ActionCentre *centre, pmp::actions::ApdTaskBook *book, QWidget *parent)
    : QWidget(parent), m_centre(centre), m_book(book), m_model(new QStandardItemModel(0, ColumnCount, this)),
      m_table(new QTableView(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("apdTasksView"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Automatic Patch Deployment tasks deploy patches on a schedule. The API cannot list "
                                "them, so this page shows the tasks created or changed from this profile, with their "
                                "last known state; add a task made in the web console by its name to manage it here."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        buttons->addWidget(b);
        return b;
    };
    QPushButton *create = button(QStringLiteral("newApdTask"), tr("New task…"), tr("Create a task (createAPDTask)."));
    QPushButton *add = button(QStringLiteral("addApdTask"), tr("Add existing task…"),
                              tr("Add a task that exists on the server by its exact name."));
    m_modify =
        button(QStringLiteral("modifyApdTask"), tr("Change…"), tr("Change the task's settings (modifyAPDTask)."));
    m_suspend =
        button(QStringLiteral("suspendApdTask"), tr("Suspend"), tr("Stop the task from running until resumed."));
    m_resume = button(QStringLiteral("resumeApdTask"), tr("Resume"), tr("Let a suspended task run again."));
    m_delete = button(QStringLiteral("deleteApdTask"), tr("Delete…"), tr("Delete the task on the server."));
    m_forget = button(QStringLiteral("forgetApdTask"), tr("Forget"),
                      tr("Remove the task from this list only; nothing is sent to the server."));
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_model->setHorizontalHeaderLabels(
        {tr("Task"), tr("State"), tr("Deployment policy"), tr("Platform"), tr("Targets"), tr("Last change")});
    m_table->setObjectName(QStringLiteral("apdTasksTable"));
    m_table->setAccessibleName(tr("Automatic deployment tasks"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Targets, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Updated, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(Name, 240);
    m_table->setColumnWidth(State, 110);
    m_table->setColumnWidth(Policy, 240);
    m_table->setColumnWidth(Platform, 90);
    layout->addWidget(m_table, 1);
    m_empty->setObjectName(QStringLiteral("apdTasksEmpty"));
    m_empty->setText(tr("No tasks yet. Create one, or add a task that exists on the server by its name."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    layout->addWidget(m_empty);

    connect(create, &QPushButton::clicked, this, [this] { m_centre->openApdTask({}); });
    connect(add, &QPushButton::clicked, this, [this] { m_centre->addExistingApdTask(); });
    connect(m_modify, &QPushButton::clicked, this, [this] { m_centre->openApdTask(currentTask()); });
    connect(m_suspend, &QPushButton::clicked, this,
            [this] { m_centre->openApdTaskAction(currentTask(), Action::Suspend); });
    connect(m_resume, &QPushButton::clicked, this,
            [this] { m_centre->openApdTaskAction(currentTask(), Action::Resume); });
    connect(m_delete, &QPushButton::clicked, this,
            [this] { m_centre->openApdTaskAction(currentTask(), Action::Delete); });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        const QString name = currentTask();
        if (name.isEmpty())
            return;
        if (QMessageBox::question(this, tr("Forget task"),
                                  tr("Remove “%1” from this list? The task stays on the server as it is.").arg(name)) ==
            QMessageBox::Yes)
            m_book->forget(name);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (!currentTask().isEmpty())
            m_centre->openApdTask(currentTask());
    });
    connect(m_book, &pmp::actions::ApdTaskBook::changed, this, &ApdTasksView::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ApdTasksView::updateButtons);
    reload();
}

void ApdTasksView::reload()
{
    const QString keep = currentTask();
    m_model->removeRows(0, m_model->rowCount());
    for (const ApdTask &t : m_book->tasks()) {
        const ApdTaskSettings s = pmp::actions::ApdTaskBook::settingsOf(t);
        QList<QStandardItem *> row;
        auto *name = new QStandardItem(t.name);
        name->setData(t.name, Qt::UserRole);
        row << name;
        auto *state = new QStandardItem(ApdTask::stateLabel(t.state));
        state->setData(ApdTask::stateKey(t.state), Qt::UserRole);
        if (t.state == ApdTask::State::Deleted)
            state->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        if (t.state == ApdTask::State::Unknown)
            state->setToolTip(tr("PatchDeck has not seen this task's state: it was added by name, or the answer to "
                                 "the last change was lost."));
        row << state;
        row << new QStandardItem(s.templateName());
        row << new QStandardItem(platformText(s));
        row << new QStandardItem(s.targetList().join(QStringLiteral(", ")));
        row << new QStandardItem(QLocale().toString(t.updatedAt.toLocalTime(), QLocale::ShortFormat));
        m_model->appendRow(row);
    }
    m_empty->setVisible(m_model->rowCount() == 0);
    selectTask(keep);
    updateButtons();
}

QString ApdTasksView::currentTask() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->item(i.row(), Name)->data(Qt::UserRole).toString() : QString();
}

void ApdTasksView::selectTask(const QString &name)
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->item(r, Name)->data(Qt::UserRole).toString() == name) {
            m_table->setCurrentIndex(m_model->index(r, Name));
            break;
        }
    updateButtons();
}

void ApdTasksView::updateButtons()
{
    const QModelIndex i = m_table->currentIndex();
    const bool any = i.isValid();
    const QString state = any ? m_model->item(i.row(), State)->data(Qt::UserRole).toString() : QString();
    const bool deleted = state == ApdTask::stateKey(ApdTask::State::Deleted);
    m_modify->setEnabled(any && !deleted);
    m_suspend->setEnabled(any && !deleted && state != ApdTask::stateKey(ApdTask::State::Suspended));
    m_resume->setEnabled(any && !deleted && state != ApdTask::stateKey(ApdTask::State::Active));
    m_delete->setEnabled(any && !deleted);
    m_forget->setEnabled(any);
}

} // namespace pmp::ui
