#include "ChartText.h"

#include <QCoreApplication>
#include <QLocale>

namespace pmp::ui {

namespace {
QString number(double value)
{
    return QLocale().toString(qint64(value));
}
} // namespace

QString ChartText::describe(const QList<ChartSegment> &segments)
{
    if (segments.isEmpty())
        return QCoreApplication::translate("pmp::ui::ChartText", "No data");
    QStringList parts;
    for (const ChartSegment &s : segments)
        parts << QCoreApplication::translate("pmp::ui::ChartText", "%1 %2").arg(s.label, number(s.value));
    return parts.join(QStringLiteral(", "));
}

QString ChartText::describe(const QList<TrendSeries> &series)
{
    QStringList parts;
    for (const TrendSeries &s : series) {
        if (s.points.isEmpty())
            continue;
        const double first = s.points.constFirst().y();
        const double last = s.points.constLast().y();
        parts << QCoreApplication::translate("pmp::ui::ChartText", "%1 %2 (was %3)")
                     .arg(s.label, number(last), number(first));
    }
    if (parts.isEmpty())
        return QCoreApplication::translate("pmp::ui::ChartText", "No data");
    return parts.join(QStringLiteral(", "));
}

QString ChartText::toolTip(const ChartSegment &segment)
{
    if (!segment.toolTip.isEmpty())
        return segment.toolTip;
    return QCoreApplication::translate("pmp::ui::ChartText", "%1: %2").arg(segment.label, number(segment.value));
}

} // namespace pmp::ui
