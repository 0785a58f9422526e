#pragma once

#include "CodeTable.h"

#include <QString>
#include <QStringList>

namespace pmp::models {

enum class ColumnType
{
    Text, // display text (i18n keys expanded), raw kept for the tooltip
    Integer,
    DateTime, // epoch ms
    Size,     // bytes, shown as KB/MB
    Code,     // a coded value shown through CodeTable, sorted by its weight
    Boolean,
};

// One column of a view: which record key feeds it, how it is typed, shown and sorted. Views are
// lists of these; nothing in ui/ parses JSON.
struct ColumnSpec
{
    QString key;
    QString header;
    ColumnType type = ColumnType::Text;
    CodeKind codes = CodeKind::None;
    bool hiddenByDefault = false;
    QStringList fallbackKeys;     // read when `key` is absent (field names differ between endpoints)
    bool negativeIsEmpty = false; // -1 means "none" (install_error_code, last_contact_time of a DS)

    static ColumnSpec text(const QString &key, const QString &header) { return {key, header, ColumnType::Text}; }
    static ColumnSpec integer(const QString &key, const QString &header) { return {key, header, ColumnType::Integer}; }
    static ColumnSpec time(const QString &key, const QString &header) { return {key, header, ColumnType::DateTime}; }
    static ColumnSpec size(const QString &key, const QString &header) { return {key, header, ColumnType::Size}; }
    static ColumnSpec code(const QString &key, const QString &header, CodeKind kind)
    {
        return {key, header, ColumnType::Code, kind};
    }
    static ColumnSpec boolean(const QString &key, const QString &header) { return {key, header, ColumnType::Boolean}; }
    ColumnSpec hidden() const
    {
        ColumnSpec c = *this;
        c.hiddenByDefault = true;
        return c;
    }
    ColumnSpec noneIfNegative() const
    {
        ColumnSpec c = *this;
        c.negativeIsEmpty = true;
        return c;
    }
    ColumnSpec orKeys(const QStringList &keys) const
    {
        ColumnSpec c = *this;
        c.fallbackKeys = keys;
        return c;
    }
};

} // namespace pmp::models
