#pragma once

#include <QColor>
#include <QString>

namespace pmp::ui {

// One slice of a donut or one bar: a stable key (what a click reports), what people read, the
// count and its colour by meaning.
struct ChartSegment
{
    QString key;
    QString label;
    double value = 0;
    QColor color;
    QString toolTip; // optional; a "label: value (n %)" tooltip is made when empty
};

} // namespace pmp::ui
