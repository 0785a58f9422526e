#include "SavedView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>

namespace pmp::store {

namespace {
const QLatin1String Format("patchdeck.saved-view");
constexpr int Version = 1;
} // namespace

QJsonObject SavedView::toJson() const
{
    QJsonObject filterObject;
    for (auto it = filters.constBegin(); it != filters.constEnd(); ++it)
        filterObject.insert(it.key(), it.value());
    QJsonObject json{
        {QStringLiteral("format"), Format},
        {QStringLiteral("version"), Version},
        {QStringLiteral("name"), name},
        {QStringLiteral("view"), viewId},
        {QStringLiteral("filters"), filterObject},
        {QStringLiteral("search"), search},
        {QStringLiteral("sortColumn"), sortColumn},
        {QStringLiteral("sortOrder"),
         sortOrder == Qt::DescendingOrder ? QStringLiteral("descending") : QStringLiteral("ascending")},
        {QStringLiteral("header"), QString::fromLatin1(headerState.toBase64())},
    };
    if (created.isValid())
        json.insert(QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs));
    return json;
}

std::optional<SavedView> SavedView::fromJson(const QJsonObject &json, const QStringList &knownViews, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<SavedView> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (json.value(QStringLiteral("format")).toString() != Format)
        return fail(tr("This is not a PatchDeck saved view (its \"format\" is not \"%1\").").arg(Format));
    const QJsonValue version = json.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() != Version)
        return fail(tr("This saved view has version %1; this PatchDeck reads version %2.")
                        .arg(version.toVariant().toString(), QString::number(Version)));
    SavedView v;
    const QJsonValue name = json.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return fail(tr("The saved view has no name."));
    v.name = name.toString().trimmed();
    const QJsonValue view = json.value(QStringLiteral("view"));
    if (!view.isString() || view.toString().isEmpty())
        return fail(tr("The saved view \"%1\" names no view.").arg(v.name));
    v.viewId = view.toString();
    if (!knownViews.isEmpty() && !knownViews.contains(v.viewId))
        return fail(tr("The saved view \"%1\" is of the view \"%2\", which this PatchDeck does not have.")
                        .arg(v.name, v.viewId));
    const QJsonValue filters = json.value(QStringLiteral("filters"));
    if (!filters.isUndefined() && !filters.isObject())
        return fail(tr("The saved view \"%1\" has filters that are not an object.").arg(v.name));
    const QJsonObject filterObject = filters.toObject();
    for (auto it = filterObject.constBegin(); it != filterObject.constEnd(); ++it) {
        if (!it.value().isString())
            return fail(tr("The saved view \"%1\" has a filter \"%2\" whose value is not text.").arg(v.name, it.key()));
        if (!it.value().toString().isEmpty())
            v.filters.insert(it.key(), it.value().toString());
    }
    const QJsonValue search = json.value(QStringLiteral("search"));
    if (!search.isUndefined() && !search.isString())
        return fail(tr("The saved view \"%1\" has a search that is not text.").arg(v.name));
    v.search = search.toString();
    const QJsonValue sortColumn = json.value(QStringLiteral("sortColumn"));
    if (!sortColumn.isUndefined() && (!sortColumn.isDouble() || sortColumn.toDouble() < -1))
        return fail(tr("The saved view \"%1\" has a sort column that is not a column number.").arg(v.name));
    v.sortColumn = sortColumn.isUndefined() ? -1 : sortColumn.toInt();
    const QString order = json.value(QStringLiteral("sortOrder")).toString(QStringLiteral("ascending"));
    if (order != QLatin1String("ascending") && order != QLatin1String("descending"))
        return fail(tr("The saved view \"%1\" has a sort order \"%2\"; it must be ascending or descending.")
                        .arg(v.name, order));
    v.sortOrder = order == QLatin1String("descending") ? Qt::DescendingOrder : Qt::AscendingOrder;
    const QJsonValue header = json.value(QStringLiteral("header"));
    if (!header.isUndefined() && !header.isString())
        return fail(tr("The saved view \"%1\" has a column layout that is not text.").arg(v.name));
    v.headerState = QByteArray::fromBase64(header.toString().toLatin1());
    const QJsonValue created = json.value(QStringLiteral("created"));
    if (created.isString()) {
        v.created = QDateTime::fromString(created.toString(), Qt::ISODateWithMs).toTimeZone(QTimeZone::utc());
    }
    return v;
}

std::optional<SavedView> SavedView::fromJsonBytes(const QByteArray &bytes, const QStringList &knownViews,
                                                  QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error =
                tr("This is not a PatchDeck saved view: it is not a JSON object (%1).")
                    .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("not an object"));
        return std::nullopt;
    }
    return fromJson(doc.object(), knownViews, error);
}

QString SavedView::uniqueName(const QString &name, const QStringList &taken)
{
    auto isTaken = [&taken](const QString &candidate) { return taken.contains(candidate, Qt::CaseInsensitive); };
    if (!isTaken(name))
        return name;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
        if (!isTaken(candidate))
            return candidate;
    }
}

} // namespace pmp::store
