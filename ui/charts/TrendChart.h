#pragma once

#include "TrendSeries.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class QLabel;
class QStackedLayout;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QDateTimeAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace pmp::ui {

// Lines over a date axis for a fixed window (the last 30 or 90 days). With fewer than two points
// there is no trend to draw, so it says so instead of showing an empty grid.
class TrendChart : public QWidget
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);
    ~TrendChart() override;

    void setTimeRange(const QDateTime &from, const QDateTime &to);
    QDateTime rangeStart() const { return m_from; }
    QDateTime rangeEnd() const { return m_to; }
    void setSeries(const QList<TrendSeries> &series);
    QList<TrendSeries> series() const { return m_series; }
    // True while the "not enough history" text is shown instead of lines.
    bool isShowingEmptyState() const;
    QString emptyStateText() const;
    QString legendText() const;
    // Number of points drawn for a series in the current window.
    int visiblePointCount(const QString &key) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void seriesChanged();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void restyle();
    void fitTicks();

    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_time;
    QValueAxis *m_values;
    QLabel *m_legend;
    QLabel *m_empty;
    QStackedLayout *m_stack;
    QList<TrendSeries> m_series;
    QDateTime m_from, m_to;
};

} // namespace pmp::ui
