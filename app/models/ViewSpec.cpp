#include "ViewSpec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace pmp::models {

using pmp::api::Record;

namespace {

// Every item noun of the catalogue (and the reports' "row"): its plural for sentences, and its
// counted form as one numerus message, so each language applies its own plural rules.
struct Noun
{
    const char *singular;
    const char *plural;
    const char *counted;
};

constexpr Noun nouns[] = {
    {"computer", QT_TRANSLATE_NOOP("pmp::models::Nouns", "computers"),
     QT_TRANSLATE_N_NOOP("pmp::models::Nouns", "%Ln computer(s)")},
    {"remote office", QT_TRANSLATE_NOOP("pmp::models::Nouns", "remote offices"),
     QT_TRANSLATE_N_NOOP("pmp::models::Nouns", "%Ln remote office(s)")},
    {"system", QT_TRANSLATE_NOOP("pmp::models::Nouns", "systems"),
     QT_TRANSLATE_N_NOOP("pmp::models::Nouns", "%Ln system(s)")},
    {"patch", QT_TRANSLATE_NOOP("pmp::models::Nouns", "patches"),
     QT_TRANSLATE_N_NOOP("pmp::models::Nouns", "%Ln patch(es)")},
    {"patch status", QT_TRANSLATE_NOOP("pmp::models::Nouns", "patch statuses"),
     QT_TRANSLATE_N_NOOP("pmp::models::Nouns", "%Ln patch status(es)")},
    {"policy", QT_TRANSLATE_NOOP("pmp::models::Nouns", "policies"),
     QT_TRANSLATE_N_NOOP("pmp::models::Nouns", "%Ln policy(-ies)")},
    {"configuration", QT_TRANSLATE_NOOP("pmp::models::Nouns", "configurations"),
     QT_TRANSLATE_N_NOOP("pmp::models::Nouns", "%Ln configuration(s)")},
    {"row", QT_TRANSLATE_NOOP("pmp::models::Nouns", "rows"), QT_TRANSLATE_N_NOOP("pmp::models::Nouns", "%Ln row(s)")},
};

const Noun *nounFor(const QString &singular)
{
    for (const Noun &n : nouns)
        if (singular == QLatin1String(n.singular))
            return &n;
    return nullptr;
}

} // namespace

QString ViewSpec::pluralNoun() const
{
    const Noun *noun = nounFor(itemNoun);
    return noun ? QCoreApplication::translate("pmp::models::Nouns", noun->plural) : itemNounPlural;
}

QString ViewSpec::countOf(qint64 n) const
{
    if (const Noun *noun = nounFor(itemNoun))
        return QCoreApplication::translate("pmp::models::Nouns", noun->counted, nullptr, int(n));
    return QStringLiteral("%1 %2").arg(QLocale().toString(n), n == 1 ? itemNoun : itemNounPlural);
}

QList<int> ViewSpec::defaultColumns() const
{
    QList<int> shown;
    for (int c = 0; c < columns.size(); ++c)
        if (!columns.at(c).hiddenByDefault)
            shown << c;
    return shown;
}

QList<int> ViewSpec::identityColumns() const
{
    const QStringList keys = subjects.testFlag(RowSubject::Computer) && subjects.testFlag(RowSubject::Patch)
                                 ? QStringList{QStringLiteral("resource_id"), QStringLiteral("patch_id")}
                                 : QStringList{keyField};
    QList<int> identity;
    for (const QString &key : keys) {
        const auto at =
            std::find_if(columns.cbegin(), columns.cend(), [&](const ColumnSpec &c) { return c.key == key; });
        if (at == columns.cend())
            return {};
        identity << int(at - columns.cbegin());
    }
    return identity;
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
