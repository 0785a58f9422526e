#pragma once

#include "actions/ActionOutcome.h"
#include "actions/ActionRunner.h"
#include "actions/ConfirmationRule.h"

#include "api/WriteRequest.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace pmp::actions {
class ActionRun;
class ActionRunner;
} // namespace pmp::actions

namespace pmp::ui {

// The one confirmation path of every write. Shows what will happen in plain words, the targets, the
// exact request (method, URL, content type, JSON; expandable), asks for a typed confirmation where
// ConfirmationRule wants one, then sends through the ActionRunner, shows progress, and ends with the
// server's answer in words. A request is sent at most once per dialog: there is no way to send it
// again from here, whatever the outcome.
class ConfirmActionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Phase
    {
        Review,
        Running,
        Done
    };
    Q_ENUM(Phase)

    ConfirmActionDialog(pmp::actions::ActionRunner *runner, std::shared_ptr<const pmp::api::WriteRequest> request,
                        QWidget *parent = nullptr);
    ~ConfirmActionDialog() override;

    // Names for targets the request only knows by id (same count and order), shown and journaled.
    void setTargetNames(const QStringList &names);
    // A notice above the targets (the decline fallback's, say).
    void setNotice(const QString &text);

    Phase phase() const { return m_phase; }
    const pmp::api::WriteRequest &request() const { return *m_request; }
    const pmp::actions::ConfirmationRequirement &requirement() const { return m_requirement; }
    // Valid once Done.
    const pmp::actions::ActionOutcome &outcome() const { return m_outcome; }
    bool canSend() const;

public slots:
    // Sends if the confirmation is satisfied and nothing was sent yet; otherwise does nothing.
    void send();
    void reject() override;

signals:
    void outcomeReady(const pmp::actions::ActionOutcome &outcome);
    void showJournalRequested(qint64 journalId);

private:
    void updateSendButton();
    void onStage();
    void onFinished(const pmp::actions::ActionOutcome &outcome);

    QPointer<pmp::actions::ActionRunner> m_runner;
    std::shared_ptr<const pmp::api::WriteRequest> m_request;
    pmp::actions::ConfirmationRequirement m_requirement;
    QPointer<pmp::actions::ActionRun> m_run;
    pmp::actions::ActionOutcome m_outcome;
    Phase m_phase = Phase::Review;

    QLabel *m_notice;
    QListWidget *m_targets;
    QStringList m_targetNames;
    QWidget *m_reviewPart;
    QWidget *m_confirmPart = nullptr;
    QLineEdit *m_typed = nullptr;
    QToolButton *m_detailsToggle;
    QPlainTextEdit *m_details;
    QWidget *m_progressPart;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QPushButton *m_journal;
};

} // namespace pmp::ui
