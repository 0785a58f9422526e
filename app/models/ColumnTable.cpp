#include "ColumnTable.h"

#include <QCoreApplication>
#include <QDateTime>

namespace pmp::models {

ColumnTable::ColumnTable(QList<ColumnSpec> columns) : m_specs(std::move(columns))
{
    m_columns.resize(size_t(m_specs.size()));
    for (qsizetype c = 0; c < m_specs.size(); ++c) {
        Column &col = m_columns[size_t(c)];
        col.dictionary = isDictionaryType(m_specs.at(c).type);
        col.cells = CellBlocks(col.dictionary ? 1 : 8);
        if (col.dictionary) {
            // Id 0: the empty value, so a fresh column and a missing cell read the same.
            if (m_specs.at(c).type == ColumnType::Text) {
                col.dict.raw.append(QString());
                col.dict.display.append(QString());
            } else {
                col.dict.values.append(Null);
            }
            col.dict.folded.append(QString());
        }
    }
}

void ColumnTable::truncate(int rows)
{
    m_rows = qMin(m_rows, rows);
    for (Column &c : m_columns)
        c.cells.truncate(m_rows);
}

ColumnTable ColumnTable::rowsAt(const std::vector<quint32> &rows) const
{
    ColumnTable out(m_specs);
    for (size_t c = 0; c < m_columns.size(); ++c) {
        const Column &from = m_columns[c];
        Column &to = out.m_columns[c];
        if (from.dictionary) {
            to.dict = from.dict;
            to.cells = CellBlocks(from.cells.width());
            for (const quint32 r : rows)
                to.cells.appendId(from.cells.id(r));
        } else {
            for (const quint32 r : rows)
                to.cells.appendValue(from.cells.value(r));
        }
    }
    out.m_rows = int(rows.size());
    return out;
}

bool ColumnTable::isDictionaryType(ColumnType type)
{
    // Times and sizes are nearly unique per row: a dictionary would cost more than the values.
    return type != ColumnType::DateTime && type != ColumnType::Size;
}

bool ColumnTable::isNull(int row, int col) const
{
    const Column &c = m_columns[size_t(col)];
    if (!c.dictionary)
        return c.cells.value(row) == Null;
    const quint32 id = c.cells.id(row);
    return m_specs.at(col).type == ColumnType::Text ? c.dict.display.at(id).isEmpty() : c.dict.values.at(id) == Null;
}

qint64 ColumnTable::number(int row, int col) const
{
    const Column &c = m_columns[size_t(col)];
    if (!c.dictionary)
        return c.cells.value(row);
    return m_specs.at(col).type == ColumnType::Text ? Null : c.dict.values.at(c.cells.id(row));
}

const QString &ColumnTable::text(int row, int col) const
{
    static const QString empty;
    const Column &c = m_columns[size_t(col)];
    return m_specs.at(col).type == ColumnType::Text ? c.dict.display.at(c.cells.id(row)) : empty;
}

const QString &ColumnTable::rawText(int row, int col) const
{
    static const QString empty;
    const Column &c = m_columns[size_t(col)];
    return m_specs.at(col).type == ColumnType::Text ? c.dict.raw.at(c.cells.id(row)) : empty;
}

QString ColumnTable::formatSize(qint64 bytes, const QLocale &locale)
{
    // KB/MB/GB with 1024 steps, as Windows admins read sizes.
    if (bytes < 0)
        return {};
    if (bytes < 1024)
        return QCoreApplication::translate("pmp::models", "%1 bytes").arg(locale.toString(bytes));
    if (bytes < 1024 * 1024)
        return QCoreApplication::translate("pmp::models", "%1 KB").arg(locale.toString(double(bytes) / 1024.0, 'f', 0));
    if (bytes < 1024LL * 1024 * 1024)
        return QCoreApplication::translate("pmp::models", "%1 MB")
            .arg(locale.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
    return QCoreApplication::translate("pmp::models", "%1 GB")
        .arg(locale.toString(double(bytes) / (1024.0 * 1024.0 * 1024.0), 'f', 2));
}

QString ColumnTable::formatTime(qint64 epochMs, const QLocale &locale)
{
    if (epochMs == Null || epochMs <= 0)
        return {};
    return locale.toString(QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime(), QLocale::ShortFormat);
}

QString ColumnTable::display(int row, int col, const QLocale &locale) const
{
    if (m_specs.at(col).type == ColumnType::Text)
        return text(row, col);
    return displayNumber(m_specs.at(col), number(row, col), locale);
}

QString ColumnTable::displayOf(int col, quint32 id, const QLocale &locale) const
{
    const ValueDictionary &dict = m_columns[size_t(col)].dict;
    if (m_specs.at(col).type == ColumnType::Text)
        return dict.display.at(id);
    return displayNumber(m_specs.at(col), dict.values.at(id), locale);
}

QString ColumnTable::displayNumber(const ColumnSpec &spec, qint64 n, const QLocale &locale)
{
    if (n == Null)
        return {};
    switch (spec.type) {
    case ColumnType::Integer:
        return locale.toString(n);
    case ColumnType::DateTime:
        return formatTime(n, locale);
    case ColumnType::Size:
        return formatSize(n, locale);
    case ColumnType::Boolean:
        return n ? QCoreApplication::translate("pmp::models", "Yes") : QCoreApplication::translate("pmp::models", "No");
    case ColumnType::Code: {
        const QString label = CodeTable::label(spec.codes, n);
        return label.isEmpty() ? QString::number(n) : label;
    }
    case ColumnType::Text:
        break;
    }
    return {};
}

QString ColumnTable::raw(int row, int col) const
{
    if (m_specs.at(col).type == ColumnType::Text)
        return rawText(row, col);
    const qint64 n = number(row, col);
    return n == Null ? QString() : QString::number(n);
}

QVariant ColumnTable::sortValue(int row, int col) const
{
    const ColumnSpec &spec = m_specs.at(col);
    if (spec.type == ColumnType::Text)
        return text(row, col);
    const qint64 n = number(row, col);
    if (spec.type == ColumnType::Code && n != Null)
        return qint64(CodeTable::sortWeight(spec.codes, n));
    return n;
}

bool ColumnTable::matches(int row, const QString &needleFolded, const QList<int> &cols) const
{
    if (needleFolded.isEmpty())
        return true;
    for (int col : cols) {
        const Column &c = m_columns[size_t(col)];
        if (c.dictionary && c.dict.folded.at(c.cells.id(row)).contains(needleFolded))
            return true;
    }
    return false;
}

qsizetype ColumnTable::bytesUsed() const
{
    // A string costs its characters plus a header, unless it shares the data of the one before it
    // (display and search text are often the raw string itself).
    auto strings = [](const QList<QString> &list, const QList<QString> *sharedWith) {
        qsizetype bytes = list.size() * qsizetype(sizeof(QString));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const bool shared =
                sharedWith && i < sharedWith->size() && list.at(i).constData() == sharedWith->at(i).constData();
            if (!shared && !list.at(i).isEmpty())
                bytes += list.at(i).size() * 2 + 32;
        }
        return bytes;
    };
    qsizetype bytes = 0;
    for (const Column &c : m_columns) {
        bytes += c.cells.bytesUsed() + c.dict.values.size() * 8;
        bytes += strings(c.dict.raw, nullptr) + strings(c.dict.display, &c.dict.raw);
        bytes += strings(c.dict.folded, c.dict.display.isEmpty() ? nullptr : &c.dict.display);
    }
    return bytes;
}

QString ColumnTable::foldText(const QString &display)
{
    QString folded = display.toLower();
    // Share the display text's memory when lower-casing changed nothing (ids, addresses, numbers).
    return folded == display ? display : folded;
}

QString ColumnTable::foldNumber(const ColumnSpec &spec, qint64 value)
{
    if (value == Null)
        return {};
    switch (spec.type) {
    case ColumnType::Code: {
        const QString label = CodeTable::label(spec.codes, value);
        return label.isEmpty() ? QString::number(value) : label.toLower();
    }
    case ColumnType::Integer: {
        const QString digits = QString::number(value);
        const QString shown = QLocale().toString(value).toLower();
        return shown == digits ? digits : digits + FoldSeparator + shown;
    }
    default:
        // Booleans ("Yes"/"No") would match every row for common words: not searched, as before.
        return {};
    }
}

} // namespace pmp::models
