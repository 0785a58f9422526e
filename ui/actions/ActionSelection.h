#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pmp::models {
class RecordTableModel;
struct ViewSpec;
} // namespace pmp::models

namespace pmp::ui {

class RecordListView;

// The computers and patches selected in a list view, as the write dialogs need them: ids for the
// server, names for the summaries, platforms for the decline's Linux rule. A row of a patch × computer
// view (patch status, failures) contributes both its patch and its computer; duplicates are dropped.
struct ActionSelection
{
    QString viewId;
    QList<qint64> computerIds;
    QStringList computerNames; // aligned with computerIds
    QStringList ipAddresses;   // aligned with computerIds ("" when the view has none)
    QList<qint64> patchIds;
    QStringList patchNames;     // aligned with patchIds
    QStringList patchPlatforms; // aligned with patchIds ("" when unknown)

    bool hasComputers() const { return !computerIds.isEmpty(); }
    bool hasPatches() const { return !patchIds.isEmpty(); }
    bool isEmpty() const { return !hasComputers() && !hasPatches(); }

    static ActionSelection fromView(const RecordListView *view);
    // What `rows` of a view stand for, going by the view's RowSubjects.
    static ActionSelection fromRows(const pmp::models::RecordTableModel &model, const pmp::models::ViewSpec &view,
                                    const QList<int> &rows);
};

} // namespace pmp::ui
