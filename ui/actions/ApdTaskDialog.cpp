#include "ApdTaskDialog.h"

#include "CheckList.h"
#include "FieldErrors.h"
#include "PolicyPicker.h"

#include "actions/ActionRunner.h"
#include "actions/ApdTaskBook.h"
#include "api/requests/CreateApdTaskRequest.h"
#include "api/requests/ModifyApdTaskRequest.h"
#include "api/requests/RequestRules.h"
#include "models/ServerChoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pmp::ui {

using pmp::api::ApdTaskSettings;
using pmp::api::ForceRebootOption;
using pmp::api::RequestRules;
using Platform = ApdTaskSettings::Platform;
using TargetType = ApdTaskSettings::TargetType;
using AppSelection = ApdTaskSettings::AppSelection;
using UpdateType = ApdTaskSettings::UpdateType;
using DelayBasis = ApdTaskSettings::DelayBasis;
using Field = ApdTaskSettings::Field;

namespace {

QString settingsKey(const QString &key)
{
    return QStringLiteral("settings.") + key;
}

// Copies one field from `from` to `to` when `from` has it set.
void copyField(ApdTaskSettings &to, const ApdTaskSettings &from, Field f)
{
    if (!from.isSet(f))
        return;
    const int updateIndex = int(f) - int(Field::SecurityUpdate);
    if (updateIndex >= 0 && updateIndex < ApdTaskSettings::UpdateTypeCount) {
        to.setUpdateType(UpdateType(updateIndex), from.includes(UpdateType(updateIndex)));
        return;
    }
    switch (f) {
    case Field::TaskName:
        to.setTaskName(from.taskName());
        break;
    case Field::TemplateName:
        to.setTemplateName(from.templateName());
        break;
    case Field::Description:
        to.setDescription(from.description());
        break;
    case Field::Platform:
        to.setPlatform(from.platform());
        break;
    case Field::TargetType:
        to.setTargetType(from.targetType());
        break;
    case Field::TargetList:
        to.setTargetList(from.targetList());
        break;
    case Field::OsAppType:
        to.setOsAppSelection(from.osAppSelection());
        break;
    case Field::OsApplications:
        to.setOsApplications(from.osApplications());
        break;
    case Field::TpAppType:
        to.setTpAppSelection(from.tpAppSelection());
        break;
    case Field::TpApplications:
        to.setTpApplications(from.tpApplications());
        break;
    case Field::Delay:
        to.setDelay(from.delayBasis(), from.delayValue());
        break;
    case Field::Expiry:
        to.setExpiry(from.expiry());
        break;
    case Field::Deadline:
        to.setDeadlineSettings(from.deadlineSettings());
        break;
    case Field::Email:
        to.setEmail(from.email());
        break;
    case Field::FailureNotifyEnable:
        to.setFailureNotifyEnabled(from.failureNotifyEnabled());
        break;
    case Field::FailureNotifyDuration:
        to.setFailureNotifyDuration(from.failureNotifyDuration());
        break;
    case Field::NeedFailureAttachment:
        to.setNeedFailureAttachment(from.needFailureAttachment());
        break;
    case Field::AttachmentFormatForFailure:
        to.setAttachmentFormatForFailure(from.attachmentFormatForFailure());
        break;
    case Field::ReportNotifyEnable:
        to.setReportNotifyEnabled(from.reportNotifyEnabled());
        break;
    case Field::ReportNotifyDuration:
        to.setReportNotifyDuration(from.reportNotifyDuration());
        break;
    case Field::NeedReportAttachment:
        to.setNeedReportAttachment(from.needReportAttachment());
        break;
    case Field::AttachmentFormatForReport:
        to.setAttachmentFormatForReport(from.attachmentFormatForReport());
        break;
    default:
        break;
    }
}

QJsonObject fieldJson(const ApdTaskSettings &s, Field f)
{
    ApdTaskSettings one;
    copyField(one, s, f);
    return one.toJson(true);
}

QComboBox *appSelectionCombo(const QString &name, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->addItem(ApdTaskDialog::tr("Patch all applications"), int(AppSelection::All));
    c->addItem(ApdTaskDialog::tr("Patch only these applications"), int(AppSelection::Specific));
    c->addItem(ApdTaskDialog::tr("Patch all applications except these"), int(AppSelection::AllExcept));
    return c;
}

QComboBox *formatCombo(const QString &name, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    for (const char *f : {"pdf", "xls", "csv"})
        c->addItem(QString::fromLatin1(f).toUpper(), QString::fromLatin1(f));
    return c;
}

// "1 day", "5 days", kept right as the value changes.
void daysSuffix(QSpinBox *box)
{
    const auto update = [box] { box->setSuffix(ApdTaskDialog::tr(" day(s)", nullptr, box->value())); };
    update();
    QObject::connect(box, &QSpinBox::valueChanged, box, update);
    box->setMaximumWidth(160);
}

void setComboData(QComboBox *combo, const QVariant &value)
{
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

} // namespace

ApdTaskDialog::ApdTaskDialog(pmp::actions::ActionRunner *runner, pmp::models::ServerChoices *choices,
                             const std::optional<pmp::store::ApdTask> &task, QWidget *parent)
    : ActionFormDialog(runner, parent), m_choices(choices), m_modify(task.has_value())
{
    setObjectName(QStringLiteral("apdTaskDialog"));
    m_originalName = task ? task->name : QString();
    setWindowTitle(m_modify ? tr("Change automatic deployment task “%1”").arg(m_originalName)
                            : tr("New automatic deployment task"));

    if (m_modify) {
        auto *note =
            new QLabel(task->settings.isEmpty()
                           ? tr("PatchDeck does not know this task's settings (the API cannot read them). Change "
                                "only what you want to change: only the settings you edit are sent.")
                           : tr("Only the settings you change are sent; the rest stay as they are on the server."),
                       this);
        note->setObjectName(QStringLiteral("modifyNote"));
        note->setWordWrap(true);
        body()->addWidget(note);
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("apdTabs"));
    m_tabs->setAccessibleName(tr("Task settings"));
    m_tabs->tabBar()->setAccessibleName(tr("Task settings"));
    m_tabs->addTab(buildGeneral(), tr("&General"));
    m_tabs->addTab(buildUpdates(), tr("&Updates"));
    m_tabs->addTab(buildApplications(), tr("&Applications"));
    m_tabs->addTab(buildSchedule(), tr("&Schedule"));
    m_tabs->addTab(buildNotifications(), tr("&Notifications"));
    body()->addWidget(m_tabs, 1);

    // Defaults of a new task, then what is known of an existing one.
    ApdTaskSettings defaults;
    defaults.setPlatform(Platform::Windows);
    defaults.setTargetType(TargetType::RemoteOffice);
    defaults.setUpdateType(UpdateType::Security, true);
    defaults.setUpdateType(UpdateType::ThirdParty, true);
    fill(defaults);
    if (task) {
        m_name->setText(task->name);
        fill(pmp::actions::ApdTaskBook::settingsOf(*task));
    }
    refillTargets();
    if (task)
        fill(pmp::actions::ApdTaskBook::settingsOf(*task)); // targets again, now that the lists are there
    updateEnabled();
    m_initial = currentSettings();

    if (m_choices) {
        connect(m_choices, &pmp::models::ServerChoices::loaded, this, [this] {
            const QStringList keep = m_targets->checkedValues();
            refillTargets();
            m_targets->setCheckedValues(keep);
        });
        if (!m_choices->isLoaded())
            m_choices->load();
    }
    // The policy list arrives later; a modification must not count the preselection as a change.
    connect(m_policy, &PolicyPicker::loaded, this, [this] {
        // A task whose policy PatchDeck does not know gets the server's default preselected; that is
        // not a change the admin made, so it is not sent.
        if (m_modify && m_initial.templateName().isEmpty())
            m_initial.setTemplateName(m_policy->templateName());
        fieldsChanged();
    });
    fieldsChanged();
    resize(760, 620);
}

QWidget *ApdTaskDialog::buildGeneral()
{
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    pageLayout->addLayout(form);
    pageLayout->addStretch(1);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("taskName"));
    m_name->setPlaceholderText(tr("e.g. Windows security – pilot ring"));
    form->addRow(tr("Task &name:"), fieldErrors()->wrap(m_name, settingsKey(QStringLiteral("taskName"))));
    m_description = new QLineEdit(page);
    m_description->setObjectName(QStringLiteral("taskDescription"));
    form->addRow(tr("&Description:"), m_description);
    m_policy = new PolicyPicker(runner() ? runner()->client() : nullptr, page);
    m_policy->setObjectName(QStringLiteral("policyPicker"));
    form->addRow(tr("Deployment &policy:"), fieldErrors()->wrap(m_policy, settingsKey(QStringLiteral("templateName"))));
    m_platform = new QComboBox(page);
    m_platform->setObjectName(QStringLiteral("platformCombo"));
    m_platform->addItem(tr("Windows"), int(Platform::Windows));
    m_platform->addItem(tr("Mac"), int(Platform::Mac));
    m_platform->addItem(tr("Linux"), int(Platform::Linux));
    form->addRow(tr("&Platform:"), fieldErrors()->wrap(m_platform, settingsKey(QStringLiteral("platform"))));
    m_targetType = new QComboBox(page);
    m_targetType->setObjectName(QStringLiteral("targetTypeCombo"));
    m_targetType->addItem(tr("Remote offices"), int(TargetType::RemoteOffice));
    m_targetType->addItem(tr("Custom groups"), int(TargetType::CustomGroup));
    m_targetType->addItem(tr("Domains"), int(TargetType::Domain));
    form->addRow(tr("Target &type:"), fieldErrors()->wrap(m_targetType, settingsKey(QStringLiteral("target_type"))));
    m_targets = new CheckList(page);
    m_targets->setObjectName(QStringLiteral("targetList"));
    auto *targetBox = new QWidget(page);
    auto *tv = new QVBoxLayout(targetBox);
    tv->setContentsMargins(0, 0, 0, 0);
    tv->addWidget(m_targets);
    m_otherTargets = new QLineEdit(page);
    m_otherTargets->setObjectName(QStringLiteral("otherTargets"));
    m_otherTargets->setPlaceholderText(tr("Other targets by name, comma-separated"));
    tv->addWidget(m_otherTargets);
    auto *targetError = new QLabel(targetBox);
    targetError->setObjectName(QStringLiteral("targetListError"));
    targetError->setWordWrap(true);
    targetError->hide();
    tv->addWidget(targetError);
    fieldErrors()->bind(settingsKey(QStringLiteral("target_list")), m_targets, targetError);
    form->addRow(tr("&Targets:"), targetBox);

    connect(m_name, &QLineEdit::textChanged, this, &ApdTaskDialog::fieldsChanged);
    connect(m_description, &QLineEdit::textChanged, this, &ApdTaskDialog::fieldsChanged);
    connect(m_policy, &PolicyPicker::changed, this, &ApdTaskDialog::fieldsChanged);
    connect(m_platform, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        fieldsChanged();
    });
    connect(m_targetType, &QComboBox::currentIndexChanged, this, [this] {
        refillTargets();
        fieldsChanged();
    });
    connect(m_targets, &CheckList::changed, this, &ApdTaskDialog::fieldsChanged);
    connect(m_otherTargets, &QLineEdit::textChanged, this, &ApdTaskDialog::fieldsChanged);
    return page;
}

QWidget *ApdTaskDialog::buildUpdates()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    v->addWidget(new QLabel(tr("Which updates the task deploys. Types that do not exist on the chosen platform "
                               "are unavailable."),
                            page));
    auto *error = new QLabel(page);
    error->setObjectName(QStringLiteral("updatesError"));
    error->setWordWrap(true);
    error->hide();
    for (int i = 0; i < Settings::UpdateTypeCount; ++i) {
        const auto type = UpdateType(i);
        auto *box = new QCheckBox(Settings::fieldLabel(Field(int(Field::SecurityUpdate) + i)), page);
        // Capitalised for a list of options.
        box->setText(box->text().left(1).toUpper() + box->text().mid(1));
        box->setObjectName(QStringLiteral("update_") + Settings::updateTypeKey(type));
        m_updates.at(size_t(i)) = box;
        v->addWidget(box);
        fieldErrors()->bind(settingsKey(Settings::updateTypeKey(type)), box, error);
        connect(box, &QCheckBox::toggled, this, &ApdTaskDialog::fieldsChanged);
    }
    v->addWidget(error);
    v->addStretch(1);
    return page;
}

QWidget *ApdTaskDialog::buildApplications()
{
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    pageLayout->addLayout(form);
    pageLayout->addStretch(1);
    m_osSelection = appSelectionCombo(QStringLiteral("osAppSelection"), page);
    form->addRow(tr("&OS applications:"),
                 fieldErrors()->wrap(m_osSelection, settingsKey(QStringLiteral("include_os_app_type"))));
    m_osApps = new QLineEdit(page);
    m_osApps->setObjectName(QStringLiteral("osApplications"));
    m_osApps->setPlaceholderText(tr("e.g. Windows Defender x64 (comma-separated)"));
    form->addRow(QString(), fieldErrors()->wrap(m_osApps, settingsKey(QStringLiteral("os_applications"))));
    m_tpSelection = appSelectionCombo(QStringLiteral("tpAppSelection"), page);
    form->addRow(tr("Third-&party applications:"),
                 fieldErrors()->wrap(m_tpSelection, settingsKey(QStringLiteral("include_tp_app_type"))));
    m_tpApps = new QLineEdit(page);
    m_tpApps->setObjectName(QStringLiteral("tpApplications"));
    m_tpApps->setPlaceholderText(tr("e.g. Notepad++, 7-Zip (comma-separated)"));
    form->addRow(QString(), fieldErrors()->wrap(m_tpApps, settingsKey(QStringLiteral("tp_applications"))));
    for (QComboBox *c : {m_osSelection, m_tpSelection})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            updateEnabled();
            fieldsChanged();
        });
    for (QLineEdit *e : {m_osApps, m_tpApps})
        connect(e, &QLineEdit::textChanged, this, &ApdTaskDialog::fieldsChanged);
    return page;
}

QWidget *ApdTaskDialog::buildSchedule()
{
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    pageLayout->addLayout(form);
    pageLayout->addStretch(1);
    auto *delayRow = new QWidget(page);
    delayRow->setObjectName(QStringLiteral("delayRow"));
    auto *dh = new QHBoxLayout(delayRow);
    dh->setContentsMargins(0, 0, 0, 0);
    m_delayBasis = new QComboBox(delayRow);
    m_delayBasis->setObjectName(QStringLiteral("delayBasis"));
    m_delayBasis->addItem(tr("No delay"), int(DelayBasis::None));
    m_delayBasis->addItem(tr("Delay after the patch is approved"), int(DelayBasis::AfterApproval));
    m_delayBasis->addItem(tr("Delay after the patch is released"), int(DelayBasis::AfterRelease));
    m_delay = new QSpinBox(delayRow);
    m_delay->setObjectName(QStringLiteral("delayValue"));
    m_delay->setRange(0, 365);
    m_delay->setValue(1);
    m_delay->setToolTip(tr("The guide does not say whether the server counts hours or days."));
    dh->addWidget(m_delayBasis, 1);
    dh->addWidget(m_delay);
    auto *delayBox = fieldErrors()->wrap(delayRow, settingsKey(QStringLiteral("delay_deployment_by_approved_time")));
    fieldErrors()->bind(settingsKey(QStringLiteral("delay_deployment_by_released_time")), delayRow,
                        fieldErrors()->labelFor(settingsKey(QStringLiteral("delay_deployment_by_approved_time"))));
    form->addRow(tr("De&lay:"), delayBox);

    auto *expiryRow = new QWidget(page);
    expiryRow->setObjectName(QStringLiteral("expiryRow"));
    auto *eh = new QHBoxLayout(expiryRow);
    eh->setContentsMargins(0, 0, 0, 0);
    m_expiryOn = new QCheckBox(tr("Task expires on"), expiryRow);
    m_expiryOn->setObjectName(QStringLiteral("expiryEnabled"));
    const QDateTime now = QDateTime::currentDateTime();
    m_expiry = new QDateTimeEdit(QDateTime(now.date().addMonths(3), QTime(0, 0)), expiryRow);
    m_expiry->setObjectName(QStringLiteral("expiry"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    eh->addWidget(m_expiryOn);
    eh->addWidget(m_expiry, 1);
    auto *expiryBox = fieldErrors()->wrap(expiryRow, settingsKey(QStringLiteral("EXPIRY_TIME")));
    fieldErrors()->bind(settingsKey(QStringLiteral("EXPIRY_TIME")), m_expiry,
                        fieldErrors()->labelFor(settingsKey(QStringLiteral("EXPIRY_TIME"))));
    form->addRow(tr("E&xpiry:"), expiryBox);

    auto *deadlineGroup = new QGroupBox(tr("Deadline"), page);
    auto *dl = new QFormLayout(deadlineGroup);
    m_deadlineOn =
        new QCheckBox(tr("Force deployment on computers still unpatched after a number of days"), deadlineGroup);
    m_deadlineOn->setObjectName(QStringLiteral("deadlineEnabled"));
    dl->addRow(m_deadlineOn);
    m_deadlineDays = new QSpinBox(deadlineGroup);
    m_deadlineDays->setObjectName(QStringLiteral("deadlineDays"));
    m_deadlineDays->setRange(0, 365);
    m_deadlineDays->setValue(7);
    daysSuffix(m_deadlineDays);
    dl->addRow(tr("After:"),
               fieldErrors()->wrap(m_deadlineDays, QStringLiteral("settings.deadlineSettings.preferredDays")));
    m_deadlineReboot = new QComboBox(deadlineGroup);
    m_deadlineReboot->setObjectName(QStringLiteral("deadlineReboot"));
    m_deadlineReboot->addItem(tr("Do not force a reboot"), int(ForceRebootOption::NotConfigured));
    m_deadlineReboot->addItem(tr("Force reboot within the deployment window"), int(ForceRebootOption::WithinWindow));
    m_deadlineReboot->addItem(tr("Force reboot outside the deployment window"), int(ForceRebootOption::OutsideWindow));
    dl->addRow(tr("Reboot:"),
               fieldErrors()->wrap(m_deadlineReboot, QStringLiteral("settings.deadlineSettings.forceRebootOption")));
    form->addRow(deadlineGroup);

    connect(m_delayBasis, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        fieldsChanged();
    });
    connect(m_delay, &QSpinBox::valueChanged, this, &ApdTaskDialog::fieldsChanged);
    connect(m_expiryOn, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        fieldsChanged();
    });
    connect(m_expiry, &QDateTimeEdit::dateTimeChanged, this, &ApdTaskDialog::fieldsChanged);
    connect(m_deadlineOn, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        fieldsChanged();
    });
    connect(m_deadlineDays, &QSpinBox::valueChanged, this, &ApdTaskDialog::fieldsChanged);
    connect(m_deadlineReboot, &QComboBox::currentIndexChanged, this, &ApdTaskDialog::fieldsChanged);
    return page;
}

QWidget *ApdTaskDialog::buildNotifications()
{
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    pageLayout->addLayout(form);
    pageLayout->addStretch(1);
    m_email = new QLineEdit(page);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("admin@example.com (several: comma-separated)"));
    form->addRow(tr("&E-mail to:"), fieldErrors()->wrap(m_email, settingsKey(QStringLiteral("email"))));

    const auto group = [&](const QString &title, const QString &sendText, QCheckBox *&enable, QSpinBox *&days,
                           QCheckBox *&attach, QComboBox *&format, const QString &prefix, const QString &durationKey,
                           const QString &formatKey) {
        auto *box = new QGroupBox(title, page);
        auto *f = new QFormLayout(box);
        enable = new QCheckBox(sendText, box);
        enable->setObjectName(prefix + QStringLiteral("Notify"));
        f->addRow(enable);
        days = new QSpinBox(box);
        days->setObjectName(prefix + QStringLiteral("Duration"));
        days->setRange(0, 365);
        days->setValue(1);
        daysSuffix(days);
        f->addRow(tr("Every:"), fieldErrors()->wrap(days, settingsKey(durationKey)));
        attach = new QCheckBox(tr("Attach the report"), box);
        attach->setObjectName(prefix + QStringLiteral("Attachment"));
        f->addRow(attach);
        format = formatCombo(prefix + QStringLiteral("Format"), box);
        format->setMaximumWidth(160);
        f->addRow(tr("Format:"), fieldErrors()->wrap(format, settingsKey(formatKey)));
        form->addRow(box);
        connect(enable, &QCheckBox::toggled, this, [this] {
            updateEnabled();
            fieldsChanged();
        });
        connect(days, &QSpinBox::valueChanged, this, &ApdTaskDialog::fieldsChanged);
        connect(attach, &QCheckBox::toggled, this, [this] {
            updateEnabled();
            fieldsChanged();
        });
        connect(format, &QComboBox::currentIndexChanged, this, &ApdTaskDialog::fieldsChanged);
    };
    group(tr("Failure notifications"), tr("E-mail when deployments fail"), m_failureNotify, m_failureDays,
          m_failureAttachment, m_failureFormat, QStringLiteral("failure"), QStringLiteral("failure_notify_duration"),
          QStringLiteral("attachmentFormatForFailure"));
    group(tr("Deployment report"), tr("E-mail a report of what was deployed"), m_reportNotify, m_reportDays,
          m_reportAttachment, m_reportFormat, QStringLiteral("report"), QStringLiteral("report_notify_duration"),
          QStringLiteral("attachmentFormatForReport"));
    connect(m_email, &QLineEdit::textChanged, this, &ApdTaskDialog::fieldsChanged);
    return page;
}

void ApdTaskDialog::refillTargets()
{
    QStringList values;
    if (m_choices && m_choices->isLoaded()) {
        switch (TargetType(m_targetType->currentData().toInt())) {
        case TargetType::RemoteOffice:
            values = m_choices->values(pmp::api::ParamConcept::BranchOffice);
            break;
        case TargetType::CustomGroup:
            values = m_choices->values(pmp::api::ParamConcept::CustomGroup);
            break;
        case TargetType::Domain:
            values = m_choices->values(pmp::api::ParamConcept::Domain);
            break;
        }
    }
    m_targets->setPlaceholder(m_choices && !m_choices->isLoaded() ? tr("Loading the server's names…")
                                                                  : tr("The server lists none; type names below."));
    m_targets->setItems(values);
}

void ApdTaskDialog::fill(const Settings &s)
{
    if (s.isSet(Field::TaskName))
        m_name->setText(s.taskName());
    if (s.isSet(Field::Description))
        m_description->setText(s.description());
    if (s.isSet(Field::TemplateName))
        m_policy->selectName(s.templateName());
    if (s.isSet(Field::Platform))
        setComboData(m_platform, int(s.platform()));
    if (s.isSet(Field::TargetType))
        setComboData(m_targetType, int(s.targetType()));
    if (s.isSet(Field::TargetList)) {
        QStringList listed;
        for (int i = 0; i < m_targets->count(); ++i)
            listed << m_targets->list()->item(i)->data(Qt::UserRole).toString();
        QStringList others;
        for (const QString &t : s.targetList())
            if (!listed.contains(t))
                others << t;
        m_targets->setCheckedValues(s.targetList());
        m_otherTargets->setText(others.join(QStringLiteral(", ")));
    }
    for (int i = 0; i < Settings::UpdateTypeCount; ++i)
        if (s.isSet(Field(int(Field::SecurityUpdate) + i)))
            m_updates.at(size_t(i))->setChecked(s.includes(UpdateType(i)));
    if (s.isSet(Field::OsAppType))
        setComboData(m_osSelection, int(s.osAppSelection()));
    if (s.isSet(Field::OsApplications))
        m_osApps->setText(s.osApplications().join(QStringLiteral(", ")));
    if (s.isSet(Field::TpAppType))
        setComboData(m_tpSelection, int(s.tpAppSelection()));
    if (s.isSet(Field::TpApplications))
        m_tpApps->setText(s.tpApplications().join(QStringLiteral(", ")));
    if (s.isSet(Field::Delay)) {
        setComboData(m_delayBasis, int(s.delayBasis()));
        m_delay->setValue(s.delayValue());
    }
    if (s.isSet(Field::Expiry) && s.expiry().isValid()) {
        m_expiryOn->setChecked(true);
        m_expiry->setDateTime(s.expiry());
    }
    if (s.isSet(Field::Deadline)) {
        m_deadlineOn->setChecked(s.deadlineSettings().enableDeadline);
        m_deadlineDays->setValue(s.deadlineSettings().preferredDays);
        setComboData(m_deadlineReboot, int(s.deadlineSettings().forceRebootOption));
    }
    if (s.isSet(Field::Email))
        m_email->setText(s.email());
    if (s.isSet(Field::FailureNotifyEnable))
        m_failureNotify->setChecked(s.failureNotifyEnabled());
    if (s.isSet(Field::FailureNotifyDuration))
        m_failureDays->setValue(s.failureNotifyDuration());
    if (s.isSet(Field::NeedFailureAttachment))
        m_failureAttachment->setChecked(s.needFailureAttachment());
    if (s.isSet(Field::AttachmentFormatForFailure))
        setComboData(m_failureFormat, s.attachmentFormatForFailure());
    if (s.isSet(Field::ReportNotifyEnable))
        m_reportNotify->setChecked(s.reportNotifyEnabled());
    if (s.isSet(Field::ReportNotifyDuration))
        m_reportDays->setValue(s.reportNotifyDuration());
    if (s.isSet(Field::NeedReportAttachment))
        m_reportAttachment->setChecked(s.needReportAttachment());
    if (s.isSet(Field::AttachmentFormatForReport))
        setComboData(m_reportFormat, s.attachmentFormatForReport());
}

void ApdTaskDialog::updateEnabled()
{
    const auto platform = Platform(m_platform->currentData().toInt());
    for (int i = 0; i < Settings::UpdateTypeCount; ++i) {
        QCheckBox *box = m_updates.at(size_t(i));
        const bool applicable = Settings::isApplicable(UpdateType(i), platform);
        if (!applicable)
            box->setChecked(false);
        box->setEnabled(applicable);
    }
    m_osApps->setEnabled(m_osSelection->currentData().toInt() != int(AppSelection::All));
    m_tpApps->setEnabled(m_tpSelection->currentData().toInt() != int(AppSelection::All));
    m_delay->setEnabled(m_delayBasis->currentData().toInt() != int(DelayBasis::None));
    m_expiry->setEnabled(m_expiryOn->isChecked());
    m_deadlineDays->setEnabled(m_deadlineOn->isChecked());
    m_deadlineReboot->setEnabled(m_deadlineOn->isChecked());
    m_failureDays->setEnabled(m_failureNotify->isChecked());
    m_failureAttachment->setEnabled(m_failureNotify->isChecked());
    m_failureFormat->setEnabled(m_failureNotify->isChecked() && m_failureAttachment->isChecked());
    m_reportDays->setEnabled(m_reportNotify->isChecked());
    m_reportAttachment->setEnabled(m_reportNotify->isChecked());
    m_reportFormat->setEnabled(m_reportNotify->isChecked() && m_reportAttachment->isChecked());
}

ApdTaskSettings ApdTaskDialog::currentSettings() const
{
    Settings s;
    s.setTaskName(m_name->text());
    s.setTemplateName(m_policy->templateName());
    if (!m_description->text().trimmed().isEmpty() || (m_modify && m_initial.isSet(Field::Description)))
        s.setDescription(m_description->text().trimmed());
    s.setPlatform(Platform(m_platform->currentData().toInt()));
    s.setTargetType(TargetType(m_targetType->currentData().toInt()));
    QStringList targets = m_targets->checkedValues();
    for (const QString &t : RequestRules::splitList(m_otherTargets->text()))
        if (!targets.contains(t))
            targets << t;
    s.setTargetList(targets);
    const auto platform = Platform(m_platform->currentData().toInt());
    for (int i = 0; i < Settings::UpdateTypeCount; ++i) {
        const auto type = UpdateType(i);
        // The two undocumented flags go out only when ticked, as the request does for a new task.
        if ((type == UpdateType::Driver || type == UpdateType::PreviewRollups) &&
            !m_updates.at(size_t(i))->isChecked() &&
            !(m_modify && m_initial.isSet(Field(int(Field::SecurityUpdate) + i))))
            continue;
        if (!Settings::isApplicable(type, platform) && !m_updates.at(size_t(i))->isChecked())
            s.setUpdateType(type, false);
        else
            s.setUpdateType(type, m_updates.at(size_t(i))->isChecked());
    }
    s.setOsAppSelection(AppSelection(m_osSelection->currentData().toInt()));
    if (m_osSelection->currentData().toInt() != int(AppSelection::All) || !m_osApps->text().trimmed().isEmpty())
        s.setOsApplications(RequestRules::splitList(m_osApps->text()));
    s.setTpAppSelection(AppSelection(m_tpSelection->currentData().toInt()));
    if (m_tpSelection->currentData().toInt() != int(AppSelection::All) || !m_tpApps->text().trimmed().isEmpty())
        s.setTpApplications(RequestRules::splitList(m_tpApps->text()));
    const auto basis = DelayBasis(m_delayBasis->currentData().toInt());
    if (basis != DelayBasis::None)
        s.setDelay(basis, m_delay->value());
    else if (m_modify && m_initial.isSet(Field::Delay) && m_initial.delayBasis() != DelayBasis::None)
        s.setDelay(DelayBasis::None, 0); // refused by validation: the API cannot clear a delay
    if (m_expiryOn->isChecked())
        s.setExpiry(m_expiry->dateTime());
    if (m_deadlineOn->isChecked() || (m_modify && m_initial.isSet(Field::Deadline))) {
        ApdTaskSettings::DeadlineSettings d;
        d.enableDeadline = m_deadlineOn->isChecked();
        d.preferredDays = m_deadlineDays->value();
        d.forceRebootOption = ForceRebootOption(m_deadlineReboot->currentData().toInt());
        s.setDeadlineSettings(d);
    }
    if (!m_email->text().trimmed().isEmpty() || (m_modify && m_initial.isSet(Field::Email)))
        s.setEmail(m_email->text());
    s.setFailureNotifyEnabled(m_failureNotify->isChecked());
    s.setFailureNotifyDuration(m_failureDays->value());
    s.setNeedFailureAttachment(m_failureAttachment->isChecked());
    s.setAttachmentFormatForFailure(m_failureFormat->currentData().toString());
    s.setReportNotifyEnabled(m_reportNotify->isChecked());
    s.setReportNotifyDuration(m_reportDays->value());
    s.setNeedReportAttachment(m_reportAttachment->isChecked());
    s.setAttachmentFormatForReport(m_reportFormat->currentData().toString());
    return s;
}

ApdTaskSettings ApdTaskDialog::changes() const
{
    const Settings now = currentSettings();
    Settings out;
    for (int i = 0; i < Settings::FieldCount; ++i) {
        const auto f = Field(i);
        if (now.isSet(f) && fieldJson(now, f) != fieldJson(m_initial, f))
            copyField(out, now, f);
    }
    return out;
}

std::shared_ptr<pmp::api::WriteRequest> ApdTaskDialog::buildRequest() const
{
    if (m_modify)
        return std::make_shared<pmp::api::ModifyApdTaskRequest>(m_originalName, changes());
    return std::make_shared<pmp::api::CreateApdTaskRequest>(currentSettings());
}

void ApdTaskDialog::revealError(const pmp::api::ApiError &error)
{
    QWidget *w = fieldErrors()->widgetFor(error.field());
    for (QWidget *p = w; p; p = p->parentWidget()) {
        const int index = m_tabs->indexOf(p);
        if (index >= 0) {
            m_tabs->setCurrentIndex(index);
            break;
        }
    }
    if (w)
        w->setFocus(Qt::OtherFocusReason);
}

} // namespace pmp::ui
