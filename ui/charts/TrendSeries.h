#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

namespace pmp::ui {

// One line of a trend chart. x is milliseconds since the epoch (UTC), y the value at that time.
struct TrendSeries
{
    QString key;
    QString label;
    QColor color;
    QList<QPointF> points;
};

} // namespace pmp::ui
