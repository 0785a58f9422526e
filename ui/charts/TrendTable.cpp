#include "TrendTable.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>

#include <algorithm>
#include <functional>

namespace pmp::ui {

TrendTable::TrendTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("trendTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
}

void TrendTable::setSeries(const QList<TrendSeries> &series)
{
    QStringList headers{tr("Time")};
    QList<double> times;
    for (const TrendSeries &s : series) {
        headers << s.label;
        for (const QPointF &p : s.points)
            times << p.x();
    }
    std::sort(times.begin(), times.end(), std::greater<>());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    clear();
    setColumnCount(int(headers.size()));
    setHorizontalHeaderLabels(headers);
    setRowCount(int(times.size()));
    for (int row = 0; row < times.size(); ++row) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(times.at(row)));
        setItem(row, 0, new QTableWidgetItem(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
        for (int col = 0; col < series.size(); ++col)
            for (const QPointF &p : series.at(col).points)
                if (p.x() == times.at(row)) {
                    auto *item = new QTableWidgetItem(QLocale().toString(qint64(p.y())));
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    setItem(row, col + 1, item);
                    break;
                }
    }
}

} // namespace pmp::ui
