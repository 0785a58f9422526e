#pragma once

#include "CellBlocks.h"
#include "ColumnSpec.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QVariant>

#include <limits>
#include <vector>

namespace pmp::models {

// The distinct values of one column, in the order they first appeared; a cell holds an index into
// them. Index 0 is always the empty value (a missing text, a null number). There are thousands of
// distinct values where there are millions of cells, so everything per value (display text, search
// text, collation) is computed once per value, not once per cell.
struct ValueDictionary
{
    QList<QString> raw;     // text columns: the value as served
    QList<QString> display; // text columns: as shown (i18n keys expanded, placeholders empty)
    QList<qint64> values;   // numeric columns: the value (ColumnTable::Null for empty)
    // What instant search matches against: the display text lower-cased (and, for numbers, their
    // plain digits too, separated by a character nobody types).
    QList<QString> folded;

    qsizetype size() const { return folded.size(); }
};

// Rows of one view stored column-wise: text, codes, integers and booleans dictionary-encoded (one
// small id per cell), times and sizes as 64-bit values. Copying a ColumnTable is cheap and shares
// the cells, which is how a worker thread gets a stable view of the rows while the GUI thread keeps
// appending (see CellBlocks). The one copy of a view's rows: the table model, search, sort, export,
// and the cache all read it.
class ColumnTable
{
public:
    static constexpr qint64 Null = std::numeric_limits<qint64>::min();
    // Between the number's own digits and its formatted form in ValueDictionary::folded.
    static constexpr QChar FoldSeparator = QChar(0x1F);

    struct Column
    {
        bool dictionary = true; // false: `cells` holds the values themselves (times, sizes)
        CellBlocks cells;
        ValueDictionary dict;
    };

    explicit ColumnTable(QList<ColumnSpec> columns = {});

    const QList<ColumnSpec> &columns() const { return m_specs; }
    int columnCount() const { return int(m_specs.size()); }
    int rowCount() const { return m_rows; }
    // Keeps the first `rows` rows (a copy that must not see rows views have not been told of).
    void truncate(int rows);
    // A table of the given rows only, in that order (the dictionaries are shared, not copied).
    ColumnTable rowsAt(const std::vector<quint32> &rows) const;
    const Column &column(int col) const { return m_columns[size_t(col)]; }
    static bool isDictionaryType(ColumnType type);

    bool isNull(int row, int col) const;
    qint64 number(int row, int col) const;          // numeric columns; Null when empty
    const QString &text(int row, int col) const;    // text columns: display text
    const QString &rawText(int row, int col) const; // text columns: as served
    // The cell as people read it: dates in the locale, sizes in KB/MB, codes in words.
    QString display(int row, int col, const QLocale &locale = QLocale()) const;
    // The display text of a dictionary column's value `id`, and of a number of a column of `spec`'s type.
    QString displayOf(int col, quint32 id, const QLocale &locale = QLocale()) const;
    static QString displayNumber(const ColumnSpec &spec, qint64 n, const QLocale &locale = QLocale());
    // The unformatted value: code, epoch ms, bytes or the raw string.
    QString raw(int row, int col) const;
    QVariant sortValue(int row, int col) const;
    // Case-insensitive substring search of one row over the given columns (text, codes, integers).
    // For one row at a time (tests, small lists); RowSearch does whole tables.
    bool matches(int row, const QString &needleFolded, const QList<int> &cols) const;

    // Memory the cells and dictionaries take, for the benchmark's bytes-per-row figure.
    qsizetype bytesUsed() const;

    static QString formatSize(qint64 bytes, const QLocale &locale = QLocale());
    static QString formatTime(qint64 epochMs, const QLocale &locale = QLocale());
    // The search form of a value: lower-cased (numbers: digits, separator, formatted).
    static QString foldText(const QString &display);
    static QString foldNumber(const ColumnSpec &spec, qint64 value);

protected:
    friend class ColumnImage; // builds tables from the cache
    QList<ColumnSpec> m_specs;
    std::vector<Column> m_columns;
    int m_rows = 0;
};

} // namespace pmp::models
