#pragma once

#include <QLayout>
#include <QList>

namespace pmp::ui {

// A row of peers (the dashboard's tiles and cards) that folds into a grid when the width runs out,
// instead of pushing the page wider than its window: six tiles become three by two, then two by
// three. The column counts to try are given, most first (6, 3, 2, 1 keeps every row full); a last
// row that is not full lets its last item span the rest. Cells share the width by their stretch
// while every item gets at least its minimum width; rows are as tall as their tallest item wants.
class ReflowGridLayout : public QLayout
{
public:
    explicit ReflowGridLayout(QList<int> columnChoices, QWidget *parent = nullptr);
    ~ReflowGridLayout() override;

    void addWidget(QWidget *widget, int stretch);
    using QLayout::addWidget;
    void setHorizontalSpacing(int spacing) { m_horizontal = spacing; }
    void setVerticalSpacing(int spacing) { m_vertical = spacing; }
    // The columns used at `width` (the first choice whose items' minimum widths fit).
    int columnsFor(int width) const;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return Qt::Horizontal; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;
    void invalidate() override;

private:
    struct Cell
    {
        QLayoutItem *item;
        int stretch;
    };
    QList<const Cell *> visibleCells() const;
    static QList<int> columnMinimums(const QList<const Cell *> &cells, int columns);
    QList<int> columnWidths(const QList<const Cell *> &cells, int columns, int width) const;
    int arrange(const QRect &rect, bool apply) const;
    static void place(QLayoutItem *item, const QRect &cell);

    QList<Cell> m_cells;
    QList<int> m_choices;
    int m_horizontal = 12;
    int m_vertical = 12;
    mutable int m_cachedWidth = -1;
    mutable int m_cachedHeight = 0;
};

} // namespace pmp::ui
