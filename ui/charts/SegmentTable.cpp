#include "SegmentTable.h"

#include <QHeaderView>
#include <QLocale>

namespace pmp::ui {

SegmentTable::SegmentTable(QWidget *parent) : QTableWidget(0, 3, parent)
{
    setObjectName(QStringLiteral("segmentTable"));
    setHorizontalHeaderLabels({tr("Category"), tr("Count"), tr("Share")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(this, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row >= 0 && row < m_segments.size())
            emit segmentActivated(m_segments.at(row).key);
    });
}

void SegmentTable::setSegments(const QList<ChartSegment> &segments)
{
    m_segments = segments;
    double total = 0;
    for (const ChartSegment &s : segments)
        total += qMax(0.0, s.value);
    setRowCount(int(segments.size()));
    for (int row = 0; row < segments.size(); ++row) {
        const ChartSegment &s = segments.at(row);
        auto *label = new QTableWidgetItem(s.label);
        label->setData(Qt::UserRole, s.key);
        auto *count = new QTableWidgetItem(QLocale().toString(qint64(s.value)));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *share = new QTableWidgetItem(
            total > 0 ? tr("%1 %").arg(QLocale().toString(s.value * 100.0 / total, 'f', 0)) : QStringLiteral("–"));
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, 0, label);
        setItem(row, 1, count);
        setItem(row, 2, share);
    }
}

} // namespace pmp::ui
