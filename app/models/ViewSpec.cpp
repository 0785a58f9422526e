#include "ViewSpec.h"

#include <QJsonArray>

namespace pmp::models {

using pmp::api::Record;

QList<int> ViewSpec::defaultColumns() const
{
    QList<int> shown;
    for (int c = 0; c < columns.size(); ++c)
        if (!columns.at(c).hiddenByDefault)
            shown << c;
    return shown;
}

QStringList ViewSpec::keysOf(const QList<int> &columnIndexes) const
{
    QStringList keys;
    for (const int c : columnIndexes)
        keys << columns.at(c).key;
    return keys;
}

QList<Record> ViewSpec::rowsFor(const Record &item) const
{
    if (expandKey.isEmpty())
        return {item};
    const QJsonArray children = item.value(expandKey).toArray();
    QJsonObject parent = item.raw();
    parent.remove(expandKey);
    QList<Record> rows;
    rows.reserve(children.size());
    for (const QJsonValue &child : children) {
        QJsonObject row = child.toObject();
        for (auto it = parent.constBegin(); it != parent.constEnd(); ++it)
            if (!row.contains(it.key()))
                row.insert(it.key(), it.value());
        rows.append(Record(row));
    }
    return rows;
}

QList<Record> ViewSpec::rowsFor(const QList<Record> &items) const
{
    if (expandKey.isEmpty())
        return items;
    QList<Record> rows;
    for (const Record &item : items)
        rows.append(rowsFor(item));
    return rows;
}

} // namespace pmp::models
