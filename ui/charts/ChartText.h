#pragma once

#include "ChartSegment.h"
#include "TrendSeries.h"

#include <QList>
#include <QString>

namespace pmp::ui {

// A chart's data as one sentence, for its accessible description: what a screen reader says and
// what a person who cannot tell the colours apart can read ("Critical 12, Important 40, ...").
class ChartText
{
public:
    static QString describe(const QList<ChartSegment> &segments);
    // Each line's latest value and its change over the points shown.
    static QString describe(const QList<TrendSeries> &series);
    // A slice's or bar's tooltip: its own when it has one, else "label: count".
    static QString toolTip(const ChartSegment &segment);
};

} // namespace pmp::ui
