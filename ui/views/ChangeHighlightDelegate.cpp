#include "ChangeHighlightDelegate.h"

#include "models/RecordTableModel.h"
#include "widgets/StatusColors.h"

namespace pmp::ui {

using pmp::models::RecordTableModel;

void ChangeHighlightDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int mark = index.data(RecordTableModel::ChangeRole).toInt();
    if (mark != RecordTableModel::AddedRow && mark != RecordTableModel::ChangedCell)
        return;
    const QPalette palette = option->widget ? option->widget->palette() : option->palette;
    const StatusColors::Box box = StatusColors::box(
        mark == RecordTableModel::AddedRow ? StatusColors::Status::Ok : StatusColors::Status::Warning, palette);
    option->backgroundBrush = box.background;
    option->palette.setColor(QPalette::Text, box.foreground);
}

} // namespace pmp::ui
