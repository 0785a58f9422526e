#include "ConfigurationDetailPane.h"

#include "charts/ChartColors.h"
#include "widgets/ElidedLabel.h"

#include "models/RecordTableModel.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <iterator>

namespace pmp::ui {

using pmp::models::RecordTableModel;

namespace {
constexpr int BarTop = 64;
constexpr int BarHeight = 18;
} // namespace

ConfigurationDetailPane::ConfigurationDetailPane(QWidget *parent)
    : DetailPane(parent), m_title(new ElidedLabel(this)), m_counts(new QLabel(this))
{
    setObjectName(QStringLiteral("configurationDetail"));
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_title->setFullText(tr("Select a configuration to see its targets"));
    m_counts->setObjectName(QStringLiteral("targetCounts"));
    m_counts->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 6, 4, 4);
    layout->addWidget(m_title);
    layout->addSpacing(BarHeight + 14);
    layout->addWidget(m_counts);
    layout->addStretch(1);
    setMinimumHeight(150);
}

void ConfigurationDetailPane::showRow(const RecordTableModel &model, int row)
{
    m_segments.clear();
    m_total = 0;
    if (row < 0) {
        update();
        return;
    }
    auto count = [&](const char *key) { return model.rawValue(row, QLatin1String(key)).toLongLong(); };
    m_total = count("collectionstatussummary.total_target_count");
    m_segments = {{tr("Succeeded"), count("collectionstatussummary.success_count"), {}},
                  {tr("Failed"), count("collectionstatussummary.failed_count"), {}},
                  {tr("Retrying"), count("collectionstatussummary.retry_inprogress_count"), {}},
                  {tr("Yet to apply"), count("collectionstatussummary.yet_to_apply_count"), {}},
                  {tr("Not applicable"), count("collectionstatussummary.not_applicable_count"), {}}};
    colourSegments();
    QString name = model.displayValue(row, QStringLiteral("collection.collection_name"));
    m_title->setFullText(tr("%1 — %2, %n target(s)", nullptr, int(m_total))
                             .arg(name, model.displayValue(row, QStringLiteral("statuslabel"))));
    showCounts();
    update();
}

void ConfigurationDetailPane::colourSegments()
{
    // The same colours by meaning as the dashboard's charts, for this palette.
    using R = ChartColors::Role;
    const R roles[] = {R::Healthy, R::Critical, R::Important, R::Info, R::Unrated};
    for (int i = 0; i < m_segments.size() && i < int(std::size(roles)); ++i)
        m_segments[i].color = ChartColors::color(roles[i], palette());
}

void ConfigurationDetailPane::showCounts()
{
    QStringList parts;
    for (const Segment &s : std::as_const(m_segments))
        parts << QStringLiteral("<span style='color:%1'>■</span> %2: <b>%3</b>")
                     .arg(s.color.name(), s.label)
                     .arg(s.count);
    m_counts->setText(parts.join(QStringLiteral(" &nbsp; ")));
}

void ConfigurationDetailPane::changeEvent(QEvent *event)
{
    DetailPane::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_segments.isEmpty()) {
        colourSegments();
        showCounts();
        update();
    }
}

void ConfigurationDetailPane::paintEvent(QPaintEvent *event)
{
    DetailPane::paintEvent(event);
    const QRect bar(8, BarTop - 24, width() - 16, BarHeight);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(palette().alternateBase());
    p.drawRoundedRect(bar, 3, 3);
    qint64 sum = 0;
    for (const Segment &s : std::as_const(m_segments))
        sum += s.count;
    if (sum <= 0)
        return;
    qreal x = bar.left();
    for (const Segment &s : std::as_const(m_segments)) {
        const qreal w = bar.width() * qreal(s.count) / qreal(sum);
        p.setBrush(s.color);
        p.drawRect(QRectF(x, bar.top(), w, bar.height()));
        x += w;
    }
}

} // namespace pmp::ui
