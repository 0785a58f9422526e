#include "TrendChart.h"

#include "ChartColors.h"
#include "ChartTheme.h"

#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedLayout>
#include <QToolTip>

#include <cmath>

namespace pmp::ui {

namespace {
constexpr int kMinimumPoints = 2;
constexpr int kMaxPointsWithMarkers = 45;
} // namespace

TrendChart::TrendChart(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_view(ChartTheme::makeView(m_chart, this)), m_time(new QDateTimeAxis),
      m_values(new QValueAxis), m_empty(new QLabel(this)), m_stack(new QStackedLayout(this))
{
    setObjectName(QStringLiteral("trendChart"));
    m_view->setObjectName(QStringLiteral("chartView"));
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setText(tr("Not enough history yet — trends appear after a few refreshes"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(16);

    m_chart->setMargins(QMargins(2, 2, 8, 2));
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    m_time->setFormat(tr("MMM d", "trend axis date format (QDateTime format)"));
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    m_values->setTickCount(5);
    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    m_chart->legend()->setBackgroundVisible(false);

    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    const QDateTime now = QDateTime::currentDateTime();
    setTimeRange(now.addDays(-30), now);
    restyle();
}

TrendChart::~TrendChart() = default;

QSize TrendChart::sizeHint() const
{
    return {420, 220};
}

QSize TrendChart::minimumSizeHint() const
{
    return {240, 160};
}

void TrendChart::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    m_from = from;
    m_to = to;
    rebuild();
}

void TrendChart::setSeries(const QList<TrendSeries> &series)
{
    m_series = series;
    rebuild();
}

int TrendChart::visiblePointCount(const QString &key) const
{
    const qint64 from = m_from.toMSecsSinceEpoch(), to = m_to.toMSecsSinceEpoch();
    for (const TrendSeries &s : m_series)
        if (s.key == key) {
            int n = 0;
            for (const QPointF &p : s.points)
                if (p.x() >= from && p.x() <= to)
                    ++n;
            return n;
        }
    return 0;
}

bool TrendChart::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString TrendChart::emptyStateText() const
{
    return m_empty->text();
}

void TrendChart::rebuild()
{
    m_chart->removeAllSeries();
    const qint64 from = m_from.toMSecsSinceEpoch(), to = m_to.toMSecsSinceEpoch();
    int most = 0;
    double maxValue = 0;
    for (const TrendSeries &s : std::as_const(m_series)) {
        auto *line = new QLineSeries;
        line->setName(s.label);
        for (const QPointF &p : s.points)
            if (p.x() >= from && p.x() <= to) {
                line->append(p);
                maxValue = qMax(maxValue, p.y());
            }
        most = qMax(most, int(line->count()));
        QPen pen(s.color);
        pen.setWidthF(2.0);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        line->setPen(pen);
        line->setColor(s.color);
        line->setPointsVisible(line->count() <= kMaxPointsWithMarkers);
        m_chart->addSeries(line);
        line->attachAxis(m_time);
        line->attachAxis(m_values);
        connect(line, &QLineSeries::hovered, this, [this, label = s.label](const QPointF &p, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(p.x()));
            QToolTip::showText(QCursor::pos(),
                               tr("%1\n%2: %3")
                                   .arg(QLocale().toString(t, QLocale::ShortFormat), label,
                                        QLocale().toString(qint64(std::llround(p.y())))),
                               this);
        });
    }
    m_time->setRange(m_from, m_to);
    // 30 days in 5-day steps, 90 in 15-day steps: evenly spaced, readable dates.
    m_time->setTickCount(7);
    double top = qMax(4.0, maxValue * 1.1);
    m_values->setRange(0, top);
    m_values->applyNiceNumbers();
    if (m_values->min() < 0)
        m_values->setMin(0);
    m_stack->setCurrentWidget(most >= kMinimumPoints ? static_cast<QWidget *>(m_view) : m_empty);
    restyle();
}

void TrendChart::restyle()
{
    ChartTheme::applyTo(m_chart, palette());
    ChartTheme::styleAxis(m_time, palette(), false);
    ChartTheme::styleAxis(m_values, palette(), true);
    m_time->setLabelsFont(font());
    m_values->setLabelsFont(font());
    m_chart->legend()->setFont(font());
    m_chart->legend()->setLabelColor(ChartColors::text(palette()));
    QPalette pal = m_empty->palette();
    pal.setColor(QPalette::WindowText, ChartColors::secondaryText(palette()));
    m_empty->setPalette(pal);
}

void TrendChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
}

} // namespace pmp::ui
