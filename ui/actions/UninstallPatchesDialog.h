#pragma once

#include "ActionFormDialog.h"
#include "ActionSelection.h"

#include "api/requests/UninstallPatchesRequest.h"

class QComboBox;
class QLineEdit;
class QListWidget;

namespace pmp::ui {

class PolicyPicker;

// Uninstall patches (E04) from every computer that has them, through a deployment policy (mandatory
// for this operation); Draft by default.
class UninstallPatchesDialog : public ActionFormDialog
{
    Q_OBJECT
public:
    UninstallPatchesDialog(pmp::actions::ActionRunner *runner, const ActionSelection &selection,
                           QWidget *parent = nullptr);

    std::shared_ptr<pmp::api::WriteRequest> buildRequest() const override;
    pmp::api::UninstallPatchesRequest request() const;
    PolicyPicker *policyPicker() const { return m_policy; }

private:
    QList<qint64> m_patchIds;
    QListWidget *m_patchList;
    QLineEdit *m_configName;
    QLineEdit *m_description;
    QComboBox *m_action;
    PolicyPicker *m_policy;
};

} // namespace pmp::ui
