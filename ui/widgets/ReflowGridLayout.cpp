#include "ReflowGridLayout.h"

#include <QWidget>

#include <algorithm>
#include <numeric>

namespace pmp::ui {

ReflowGridLayout::ReflowGridLayout(QList<int> columnChoices, QWidget *parent)
    : QLayout(parent), m_choices(std::move(columnChoices))
{
    setContentsMargins(0, 0, 0, 0);
    if (m_choices.isEmpty() || m_choices.constLast() != 1)
        m_choices.append(1); // one column always fits as well as anything can
}

ReflowGridLayout::~ReflowGridLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void ReflowGridLayout::addWidget(QWidget *widget, int stretch)
{
    addChildWidget(widget);
    m_cells.append({new QWidgetItem(widget), std::max(1, stretch)});
    invalidate();
}

void ReflowGridLayout::addItem(QLayoutItem *item)
{
    m_cells.append({item, 1});
    invalidate();
}

int ReflowGridLayout::count() const
{
    return int(m_cells.size());
}

QLayoutItem *ReflowGridLayout::itemAt(int index) const
{
    return index >= 0 && index < m_cells.size() ? m_cells.at(index).item : nullptr;
}

QLayoutItem *ReflowGridLayout::takeAt(int index)
{
    if (index < 0 || index >= m_cells.size())
        return nullptr;
    QLayoutItem *item = m_cells.takeAt(index).item;
    invalidate();
    return item;
}

void ReflowGridLayout::invalidate()
{
    m_cachedWidth = -1;
    QLayout::invalidate();
}

QList<const ReflowGridLayout::Cell *> ReflowGridLayout::visibleCells() const
{
    QList<const Cell *> cells;
    for (const Cell &c : m_cells)
        if (!c.item->isEmpty())
            cells.append(&c);
    return cells;
}

// The widest minimum width among each column's items, the cells laid out `columns` to a row.
QList<int> ReflowGridLayout::columnMinimums(const QList<const Cell *> &cells, int columns)
{
    QList<int> widest(columns, 0);
    for (int i = 0; i < cells.size(); ++i)
        widest[i % columns] = std::max(widest[i % columns], cells[i]->item->minimumSize().width());
    return widest;
}

int ReflowGridLayout::columnsFor(int width) const
{
    const QMargins m = contentsMargins();
    const int room = width - m.left() - m.right();
    const QList<const Cell *> cells = visibleCells();
    for (int columns : m_choices) {
        if (columns > 1 && columns > cells.size())
            continue;
        const QList<int> widest = columnMinimums(cells, columns);
        if (std::accumulate(widest.cbegin(), widest.cend(), 0) + (columns - 1) * m_horizontal <= room)
            return columns;
    }
    return 1;
}

// Each column's share of `width` by the stretch of its items, raised to the widest minimum in it
// (what a raised column takes is taken from the others in proportion).
QList<int> ReflowGridLayout::columnWidths(const QList<const Cell *> &cells, int columns, int width) const
{
    const QList<int> minimum = columnMinimums(cells, columns);
    QList<int> stretch(columns, 0);
    for (int i = 0; i < cells.size(); ++i)
        stretch[i % columns] = std::max(stretch[i % columns], cells[i]->stretch);
    const int room = std::max(0, width - (columns - 1) * m_horizontal);
    QList<bool> fixed(columns, false);
    QList<int> widths(columns, 0);
    for (bool changed = true; changed;) {
        changed = false;
        int free = room, weight = 0;
        for (int c = 0; c < columns; ++c) {
            if (fixed[c])
                free -= minimum[c];
            else
                weight += stretch[c];
        }
        for (int c = 0; c < columns; ++c) {
            if (fixed[c]) {
                widths[c] = minimum[c];
            } else {
                widths[c] = weight > 0 ? free * stretch[c] / weight : 0;
                if (widths[c] < minimum[c]) {
                    fixed[c] = true;
                    changed = true;
                }
            }
        }
    }
    return widths;
}

// A widget fills its whole cell, so the items of a row line up top and bottom (QWidgetItem would
// shrink one that wraps text to its height for the width and centre it in the row).
void ReflowGridLayout::place(QLayoutItem *item, const QRect &cell)
{
    if (QWidget *w = item->widget())
        w->setGeometry(QRect(cell.topLeft(), cell.size().boundedTo(item->maximumSize())));
    else
        item->setGeometry(cell);
}

int ReflowGridLayout::arrange(const QRect &rect, bool apply) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
    const QList<const Cell *> cells = visibleCells();
    if (cells.isEmpty())
        return m.top() + m.bottom();
    const int columns = std::min<int>(columnsFor(rect.width()), int(cells.size()));
    const QList<int> widths = columnWidths(cells, columns, area.width());
    QList<int> left(columns, area.x());
    for (int c = 1; c < columns; ++c)
        left[c] = left[c - 1] + widths[c - 1] + m_horizontal;

    int y = area.y();
    for (int first = 0; first < cells.size(); first += columns) {
        const int last = std::min<int>(first + columns, int(cells.size())) - 1;
        auto cellWidth = [&](int i) {
            const int c = i % columns;
            // The last item of a short last row reaches to the right edge: no hole at the end.
            return i == last ? area.right() + 1 - left[c] : widths[c];
        };
        int height = 0;
        for (int i = first; i <= last; ++i) {
            const QLayoutItem *item = cells[i]->item;
            const int wanted =
                item->hasHeightForWidth() ? item->heightForWidth(cellWidth(i)) : item->sizeHint().height();
            height = std::max({height, wanted, item->minimumSize().height()});
        }
        if (apply)
            for (int i = first; i <= last; ++i)
                place(cells[i]->item, QRect(left[i % columns], y, cellWidth(i), height));
        y += height + (last + 1 < cells.size() ? m_vertical : 0);
    }
    return y - rect.y() + m.bottom();
}

int ReflowGridLayout::heightForWidth(int width) const
{
    if (width != m_cachedWidth) {
        m_cachedHeight = arrange(QRect(0, 0, width, 0), false);
        m_cachedWidth = width;
    }
    return m_cachedHeight;
}

QSize ReflowGridLayout::minimumSize() const
{
    // As narrow as the widest item: below the width of a row, the row folds. The height is the
    // parent's to ask through heightForWidth.
    QSize size;
    for (const Cell *c : visibleCells())
        size = size.expandedTo(c->item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize ReflowGridLayout::sizeHint() const
{
    // One row of everything when there is room for it.
    int width = 0;
    const QList<const Cell *> cells = visibleCells();
    for (const Cell *c : cells)
        width += c->item->sizeHint().width();
    const QMargins m = contentsMargins();
    width += std::max<int>(0, int(cells.size()) - 1) * m_horizontal + m.left() + m.right();
    return {width, heightForWidth(width)};
}

void ReflowGridLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

} // namespace pmp::ui
