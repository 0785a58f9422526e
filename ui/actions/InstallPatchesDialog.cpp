#include "InstallPatchesDialog.h"

#include "CheckList.h"
#include "FieldErrors.h"
#include "PolicyPicker.h"

#include "actions/ActionRunner.h"
#include "api/requests/RequestRules.h"
#include "models/ServerChoices.h"
#include "models/ToolTipText.h"
#include "widgets/ComboWidth.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pmp::ui {

using pmp::api::DeploymentAction;
using pmp::api::ForceRebootOption;
using pmp::api::InstallPatchesRequest;
using pmp::api::RequestRules;

namespace {

QDateTimeEdit *dateTimeEdit(const QString &name, const QDateTime &value, QWidget *parent)
{
    auto *e = new QDateTimeEdit(value, parent);
    e->setObjectName(name);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    return e;
}

QLabel *errorLabel(const QString &name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->hide();
    return l;
}

// A datetime field with its on/off switch and its message label.
QWidget *optionalTime(QCheckBox *on, QDateTimeEdit *edit, FieldErrors *errors, const QString &field, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->addWidget(on);
    row->addWidget(edit, 1);
    v->addLayout(row);
    QLabel *label = errorLabel(edit->objectName() + QStringLiteral("Error"), box);
    v->addWidget(label);
    errors->bind(field, edit, label);
    edit->setEnabled(false);
    QObject::connect(on, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    return box;
}

} // namespace

InstallPatchesDialog::InstallPatchesDialog(pmp::actions::ActionRunner *runner, pmp::models::ServerChoices *choices,
                                           const ActionSelection &selection, QWidget *parent)
    : ActionFormDialog(runner, parent), m_choices(choices), m_selection(selection), m_patchIds(selection.patchIds)
{
    setObjectName(QStringLiteral("installPatchesDialog"));
    setWindowTitle(tr("Install patches"));

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(buildWhat());
    left->addWidget(buildWhere(), 1);
    auto *right = new QVBoxLayout;
    right->addWidget(buildHow());
    right->addWidget(buildSchedule());
    right->addWidget(buildRetries());
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    body()->addLayout(columns);

    // Sensible starting points: the selection decides what and where.
    setMode(m_selection.hasPatches() ? Mode::ChosenPatches : Mode::AllMissing);
    if (m_selection.hasComputers())
        setTarget(Target::Selected);
    else
        setTarget(Target::CustomGroups);

    loadChoices();
    if (m_choices) {
        connect(m_choices, &pmp::models::ServerChoices::loaded, this, &InstallPatchesDialog::loadChoices);
        if (!m_choices->isLoaded())
            m_choices->load();
    }
    updateEnabled();
    fieldsChanged();
    resize(980, 700);
}

QWidget *InstallPatchesDialog::buildWhat()
{
    auto *group = new QGroupBox(tr("What to install"), this);
    auto *v = new QVBoxLayout(group);
    m_modeAllMissing = new QRadioButton(tr("All missing patches"), group);
    m_modeAllMissing->setObjectName(QStringLiteral("modeAllMissing"));
    m_modeChosen = new QRadioButton(tr("These patches:"), group);
    m_modeChosen->setObjectName(QStringLiteral("modeChosenPatches"));
    auto *modes = new QButtonGroup(group);
    modes->addButton(m_modeAllMissing);
    modes->addButton(m_modeChosen);
    v->addWidget(m_modeAllMissing);
    m_onlyApproved = new QCheckBox(tr("Only patches that are approved"), group);
    m_onlyApproved->setObjectName(QStringLiteral("onlyApproved"));
    m_onlyApproved->setToolTip(tr("Sent as isOnlyApproved; applies only when installing all missing patches."));
    auto *approvedRow = new QHBoxLayout;
    approvedRow->addSpacing(24);
    approvedRow->addWidget(fieldErrors()->wrap(m_onlyApproved, QStringLiteral("isOnlyApproved")), 1);
    v->addLayout(approvedRow);
    v->addWidget(m_modeChosen);

    m_patchList = new QListWidget(group);
    m_patchList->setObjectName(QStringLiteral("patchList"));
    m_patchList->setAccessibleName(tr("Patches to install"));
    m_patchList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_patchList->setMaximumHeight(120);
    // Long patch names: the middle gives way, so the id at the end stays readable; the full name is the tooltip.
    m_patchList->setTextElideMode(Qt::ElideMiddle);
    m_patchList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int i = 0; i < m_selection.patchIds.size(); ++i) {
        const QString text = tr("%1 (id %2)").arg(m_selection.patchNames.value(i)).arg(m_selection.patchIds.at(i));
        m_patchList->addItem(text);
        m_patchList->item(i)->setToolTip(models::toolTipText(text));
    }
    auto *patchBox = new QWidget(group);
    auto *pv = new QVBoxLayout(patchBox);
    pv->setContentsMargins(24, 0, 0, 0);
    pv->setSpacing(2);
    pv->addWidget(m_patchList);
    auto *addRow = new QHBoxLayout;
    m_addPatchIds = new QLineEdit(group);
    m_addPatchIds->setObjectName(QStringLiteral("addPatchIds"));
    m_addPatchIds->setAccessibleName(tr("Patch IDs to add"));
    m_addPatchIds->setPlaceholderText(tr("Add patch IDs, e.g. 103980, 103981"));
    auto *add = new QPushButton(tr("Add"), group);
    add->setObjectName(QStringLiteral("addPatchIdsButton"));
    add->setAutoDefault(false);
    auto *remove = new QPushButton(tr("Remove"), group);
    remove->setObjectName(QStringLiteral("removePatchesButton"));
    remove->setAutoDefault(false);
    addRow->addWidget(m_addPatchIds, 1);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    pv->addLayout(addRow);
    QLabel *patchError = errorLabel(QStringLiteral("patchListError"), patchBox);
    pv->addWidget(patchError);
    fieldErrors()->bind(QStringLiteral("PatchIDs"), m_patchList, patchError);
    v->addWidget(patchBox);

    connect(add, &QPushButton::clicked, this, &InstallPatchesDialog::addTypedPatchIds);
    connect(m_addPatchIds, &QLineEdit::returnPressed, this, &InstallPatchesDialog::addTypedPatchIds);
    connect(remove, &QPushButton::clicked, this, [this] {
        const QList<QListWidgetItem *> items = m_patchList->selectedItems();
        QList<int> rows;
        for (QListWidgetItem *item : items)
            rows << m_patchList->row(item);
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        for (const int r : rows) {
            delete m_patchList->takeItem(r);
            m_patchIds.removeAt(r);
        }
        fieldsChanged();
    });
    connect(m_modeAllMissing, &QRadioButton::toggled, this, [this] {
        updateEnabled();
        fieldsChanged();
    });
    connect(m_onlyApproved, &QCheckBox::toggled, this, &InstallPatchesDialog::fieldsChanged);
    return group;
}

void InstallPatchesDialog::addTypedPatchIds()
{
    bool changed = false;
    for (const QString &part :
         RequestRules::splitList(m_addPatchIds->text().replace(QLatin1Char(' '), QLatin1Char(',')))) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        // A typo stays in the field so it can be corrected; valid ids move to the list.
        if (!ok || id <= 0)
            continue;
        if (m_patchIds.contains(id))
            continue;
        m_patchIds << id;
        m_patchList->addItem(tr("Patch id %1").arg(id));
        changed = true;
    }
    if (changed) {
        m_addPatchIds->clear();
        m_modeChosen->setChecked(true);
        fieldsChanged();
    }
}

QWidget *InstallPatchesDialog::buildWhere()
{
    auto *group = new QGroupBox(tr("Where (one target set)"), this);
    auto *v = new QVBoxLayout(group);
    m_targetGroup = new QButtonGroup(group);
    const struct
    {
        Target target;
        const char *name;
        QString text;
    } radios[] = {
        {Target::AllComputers, "targetAll", tr("All computers that need the patches")},
        {Target::Selected, "targetSelected",
         m_selection.computerIds.isEmpty() ? tr("Selected computers (none selected)")
         : m_selection.computerIds.size() == 1
             ? tr("The selected computer")
             : tr("The %n selected computer(s)", nullptr, int(m_selection.computerIds.size()))},
        {Target::Names, "targetNames", tr("Computers by name")},
        {Target::CustomGroups, "targetGroups", tr("Custom groups")},
        {Target::IpAddresses, "targetIps", tr("IP addresses")},
        {Target::RemoteOffices, "targetOffices", tr("Remote offices")},
    };
    // One column: two side by side made the dialog wider than a small screen in German.
    auto *radioColumn = new QVBoxLayout;
    for (const auto &r : radios) {
        auto *b = new QRadioButton(r.text, group);
        b->setObjectName(QLatin1String(r.name));
        m_targetGroup->addButton(b, int(r.target));
        radioColumn->addWidget(b);
    }
    v->addLayout(radioColumn);
    m_targetGroup->button(int(Target::Selected))->setEnabled(m_selection.hasComputers());

    m_targetStack = new QStackedWidget(group);
    m_targetStack->setObjectName(QStringLiteral("targetStack"));
    auto *all = new QLabel(tr("Every computer the chosen patches apply to. You will be asked to type ALL to "
                              "confirm."),
                           m_targetStack);
    all->setWordWrap(true);
    all->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_selectedList = new QListWidget(m_targetStack);
    m_selectedList->setObjectName(QStringLiteral("selectedComputers"));
    m_selectedList->setAccessibleName(tr("Selected computers"));
    m_selectedList->setSelectionMode(QAbstractItemView::NoSelection);
    m_selectedList->addItems(m_selection.computerNames);
    m_names = new QLineEdit(m_targetStack);
    m_names->setObjectName(QStringLiteral("targetNamesEdit"));
    m_names->setAccessibleName(tr("Computer names"));
    m_names->setPlaceholderText(tr("win-1422, wind-144d"));
    auto *namesBox = new QWidget(m_targetStack);
    auto *nv = new QVBoxLayout(namesBox);
    nv->setContentsMargins(0, 0, 0, 0);
    nv->addWidget(m_names);
    nv->addStretch(1);
    m_groups = new CheckList(m_targetStack);
    m_groups->setObjectName(QStringLiteral("targetGroupsList"));
    m_groups->setPlaceholder(tr("Loading the server's custom groups…"));
    m_ips = new QLineEdit(m_targetStack);
    m_ips->setObjectName(QStringLiteral("targetIpsEdit"));
    m_ips->setAccessibleName(tr("IP addresses"));
    m_ips->setPlaceholderText(tr("10.0.0.12, 10.0.0.13"));
    auto *ipsBox = new QWidget(m_targetStack);
    auto *iv = new QVBoxLayout(ipsBox);
    iv->setContentsMargins(0, 0, 0, 0);
    iv->addWidget(m_ips);
    iv->addStretch(1);
    m_offices = new CheckList(m_targetStack);
    m_offices->setObjectName(QStringLiteral("targetOfficesList"));
    m_offices->setPlaceholder(tr("Loading the server's remote offices…"));
    m_targetStack->addWidget(all);
    m_targetStack->addWidget(m_selectedList);
    m_targetStack->addWidget(namesBox);
    m_targetStack->addWidget(m_groups);
    m_targetStack->addWidget(ipsBox);
    m_targetStack->addWidget(m_offices);
    v->addWidget(m_targetStack, 1);

    // One message place for the target set, whichever editor it concerns.
    QLabel *targetError = errorLabel(QStringLiteral("targetError"), group);
    v->addWidget(targetError);
    fieldErrors()->bind(QStringLiteral("ResourceIDs"), m_selectedList, targetError);
    fieldErrors()->bind(QStringLiteral("resourceNames"), m_names, targetError);
    fieldErrors()->bind(QStringLiteral("customGroups"), m_groups, targetError);
    fieldErrors()->bind(QStringLiteral("ipAddresses"), m_ips, targetError);
    fieldErrors()->bind(QStringLiteral("remoteOffices"), m_offices, targetError);

    connect(m_targetGroup, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (!on)
            return;
        m_targetStack->setCurrentIndex(id);
        fieldsChanged();
    });
    connect(m_names, &QLineEdit::textChanged, this, &InstallPatchesDialog::fieldsChanged);
    connect(m_ips, &QLineEdit::textChanged, this, &InstallPatchesDialog::fieldsChanged);
    connect(m_groups, &CheckList::changed, this, &InstallPatchesDialog::fieldsChanged);
    connect(m_offices, &CheckList::changed, this, &InstallPatchesDialog::fieldsChanged);
    return group;
}

QWidget *InstallPatchesDialog::buildHow()
{
    auto *group = new QGroupBox(tr("Configuration"), this);
    auto *form = new QFormLayout(group);
    m_configName = new QLineEdit(
        tr("PatchDeck install %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
        group);
    m_configName->setObjectName(QStringLiteral("configName"));
    m_configName->setMaxLength(200);
    form->addRow(tr("&Name:"), fieldErrors()->wrap(m_configName, QStringLiteral("ConfigName")));
    m_description = new QLineEdit(group);
    m_description->setObjectName(QStringLiteral("configDescription"));
    m_description->setPlaceholderText(tr("Optional: why, ticket number…"));
    form->addRow(tr("&Description:"), m_description);

    m_action = new QComboBox(group);
    m_action->setObjectName(QStringLiteral("actionCombo"));
    m_action->addItem(tr("Save as draft (nothing is deployed)"), int(DeploymentAction::Draft));
    m_action->addItem(tr("Deploy when each agent next contacts the server"), int(DeploymentAction::Deploy));
    m_action->addItem(tr("Deploy immediately"), int(DeploymentAction::DeployImmediately));
    m_action->setCurrentIndex(0);
    form->addRow(tr("&Action:"), fieldErrors()->wrap(m_action, QStringLiteral("actionToPerform")));

    m_deploymentType = new QComboBox(group);
    m_deploymentType->setObjectName(QStringLiteral("deploymentTypeCombo"));
    m_deploymentType->addItem(tr("Deploy through the deployment policy"),
                              int(InstallPatchesRequest::DeploymentType::DeployOnly));
    m_deploymentType->addItem(tr("Publish in the Self Service Portal only"),
                              int(InstallPatchesRequest::DeploymentType::SelfServiceOnly));
    m_deploymentType->addItem(tr("Deploy and publish in the Self Service Portal"),
                              int(InstallPatchesRequest::DeploymentType::DeployAndSelfService));
    form->addRow(tr("Deployment &type:"), fieldErrors()->wrap(m_deploymentType, QStringLiteral("deploymentType")));

    m_policy = new PolicyPicker(runner() ? runner()->client() : nullptr, group);
    m_policy->setObjectName(QStringLiteral("policyPicker"));
    auto *policyBox = fieldErrors()->wrap(m_policy, QStringLiteral("DeploymentPolicyTemplateID"));
    form->addRow(tr("Deployment &policy:"), policyBox);

    m_forceReboot = new QComboBox(group);
    m_forceReboot->setObjectName(QStringLiteral("forceRebootCombo"));
    m_forceReboot->addItem(tr("As the deployment policy says"), -1);
    m_forceReboot->addItem(tr("Do not force a reboot"), int(ForceRebootOption::NotConfigured));
    m_forceReboot->addItem(tr("Force reboot within the deployment window"), int(ForceRebootOption::WithinWindow));
    m_forceReboot->addItem(tr("Force reboot outside the deployment window"), int(ForceRebootOption::OutsideWindow));
    form->addRow(tr("Force &reboot:"), fieldErrors()->wrap(m_forceReboot, QStringLiteral("forceRebootOption")));

    for (QComboBox *c : {m_action, m_deploymentType, m_forceReboot})
        limitComboWidth(c, 24);
    for (QComboBox *c : {m_action, m_deploymentType, m_forceReboot})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            updateEnabled();
            fieldsChanged();
        });
    connect(m_configName, &QLineEdit::textChanged, this, &InstallPatchesDialog::fieldsChanged);
    connect(m_description, &QLineEdit::textChanged, this, &InstallPatchesDialog::fieldsChanged);
    connect(m_policy, &PolicyPicker::changed, this, &InstallPatchesDialog::fieldsChanged);
    return group;
}

QWidget *InstallPatchesDialog::buildSchedule()
{
    auto *group = new QGroupBox(tr("Schedule"), this);
    auto *form = new QFormLayout(group);
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime hour(now.date(), QTime(now.time().hour(), 0));
    m_installAfterOn = new QCheckBox(group);
    m_installAfterOn->setObjectName(QStringLiteral("installAfterEnabled"));
    m_installAfter = dateTimeEdit(QStringLiteral("installAfter"), hour.addSecs(3600), group);
    form->addRow(tr("Install &after:"), optionalTime(m_installAfterOn, m_installAfter, fieldErrors(),
                                                     QStringLiteral("installaftertime"), group));
    m_expiryOn = new QCheckBox(group);
    m_expiryOn->setObjectName(QStringLiteral("expiryEnabled"));
    m_expiry = dateTimeEdit(QStringLiteral("expiry"), hour.addDays(14), group);
    form->addRow(tr("E&xpires:"),
                 optionalTime(m_expiryOn, m_expiry, fieldErrors(), QStringLiteral("expirytime"), group));
    m_deadlineOn = new QCheckBox(group);
    m_deadlineOn->setObjectName(QStringLiteral("deadlineEnabled"));
    m_deadline = dateTimeEdit(QStringLiteral("deadline"), hour.addDays(7), group);
    m_deadline->setToolTip(tr("Unpatched computers are force-deployed at this time; at most one year ahead."));
    form->addRow(tr("&Deadline:"),
                 optionalTime(m_deadlineOn, m_deadline, fieldErrors(), QStringLiteral("deadlineTime"), group));
    for (QCheckBox *c : {m_installAfterOn, m_expiryOn, m_deadlineOn})
        connect(c, &QCheckBox::toggled, this, &InstallPatchesDialog::fieldsChanged);
    for (QDateTimeEdit *e : {m_installAfter, m_expiry, m_deadline})
        connect(e, &QDateTimeEdit::dateTimeChanged, this, &InstallPatchesDialog::fieldsChanged);
    return group;
}

QWidget *InstallPatchesDialog::buildRetries()
{
    m_retryGroup = new QGroupBox(tr("Set retry settings (otherwise the server's default: retries on)"), this);
    m_retryGroup->setObjectName(QStringLiteral("retryGroup"));
    m_retryGroup->setCheckable(true);
    m_retryGroup->setChecked(false);
    auto *form = new QFormLayout(m_retryGroup);
    m_retryEnabled = new QCheckBox(tr("Retry on targets where the deployment failed"), m_retryGroup);
    m_retryEnabled->setObjectName(QStringLiteral("retryEnabled"));
    m_retryEnabled->setChecked(true);
    form->addRow(m_retryEnabled);
    const InstallPatchesRequest::RetrySettings defaults;
    m_logonRetries = new QSpinBox(m_retryGroup);
    m_logonRetries->setObjectName(QStringLiteral("logonStartupMinRetry"));
    m_logonRetries->setRange(0, 9);
    m_logonRetries->setValue(defaults.logonStartupMinRetry);
    form->addRow(tr("At logon or startup:"),
                 fieldErrors()->wrap(m_logonRetries, QStringLiteral("retrySettings.logonStartupMinRetry")));
    m_refreshRetries = new QSpinBox(m_retryGroup);
    m_refreshRetries->setObjectName(QStringLiteral("refreshMinRetry"));
    m_refreshRetries->setRange(0, 9);
    m_refreshRetries->setValue(defaults.refreshMinRetry);
    form->addRow(tr("At the 90-minute refresh:"),
                 fieldErrors()->wrap(m_refreshRetries, QStringLiteral("retrySettings.refreshMinRetry")));
    m_retries = new QSpinBox(m_retryGroup);
    m_retries->setObjectName(QStringLiteral("noOfRetries"));
    m_retries->setRange(0, 18);
    m_retries->setValue(defaults.noOfRetries);
    m_retries->setToolTip(tr("The total must equal the retries at logon plus those at refresh."));
    form->addRow(tr("Total retries:"), fieldErrors()->wrap(m_retries, QStringLiteral("retrySettings.noOfRetries")));
    // The total follows the two kinds as they change; it stays editable, and the rule is checked.
    const auto sum = [this] { m_retries->setValue(m_logonRetries->value() + m_refreshRetries->value()); };
    connect(m_logonRetries, &QSpinBox::valueChanged, this, sum);
    connect(m_refreshRetries, &QSpinBox::valueChanged, this, sum);
    for (QSpinBox *s : {m_logonRetries, m_refreshRetries, m_retries})
        connect(s, &QSpinBox::valueChanged, this, &InstallPatchesDialog::fieldsChanged);
    connect(m_retryGroup, &QGroupBox::toggled, this, &InstallPatchesDialog::fieldsChanged);
    connect(m_retryEnabled, &QCheckBox::toggled, this, [this](bool on) {
        for (QSpinBox *s : {m_logonRetries, m_refreshRetries, m_retries})
            s->setEnabled(on);
        fieldsChanged();
    });
    return m_retryGroup;
}

void InstallPatchesDialog::loadChoices()
{
    if (!m_choices || !m_choices->isLoaded())
        return;
    m_groups->setPlaceholder(tr("The server lists no custom groups."));
    m_offices->setPlaceholder(tr("The server lists no remote offices."));
    m_groups->setItems(m_choices->values(pmp::api::ParamConcept::CustomGroup));
    m_offices->setItems(m_choices->values(pmp::api::ParamConcept::BranchOffice));
}

void InstallPatchesDialog::setMode(Mode mode)
{
    (mode == Mode::AllMissing ? m_modeAllMissing : m_modeChosen)->setChecked(true);
    updateEnabled();
    fieldsChanged();
}

void InstallPatchesDialog::setTarget(Target target)
{
    if (QAbstractButton *b = m_targetGroup->button(int(target))) {
        b->setChecked(true);
        m_targetStack->setCurrentIndex(int(target));
    }
    fieldsChanged();
}

void InstallPatchesDialog::updateEnabled()
{
    const bool allMissing = m_modeAllMissing->isChecked();
    m_onlyApproved->setEnabled(allMissing);
    m_patchList->setEnabled(!allMissing);
    m_addPatchIds->setEnabled(true);
    // "All computers" exists only for chosen patches (E03); all missing patches need a target set.
    QAbstractButton *all = m_targetGroup->button(int(Target::AllComputers));
    all->setEnabled(!allMissing);
    if (allMissing && all->isChecked())
        setTarget(m_selection.hasComputers() ? Target::Selected : Target::CustomGroups);
}

pmp::api::InstallPatchesRequest InstallPatchesDialog::request() const
{
    InstallPatchesRequest r;
    if (m_modeAllMissing->isChecked()) {
        r.clearPatchIds();
        r.setOnlyApproved(m_onlyApproved->isChecked());
    } else {
        r.setPatchIds(m_patchIds);
    }
    switch (Target(m_targetGroup->checkedId())) {
    case Target::AllComputers:
        break;
    case Target::Selected:
        r.setResourceIds(m_selection.computerIds);
        break;
    case Target::Names:
        r.setResourceNames(RequestRules::splitList(m_names->text()));
        break;
    case Target::CustomGroups:
        r.setCustomGroups(m_groups->checkedValues());
        break;
    case Target::IpAddresses:
        r.setIpAddresses(RequestRules::splitList(m_ips->text().replace(QLatin1Char(' '), QLatin1Char(','))));
        break;
    case Target::RemoteOffices:
        r.setRemoteOffices(m_offices->checkedValues());
        break;
    }
    r.setConfigName(m_configName->text());
    r.setConfigDescription(m_description->text().trimmed());
    r.setAction(DeploymentAction(m_action->currentData().toInt()));
    r.setDeploymentType(InstallPatchesRequest::DeploymentType(m_deploymentType->currentData().toInt()));
    if (const std::optional<qint64> id = m_policy->templateId())
        r.setDeploymentPolicyTemplateId(*id);
    if (const int reboot = m_forceReboot->currentData().toInt(); reboot >= 0)
        r.setForceRebootOption(ForceRebootOption(reboot));
    if (m_retryGroup->isChecked()) {
        InstallPatchesRequest::RetrySettings retry;
        retry.enabled = m_retryEnabled->isChecked();
        retry.noOfRetries = m_retries->value();
        retry.logonStartupMinRetry = m_logonRetries->value();
        retry.refreshMinRetry = m_refreshRetries->value();
        r.setRetrySettings(retry);
    }
    if (m_installAfterOn->isChecked())
        r.setInstallAfter(m_installAfter->dateTime());
    if (m_expiryOn->isChecked())
        r.setExpiry(m_expiry->dateTime());
    if (m_deadlineOn->isChecked())
        r.setDeadline(m_deadline->dateTime());
    return r;
}

QStringList InstallPatchesDialog::targetNames() const
{
    // ResourceIDs go to the server; the admin reads (and the journal keeps) the computers' names.
    if (Target(m_targetGroup->checkedId()) == Target::Selected)
        return m_selection.computerNames;
    return {};
}

std::shared_ptr<pmp::api::WriteRequest> InstallPatchesDialog::buildRequest() const
{
    return std::make_shared<InstallPatchesRequest>(request());
}

} // namespace pmp::ui
