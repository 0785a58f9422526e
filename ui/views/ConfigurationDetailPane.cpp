#include "ConfigurationDetailPane.h"

#include "charts/ChartColors.h"
#include "charts/ProportionBar.h"
#include "widgets/ElidedLabel.h"

#include "models/RecordTableModel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <iterator>

namespace pmp::ui {

using pmp::models::RecordTableModel;

ConfigurationDetailPane::ConfigurationDetailPane(QWidget *parent)
    : DetailPane(parent), m_title(new ElidedLabel(this)), m_bar(new ProportionBar(this)), m_counts(new QLabel(this))
{
    setObjectName(QStringLiteral("configurationDetail"));
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_title->setFullText(tr("Select a configuration to see its targets"));
    m_bar->setAccessibleName(tr("Targets by status"));
    m_counts->setObjectName(QStringLiteral("targetCounts"));
    m_counts->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 6, 4, 4);
    layout->addWidget(m_title);
    layout->addSpacing(4);
    layout->addWidget(m_bar);
    layout->addSpacing(6);
    layout->addWidget(m_counts);
    layout->addStretch(1);
    setMinimumHeight(150);
}

void ConfigurationDetailPane::showRow(const RecordTableModel &model, int row)
{
    m_segments.clear();
    m_total = 0;
    if (row < 0) {
        m_bar->setSegments({});
        m_counts->clear();
        return;
    }
    auto count = [&](const char *key) { return model.rawValue(row, QLatin1String(key)).toLongLong(); };
    m_total = count("collectionstatussummary.total_target_count");
    const auto segment = [&](const char *key, const QString &label) {
        return ChartSegment{QString::fromLatin1(key), label, double(count(key)), {}, {}};
    };
    m_segments = {segment("collectionstatussummary.success_count", tr("Succeeded")),
                  segment("collectionstatussummary.failed_count", tr("Failed")),
                  segment("collectionstatussummary.retry_inprogress_count", tr("Retrying")),
                  segment("collectionstatussummary.yet_to_apply_count", tr("Yet to apply")),
                  segment("collectionstatussummary.not_applicable_count", tr("Not applicable"))};
    colourSegments();
    QString name = model.displayValue(row, QStringLiteral("collection.collection_name"));
    m_title->setFullText(tr("%1 — %2, %n target(s)", nullptr, int(m_total))
                             .arg(name, model.displayValue(row, QStringLiteral("statuslabel"))));
    showCounts();
}

void ConfigurationDetailPane::colourSegments()
{
    // The same colours by meaning as the dashboard's charts, for this palette.
    using R = ChartColors::Role;
    const R roles[] = {R::Healthy, R::Critical, R::Important, R::Info, R::Unrated};
    for (int i = 0; i < m_segments.size() && i < int(std::size(roles)); ++i)
        m_segments[i].color = ChartColors::color(roles[i], palette());
    m_bar->setSegments(m_segments);
}

void ConfigurationDetailPane::showCounts()
{
    QStringList parts;
    for (const ChartSegment &s : std::as_const(m_segments))
        parts << QStringLiteral("<span style='color:%1'>■</span> %2: <b>%3</b>")
                     .arg(s.color.name(), s.label)
                     .arg(qint64(s.value));
    m_counts->setText(parts.join(QStringLiteral(" &nbsp; ")));
}

void ConfigurationDetailPane::changeEvent(QEvent *event)
{
    DetailPane::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_segments.isEmpty()) {
        colourSegments();
        showCounts();
    }
}

} // namespace pmp::ui
