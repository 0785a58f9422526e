#pragma once

#include "ChartSegment.h"

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QHorizontalStackedBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace pmp::ui {

// Horizontal bars, one per category, each in its own colour with its count at the bar's end;
// clicking a bar reports the category's key.
class BarChart : public QWidget
{
    Q_OBJECT
public:
    explicit BarChart(QWidget *parent = nullptr);
    ~BarChart() override;

    void setSegments(const QList<ChartSegment> &segments);
    QList<ChartSegment> segments() const { return m_segments; }
    QString hoveredKey() const { return m_hovered; }
    // The middle of a category's bar (or its start when the count is 0) in this widget's coordinates.
    QPoint segmentPosition(const QString &key) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void activateSegment(const QString &key);

signals:
    void segmentActivated(const QString &key);
    void segmentHovered(const QString &key);
    void segmentsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void restyle();
    void placeValueLabels();
    void setHovered(const QString &key);
    int categoryIndex(int segment) const { return int(m_segments.size()) - 1 - segment; }

    QChart *m_chart;
    QChartView *m_view;
    QHorizontalStackedBarSeries *m_series;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
    QList<QBarSet *> m_sets;
    QList<QGraphicsSimpleTextItem *> m_labels;
    QList<ChartSegment> m_segments;
    QString m_hovered;
    bool m_placing = false;
};

} // namespace pmp::ui
