#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace pmp::store {

// A list as the admin arranged it, kept under a name: which view (a ViewSpec id), its server filters
// (parameter → value, as the FilterBar and ListQuery hold them), the search text, the sort and the
// header's layout (visible columns, their order and widths: QHeaderView::saveState, the same bytes
// the list keeps in its settings). A plain value: no widgets, no server.
struct SavedView
{
    Q_DECLARE_TR_FUNCTIONS(pmp::store::SavedView)

public:
    QString name;
    QString viewId;
    QMap<QString, QString> filters;
    QString search;
    int sortColumn = -1; // -1: the server's order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QByteArray headerState; // QHeaderView::saveState(); empty: the view's default columns
    QDateTime created;      // UTC

    // The JSON file format ("patchdeck.saved-view", version 1) shared with a colleague.
    QJsonObject toJson() const;
    // Validates everything it reads: a missing or mistyped field, an unknown format or version, or
    // (when `knownViews` is not empty) a view id not in it is a specific error and no value.
    static std::optional<SavedView> fromJson(const QJsonObject &json, const QStringList &knownViews, QString *error);
    static std::optional<SavedView> fromJsonBytes(const QByteArray &bytes, const QStringList &knownViews,
                                                  QString *error);
    // "Name", or "Name (2)", "Name (3)"… : the first not in `taken` (compared case-insensitively).
    static QString uniqueName(const QString &name, const QStringList &taken);

    bool operator==(const SavedView &other) const = default;
};

} // namespace pmp::store
