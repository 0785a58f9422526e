#pragma once

#include "ColumnTable.h"
#include "ParallelWork.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

#include <memory>
#include <vector>

class QIODevice;

namespace pmp::models {

class RecordFilterProxy;

// Writes rows as a table shows them — the given columns in the given order, the cells as displayed —
// as CSV (RFC 4180, UTF-8), JSON or TSV (the clipboard), text cells safe to open in a spreadsheet. It reads the column
// store directly and encodes each distinct value once, so millions of rows stream out in seconds; rows can be written
// in several calls (the headless export writes each page as it arrives). The GUI's Export and Copy
// and `patchdeck export` share it.
class TableExporter
{
public:
    enum class Format
    {
        Csv,
        Json,
        Tsv
    };

    // `columns`: table columns in display order; `keys`: JSON member names for them (default: headers).
    TableExporter(const QList<ColumnSpec> &specs, QList<int> columns, QStringList keys, Format format, QIODevice &out);

    // Cells as served, without the apostrophe that keeps a spreadsheet from running "=..." as a
    // formula (SpreadsheetText): for scripts (`patchdeck export --raw`).
    void setRaw(bool raw) { m_raw = raw; }

    bool begin();
    // Rows of `table`: `rows[from, to)` when `rows` is given, else table rows [from, to).
    bool writeRows(const ColumnTable &table, const std::vector<quint32> *rows, qsizetype from, qsizetype to,
                   const CancelFlag &cancel = {});
    bool end();
    qint64 rowsWritten() const { return m_rows; }

    // All of it: the rows a proxy shows (or its rows `proxyRows`, in that order), as it shows them.
    static bool write(const RecordFilterProxy &proxy, const QList<int> &columns, const QStringList &keys, Format format,
                      QIODevice &out, const QList<int> &proxyRows = {});
    // Rows of `table` (`rows`, or all in order when null) to the file `path`, atomically; for a worker
    // thread. Returns the error, empty on success.
    static QString writeFile(const ColumnTable &table, const std::shared_ptr<const std::vector<quint32>> &rows,
                             const QList<int> &columns, const QStringList &keys, Format format, const QString &path,
                             const CancelFlag &cancel = {});
    static QByteArray jsonString(const QString &value);

private:
    QByteArray encode(const QString &display) const;
    const QByteArray &cell(const ColumnTable &table, int column, qsizetype row);
    bool flush();

    Format m_format;
    QList<int> m_columns;
    QStringList m_headers;        // as the table's header shows them
    QList<QByteArray> m_jsonKeys; // `"key": ` per column
    QIODevice &m_out;
    QLocale m_locale;
    // Per exported column: each dictionary value's encoding (filled as met), or recent numbers'.
    std::vector<std::vector<QByteArray>> m_encodedIds;
    std::vector<std::vector<bool>> m_encoded;
    std::vector<QHash<qint64, QByteArray>> m_encodedNumbers;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_ok = true;
    bool m_raw = false;
};

} // namespace pmp::models
