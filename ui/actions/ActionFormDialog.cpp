#include "ActionFormDialog.h"

#include "ConfirmActionDialog.h"
#include "FieldErrors.h"
#include "widgets/AccessibleNames.h"
#include "widgets/StatusColors.h"

#include "actions/ActionRunner.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pmp::ui {

ActionFormDialog::ActionFormDialog(pmp::actions::ActionRunner *runner, QWidget *parent)
    : QDialog(parent), m_runner(runner), m_errors(new FieldErrors(this))
{
    auto *layout = new QVBoxLayout(this);
    m_body = new QVBoxLayout;
    layout->addLayout(m_body, 1);

    m_formError = new QLabel(this);
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    StatusColors::applyAccent(m_formError, StatusColors::Status::Error);
    m_formError->hide();
    layout->addWidget(m_formError);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("requestSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    m_buttons = new QDialogButtonBox(this);
    m_review = m_buttons->addButton(tr("Review…"), QDialogButtonBox::AcceptRole);
    m_review->setObjectName(QStringLiteral("reviewButton"));
    m_review->setToolTip(tr("Check the fields and show exactly what will be sent before anything is sent."));
    m_review->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(m_buttons);
    connect(m_review, &QPushButton::clicked, this, &ActionFormDialog::review);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
}

ActionFormDialog::~ActionFormDialog() = default;

void ActionFormDialog::fieldsChanged()
{
    const std::shared_ptr<pmp::api::WriteRequest> request = buildRequest();
    m_summary->setText(request->summary());
    if (m_attempted) {
        // Once a review found a problem, say as soon as it is fixed (or what the next one is).
        const pmp::api::ApiError error = request->validate(m_runner->now());
        m_formError->hide();
        if (!m_errors->show(error, false) && error.isError())
            showFormError(error.message());
    }
}

void ActionFormDialog::showFormError(const QString &text)
{
    m_formError->setText(text);
    m_formError->setVisible(!text.isEmpty());
}

bool ActionFormDialog::review()
{
    if (m_sent)
        return false;
    m_attempted = true;
    const std::shared_ptr<pmp::api::WriteRequest> request = buildRequest();
    const pmp::api::ApiError error = request->validate(m_runner->now());
    m_formError->hide();
    m_errors->clear();
    if (error.isError()) {
        if (!m_errors->show(error))
            showFormError(error.message());
        revealError(error);
        return false;
    }
    ConfirmActionDialog *dialog = confirm(request);
    dialog->setTargetNames(targetNames());
    return true;
}

ConfirmActionDialog *ActionFormDialog::confirm(std::shared_ptr<const pmp::api::WriteRequest> request,
                                               const QString &notice)
{
    auto *dialog = new ConfirmActionDialog(m_runner, std::move(request), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNotice(notice);
    m_confirm = dialog;
    connect(dialog, &ConfirmActionDialog::outcomeReady, this, [this](const pmp::actions::ActionOutcome &outcome) {
        if (outcome.mayHaveActed()) {
            m_sent = true;
            m_review->setEnabled(false);
        }
        onOutcome(outcome);
        emit outcomeReady(outcome);
    });
    connect(dialog, &ConfirmActionDialog::showJournalRequested, this, &ActionFormDialog::showJournalRequested);
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_sent)
            accept();
    });
    dialog->open();
    return dialog;
}

void ActionFormDialog::showEvent(QShowEvent *event)
{
    AccessibleNames::nameFromLabels(this);
    QDialog::showEvent(event);
}

void ActionFormDialog::onOutcome(const pmp::actions::ActionOutcome &) {}

void ActionFormDialog::revealError(const pmp::api::ApiError &) {}

} // namespace pmp::ui
