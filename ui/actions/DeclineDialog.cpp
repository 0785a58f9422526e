#include "DeclineDialog.h"

#include "CheckList.h"
#include "ConfirmActionDialog.h"
#include "FieldErrors.h"

#include "actions/CustomGroupDirectory.h"
#include "actions/DeclineFallback.h"
#include "api/requests/LegacyDeclineRequest.h"
#include "api/requests/RequestRules.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace pmp::ui {

using pmp::api::DeclinePatchesRequest;
using Reason = pmp::api::DeclinePatchesRequest::Reason;

namespace {

enum Column
{
    PatchColumn,
    PlatformColumn,
    ReasonColumn,
    RemarksColumn
};

void fillReasons(QComboBox *combo)
{
    combo->addItem(DeclineDialog::tr("Choose a reason…"), int(Reason::Unspecified));
    for (const Reason r : {Reason::VendorReportedIssue, Reason::NotApplicable, Reason::KnownConflict,
                           Reason::ManagedAlternatively, Reason::Other})
        combo->addItem(DeclinePatchesRequest::reasonText(r), int(r));
}

} // namespace

DeclineDialog::DeclineDialog(pmp::actions::ActionRunner *runner, pmp::actions::CustomGroupDirectory *groups,
                             const ActionSelection &selection, QWidget *parent)
    : ActionFormDialog(runner, parent), m_directory(groups), m_selection(selection)
{
    setObjectName(QStringLiteral("declineDialog"));
    setWindowTitle(tr("Decline patches"));

    auto *intro = new QLabel(tr("A declined patch is not deployed to the chosen groups (automatic deployment skips "
                                "it too), and no longer counts as missing there. Give each patch a reason."),
                             this);
    intro->setWordWrap(true);
    body()->addWidget(intro);

    // One reason and remark for all, or each its own.
    auto *allRow = new QHBoxLayout;
    m_allReason = new QComboBox(this);
    m_allReason->setObjectName(QStringLiteral("allReasonCombo"));
    fillReasons(m_allReason);
    m_allRemarks = new QLineEdit(this);
    m_allRemarks->setObjectName(QStringLiteral("allRemarks"));
    m_allReason->setAccessibleName(tr("Reason for every patch"));
    m_allRemarks->setAccessibleName(tr("Remarks for every patch"));
    m_allRemarks->setPlaceholderText(tr("Remarks for every patch"));
    auto *apply = new QPushButton(tr("Apply to every patch"), this);
    apply->setObjectName(QStringLiteral("applyToAll"));
    apply->setAutoDefault(false);
    allRow->addWidget(new QLabel(tr("For all:"), this));
    allRow->addWidget(m_allReason);
    allRow->addWidget(m_allRemarks, 1);
    allRow->addWidget(apply);
    body()->addLayout(allRow);
    connect(apply, &QPushButton::clicked, this, &DeclineDialog::applyToAll);

    m_table = new QTableWidget(int(selection.patchIds.size()), 4, this);
    m_table->setObjectName(QStringLiteral("declineTable"));
    m_table->setAccessibleName(tr("Patches to decline"));
    m_table->setHorizontalHeaderLabels({tr("Patch"), tr("Platform"), tr("Reason"), tr("Remarks")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(PatchColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PlatformColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RemarksColumn, QHeaderView::Stretch);
    auto *tableError = new QLabel(this);
    tableError->setObjectName(QStringLiteral("declineTableError"));
    tableError->setWordWrap(true);
    tableError->hide();
    bool anyLinux = false;
    for (int i = 0; i < selection.patchIds.size(); ++i) {
        auto *name =
            new QTableWidgetItem(tr("%1 (id %2)").arg(selection.patchNames.value(i)).arg(selection.patchIds.at(i)));
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(i, PatchColumn, name);
        const QString platform = selection.patchPlatforms.value(i);
        auto *plat = new QTableWidgetItem(platform);
        plat->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(i, PlatformColumn, plat);
        auto *reason = new QComboBox(m_table);
        reason->setObjectName(QStringLiteral("reasonCombo_%1").arg(i));
        fillReasons(reason);
        m_table->setCellWidget(i, ReasonColumn, reason);
        auto *remarks = new QLineEdit(m_table);
        remarks->setObjectName(QStringLiteral("remarks_%1").arg(i));
        remarks->setPlaceholderText(tr("Why it is declined"));
        // The row's patch names both fields: a screen reader reads one cell widget at a time.
        reason->setAccessibleName(tr("Reason for %1").arg(selection.patchNames.value(i)));
        remarks->setAccessibleName(tr("Remarks for %1").arg(selection.patchNames.value(i)));
        m_table->setCellWidget(i, RemarksColumn, remarks);
        fieldErrors()->bind(QStringLiteral("patches[%1].reasonId").arg(i), reason, tableError);
        fieldErrors()->bind(QStringLiteral("patches[%1].remarks").arg(i), remarks, tableError);
        connect(reason, &QComboBox::currentIndexChanged, this, &DeclineDialog::fieldsChanged);
        connect(remarks, &QLineEdit::textChanged, this, &DeclineDialog::fieldsChanged);
        if (DeclinePatchesRequest::isLinuxPlatform(platform)) {
            anyLinux = true;
            name->setToolTip(DeclinePatchesRequest::linuxNotice());
        }
    }
    fieldErrors()->bindPrefix(QStringLiteral("patches"), m_table, tableError);
    m_table->setMinimumHeight(160);
    body()->addWidget(m_table, 1);
    body()->addWidget(tableError);
    if (anyLinux) {
        auto *linuxNote = new QLabel(DeclinePatchesRequest::linuxNotice(), this);
        linuxNote->setObjectName(QStringLiteral("linuxNotice"));
        linuxNote->setWordWrap(true);
        body()->addWidget(linuxNote);
    }

    // For which custom groups.
    auto *groupBox = new QGroupBox(tr("Decline for these custom groups"), this);
    auto *gv = new QVBoxLayout(groupBox);
    auto *statusRow = new QHBoxLayout;
    m_groupStatus = new QLabel(groupBox);
    m_groupStatus->setObjectName(QStringLiteral("groupStatus"));
    m_groupStatus->setWordWrap(true);
    m_refreshGroups = new QToolButton(groupBox);
    m_refreshGroups->setObjectName(QStringLiteral("refreshGroups"));
    m_refreshGroups->setText(tr("Look again"));
    m_refreshGroups->setToolTip(tr("Read the custom groups and their ids from the query reports again."));
    statusRow->addWidget(m_groupStatus, 1);
    statusRow->addWidget(m_refreshGroups);
    gv->addLayout(statusRow);
    m_groups = new CheckList(groupBox);
    m_groups->setObjectName(QStringLiteral("declineGroups"));
    m_groups->setListName(tr("Custom groups"));
    gv->addWidget(m_groups);
    auto *idRow = new QHBoxLayout;
    m_groupIds = new QLineEdit(groupBox);
    m_groupIds->setObjectName(QStringLiteral("groupIds"));
    m_groupIds->setAccessibleName(tr("Other group ids"));
    m_groupIds->setPlaceholderText(tr("Group ids known from elsewhere, e.g. 501, 502"));
    idRow->addWidget(new QLabel(tr("Other group ids:"), groupBox));
    idRow->addWidget(m_groupIds, 1);
    gv->addLayout(idRow);
    auto *groupError = new QLabel(groupBox);
    groupError->setObjectName(QStringLiteral("declineGroupsError"));
    groupError->setWordWrap(true);
    groupError->hide();
    gv->addWidget(groupError);
    fieldErrors()->bind(QStringLiteral("customGroupID"), m_groups, groupError);
    body()->addWidget(groupBox);
    connect(m_groups, &CheckList::changed, this, &DeclineDialog::fieldsChanged);
    connect(m_groupIds, &QLineEdit::textChanged, this, &DeclineDialog::fieldsChanged);
    connect(m_refreshGroups, &QToolButton::clicked, this, [this] {
        if (m_directory)
            m_directory->refresh();
    });

    // The deprecated decline, offered only after E30 was refused as unsupported.
    m_fallback = new QFrame(this);
    m_fallback->setObjectName(QStringLiteral("fallbackBox"));
    m_fallback->setFrameShape(QFrame::StyledPanel);
    auto *fv = new QVBoxLayout(m_fallback);
    auto *fallbackText = new QLabel(pmp::actions::DeclineFallback::notice(), m_fallback);
    fallbackText->setWordWrap(true);
    fv->addWidget(fallbackText);
    auto *legacy = new QPushButton(tr("Decline for all computers with the deprecated operation…"), m_fallback);
    legacy->setObjectName(QStringLiteral("legacyDeclineButton"));
    legacy->setAutoDefault(false);
    fv->addWidget(legacy, 0, Qt::AlignLeft);
    m_fallback->hide();
    body()->addWidget(m_fallback);
    connect(legacy, &QPushButton::clicked, this, &DeclineDialog::offerLegacyDecline);

    if (m_directory) {
        connect(m_directory, &pmp::actions::CustomGroupDirectory::changed, this, &DeclineDialog::loadGroups);
        m_directory->load();
    }
    loadGroups();
    fieldsChanged();
    resize(860, 640);
}

void DeclineDialog::loadGroups()
{
    if (!m_directory) {
        m_groupStatus->setText(tr("Custom groups are not available."));
        return;
    }
    m_groupStatus->setText(m_directory->statusText());
    m_refreshGroups->setEnabled(m_directory->state() != pmp::actions::CustomGroupDirectory::State::Loading);
    QStringList names, ids;
    for (const pmp::actions::CustomGroupInfo &g : m_directory->computerGroups()) {
        names << g.name;
        ids << g.id;
    }
    m_groups->setItems(names, ids);
}

void DeclineDialog::applyToAll()
{
    for (int i = 0; i < m_table->rowCount(); ++i) {
        if (m_allReason->currentData().toInt() != int(Reason::Unspecified))
            reasonCombo(i)->setCurrentIndex(m_allReason->currentIndex());
        if (!m_allRemarks->text().trimmed().isEmpty())
            remarksEdit(i)->setText(m_allRemarks->text());
    }
    fieldsChanged();
}

QComboBox *DeclineDialog::reasonCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, ReasonColumn));
}

QLineEdit *DeclineDialog::remarksEdit(int row) const
{
    return qobject_cast<QLineEdit *>(m_table->cellWidget(row, RemarksColumn));
}

DeclinePatchesRequest DeclineDialog::request() const
{
    DeclinePatchesRequest r;
    for (int i = 0; i < m_selection.patchIds.size(); ++i) {
        DeclinePatchesRequest::Entry e;
        e.patchId = m_selection.patchIds.at(i);
        e.reasonId = Reason(reasonCombo(i)->currentData().toInt());
        e.remarks = remarksEdit(i)->text();
        e.platform = m_selection.patchPlatforms.value(i);
        r.addEntry(e);
    }
    QList<DeclinePatchesRequest::CustomGroup> groups;
    const QStringList ids = m_groups->checkedValues();
    const QStringList names = m_groups->checkedTexts();
    for (int i = 0; i < ids.size(); ++i)
        groups.append({ids.at(i), names.value(i)});
    for (const QString &id :
         pmp::api::RequestRules::splitList(m_groupIds->text().replace(QLatin1Char(' '), QLatin1Char(',')))) {
        QString name;
        if (m_directory)
            if (const auto g = m_directory->byId(id))
                name = g->name;
        groups.append({id, name});
    }
    r.setCustomGroups(groups);
    return r;
}

std::shared_ptr<pmp::api::WriteRequest> DeclineDialog::buildRequest() const
{
    return std::make_shared<DeclinePatchesRequest>(request());
}

bool DeclineDialog::isFallbackOffered() const
{
    return !m_fallback->isHidden();
}

void DeclineDialog::onOutcome(const pmp::actions::ActionOutcome &outcome)
{
    if (outcome.operation == pmp::api::OperationId::DeclinePatches &&
        outcome.outcome == pmp::actions::ActionOutcome::Outcome::Failed &&
        pmp::actions::DeclineFallback::isOffered(outcome.error))
        m_fallback->show();
}

void DeclineDialog::offerLegacyDecline()
{
    auto legacy = std::make_shared<pmp::api::LegacyDeclineRequest>(m_selection.patchIds);
    confirm(legacy, pmp::actions::DeclineFallback::notice());
}

} // namespace pmp::ui
