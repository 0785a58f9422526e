#pragma once

#include "ConfirmActionDialog.h"

#include "actions/ActionOutcome.h"

#include "api/WriteRequest.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QBoxLayout;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace pmp::actions {
class ActionRunner;
}

namespace pmp::ui {

class FieldErrors;

// What every write dialog with fields shares: a live one-line summary of what the request would do,
// validation with the reason shown at the field (the request's own validate(), so the dialog and the
// client never disagree), and "Review…", which opens the one confirmation path. A dialog whose
// request may have reached the server closes with it and cannot send it again.
class ActionFormDialog : public QDialog
{
    Q_OBJECT
public:
    ActionFormDialog(pmp::actions::ActionRunner *runner, QWidget *parent = nullptr);
    ~ActionFormDialog() override;

    // The request the fields describe now (never null).
    virtual std::shared_ptr<pmp::api::WriteRequest> buildRequest() const = 0;
    // Names for targets the request knows only by id (see ConfirmActionDialog::setTargetNames).
    virtual QStringList targetNames() const { return {}; }

    FieldErrors *fieldErrors() const { return m_errors; }
    QPushButton *reviewButton() const { return m_review; }
    QLabel *summaryLabel() const { return m_summary; }
    // The confirmation opened by the last review (null before).
    ConfirmActionDialog *confirmDialog() const { return m_confirm; }
    // Whether a request of this dialog may have reached the server (then it is done for good).
    bool wasSent() const { return m_sent; }
    pmp::actions::ActionRunner *runner() const { return m_runner; }

public slots:
    // Validates; on success opens the confirmation (window-modal, non-blocking) and returns true.
    bool review();

signals:
    void outcomeReady(const pmp::actions::ActionOutcome &outcome);
    void showJournalRequested(qint64 journalId);

protected:
    // Subclasses put their fields into body() and call fieldsChanged() when any changes.
    QVBoxLayout *body() const { return m_body; }
    void fieldsChanged();
    // Called when a review stops at an invalid field, after the message is shown: dialogs with tabs
    // bring the field into view.
    virtual void revealError(const pmp::api::ApiError &error);
    // Hook for dialogs that want to react to a finished confirmation (the decline's fallback).
    virtual void onOutcome(const pmp::actions::ActionOutcome &outcome);
    // Opens a confirmation for another request from this dialog (the decline's fallback).
    ConfirmActionDialog *confirm(std::shared_ptr<const pmp::api::WriteRequest> request, const QString &notice = {});
    // Shows an error no field is bound to under the fields.
    void showFormError(const QString &text);
    // Names the subclass's fields after their labels once they exist (AccessibleNames).
    void showEvent(QShowEvent *event) override;

private:
    pmp::actions::ActionRunner *m_runner;
    FieldErrors *m_errors;
    QVBoxLayout *m_body;
    QLabel *m_summary;
    QLabel *m_formError;
    QDialogButtonBox *m_buttons;
    QPushButton *m_review;
    QPointer<ConfirmActionDialog> m_confirm;
    bool m_attempted = false;
    bool m_sent = false;
};

} // namespace pmp::ui
