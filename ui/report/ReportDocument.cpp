#include "ReportDocument.h"

#include "charts/ChartColors.h"
#include "charts/DonutChart.h"
#include "charts/TrendChart.h"
#include "dashboard/SummarySegments.h"
#include "store/SummaryMetric.h"

#include <QApplication>
#include <QBuffer>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStyle>
#include <QStyleFactory>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace pmp::ui {

using Role = ChartColors::Role;
using store::SummaryMetric;

namespace {

// The report is printed on white, whatever the console's palette.
QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion ? fusion->standardPalette() : QPalette(Qt::white);
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

// Lays a widget out at a fixed size off-screen and paints it into an image: the same pixels the
// console shows, without a window.
QImage grabOffscreen(QWidget *widget, const QSize &size)
{
    widget->setAttribute(Qt::WA_DontShowOnScreen);
    widget->setPalette(lightPalette());
    widget->setAutoFillBackground(true);
    widget->resize(size);
    widget->show();
    // Qt Charts lays its scene out from posted events; deliver them (no waiting, nothing else runs).
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents();
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    widget->render(&painter);
    painter.end();
    widget->hide();
    return image;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString day(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QString moment(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString dataUri(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(bytes.toBase64());
}

} // namespace

ReportDocument::ReportDocument(const ReportData &data) : m_data(data)
{
    renderCharts();
}

void ReportDocument::renderCharts()
{
    const QPalette pal = lightPalette();
    const api::PatchSummary &p = m_data.patches;
    // Wide enough for the legend beside the donut with its counts and shares.
    const QSize donut(ChartWidth + 160, ChartHeight);
    {
        DonutChart chart;
        chart.setCentreCaption(tr("missing"));
        chart.setSegments(SummarySegments::severity(p, pal));
        m_charts.insert(QStringLiteral("severity"), grabOffscreen(&chart, donut));
    }
    {
        DonutChart chart;
        chart.setCentreCaption(tr("systems"));
        chart.setSegments(SummarySegments::health(p, pal));
        m_charts.insert(QStringLiteral("health"), grabOffscreen(&chart, donut));
    }
    const struct
    {
        SummaryMetric metric;
        Role role;
    } lines[] = {{SummaryMetric::MissingCritical, Role::Critical},
                 {SummaryMetric::MissingImportant, Role::Important},
                 {SummaryMetric::HighlyVulnerableSystems, Role::Moderate},
                 {SummaryMetric::HealthySystems, Role::Healthy}};
    const auto trend = [&](const QMap<SummaryMetric, QList<store::SummaryPoint>> &points, int days) {
        TrendChart chart;
        chart.setTimeRange(m_data.to.addDays(-days), m_data.to);
        QList<TrendSeries> series;
        for (const auto &line : lines) {
            TrendSeries s{store::SummaryMetrics::key(line.metric),
                          store::SummaryMetrics::label(line.metric),
                          ChartColors::color(line.role, pal),
                          {}};
            for (const store::SummaryPoint &point : points.value(line.metric))
                s.points << QPointF(double(point.at.toMSecsSinceEpoch()), double(point.value));
            series << s;
        }
        chart.setSeries(series);
        return grabOffscreen(&chart, QSize(ChartWidth * 2, ChartHeight));
    };
    m_charts.insert(QStringLiteral("trend30"), trend(m_data.trend30, 30));
    m_charts.insert(QStringLiteral("trend90"), trend(m_data.trend90, 90));
}

QString ReportDocument::html(bool embedded) const
{
    const auto image = [&](const QString &name, int width) {
        const QString src = embedded ? dataUri(m_charts.value(name)) : QStringLiteral("chart:") + name;
        return QStringLiteral("<img src=\"%1\" width=\"%2\">").arg(src).arg(width);
    };
    const api::PatchSummary &p = m_data.patches;
    QString h;
    h += QStringLiteral(
             "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
             "<style>body{font-family:sans-serif;color:#202020;background:#ffffff}"
             "h1{font-size:20pt;margin-bottom:2px}h2{font-size:14pt;margin-top:18px;"
             "border-bottom:1px solid #c0c0c0}"
             "table.list{border-collapse:collapse;width:100%}table.list th{background:#eef0f3;"
             "text-align:left;padding:3px 6px}table.list td{padding:3px 6px;border-bottom:1px solid #e0e0e0}"
             "td.num,th.num{text-align:right}td.tile{border:1px solid #d0d4da;padding:6px 10px;width:33%}"
             ".value{font-size:14pt;font-weight:bold;white-space:nowrap}.caption{color:#606060}</style></head><body>")
             .arg(esc(tr("Patch compliance report")));
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Patch compliance report")));
    h += QStringLiteral("<p class=\"caption\">%1<br>%2</p>")
             .arg(esc(tr("%1, period %2 to %3").arg(m_data.tenant, day(m_data.from), day(m_data.to))),
                  esc(tr("Generated %1 by PatchDeck").arg(moment(m_data.generatedAt))));

    // Summary tiles: a row of boxed numbers with their caption.
    const QList<QPair<QString, qint64>> tiles{
        {tr("Systems"), p.totalSystems},
        {tr("Healthy systems"), p.healthySystems},
        {tr("Highly vulnerable systems"), p.highlyVulnerableSystems},
        {tr("Missing patches"), p.missingPatches},
        {tr("Missing critical patches"), p.missingCritical},
        {tr("Installed patches"), p.installedPatches},
    };
    h += QStringLiteral("<table cellspacing=\"6\" width=\"100%\"><tr>");
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        const auto &tile = tiles.at(i);
        if (i == 3) // two rows of three: a seven-digit count fits its tile
            h += QStringLiteral("</tr><tr>");
        h += QStringLiteral(
                 "<td class=\"tile\"><span class=\"value\">%1</span><br><span class=\"caption\">%2</span></td>")
                 .arg(esc(number(tile.second)), esc(tile.first));
    }
    h += QStringLiteral("</tr></table>");

    h += QStringLiteral("<h2>%1</h2><table width=\"100%\"><tr><td>%2</td><td>%3</td></tr></table>")
             .arg(esc(tr("Missing patches by severity and system health")), image(QStringLiteral("severity"), 330),
                  image(QStringLiteral("health"), 330));
    // An empty chart says nothing: without two snapshots in the period the report says why instead.
    const auto trend = [&](const QString &title, const QString &chart,
                           const QMap<SummaryMetric, QList<store::SummaryPoint>> &points, int days) {
        const bool drawn = std::any_of(points.cbegin(), points.cend(), [](const auto &p) { return p.size() >= 2; });
        h += QStringLiteral("<h2>%1</h2><p>%2</p>")
                 .arg(esc(title), drawn ? image(chart, 660)
                                        : esc(tr("No trend yet: fewer than two snapshots were recorded in these %n "
                                                 "days. PatchDeck records the dashboard's numbers on this computer at "
                                                 "each refresh; the server keeps no history.",
                                                 nullptr, days)));
    };
    trend(tr("Trend over 30 days"), QStringLiteral("trend30"), m_data.trend30, 30);
    trend(tr("Trend over 90 days"), QStringLiteral("trend90"), m_data.trend90, 90);

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Top missing patches by affected computers")));
    h += QStringLiteral("<table class=\"list\"><tr><th>%1</th><th>%2</th><th>%3</th><th class=\"num\">%4</th></tr>")
             .arg(esc(tr("Patch")), esc(tr("Bulletin")), esc(tr("Severity")), esc(tr("Computers")));
    for (const ReportData::MissingPatch &m : m_data.topMissing)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"num\">%4</td></tr>")
                 .arg(esc(m.name), esc(m.bulletin), esc(m.severity), esc(number(m.affected)));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Computers longest unpatched")));
    h += QStringLiteral("<table class=\"list\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(esc(tr("Computer")), esc(tr("Operating system")), esc(tr("Last patched")), esc(tr("Last scan")));
    for (const ReportData::StaleComputer &c : m_data.longestUnpatched)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(esc(c.name), esc(c.os), esc(c.lastPatched.isValid() ? day(c.lastPatched) : tr("never")),
                      esc(c.lastScan.isValid() ? day(c.lastScan) : tr("never")));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Deployments and other changes in the period")));
    if (m_data.journal.isEmpty()) {
        h += QStringLiteral("<p class=\"caption\">%1</p>")
                 .arg(esc(tr("No changes were made from PatchDeck in the period.")));
    } else {
        h += QStringLiteral("<table class=\"list\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                 .arg(esc(tr("Time")), esc(tr("Action")), esc(tr("Outcome")), esc(tr("By")));
        for (const store::JournalEntry &e : m_data.journal)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(moment(e.startedAt)), esc(e.summary), esc(store::JournalEntry::outcomeLabel(e.outcome)),
                          esc(e.profile));
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}

bool ReportDocument::writePdf(const QString &path, QString *error, int *pages) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    int pageCount = 0;
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Patch compliance report"));
        writer.setCreator(QStringLiteral("PatchDeck"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        QTextDocument document;
        for (auto it = m_charts.cbegin(); it != m_charts.cend(); ++it)
            document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:") + it.key()),
                                 QVariant(it.value()));
        document.setHtml(html(false));
        document.print(&writer);
        pageCount = document.pageCount();
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (pages)
        *pages = pageCount;
    return true;
}

bool ReportDocument::writeHtml(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html(true).toUtf8()) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace pmp::ui
