#include "TableExporter.h"

#include "RecordFilterProxy.h"
#include "RecordTableModel.h"

#include "api/SpreadsheetText.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QSaveFile>

namespace pmp::models {

namespace {
constexpr qsizetype FlushBytes = 256 * 1024;
// Numbers (times, sizes) whose text is remembered; beyond it the memory is given back.
constexpr qsizetype RememberedNumbers = 100000;
} // namespace

QByteArray TableExporter::jsonString(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += "0123456789abcdef"[c >> 4];
                out += "0123456789abcdef"[c & 15];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return out;
}

TableExporter::TableExporter(const QList<ColumnSpec> &specs, QList<int> columns, QStringList keys, Format format,
                             QIODevice &out)
    : m_format(format), m_columns(std::move(columns)), m_out(out)
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const QString header =
            QCoreApplication::translate("pmp::models::Columns", specs.at(m_columns.at(i)).header.toUtf8().constData());
        m_headers << header;
        m_jsonKeys << jsonString(i < keys.size() ? keys.at(i) : header) + ": ";
    }
    m_encodedIds.resize(size_t(m_columns.size()));
    m_encoded.resize(size_t(m_columns.size()));
    m_encodedNumbers.resize(size_t(m_columns.size()));
}

QByteArray TableExporter::encode(const QString &display) const
{
    switch (m_format) {
    case Format::Csv:
        return pmp::api::SpreadsheetText::csvField(display, m_raw).toUtf8();
    case Format::Tsv:
        return pmp::api::SpreadsheetText::tsvField(display, m_raw).toUtf8();
    case Format::Json:
        return jsonString(display);
    }
    return {};
}

const QByteArray &TableExporter::cell(const ColumnTable &table, int i, qsizetype row)
{
    const int col = m_columns.at(i);
    const ColumnTable::Column &c = table.column(col);
    if (c.dictionary) {
        const quint32 id = c.cells.id(row);
        std::vector<QByteArray> &known = m_encodedIds[size_t(i)];
        std::vector<bool> &done = m_encoded[size_t(i)];
        if (id >= known.size()) {
            known.resize(size_t(c.dict.size()));
            done.resize(size_t(c.dict.size()), false);
        }
        if (!done[id]) {
            known[id] = encode(table.displayOf(col, id, m_locale));
            done[id] = true;
        }
        return known[id];
    }
    const qint64 value = c.cells.value(row);
    QHash<qint64, QByteArray> &known = m_encodedNumbers[size_t(i)];
    auto it = known.constFind(value);
    if (it == known.constEnd()) {
        if (known.size() >= RememberedNumbers)
            known.clear();
        it = known.insert(value, encode(ColumnTable::displayNumber(table.columns().at(col), value, m_locale)));
    }
    return it.value();
}

bool TableExporter::flush()
{
    if (!m_buffer.isEmpty()) {
        m_ok = m_ok && m_out.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
    }
    return m_ok;
}

bool TableExporter::begin()
{
    if (m_format == Format::Json) {
        m_buffer += '[';
        return flush();
    }
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        if (i)
            m_buffer += m_format == Format::Csv ? "," : "\t";
        m_buffer += encode(m_headers.at(i));
    }
    m_buffer += m_format == Format::Csv ? "\r\n" : "\n";
    return flush();
}

bool TableExporter::writeRows(const ColumnTable &table, const std::vector<quint32> *rows, qsizetype from, qsizetype to,
                              const CancelFlag &cancel)
{
    const bool json = m_format == Format::Json;
    const char *sep = m_format == Format::Csv ? "," : "\t";
    const char *eol = m_format == Format::Csv ? "\r\n" : "\n";
    for (qsizetype r = from; r < to && m_ok; ++r) {
        const qsizetype row = rows ? qsizetype((*rows)[size_t(r)]) : r;
        if (json) {
            m_buffer += m_rows ? ",\n    {" : "\n    {";
            for (qsizetype i = 0; i < m_columns.size(); ++i) {
                m_buffer += i ? ",\n        " : "\n        ";
                m_buffer += m_jsonKeys.at(i);
                m_buffer += cell(table, int(i), row);
            }
            m_buffer += "\n    }";
        } else {
            for (qsizetype i = 0; i < m_columns.size(); ++i) {
                if (i)
                    m_buffer += sep;
                m_buffer += cell(table, int(i), row);
            }
            m_buffer += eol;
        }
        ++m_rows;
        if (m_buffer.size() >= FlushBytes) {
            if (isCancelled(cancel))
                return false;
            flush();
        }
    }
    return flush();
}

bool TableExporter::end()
{
    if (m_format == Format::Json)
        m_buffer += m_rows ? "\n]\n" : "]\n";
    return flush();
}

bool TableExporter::write(const RecordFilterProxy &proxy, const QList<int> &columns, const QStringList &keys,
                          Format format, QIODevice &out, const QList<int> &proxyRows)
{
    const RecordTableModel *model = proxy.records();
    if (!model)
        return false;
    const ColumnTable table = model->snapshot();
    std::shared_ptr<const std::vector<quint32>> rows = proxy.rowsShownOrAll();
    if (!proxyRows.isEmpty()) {
        auto picked = std::make_shared<std::vector<quint32>>();
        for (const int r : proxyRows)
            if (r >= 0 && r < proxy.rowCount())
                picked->push_back((*rows)[size_t(r)]);
        rows = std::move(picked);
    }
    TableExporter writer(table.columns(), columns, keys, format, out);
    return writer.begin() && writer.writeRows(table, rows.get(), 0, qsizetype(rows->size())) && writer.end();
}

} // namespace pmp::models

namespace pmp::models {

QString TableExporter::writeFile(const ColumnTable &table, const std::shared_ptr<const std::vector<quint32>> &rows,
                                 const QList<int> &columns, const QStringList &keys, Format format, const QString &path,
                                 const CancelFlag &cancel)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    TableExporter writer(table.columns(), columns, keys, format, file);
    const qsizetype count = rows ? qsizetype(rows->size()) : table.rowCount();
    if (!writer.begin() || !writer.writeRows(table, rows.get(), 0, count, cancel) || !writer.end()) {
        file.cancelWriting();
        return isCancelled(cancel) ? QCoreApplication::translate("pmp::models", "Cancelled") : file.errorString();
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace pmp::models
