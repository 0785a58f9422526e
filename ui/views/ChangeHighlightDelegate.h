#pragma once

#include <QStyledItemDelegate>

namespace pmp::ui {

// Paints what changed since the previous fetch (RecordTableModel::ChangeRole): a row that is new in
// the success tint, a cell that holds another value in the warning tint (its tooltip says what it
// was). The tints are the status colours of the view's palette, so they read in dark and
// high-contrast palettes too.
class ChangeHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace pmp::ui
