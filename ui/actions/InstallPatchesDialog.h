#pragma once

#include "ActionFormDialog.h"
#include "ActionSelection.h"

#include "api/requests/InstallPatchesRequest.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace pmp::models {
class ServerChoices;
}

namespace pmp::ui {

class CheckList;
class PolicyPicker;

// Install patches, all three forms of installpatch: every missing patch on chosen computers (E01),
// chosen patches on chosen computers (E02), chosen patches on every computer (E03). Every field of
// the request: one target set (the selected computers, computer names, custom groups, IP addresses
// or remote offices), deployment policy by name, deployment type, action (Draft by default), name and
// description, install-after, expiry, deadline, force reboot, retry settings, only-approved.
class InstallPatchesDialog : public ActionFormDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        AllMissing,
        ChosenPatches
    };
    enum class Target
    {
        AllComputers,
        Selected,
        Names,
        CustomGroups,
        IpAddresses,
        RemoteOffices
    };

    InstallPatchesDialog(pmp::actions::ActionRunner *runner, pmp::models::ServerChoices *choices,
                         const ActionSelection &selection, QWidget *parent = nullptr);

    std::shared_ptr<pmp::api::WriteRequest> buildRequest() const override;
    QStringList targetNames() const override;
    pmp::api::InstallPatchesRequest request() const;

    void setMode(Mode mode);
    void setTarget(Target target);
    PolicyPicker *policyPicker() const { return m_policy; }

private:
    QWidget *buildWhat();
    QWidget *buildWhere();
    QWidget *buildHow();
    QWidget *buildSchedule();
    QWidget *buildRetries();
    void loadChoices();
    void updateEnabled();
    void addTypedPatchIds();

    pmp::models::ServerChoices *m_choices;
    ActionSelection m_selection;
    QList<qint64> m_patchIds;

    QRadioButton *m_modeAllMissing;
    QRadioButton *m_modeChosen;
    QListWidget *m_patchList;
    QLineEdit *m_addPatchIds;
    QCheckBox *m_onlyApproved;

    QButtonGroup *m_targetGroup;
    QStackedWidget *m_targetStack;
    QListWidget *m_selectedList;
    QLineEdit *m_names;
    CheckList *m_groups;
    QLineEdit *m_ips;
    CheckList *m_offices;

    QLineEdit *m_configName;
    QLineEdit *m_description;
    QComboBox *m_action;
    QComboBox *m_deploymentType;
    PolicyPicker *m_policy;
    QComboBox *m_forceReboot;

    QCheckBox *m_installAfterOn;
    QDateTimeEdit *m_installAfter;
    QCheckBox *m_expiryOn;
    QDateTimeEdit *m_expiry;
    QCheckBox *m_deadlineOn;
    QDateTimeEdit *m_deadline;

    QGroupBox *m_retryGroup;
    QCheckBox *m_retryEnabled;
    QSpinBox *m_retries;
    QSpinBox *m_logonRetries;
    QSpinBox *m_refreshRetries;
};

} // namespace pmp::ui
