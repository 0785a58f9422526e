#pragma once

#include "ActionFormDialog.h"

#include "api/requests/ApdTaskSettings.h"
#include "store/ApdTaskRegistry.h"

#include <array>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace pmp::models {
class ServerChoices;
}

namespace pmp::ui {

class CheckList;
class PolicyPicker;

// Create (E26) or change (E24) an Automatic Patch Deployment task, with every setting of the API:
// name, description, deployment policy, platform, target type and targets, the update types, OS and
// third-party application include/exclude lists, delay after approval or release, expiry, deadline
// with force reboot, and failure/report notifications. A change sends only the settings that differ
// from the task as this profile last knew it.
class ApdTaskDialog : public ActionFormDialog
{
    Q_OBJECT
public:
    using Settings = pmp::api::ApdTaskSettings;
    using Field = pmp::api::ApdTaskSettings::Field;

    // Create: no task. Modify: the task as the book knows it (settings may be empty).
    ApdTaskDialog(pmp::actions::ActionRunner *runner, pmp::models::ServerChoices *choices,
                  const std::optional<pmp::store::ApdTask> &task, QWidget *parent = nullptr);

    bool isModify() const { return m_modify; }
    std::shared_ptr<pmp::api::WriteRequest> buildRequest() const override;
    // Everything the widgets say, each field set.
    Settings currentSettings() const;
    // What a modification would send: the fields that differ from the task as it was.
    Settings changes() const;
    PolicyPicker *policyPicker() const { return m_policy; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QWidget *buildGeneral();
    QWidget *buildUpdates();
    QWidget *buildApplications();
    QWidget *buildSchedule();
    QWidget *buildNotifications();
    void fill(const Settings &settings);
    void refillTargets();
    void updateEnabled();
    void revealError(const pmp::api::ApiError &error) override;

    pmp::models::ServerChoices *m_choices;
    bool m_modify;
    QString m_originalName;
    Settings m_initial;
    QTabWidget *m_tabs;

    QLineEdit *m_name;
    QLineEdit *m_description;
    PolicyPicker *m_policy;
    QComboBox *m_platform;
    QComboBox *m_targetType;
    CheckList *m_targets;
    QLineEdit *m_otherTargets;

    std::array<QCheckBox *, Settings::UpdateTypeCount> m_updates{};

    QComboBox *m_osSelection;
    QLineEdit *m_osApps;
    QComboBox *m_tpSelection;
    QLineEdit *m_tpApps;

    QComboBox *m_delayBasis;
    QSpinBox *m_delay;
    QCheckBox *m_expiryOn;
    QDateTimeEdit *m_expiry;
    QCheckBox *m_deadlineOn;
    QSpinBox *m_deadlineDays;
    QComboBox *m_deadlineReboot;

    QLineEdit *m_email;
    QCheckBox *m_failureNotify;
    QSpinBox *m_failureDays;
    QCheckBox *m_failureAttachment;
    QComboBox *m_failureFormat;
    QCheckBox *m_reportNotify;
    QSpinBox *m_reportDays;
    QCheckBox *m_reportAttachment;
    QComboBox *m_reportFormat;
};

} // namespace pmp::ui
