#pragma once

#include "ChartSegment.h"

#include <QList>
#include <QTableWidget>

namespace pmp::ui {

// A donut's or bar chart's numbers as a table (category, count, share): the "Show as table"
// alternative to a chart. Activating a row (Enter, a double click) does what clicking its slice does.
class SegmentTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit SegmentTable(QWidget *parent = nullptr);

    void setSegments(const QList<ChartSegment> &segments);

signals:
    void segmentActivated(const QString &key);

private:
    QList<ChartSegment> m_segments;
};

} // namespace pmp::ui
