#pragma once

#include "ColumnSpec.h"
#include "StringPool.h"

#include "api/Record.h"

#include <QList>
#include <QLocale>
#include <QVariant>

#include <limits>
#include <vector>

namespace pmp::models {

// Rows stored column-wise: numbers in qint64 vectors, strings as indexes into one interned pool.
// A million rows stay small, and searching is a tight loop over the pool indexes.
class ColumnStore
{
public:
    static constexpr qint64 Null = std::numeric_limits<qint64>::min();

    explicit ColumnStore(QList<ColumnSpec> columns = {});

    const QList<ColumnSpec> &columns() const { return m_specs; }
    int columnCount() const { return int(m_specs.size()); }
    int rowCount() const { return m_rows; }
    void reserve(int rows);
    void append(const pmp::api::Record &record);
    void clear();

    bool isNull(int row, int col) const;
    qint64 number(int row, int col) const;          // numeric columns; Null when empty
    const QString &text(int row, int col) const;    // text columns: display text
    const QString &rawText(int row, int col) const; // text columns: as served
    // The cell as people read it: dates in the locale, sizes in KB/MB, codes in words.
    QString display(int row, int col, const QLocale &locale = QLocale()) const;
    // The unformatted value: code, epoch ms, bytes or the raw string.
    QString raw(int row, int col) const;
    QVariant sortValue(int row, int col) const;
    // Case-insensitive substring search over the given columns (display text of text and code columns).
    bool matches(int row, const QString &needleLower, const QList<int> &cols) const;

    static QString formatSize(qint64 bytes, const QLocale &locale = QLocale());
    static QString formatTime(qint64 epochMs, const QLocale &locale = QLocale());

private:
    struct Column
    {
        std::vector<qint64> numbers;
        std::vector<quint32> texts;
        std::vector<quint32> raws;
        bool numeric = false;
    };

    QList<ColumnSpec> m_specs;
    std::vector<Column> m_columns;
    StringPool m_pool;
    // Lower-cased pool entries, built lazily for search.
    mutable std::vector<QString> m_lowerCache;
    int m_rows = 0;
};

} // namespace pmp::models
