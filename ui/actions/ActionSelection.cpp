#include "ActionSelection.h"

#include "views/RecordListView.h"

#include "models/ListLoader.h"
#include "models/RecordTableModel.h"

#include <QSet>

namespace pmp::ui {

namespace {

QString firstValue(const pmp::models::RecordTableModel &model, int row, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QString key = QLatin1String(k);
        if (model.columnOf(key) < 0)
            continue;
        const QString v = model.rawValue(row, key).trimmed();
        if (!v.isEmpty() && v != QLatin1String("--"))
            return v;
    }
    return {};
}

QString firstDisplay(const pmp::models::RecordTableModel &model, int row, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QString key = QLatin1String(k);
        if (model.columnOf(key) < 0)
            continue;
        const QString v = model.displayValue(row, key).trimmed();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

} // namespace

ActionSelection ActionSelection::fromRows(const pmp::models::RecordTableModel &model, const pmp::models::ViewSpec &view,
                                          const QList<int> &rows)
{
    ActionSelection s;
    s.viewId = view.id;
    QSet<qint64> computers, patches;
    const bool wantComputers = view.subjects.testFlag(pmp::models::RowSubject::Computer);
    const bool wantPatches = view.subjects.testFlag(pmp::models::RowSubject::Patch);
    for (const int row : rows) {
        if (wantComputers) {
            bool ok = false;
            const qint64 id = firstValue(model, row, {"resource_id"}).toLongLong(&ok);
            if (ok && id > 0 && !computers.contains(id)) {
                computers.insert(id);
                s.computerIds << id;
                s.computerNames << firstValue(model, row, {"resource_name", "resource.name", "fqdn_name"});
                s.ipAddresses << firstValue(model, row, {"ip_address"});
            }
        }
        if (wantPatches) {
            bool ok = false;
            const qint64 id = firstValue(model, row, {"patch_id", "patchid"}).toLongLong(&ok);
            if (ok && id > 0 && !patches.contains(id)) {
                patches.insert(id);
                s.patchIds << id;
                QString name = firstDisplay(model, row, {"patch_description", "bulletin_id", "bulletinid"});
                s.patchNames << (name.isEmpty() ? QString::number(id) : name);
                s.patchPlatforms << firstValue(model, row, {"platform_name"});
            }
        }
    }
    // Names are for people; a row without one is shown by its id.
    for (int i = 0; i < s.computerNames.size(); ++i)
        if (s.computerNames.at(i).isEmpty())
            s.computerNames[i] = QString::number(s.computerIds.at(i));
    return s;
}

ActionSelection ActionSelection::fromView(const RecordListView *view)
{
    if (!view || !view->loader())
        return {};
    return fromRows(*view->loader()->model(), view->loader()->view(), view->selectedSourceRows());
}

} // namespace pmp::ui
