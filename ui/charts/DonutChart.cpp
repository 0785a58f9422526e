#include "DonutChart.h"

#include "ChartColors.h"
#include "ChartLegend.h"
#include "ChartText.h"
#include "ChartTheme.h"

#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPen>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace pmp::ui {

namespace {
constexpr double kPieSize = 0.94;
constexpr double kHoleSize = 0.60;
constexpr int kMinimumDonut = 160;
const char *const kKeyProperty = "pdSegmentKey";
} // namespace

DonutChart::DonutChart(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_view(ChartTheme::makeView(m_chart, this)), m_series(new QPieSeries),
      m_centre(new QWidget(m_view)), m_centreValue(new QLabel(m_centre)), m_centreCaption(new QLabel(m_centre)),
      m_legend(new ChartLegend(this))
{
    setObjectName(QStringLiteral("donutChart"));
    m_view->setObjectName(QStringLiteral("chartView"));
    m_series->setHoleSize(kHoleSize);
    m_series->setPieSize(kPieSize);
    m_chart->addSeries(m_series);
    m_view->setMinimumSize(120, 120);
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    // The hole's text is an overlay: Qt Charts has no centre label, and a scene item would not
    // follow the widget font and palette.
    m_centre->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_centreValue->setObjectName(QStringLiteral("centreValue"));
    m_centreCaption->setObjectName(QStringLiteral("centreCaption"));
    m_centreValue->setAlignment(Qt::AlignCenter);
    m_centreCaption->setAlignment(Qt::AlignCenter);
    auto *centreLayout = new QVBoxLayout(m_centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_centreValue);
    centreLayout->addWidget(m_centreCaption);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend, 0, Qt::AlignVCenter);

    connect(m_legend, &ChartLegend::entryActivated, this, &DonutChart::activateSegment);
    connect(m_legend, &ChartLegend::entryHovered, this, &DonutChart::setHoveredSegment);
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { placeCentre(); });
    restyle();
}

DonutChart::~DonutChart()
{
    // The legend is a child: QWidget's destructor deletes it after this object's members are gone, and a
    // focused legend losing focus then reports "nothing hovered" to a half-destroyed chart (ASan found it).
    m_legend->disconnect(this);
}

void DonutChart::setSegments(const QList<ChartSegment> &segments)
{
    m_segments = segments;
    m_hovered.clear();
    m_legend->setEntries(segments);
    fitLegend();
    rebuild();
    setAccessibleDescription(ChartText::describe(segments));
    emit segmentsChanged();
}

void DonutChart::setCentreCaption(const QString &caption)
{
    m_centreCaption->setText(caption);
    placeCentre();
}

QString DonutChart::centreValueText() const
{
    return m_centreValue->text();
}

void DonutChart::rebuild()
{
    m_series->clear();
    double total = 0;
    for (const ChartSegment &s : std::as_const(m_segments))
        total += qMax(0.0, s.value);
    const QColor separator = palette().color(QPalette::Base);
    if (total <= 0) {
        // An empty ring says "nothing here" better than no chart at all.
        QPieSlice *empty = m_series->append(QString(), 1);
        empty->setColor(ChartColors::color(ChartColors::Role::Muted, palette()));
        empty->setBorderColor(separator);
    }
    for (const ChartSegment &s : std::as_const(m_segments)) {
        if (s.value <= 0)
            continue; // a zero slice would still draw its border as a stray line
        QPieSlice *slice = m_series->append(s.label, s.value);
        slice->setProperty(kKeyProperty, s.key);
        slice->setColor(s.color);
        // A pen of 1.5 px between slices (setBorderWidth takes whole pixels and made it 1; clang said so).
        QPen border(separator);
        border.setWidthF(1.5);
        slice->setPen(border);
        slice->setExplodeDistanceFactor(0.045);
        slice->setLabelVisible(false);
        connect(slice, &QPieSlice::hovered, this, [this, key = s.key](bool state) {
            setHoveredSegment(state ? key : QString());
            if (state) {
                for (const ChartSegment &seg : std::as_const(m_segments))
                    if (seg.key == key) {
                        const QRect area(mapToGlobal(segmentPosition(key)) - QPoint(6, 6), QSize(12, 12));
                        QToolTip::showText(area.center(), ChartText::toolTip(seg), this);
                    }
            } else {
                QToolTip::hideText();
            }
        });
        connect(slice, &QPieSlice::clicked, this, [this, key = s.key] { activateSegment(key); });
    }
    m_centreValue->setText(QLocale().toString(qint64(total)));
    placeCentre();
}

QPieSlice *DonutChart::sliceFor(const QString &key) const
{
    if (key.isEmpty())
        return nullptr;
    const auto slices = m_series->slices();
    for (QPieSlice *slice : slices)
        if (slice->property(kKeyProperty).toString() == key)
            return slice;
    return nullptr;
}

void DonutChart::activateSegment(const QString &key)
{
    for (const ChartSegment &s : std::as_const(m_segments))
        if (s.key == key) {
            emit segmentActivated(key);
            return;
        }
}

void DonutChart::setHoveredSegment(const QString &key)
{
    if (m_hovered == key)
        return;
    if (QPieSlice *old = sliceFor(m_hovered))
        old->setExploded(false);
    m_hovered = key;
    if (QPieSlice *now = sliceFor(key))
        now->setExploded(true);
    m_legend->setHighlightedKey(key);
    m_view->setCursor(key.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    emit segmentHovered(key);
}

QPoint DonutChart::segmentPosition(const QString &key) const
{
    QPieSlice *slice = sliceFor(key);
    if (!slice)
        return {};
    const QRectF plot = m_chart->plotArea();
    const double outer = qMin(plot.width(), plot.height()) / 2.0 * kPieSize;
    const double inner = qMin(plot.width(), plot.height()) / 2.0 * kHoleSize;
    const double radius = (outer + inner) / 2.0;
    // Qt Charts measures angles clockwise from 12 o'clock.
    const double angle = qDegreesToRadians(slice->startAngle() + slice->angleSpan() / 2.0);
    const QPointF inChart(plot.center().x() + radius * std::sin(angle), plot.center().y() - radius * std::cos(angle));
    const QPoint inViewport = m_view->mapFromScene(m_chart->mapToScene(inChart));
    return m_view->viewport()->mapTo(this, inViewport);
}

void DonutChart::restyle()
{
    ChartTheme::applyTo(m_chart, palette());
    QFont valueFont = font();
    valueFont.setPointSizeF(font().pointSizeF() * 1.6);
    valueFont.setBold(true);
    m_centreValue->setFont(valueFont);
    QFont captionFont = font();
    captionFont.setPointSizeF(font().pointSizeF() * 0.9);
    m_centreCaption->setFont(captionFont);
    QPalette pal = m_centreCaption->palette();
    pal.setColor(QPalette::WindowText, ChartColors::secondaryText(palette()));
    m_centreCaption->setPalette(pal);
    const QColor separator = palette().color(QPalette::Base);
    const auto slices = m_series->slices();
    for (QPieSlice *slice : slices)
        slice->setBorderColor(separator);
}

void DonutChart::placeCentre()
{
    const QRectF plot = m_chart->plotArea();
    const QPoint c = m_view->mapFromScene(m_chart->mapToScene(plot.center()));
    const QSize hint = m_centre->sizeHint();
    m_centre->resize(hint);
    m_centre->move(c - QPoint(hint.width() / 2, hint.height() / 2));
    m_centre->raise();
}

void DonutChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        restyle();
        placeCentre();
    }
}

void DonutChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLegend();
    placeCentre();
}

void DonutChart::fitLegend()
{
    // Shares are worth showing only while the donut keeps a readable size; they stay in tooltips.
    const bool roomy = width() - m_legend->widthFor(true) - 12 >= kMinimumDonut;
    m_legend->setShowShare(roomy);
    m_legend->setFixedWidth(m_legend->sizeHint().width());
}

void DonutChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    placeCentre();
}

} // namespace pmp::ui
