#pragma once

#include "models/ViewSpec.h"

#include <QDialog>

#include <memory>

namespace pmp::models {
class ListChanges;
class RecordTableModel;
} // namespace pmp::models

namespace pmp::ui {

// The rows of a list that were in the previous fetch and are gone from this one (a computer removed,
// a patch no longer missing), in the list's own columns. They are the earlier fetch's values, kept by
// the comparison; nothing is fetched.
class RemovedRowsDialog : public QDialog
{
    Q_OBJECT
public:
    RemovedRowsDialog(const pmp::models::ViewSpec &view, std::shared_ptr<const pmp::models::ListChanges> changes,
                      QWidget *parent = nullptr);
    ~RemovedRowsDialog() override;

    pmp::models::RecordTableModel *model() const { return m_model.get(); }

private:
    std::shared_ptr<const pmp::models::ListChanges> m_changes;
    std::unique_ptr<pmp::models::RecordTableModel> m_model;
};

} // namespace pmp::ui
