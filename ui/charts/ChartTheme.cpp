#include "ChartTheme.h"

#include "ChartColors.h"

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QLegend>

#include <QPalette>

namespace pmp::ui {

QChartView *ChartTheme::makeView(QChart *chart, QWidget *parent)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setBackgroundRoundness(0);
    chart->legend()->hide();
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setStyleSheet(QStringLiteral("background: transparent"));
    view->setBackgroundBrush(Qt::NoBrush);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The drawing is for the mouse; keyboard users reach the same data through the legend and the
    // chart's "Show as table", so the view is no tab stop of its own.
    view->setFocusPolicy(Qt::NoFocus);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return view;
}

void ChartTheme::applyTo(QChart *chart, const QPalette &palette)
{
    chart->setBackgroundVisible(false);
    chart->setTitleBrush(ChartColors::text(palette));
    chart->legend()->setLabelColor(ChartColors::text(palette));
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes)
        styleAxis(axis, palette, axis->isGridLineVisible());
}

void ChartTheme::styleAxis(QAbstractAxis *axis, const QPalette &palette, bool grid)
{
    axis->setLabelsColor(ChartColors::secondaryText(palette));
    QPen line(ChartColors::gridLine(palette));
    line.setWidthF(1.0);
    line.setCosmetic(true);
    axis->setLinePen(line);
    axis->setGridLineVisible(grid);
    axis->setGridLinePen(line);
    axis->setMinorGridLineVisible(false);
    axis->setTitleBrush(ChartColors::secondaryText(palette));
    axis->setShadesVisible(false);
}

} // namespace pmp::ui
