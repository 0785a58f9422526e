#include "BarChart.h"

#include "ChartColors.h"
#include "ChartText.h"
#include "ChartTheme.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>

namespace pmp::ui {

BarChart::BarChart(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_view(ChartTheme::makeView(m_chart, this)),
      m_series(new QHorizontalStackedBarSeries), m_categories(new QBarCategoryAxis), m_values(new QValueAxis)
{
    setObjectName(QStringLiteral("barChart"));
    m_view->setObjectName(QStringLiteral("chartView"));
    // One colour per bar needs one set per category; stacking the sets keeps each bar full width
    // (side-by-side sets would split every category slot into thin slivers).
    m_series->setBarWidth(0.62);
    m_series->setLabelsVisible(false); // ours are placed at the bar end and follow the palette
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_categories, Qt::AlignLeft);
    m_chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_values->setVisible(false);
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    m_categories->setGridLineVisible(false);
    m_categories->setLineVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { placeValueLabels(); });
    restyle();
}

BarChart::~BarChart() = default;

QSize BarChart::sizeHint() const
{
    return {320, minimumSizeHint().height() + 8};
}

QSize BarChart::minimumSizeHint() const
{
    // Qt Charts gives each category label (count + 1) parts of the axis height minus padding on
    // both sides, and elides a label to "..." when its line does not fit: reserve enough height.
    const int n = qMax(1, int(m_segments.size()));
    return {200, (n + 1) * (fontMetrics().height() + 16) + 4};
}

void BarChart::setSegments(const QList<ChartSegment> &segments)
{
    m_segments = segments;
    m_hovered.clear();
    rebuild();
    updateGeometry();
    setAccessibleDescription(ChartText::describe(segments));
    emit segmentsChanged();
}

void BarChart::rebuild()
{
    m_series->clear(); // deletes the sets
    m_sets.clear();
    qDeleteAll(m_labels);
    m_labels.clear();
    QStringList names;
    for (int i = int(m_segments.size()) - 1; i >= 0; --i)
        names.append(m_segments.at(i).label); // the axis runs bottom-up; people read top-down
    m_categories->clear();
    m_categories->append(names);
    for (int i = 0; i < m_segments.size(); ++i) {
        const ChartSegment &s = m_segments.at(i);
        auto *set = new QBarSet(s.label);
        for (int c = 0; c < m_segments.size(); ++c)
            set->append(c == categoryIndex(i) ? qMax(0.0, s.value) : 0.0);
        set->setColor(s.color);
        set->setBorderColor(s.color);
        connect(set, &QBarSet::clicked, this, [this, key = s.key](int) { activateSegment(key); });
        connect(set, &QBarSet::hovered, this, [this, i](bool state, int index) {
            if (index != categoryIndex(i))
                return;
            const ChartSegment &seg = m_segments.at(i);
            setHovered(state ? seg.key : QString());
            if (state)
                QToolTip::showText(mapToGlobal(segmentPosition(seg.key)), ChartText::toolTip(seg), this);
            else
                QToolTip::hideText();
        });
        m_sets.append(set);
        m_series->append(set);
        auto *label = new QGraphicsSimpleTextItem(m_chart);
        label->setText(QLocale().toString(qint64(s.value)));
        m_labels.append(label);
    }
    restyle();
    placeValueLabels();
}

void BarChart::placeValueLabels()
{
    if (m_placing)
        return;
    m_placing = true;
    double maxValue = 0;
    int labelWidth = 0;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    for (int i = 0; i < m_segments.size(); ++i) {
        maxValue = qMax(maxValue, m_segments.at(i).value);
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(m_labels.at(i)->text()));
    }
    // Leave room right of the longest bar for its count.
    const double plotWidth = m_chart->plotArea().width();
    const double room = plotWidth - labelWidth - 12;
    const double axisMax = maxValue <= 0 ? 1.0 : (room > 20 ? maxValue * plotWidth / room : maxValue * 1.3);
    m_values->setRange(0, axisMax);
    for (int i = 0; i < m_segments.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_labels.at(i);
        label->setFont(bold);
        const QPointF end =
            m_chart->mapToPosition(QPointF(qMax(0.0, m_segments.at(i).value), categoryIndex(i)), m_series);
        const QRectF r = label->boundingRect();
        label->setPos(end.x() + 6, end.y() - r.height() / 2);
    }
    m_placing = false;
}

void BarChart::setHovered(const QString &key)
{
    if (m_hovered == key)
        return;
    m_hovered = key;
    for (int i = 0; i < m_segments.size(); ++i) {
        const QColor base = m_segments.at(i).color;
        // Lighten in dark palettes, darken in light ones: the hovered bar stands out either way.
        const QColor c = m_segments.at(i).key == key
                             ? (ChartColors::isDark(palette()) ? base.lighter(125) : base.darker(115))
                             : base;
        m_sets.at(i)->setColor(c);
        m_sets.at(i)->setBorderColor(c);
    }
    m_view->setCursor(key.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    emit segmentHovered(key);
}

void BarChart::activateSegment(const QString &key)
{
    for (const ChartSegment &s : std::as_const(m_segments))
        if (s.key == key) {
            emit segmentActivated(key);
            return;
        }
}

QPoint BarChart::segmentPosition(const QString &key) const
{
    for (int i = 0; i < m_segments.size(); ++i) {
        if (m_segments.at(i).key != key)
            continue;
        const double v = qMax(0.0, m_segments.at(i).value);
        const QPointF inChart = m_chart->mapToPosition(QPointF(v / 2.0, categoryIndex(i)), m_series);
        const QPoint inViewport = m_view->mapFromScene(m_chart->mapToScene(inChart));
        return m_view->viewport()->mapTo(this, inViewport);
    }
    return {};
}

void BarChart::restyle()
{
    ChartTheme::applyTo(m_chart, palette());
    m_categories->setLabelsColor(ChartColors::text(palette()));
    m_categories->setLabelsFont(font());
    m_categories->setLineVisible(false);
    m_categories->setGridLineVisible(false);
    m_values->setVisible(false);
    for (QGraphicsSimpleTextItem *label : std::as_const(m_labels))
        label->setBrush(ChartColors::text(palette()));
}

void BarChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        restyle();
        placeValueLabels();
    }
}

} // namespace pmp::ui
