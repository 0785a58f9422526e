#include "ConfirmActionDialog.h"

#include "actions/ActionNames.h"
#include "actions/ActionRun.h"
#include "actions/ActionRunner.h"
#include "actions/RequestPreview.h"
#include "widgets/AccessibleNames.h"
#include "widgets/StatusColors.h"
#include "widgets/TenantBadge.h"

#include "api/Client.h"
#include "api/Transport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace pmp::ui {

using pmp::actions::ActionNames;
using pmp::actions::ActionOutcome;
using pmp::actions::ActionRun;
using pmp::actions::ConfirmationRule;
using pmp::actions::RequestPreview;

namespace {

QLabel *iconLabel(QStyle::StandardPixmap pixmap, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setPixmap(parent->style()->standardIcon(pixmap).pixmap(32, 32));
    l->setAlignment(Qt::AlignTop);
    return l;
}

} // namespace

ConfirmActionDialog::ConfirmActionDialog(pmp::actions::ActionRunner *runner,
                                         std::shared_ptr<const pmp::api::WriteRequest> request, QWidget *parent)
    : QDialog(parent), m_runner(runner), m_request(std::move(request)),
      m_requirement(ConfirmationRule::forRequest(*m_request))
{
    setObjectName(QStringLiteral("confirmActionDialog"));
    const pmp::api::OperationId op = m_request->operation();
    setWindowTitle(tr("Confirm: %1").arg(ActionNames::title(op)));
    setMinimumWidth(560);

    auto *layout = new QVBoxLayout(this);

    // Which tenant the write goes to, first: with windows on several tenants open side by side, a
    // write confirmed in the wrong one is the mistake to prevent. The badge has the window's colour.
    const QString tenant = runner ? runner->profile() : QString();
    if (!tenant.isEmpty()) {
        setWindowTitle(tr("Confirm: %1 — %2").arg(ActionNames::title(op), tenant));
        auto *tenantRow = new QHBoxLayout;
        auto *actsOn = new QLabel(tr("Acts on tenant:"), this);
        auto *badge = new TenantBadge(this);
        badge->setObjectName(QStringLiteral("confirmTenant"));
        const TenantBadge *windowBadge = TenantBadge::of(parent);
        badge->setTenant(tenant, windowBadge ? windowBadge->tenantColour() : TenantBadge::colour(0), tenant);
        badge->setWordWrap(false);
        actsOn->setBuddy(badge);
        tenantRow->addWidget(actsOn);
        tenantRow->addWidget(badge);
        tenantRow->addStretch(1);
        layout->addLayout(tenantRow);
    }

    // What will happen, in words.
    auto *head = new QHBoxLayout;
    const bool serious = m_requirement.isRequired() || m_request->isDestructive();
    head->addWidget(iconLabel(serious ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxQuestion, this));
    auto *summary = new QLabel(m_request->summary(), this);
    summary->setObjectName(QStringLiteral("confirmSummary"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    summary->setFont(big);
    head->addWidget(summary, 1);
    layout->addLayout(head);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("confirmNotice"));
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(8);
    StatusColors::keepStyled(m_notice, [notice = m_notice] {
        const QString sheet = StatusColors::boxStyleSheet(
            StatusColors::Status::Warning, StatusColors::surroundingPalette(notice), QStringLiteral("QLabel"), 0);
        if (notice->styleSheet() != sheet)
            notice->setStyleSheet(sheet);
    });
    m_notice->hide();
    layout->addWidget(m_notice);

    m_reviewPart = new QWidget(this);
    auto *review = new QVBoxLayout(m_reviewPart);
    review->setContentsMargins(0, 0, 0, 0);

    // To which targets.
    const QStringList targets = m_request->targets();
    const int count = m_request->targetCount();
    auto *targetsLabel = new QLabel(count < 0 ? tr("Targets: every managed computer")
                                              : tr("Targets (%1):").arg(QLocale().toString(count)),
                                    m_reviewPart);
    targetsLabel->setObjectName(QStringLiteral("confirmTargetsLabel"));
    review->addWidget(targetsLabel);
    auto *list = m_targets = new QListWidget(m_reviewPart);
    list->setObjectName(QStringLiteral("confirmTargets"));
    targetsLabel->setBuddy(list); // names the list for screen readers
    list->addItems(targets);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setMaximumHeight(qMin(140, 24 + int(targets.size()) * list->fontMetrics().height() * 3 / 2));
    review->addWidget(list);
    list->setVisible(count >= 0); // "every managed computer" says it all

    // Exactly what is sent, on request.
    m_detailsToggle = new QToolButton(m_reviewPart);
    m_detailsToggle->setObjectName(QStringLiteral("requestDetailsToggle"));
    m_detailsToggle->setText(tr("Show the exact request"));
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAutoRaise(true);
    review->addWidget(m_detailsToggle);
    m_details = new QPlainTextEdit(m_reviewPart);
    m_details->setObjectName(QStringLiteral("requestDetails"));
    m_details->setAccessibleName(tr("Exact request"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QUrl server =
        runner && runner->client() && runner->client()->transport() ? runner->client()->transport()->baseUrl() : QUrl();
    m_details->setPlainText(RequestPreview::describe(*m_request, server));
    m_details->setMinimumHeight(180);
    m_details->hide();
    review->addWidget(m_details);
    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_detailsToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_detailsToggle->setText(on ? tr("Hide the exact request") : tr("Show the exact request"));
        adjustSize();
    });

    // Typed confirmation for destructive or wide actions.
    if (m_requirement.isRequired()) {
        m_confirmPart = new QFrame(m_reviewPart);
        m_confirmPart->setObjectName(QStringLiteral("typedConfirmationBox"));
        auto *c = new QVBoxLayout(m_confirmPart);
        c->setContentsMargins(0, 8, 0, 0);
        auto *reason = new QLabel(m_requirement.reason, m_confirmPart);
        reason->setObjectName(QStringLiteral("typedConfirmationReason"));
        reason->setWordWrap(true);
        QFont bold = reason->font();
        bold.setBold(true);
        reason->setFont(bold);
        c->addWidget(reason);
        auto *prompt = new QLabel(tr("Type %1 to confirm:").arg(m_requirement.phrase), m_confirmPart);
        prompt->setObjectName(QStringLiteral("typedConfirmationPrompt"));
        c->addWidget(prompt);
        m_typed = new QLineEdit(m_confirmPart);
        m_typed->setObjectName(QStringLiteral("typedConfirmation"));
        m_typed->setPlaceholderText(m_requirement.phrase);
        m_typed->setFocus(Qt::OtherFocusReason); // the next thing to do is type
        prompt->setBuddy(m_typed);
        c->addWidget(m_typed);
        review->addWidget(m_confirmPart);
        connect(m_typed, &QLineEdit::textChanged, this, &ConfirmActionDialog::updateSendButton);
    }
    layout->addWidget(m_reviewPart);

    // Progress, then the outcome.
    m_progressPart = new QWidget(this);
    auto *progress = new QVBoxLayout(m_progressPart);
    progress->setContentsMargins(0, 0, 0, 0);
    m_progressText = new QLabel(m_progressPart);
    m_progressText->setObjectName(QStringLiteral("progressText"));
    m_progressText->setWordWrap(true);
    progress->addWidget(m_progressText);
    m_progress = new QProgressBar(m_progressPart);
    m_progress->setObjectName(QStringLiteral("actionProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    progress->addWidget(m_progress);
    m_progressPart->hide();
    layout->addWidget(m_progressPart);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultText"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);

    layout->addStretch(1); // spare height below the content, not between its lines
    m_buttons = new QDialogButtonBox(this);
    m_send = m_buttons->addButton(ActionNames::sendLabel(op), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_journal = m_buttons->addButton(tr("Show in journal"), QDialogButtonBox::ActionRole);
    m_journal->setObjectName(QStringLiteral("showJournalButton"));
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    // After the last addButton(): the box shows every button each time it lays them out.
    m_journal->hide();
    m_close->hide();
    // Nothing is sent by pressing Enter in the typed-confirmation field by accident of focus: Send is
    // the default only once it can be used.
    m_send->setAutoDefault(false);
    m_cancel->setDefault(true);
    layout->addWidget(m_buttons);

    connect(m_send, &QPushButton::clicked, this, &ConfirmActionDialog::send);
    connect(m_cancel, &QPushButton::clicked, this, &ConfirmActionDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_journal, &QPushButton::clicked, this, [this] {
        emit showJournalRequested(m_outcome.journalId);
        accept();
    });
    updateSendButton();
    AccessibleNames::nameFromLabels(this);
}

ConfirmActionDialog::~ConfirmActionDialog() = default;

void ConfirmActionDialog::setTargetNames(const QStringList &names)
{
    if (names.size() != m_request->targets().size())
        return;
    m_targetNames = names;
    m_targets->clear();
    m_targets->addItems(names);
}

void ConfirmActionDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

bool ConfirmActionDialog::canSend() const
{
    if (m_phase != Phase::Review || !m_runner)
        return false;
    return ConfirmationRule::isSatisfied(m_requirement, m_typed ? m_typed->text() : QString());
}

void ConfirmActionDialog::updateSendButton()
{
    const bool ok = canSend();
    m_send->setEnabled(ok);
    m_send->setDefault(ok);
    m_cancel->setDefault(!ok);
    if (m_typed && !m_requirement.phrase.isEmpty())
        m_send->setToolTip(ok ? QString() : tr("Type %1 above to enable this button.").arg(m_requirement.phrase));
}

void ConfirmActionDialog::send()
{
    if (!canSend())
        return;
    m_phase = Phase::Running;
    m_send->setEnabled(false);
    m_send->hide();
    if (m_typed)
        m_typed->setReadOnly(true);
    m_progressPart->show();
    m_progressText->setText(tr("Sending…"));
    m_run = m_runner->run(m_request, m_targetNames);
    connect(m_run, &ActionRun::stageChanged, this, &ConfirmActionDialog::onStage);
    connect(m_run, &ActionRun::finished, this, &ConfirmActionDialog::onFinished);
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("A request on its way cannot be called back."));
}

void ConfirmActionDialog::onStage()
{
    if (!m_run)
        return;
    switch (m_run->stage()) {
    case ActionRun::Stage::Authorizing:
        m_progressText->setText(tr("PatchDeck needs permission to make changes (%1). Approve it in the browser "
                                   "window that opened; nothing is sent until you do.")
                                    .arg(m_run->missingScope()));
        m_cancel->setEnabled(true);
        m_cancel->setToolTip(QString());
        break;
    case ActionRun::Stage::Sending:
        m_progressText->setText(tr("Sending to the server…"));
        m_cancel->setEnabled(false);
        m_cancel->setToolTip(tr("A request on its way cannot be called back."));
        break;
    case ActionRun::Stage::Queued:
    case ActionRun::Stage::Finished:
        break;
    }
}

void ConfirmActionDialog::onFinished(const ActionOutcome &outcome)
{
    m_outcome = outcome;
    m_phase = Phase::Done;
    m_progressPart->hide();
    // The request stays readable (details, targets); the confirmation is spent.
    if (m_confirmPart)
        m_confirmPart->hide();
    m_result->setText(outcome.message);
    QFont bold = m_result->font();
    bold.setBold(true);
    m_result->setFont(bold);
    using O = ActionOutcome::Outcome;
    StatusColors::applyAccent(m_result, outcome.outcome == O::Succeeded        ? StatusColors::Status::Ok
                                        : outcome.outcome == O::OutcomeUnknown ? StatusColors::Status::Warning
                                                                               : StatusColors::Status::Error);
    m_result->setProperty("outcome", pmp::store::JournalEntry::outcomeKey(outcome.outcome));
    m_result->show();
    if (!outcome.error.detail().isEmpty() && outcome.outcome != O::Succeeded)
        m_result->setToolTip(outcome.error.detail());
    m_cancel->hide();
    m_close->show();
    m_close->setDefault(true);
    m_close->setFocus();
    m_journal->setVisible(outcome.journalId >= 0);
    emit outcomeReady(outcome);
}

void ConfirmActionDialog::reject()
{
    if (m_phase == Phase::Running) {
        // Only a run still waiting for permission can be stopped; a sent one must be seen to its end.
        if (m_run && m_run->cancel())
            return; // finished() follows with the refusal
        return;
    }
    if (m_phase == Phase::Done) {
        accept();
        return;
    }
    QDialog::reject();
}

} // namespace pmp::ui
