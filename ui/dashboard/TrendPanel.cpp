#include "TrendPanel.h"

#include "DashboardCard.h"
#include "TrendSource.h"

#include "charts/ChartColors.h"
#include "charts/TrendChart.h"
#include "charts/TrendTable.h"
#include "widgets/ReflowGridLayout.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace pmp::ui {

namespace {

QList<QPointF> toPoints(const QList<TrendSource::Point> &points)
{
    QList<QPointF> out;
    out.reserve(points.size());
    for (const TrendSource::Point &p : points)
        out.append(QPointF(double(p.at.toMSecsSinceEpoch()), double(p.value)));
    return out;
}

DashboardCard *card(const QString &title, TrendChart *chart, QWidget *parent)
{
    auto *c = new DashboardCard(title, parent);
    c->setContent(chart);
    c->setPlaceholder(QString());
    // The points as a table, for whoever cannot read them off the lines.
    auto *table = new TrendTable(c);
    table->setObjectName(chart->objectName() + QStringLiteral("Table"));
    QObject::connect(chart, &TrendChart::seriesChanged, table, [table, chart] { table->setSeries(chart->series()); });
    table->setSeries(chart->series());
    c->setTableAlternative(table);
    return c;
}

} // namespace

TrendPanel::TrendPanel(QWidget *parent)
    : QWidget(parent), m_missing(new TrendChart(this)), m_vulnerable(new TrendChart(this)),
      m_rangeSelector(new QWidget(this)), m_rangeButtons(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("trendPanel"));
    m_missing->setObjectName(QStringLiteral("missingTrend"));
    m_vulnerable->setObjectName(QStringLiteral("vulnerableTrend"));

    auto *range = new QHBoxLayout(m_rangeSelector);
    range->setContentsMargins(0, 0, 0, 0);
    range->setSpacing(0);
    for (int days : {30, 90}) {
        auto *b = new QToolButton(m_rangeSelector);
        b->setObjectName(QStringLiteral("range%1").arg(days));
        b->setText(tr("%n days", nullptr, days));
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // The checked range in bold: a checked tool button alone is faint in some styles.
        connect(b, &QToolButton::toggled, b, [b](bool on) {
            QFont f = b->font();
            f.setBold(on);
            b->setFont(f);
        });
        m_rangeButtons->addButton(b, days);
        range->addWidget(b);
    }
    m_rangeButtons->button(m_days)->setChecked(true);
    connect(m_rangeButtons, &QButtonGroup::idClicked, this, &TrendPanel::setRangeDays);

    auto *layout = new ReflowGridLayout({2}, this);
    layout->setHorizontalSpacing(16);
    layout->setVerticalSpacing(16);
    layout->addWidget(card(tr("Missing critical and important patches"), m_missing, this), 1);
    layout->addWidget(card(tr("Vulnerable systems"), m_vulnerable, this), 1);
}

void TrendPanel::setSource(TrendSource *source)
{
    m_source = source;
    if (m_now.isValid())
        reload(m_now);
}

void TrendPanel::setRangeDays(int days)
{
    m_days = days == 90 ? 90 : 30;
    if (QAbstractButton *b = m_rangeButtons->button(m_days))
        b->setChecked(true);
    reload(m_now.isValid() ? m_now : QDateTime::currentDateTime());
}

void TrendPanel::reload(const QDateTime &now)
{
    m_now = now;
    const QDateTime from = now.addDays(-m_days);
    const QPalette pal = palette();
    auto series = [&](TrendSource::Metric metric, const QString &key, const QString &label, ChartColors::Role role) {
        TrendSeries s;
        s.key = key;
        s.label = label;
        s.color = ChartColors::color(role, pal);
        if (m_source)
            s.points = toPoints(m_source->series(metric, from, now));
        return s;
    };
    m_missing->setTimeRange(from, now);
    m_missing->setSeries({series(TrendSource::Metric::MissingCritical, QStringLiteral("critical"), tr("Critical"),
                                 ChartColors::Role::Critical),
                          series(TrendSource::Metric::MissingImportant, QStringLiteral("important"), tr("Important"),
                                 ChartColors::Role::Important)});
    m_vulnerable->setTimeRange(from, now);
    m_vulnerable->setSeries({series(TrendSource::Metric::HighlyVulnerableSystems, QStringLiteral("highlyVulnerable"),
                                    tr("Highly vulnerable"), ChartColors::Role::Critical),
                             series(TrendSource::Metric::VulnerableSystems, QStringLiteral("vulnerable"),
                                    tr("Vulnerable"), ChartColors::Role::Moderate)});
}

} // namespace pmp::ui
