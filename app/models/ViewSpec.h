#pragma once

#include "ColumnSpec.h"

#include "api/ListQuery.h"
#include "api/Operation.h"
#include "api/Record.h"

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
    // A list inside each item (E16: systems, each with "patches"): one row per element, carrying the
    // parent's own fields too. Empty: one row per item.
    QString expandKey;
    QString group;          // navigation group ("Patches", "Systems and health", ...)

    QList<pmp::api::Record> rowsFor(const pmp::api::Record &item) const;
    QList<pmp::api::Record> rowsFor(const QList<pmp::api::Record> &items) const;
};

} // namespace pmp::models
