#pragma once

#include "TrendSeries.h"

#include <QList>
#include <QTableWidget>

namespace pmp::ui {

// A trend chart's points as a table, newest first: one row per time, one column per line. The
// "Show as table" alternative to a TrendChart.
class TrendTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit TrendTable(QWidget *parent = nullptr);

    void setSeries(const QList<TrendSeries> &series);
};

} // namespace pmp::ui
