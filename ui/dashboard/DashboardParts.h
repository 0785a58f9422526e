#pragma once

#include "DashboardCard.h"
#include "DashboardLoader.h"

#include "charts/SegmentTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariantMap>

namespace pmp::api {
class ListQuery;
}

namespace pmp::ui {

class DashboardSection;

// What the dashboard's sections have in common: the filters their numbers open a list with, times
// said the way a summary says them, a chart's table alternative, and how a section reports the
// loader's calls that feed it.
class DashboardParts
{
    Q_DECLARE_TR_FUNCTIONS(pmp::ui::DashboardParts)

public:
    using Section = DashboardLoader::Section;

    // One server-side filter by its API name, for DashboardView::navigateTo().
    static QVariantMap filter(const char *name, const QString &value);
    // Every filter of a query the loader itself asks, so a tile opens the list its number counts.
    static QVariantMap filters(const pmp::api::ListQuery &query);
    // "14:32" today, "yesterday 14:32", "tomorrow 02:00", else the date and time.
    static QString when(const QDateTime &t, const QDateTime &now);

    // The chart's numbers as a table the card can show instead ("Show as table"); a row activated
    // there opens the same list as a click on its slice or bar.
    template <typename Chart> static void offerTable(DashboardCard *card, Chart *chart)
    {
        auto *table = new SegmentTable(card);
        table->setObjectName(chart->objectName() + QStringLiteral("Table"));
        table->setSegments(chart->segments());
        QObject::connect(chart, &Chart::segmentsChanged, table,
                         [table, chart] { table->setSegments(chart->segments()); });
        QObject::connect(table, &SegmentTable::segmentActivated, chart, &Chart::activateSegment);
        card->setTableAlternative(table);
    }

    // What a card shows while `section` has no data: "Loading…", or "Not available" after a failure.
    static QString placeholder(const DashboardLoader &loader, Section section);
    // The failures among `sections` on the error strip of `target`, or a clear strip when none failed.
    static void reportErrors(DashboardSection *target, const DashboardLoader &loader, const QList<Section> &sections);
};

} // namespace pmp::ui
