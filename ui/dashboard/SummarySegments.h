#pragma once

#include "charts/ChartSegment.h"

#include "api/Results.h"

#include <QCoreApplication>
#include <QList>
#include <QPalette>

namespace pmp::ui {

// The patch summary as chart segments, defined once for the dashboard's cards and the compliance
// report's charts: the same keys (what a click opens), labels, colours by meaning and order.
class SummarySegments
{
    Q_DECLARE_TR_FUNCTIONS(pmp::ui::SummarySegments)

public:
    // Missing patches by severity: critical, important, moderate, low, unrated.
    static QList<ChartSegment> severity(const pmp::api::PatchSummary &p, const QPalette &palette);
    // Systems by health: healthy, vulnerable, highly vulnerable, unknown.
    static QList<ChartSegment> health(const pmp::api::PatchSummary &p, const QPalette &palette);
    // Scanned and not, and how the last scan went.
    static QList<ChartSegment> scan(const pmp::api::PatchSummary &p, const QPalette &palette);
};

} // namespace pmp::ui
