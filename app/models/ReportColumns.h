#pragma once

#include "ColumnSpec.h"

#include "api/Record.h"
#include "api/Results.h"

#include <QList>

namespace pmp::models {

// Query reports (E39) carry their own columns: `columnDetails` names some of them (the guide's sample
// names one of four), the rows carry the rest. This derives the table's columns from both, typed by
// the declared SQL type and by what the values look like (epoch times, numbers).
class ReportColumns
{
public:
    static QList<ColumnSpec> derive(const QList<pmp::api::QueryReportColumn> &declared,
                                    const QList<pmp::api::Record> &rows);
    // "db_added_time" -> "Db added time"
    static QString headerFor(const QString &key);
};

} // namespace pmp::models
