#pragma once

// Internal to ui/charts: the only place besides the chart widgets that sees Qt Charts types.

#include <QtCharts/QChart>
#include <QtCharts/QChartView>

class QPalette;

namespace pmp::ui {

// Makes a Qt Charts chart follow the widget palette (light or dark) instead of Qt Charts' own
// themes, which ignore the desktop and draw a white card in dark mode.
class ChartTheme
{
public:
    // A view with no frame, antialiasing and a transparent background, owning `chart`.
    static QChartView *makeView(QChart *chart, QWidget *parent);
    static void applyTo(QChart *chart, const QPalette &palette);
    static void styleAxis(QAbstractAxis *axis, const QPalette &palette, bool grid);
};

} // namespace pmp::ui
