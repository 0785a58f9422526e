#pragma once

#include "ColumnSpec.h"

#include "api/ListQuery.h"
#include "api/Operation.h"
#include "api/Record.h"

#include <QFlags>
#include <QList>
#include <QString>

namespace pmp::models {

// What a row of a view stands for, so the write actions know what a selection means.
enum class RowSubject
{
    Computer = 0x1, // rows carry resource_id (and a computer's name)
    Patch = 0x2,    // rows carry patch_id (and the patch's description)
};
Q_DECLARE_FLAGS(RowSubjects, RowSubject)

// The pane that explains the current row of a view.
enum class DetailKind
{
    None,
    Computer,
    Patch,
    Configuration
};

// What a view shows that write actions change: a finished write makes stale (and reloads) every view
// that shows something it changes.
enum class ViewFacet
{
    PatchStates = 0x01,    // which patches are installed, missing or failed where
    Approvals = 0x02,      // approval and decline of patches
    Agents = 0x04,         // the agent on each computer
    Membership = 0x08,     // which computers are managed at all
    Scans = 0x10,          // scan state and times
    Configurations = 0x20, // deployment configurations
    Health = 0x40,         // system health, derived from missing patches
};
Q_DECLARE_FLAGS(ViewFacets, ViewFacet)

// One list view of the console (and one `patchdeck export` view): the operation that feeds it,
// its columns, the field that identifies a row, and the facts the window and the write actions go by
// (what a row stands for, its detail pane, what writes make it stale). Adding a view is one entry in
// ViewCatalogue; nothing else lists view ids.
struct ViewSpec
{
    QString id;    // export name: "computers", "patches", ...
    QString title; // English, translated at display time
    pmp::api::OperationId operation{};
    QList<ColumnSpec> columns;
    QString keyField;               // identifies a row (resource_id, patch_id, ...)
    QString itemNoun;               // "computer"
    QString itemNounPlural;         // "computers" — for "N of M computers"
    pmp::api::ListQuery fixedQuery; // filters that define the view itself (e.g. missing patches)
    // A list inside each item (E16: systems, each with "patches"): one row per element, carrying the
    // parent's own fields too. Empty: one row per item.
    QString expandKey;
    QString group; // navigation group ("Patches", "Systems and health", ...)
    RowSubjects subjects;
    DetailKind detail = DetailKind::None;
    ViewFacets facets;
    bool isPage = true; // false: shown inside another view's detail pane only (system-report)

    // The columns shown until the admin chooses others (what `patchdeck export` writes), and their keys.
    QList<int> defaultColumns() const;
    QStringList keysOf(const QList<int> &columnIndexes) const;
    // The columns that tell one row from another across two fetches: the key field, and for rows that
    // are a computer's patch (both subjects) the computer and the patch. Empty when a column is missing.
    QList<int> identityColumns() const;

    QList<pmp::api::Record> rowsFor(const pmp::api::Record &item) const;
    QList<pmp::api::Record> rowsFor(const QList<pmp::api::Record> &items) const;

    // The noun in the user's language: "computers" for "Loading %1…", and "1 computer"/"250 computers"
    // counted with the language's plural rules (a numerus message per noun, context pmp::models::Nouns).
    QString pluralNoun() const;
    QString countOf(qint64 n) const;
};

} // namespace pmp::models

Q_DECLARE_OPERATORS_FOR_FLAGS(pmp::models::RowSubjects)
Q_DECLARE_OPERATORS_FOR_FLAGS(pmp::models::ViewFacets)
