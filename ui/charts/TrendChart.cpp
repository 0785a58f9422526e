#include "TrendChart.h"

#include "ChartColors.h"
#include "ChartText.h"
#include "ChartTheme.h"

#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedLayout>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace pmp::ui {

namespace {
constexpr int kMinimumPoints = 2;
constexpr int kMaxPointsWithMarkers = 45;
} // namespace

TrendChart::TrendChart(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_view(ChartTheme::makeView(m_chart, this)), m_time(new QDateTimeAxis),
      m_values(new QValueAxis), m_legend(new QLabel), m_empty(new QLabel(this)), m_stack(new QStackedLayout)
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
    // Our own legend: Qt Charts' legend elides names in narrow charts and cannot wrap.
    m_chart->legend()->setVisible(false);
    m_legend->setObjectName(QStringLiteral("trendLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    auto *chartPage = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(4);
    chartLayout->addWidget(m_legend);
    chartLayout->addWidget(m_view, 1);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_stack);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(chartPage);
    m_stack->addWidget(m_empty);

    connect(m_chart, &QChart::plotAreaChanged, this, [this] { fitTicks(); });
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
    setAccessibleDescription(ChartText::describe(series));
    emit seriesChanged();
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

QString TrendChart::legendText() const
{
    return m_legend->text();
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
    fitTicks();
    double top = qMax(4.0, maxValue * 1.1);
    m_values->setRange(0, top);
    m_values->applyNiceNumbers();
    if (m_values->min() < 0)
        m_values->setMin(0);
    m_stack->setCurrentIndex(most >= kMinimumPoints ? 0 : 1);
    restyle();
}

void TrendChart::fitTicks()
{
    // As many dates as fit without Qt Charts eliding them, in whole-day steps that divide the window
    // (30 days: 5, 10 or 15-day steps; 90 days: 15, 30 or 45).
    const QFontMetrics fm(m_time->labelsFont());
    const int labelWidth = fm.horizontalAdvance(QLocale().toString(QDate(2000, 12, 30), m_time->format())) + 28;
    const double plotWidth = m_chart->plotArea().width() > 0 ? m_chart->plotArea().width() : width() - 50;
    const int fit = qMax(2, int(plotWidth / labelWidth) + 1);
    const qint64 days = qMax<qint64>(1, m_from.daysTo(m_to));
    int ticks = 2;
    for (int n = 2; n <= qMin(fit, 8); ++n)
        if (days % (n - 1) == 0)
            ticks = n;
    if (m_time->tickCount() != ticks)
        m_time->setTickCount(ticks);
}

void TrendChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTicks();
}

void TrendChart::restyle()
{
    ChartTheme::applyTo(m_chart, palette());
    ChartTheme::styleAxis(m_time, palette(), false);
    ChartTheme::styleAxis(m_values, palette(), true);
    m_time->setLabelsFont(font());
    m_values->setLabelsFont(font());
    QStringList entries;
    for (const TrendSeries &s : std::as_const(m_series))
        entries.append(
            QStringLiteral("<span style=\"color:%1\">━━</span>&nbsp;%2").arg(s.color.name(), s.label.toHtmlEscaped()));
    m_legend->setText(entries.join(QStringLiteral(" &nbsp;&nbsp; ")));
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
