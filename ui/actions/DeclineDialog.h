#pragma once

#include "ActionFormDialog.h"
#include "ActionSelection.h"

#include "api/requests/DeclinePatchesRequest.h"

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QTableWidget;
class QToolButton;

namespace pmp::actions {
class CustomGroupDirectory;
}

namespace pmp::ui {

class CheckList;

// Decline patches (E30): a reason and remarks for each patch, for custom groups the admin picks by
// name (their ids come from the CustomGroupDirectory). When the server refuses E30 as an operation it
// does not have, the dialog offers the deprecated E29 — for all computers, without reasons — with a
// notice, through its own confirmation; it is never sent on its own.
class DeclineDialog : public ActionFormDialog
{
    Q_OBJECT
public:
    DeclineDialog(pmp::actions::ActionRunner *runner, pmp::actions::CustomGroupDirectory *groups,
                  const ActionSelection &selection, QWidget *parent = nullptr);

    std::shared_ptr<pmp::api::WriteRequest> buildRequest() const override;
    pmp::api::DeclinePatchesRequest request() const;

    QComboBox *reasonCombo(int row) const;
    QLineEdit *remarksEdit(int row) const;
    CheckList *groupList() const { return m_groups; }
    // Shown after E30 was refused as unsupported.
    bool isFallbackOffered() const;
    // Opens the confirmation of the deprecated decline (what the fallback button does).
    void offerLegacyDecline();

protected:
    void onOutcome(const pmp::actions::ActionOutcome &outcome) override;

private:
    void loadGroups();
    void applyToAll();

    pmp::actions::CustomGroupDirectory *m_directory;
    ActionSelection m_selection;
    QTableWidget *m_table;
    QComboBox *m_allReason;
    QLineEdit *m_allRemarks;
    CheckList *m_groups;
    QLabel *m_groupStatus;
    QToolButton *m_refreshGroups;
    QLineEdit *m_groupIds;
    QFrame *m_fallback;
};

} // namespace pmp::ui
