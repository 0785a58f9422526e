#pragma once

#include "ChartSegment.h"

#include <QList>
#include <QWidget>

namespace pmp::ui {

// One thin bar split in proportion to its segments (a configuration's targets: succeeded, failed,
// retrying…), in the segments' colours by meaning. Small enough for a detail pane, where a Qt Charts
// view would be heavy; its data as text is its accessible description and each part's tooltip.
class ProportionBar : public QWidget
{
    Q_OBJECT
public:
    explicit ProportionBar(QWidget *parent = nullptr);

    void setSegments(const QList<ChartSegment> &segments);
    QList<ChartSegment> segments() const { return m_segments; }
    // The segment drawn under `x` (this widget's coordinates); -1 over the empty track.
    int segmentAt(int x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QList<QRectF> segmentRects() const;

    QList<ChartSegment> m_segments;
};

} // namespace pmp::ui
