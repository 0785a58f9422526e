#include "ColumnStore.h"

#include "api/ValueReader.h"

#include <QCoreApplication>
#include <QDateTime>

namespace pmp::models {

using pmp::api::Record;
using pmp::api::ValueReader;

namespace {
bool isNumeric(ColumnType t)
{
    return t != ColumnType::Text;
}

QJsonValue lookup(const Record &record, const ColumnSpec &spec)
{
    QJsonValue v = record.value(spec.key);
    for (const QString &alt : spec.fallbackKeys) {
        if (!v.isUndefined())
            break;
        v = record.value(alt);
    }
    return v;
}
} // namespace

ColumnStore::ColumnStore(QList<ColumnSpec> columns) : m_specs(std::move(columns))
{
    m_columns.resize(size_t(m_specs.size()));
    for (qsizetype c = 0; c < m_specs.size(); ++c)
        m_columns[size_t(c)].numeric = isNumeric(m_specs.at(c).type);
}

void ColumnStore::reserve(int rows)
{
    for (Column &c : m_columns) {
        if (c.numeric) {
            c.numbers.reserve(size_t(rows));
        } else {
            c.texts.reserve(size_t(rows));
            c.raws.reserve(size_t(rows));
        }
    }
}

void ColumnStore::append(const Record &record)
{
    for (qsizetype i = 0; i < m_specs.size(); ++i) {
        const ColumnSpec &spec = m_specs.at(i);
        Column &col = m_columns[size_t(i)];
        const QJsonValue v = lookup(record, spec);
        switch (spec.type) {
        case ColumnType::Text: {
            const QString display = ValueReader::text(v);
            const QString raw = ValueReader::rawText(v);
            const quint32 d = m_pool.intern(display);
            col.texts.push_back(d);
            col.raws.push_back(raw == display ? d : m_pool.intern(raw));
            break;
        }
        case ColumnType::DateTime: {
            const QDateTime t = ValueReader::epochTime(v);
            col.numbers.push_back(t.isValid() ? t.toMSecsSinceEpoch() : Null);
            break;
        }
        case ColumnType::Boolean: {
            const auto b = ValueReader::boolean(v);
            col.numbers.push_back(b ? qint64(*b) : Null);
            break;
        }
        case ColumnType::Integer:
        case ColumnType::Size:
        case ColumnType::Code: {
            std::optional<qint64> n = ValueReader::integer(v);
            if (!n && spec.type == ColumnType::Code && v.isString())
                n = CodeTable::codeForName(spec.codes, v.toString());
            if (n && spec.negativeIsEmpty && *n < 0)
                n.reset();
            col.numbers.push_back(n ? *n : Null);
            break;
        }
        }
    }
    ++m_rows;
}

void ColumnStore::clear()
{
    for (Column &c : m_columns) {
        c.numbers.clear();
        c.texts.clear();
        c.raws.clear();
    }
    m_pool.clear();
    m_lowerCache.clear();
    m_rows = 0;
}

bool ColumnStore::isNull(int row, int col) const
{
    const Column &c = m_columns[size_t(col)];
    return c.numeric ? c.numbers[size_t(row)] == Null : c.texts[size_t(row)] == 0;
}

qint64 ColumnStore::number(int row, int col) const
{
    const Column &c = m_columns[size_t(col)];
    return c.numeric ? c.numbers[size_t(row)] : Null;
}

const QString &ColumnStore::text(int row, int col) const
{
    const Column &c = m_columns[size_t(col)];
    return m_pool.at(c.numeric ? 0 : c.texts[size_t(row)]);
}

const QString &ColumnStore::rawText(int row, int col) const
{
    const Column &c = m_columns[size_t(col)];
    return m_pool.at(c.numeric ? 0 : c.raws[size_t(row)]);
}

QString ColumnStore::formatSize(qint64 bytes, const QLocale &locale)
{
    // KB/MB/GB with 1024 steps, as Windows admins read sizes.
    if (bytes < 0)
        return {};
    if (bytes < 1024)
        return QCoreApplication::translate("pmp::models", "%1 bytes").arg(locale.toString(bytes));
    if (bytes < 1024 * 1024)
        return QCoreApplication::translate("pmp::models", "%1 KB").arg(locale.toString(double(bytes) / 1024.0, 'f', 0));
    if (bytes < 1024LL * 1024 * 1024)
        return QCoreApplication::translate("pmp::models", "%1 MB").arg(locale.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
    return QCoreApplication::translate("pmp::models", "%1 GB")
        .arg(locale.toString(double(bytes) / (1024.0 * 1024.0 * 1024.0), 'f', 2));
}

QString ColumnStore::formatTime(qint64 epochMs, const QLocale &locale)
{
    if (epochMs == Null || epochMs <= 0)
        return {};
    return locale.toString(QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime(), QLocale::ShortFormat);
}

QString ColumnStore::display(int row, int col, const QLocale &locale) const
{
    const ColumnSpec &spec = m_specs.at(col);
    if (spec.type == ColumnType::Text)
        return text(row, col);
    const qint64 n = number(row, col);
    if (n == Null)
        return {};
    switch (spec.type) {
    case ColumnType::Integer: return locale.toString(n);
    case ColumnType::DateTime: return formatTime(n, locale);
    case ColumnType::Size: return formatSize(n, locale);
    case ColumnType::Boolean: return n ? QCoreApplication::translate("pmp::models", "Yes") : QCoreApplication::translate("pmp::models", "No");
    case ColumnType::Code: {
        const QString label = CodeTable::label(spec.codes, n);
        return label.isEmpty() ? QString::number(n) : label;
    }
    case ColumnType::Text: break;
    }
    return {};
}

QString ColumnStore::raw(int row, int col) const
{
    if (m_specs.at(col).type == ColumnType::Text)
        return rawText(row, col);
    const qint64 n = number(row, col);
    return n == Null ? QString() : QString::number(n);
}

QVariant ColumnStore::sortValue(int row, int col) const
{
    const ColumnSpec &spec = m_specs.at(col);
    if (spec.type == ColumnType::Text)
        return text(row, col);
    const qint64 n = number(row, col);
    if (spec.type == ColumnType::Code && n != Null)
        return qint64(CodeTable::sortWeight(spec.codes, n));
    return n;
}

bool ColumnStore::matches(int row, const QString &needleLower, const QList<int> &cols) const
{
    if (needleLower.isEmpty())
        return true;
    if (m_lowerCache.size() < size_t(m_pool.size())) {
        const size_t from = m_lowerCache.size();
        m_lowerCache.resize(size_t(m_pool.size()));
        for (size_t i = from; i < m_lowerCache.size(); ++i)
            m_lowerCache[i] = m_pool.at(quint32(i)).toLower();
    }
    for (int col : cols) {
        const ColumnSpec &spec = m_specs.at(col);
        const Column &c = m_columns[size_t(col)];
        if (spec.type == ColumnType::Text) {
            if (m_lowerCache[c.texts[size_t(row)]].contains(needleLower))
                return true;
        } else if (spec.type == ColumnType::Code || spec.type == ColumnType::Integer) {
            const qint64 n = c.numbers[size_t(row)];
            if (n == Null)
                continue;
            const QString s = spec.type == ColumnType::Code ? CodeTable::label(spec.codes, n).toLower()
                                                            : QString::number(n);
            if (s.contains(needleLower))
                return true;
        }
    }
    return false;
}

} // namespace pmp::models
