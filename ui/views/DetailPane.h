#pragma once

#include <QWidget>

namespace pmp::models {
class RecordTableModel;
}

namespace pmp::ui {

// The panel under a list that explains the current row (a computer, a patch, a configuration).
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    // `row` is a source-model row of `model`, or -1 when nothing is selected.
    virtual void showRow(const pmp::models::RecordTableModel &model, int row) = 0;
};

} // namespace pmp::ui
