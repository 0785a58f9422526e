#include "UninstallPatchesDialog.h"

#include "FieldErrors.h"
#include "PolicyPicker.h"

#include "actions/ActionRunner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStyle>

namespace pmp::ui {

using pmp::api::DeploymentAction;
using pmp::api::UninstallPatchesRequest;

UninstallPatchesDialog::UninstallPatchesDialog(pmp::actions::ActionRunner *runner, const ActionSelection &selection,
                                               QWidget *parent)
    : ActionFormDialog(runner, parent), m_patchIds(selection.patchIds)
{
    setObjectName(QStringLiteral("uninstallPatchesDialog"));
    setWindowTitle(tr("Uninstall patches"));

    auto *warning = new QLabel(tr("The patches are removed from every computer that has them. Computers become "
                                  "vulnerable again to what the patches fixed."),
                               this);
    warning->setObjectName(QStringLiteral("uninstallWarning"));
    warning->setWordWrap(true);
    body()->addWidget(warning);

    auto *form = new QFormLayout;
    m_patchList = new QListWidget(this);
    m_patchList->setObjectName(QStringLiteral("patchList"));
    m_patchList->setSelectionMode(QAbstractItemView::NoSelection);
    m_patchList->setMaximumHeight(140);
    for (int i = 0; i < selection.patchIds.size(); ++i)
        m_patchList->addItem(tr("%1 (id %2)").arg(selection.patchNames.value(i)).arg(selection.patchIds.at(i)));
    form->addRow(tr("Patches:"), fieldErrors()->wrap(m_patchList, QStringLiteral("PatchIDs")));

    m_configName = new QLineEdit(
        tr("PatchDeck uninstall %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
        this);
    m_configName->setObjectName(QStringLiteral("configName"));
    form->addRow(tr("&Name:"), fieldErrors()->wrap(m_configName, QStringLiteral("ConfigName")));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("configDescription"));
    m_description->setPlaceholderText(tr("Optional: why, ticket number…"));
    form->addRow(tr("&Description:"), m_description);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionCombo"));
    m_action->addItem(tr("Save as draft (nothing is uninstalled)"), int(DeploymentAction::Draft));
    m_action->addItem(tr("Uninstall when each agent next contacts the server"), int(DeploymentAction::Deploy));
    m_action->addItem(tr("Uninstall immediately"), int(DeploymentAction::DeployImmediately));
    form->addRow(tr("&Action:"), fieldErrors()->wrap(m_action, QStringLiteral("actionToPerform")));
    m_policy = new PolicyPicker(runner ? runner->client() : nullptr, this);
    m_policy->setObjectName(QStringLiteral("policyPicker"));
    form->addRow(tr("Deployment &policy:"),
                 fieldErrors()->wrap(m_policy, QStringLiteral("DeploymentPolicyTemplateID")));
    body()->addLayout(form);
    body()->addStretch(1);

    connect(m_configName, &QLineEdit::textChanged, this, &UninstallPatchesDialog::fieldsChanged);
    connect(m_description, &QLineEdit::textChanged, this, &UninstallPatchesDialog::fieldsChanged);
    connect(m_action, &QComboBox::currentIndexChanged, this, &UninstallPatchesDialog::fieldsChanged);
    connect(m_policy, &PolicyPicker::changed, this, &UninstallPatchesDialog::fieldsChanged);
    fieldsChanged();
    resize(640, 420);
}

UninstallPatchesRequest UninstallPatchesDialog::request() const
{
    UninstallPatchesRequest r;
    r.setPatchIds(m_patchIds);
    r.setConfigName(m_configName->text());
    r.setConfigDescription(m_description->text().trimmed());
    r.setAction(DeploymentAction(m_action->currentData().toInt()));
    if (const std::optional<qint64> id = m_policy->templateId())
        r.setDeploymentPolicyTemplateId(*id);
    return r;
}

std::shared_ptr<pmp::api::WriteRequest> UninstallPatchesDialog::buildRequest() const
{
    return std::make_shared<UninstallPatchesRequest>(request());
}

} // namespace pmp::ui
