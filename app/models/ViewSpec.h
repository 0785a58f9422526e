#pragma once

#include "ColumnSpec.h"

#include "api/ListQuery.h"
#include "api/Operation.h"

#include <QList>
#include <QString>

namespace pmp::models {

// One list view of the console (and one `patchdeck export` view): the operation that feeds it,
// its columns, and the field that identifies a row.
struct ViewSpec
{
    QString id;        // export name: "computers", "patches", ...
    QString title;     // English, translated at display time
    pmp::api::OperationId operation{};
    QList<ColumnSpec> columns;
    QString keyField;  // identifies a row (resource_id, patch_id, ...)
    QString itemNoun;       // "computer"
    QString itemNounPlural; // "computers" — for "N of M computers"
    pmp::api::ListQuery fixedQuery; // filters that define the view itself (e.g. missing patches)
};

} // namespace pmp::models
