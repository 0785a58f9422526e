#pragma once

#include "ChartSegment.h"

#include <QList>
#include <QWidget>

class QLabel;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QPieSeries;
class QPieSlice;
QT_END_NAMESPACE

namespace pmp::ui {

class ChartLegend;

// A donut of counts with the total in its hole and a clickable legend beside it. Hovering a slice
// or its legend row highlights both; clicking either reports the segment's key.
class DonutChart : public QWidget
{
    Q_OBJECT
public:
    explicit DonutChart(QWidget *parent = nullptr);
    ~DonutChart() override;

    void setSegments(const QList<ChartSegment> &segments);
    QList<ChartSegment> segments() const { return m_segments; }
    // The caption under the total in the hole ("patches", "systems").
    void setCentreCaption(const QString &caption);
    QString centreValueText() const;
    QString hoveredKey() const { return m_hovered; }
    ChartLegend *legend() const { return m_legend; }
    // The middle of a segment's slice in this widget's coordinates (null for an empty segment):
    // for tooltips, and for tests that click like a person would.
    QPoint segmentPosition(const QString &key) const;

public slots:
    void activateSegment(const QString &key);
    void setHoveredSegment(const QString &key);

signals:
    void segmentActivated(const QString &key);
    void segmentHovered(const QString &key);
    void segmentsChanged();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void restyle();
    void placeCentre();
    void fitLegend();
    QPieSlice *sliceFor(const QString &key) const;

    QChart *m_chart;
    QChartView *m_view;
    QPieSeries *m_series;
    QWidget *m_centre;
    QLabel *m_centreValue;
    QLabel *m_centreCaption;
    ChartLegend *m_legend;
    QList<ChartSegment> m_segments;
    QString m_hovered;
};

} // namespace pmp::ui
