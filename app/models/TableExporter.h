#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace pmp::models {

// Writes exactly what a table shows — the rows of the (filtered, sorted) model, the given columns in
// the given order, the cells as displayed — as CSV (RFC 4180, UTF-8) or JSON, or as TSV for the
// clipboard. The GUI and `patchdeck export` share it.
class TableExporter
{
public:
    enum class Format { Csv, Json, Tsv };

    // `columns`: model columns in display order; `keys`: stable JSON member names for them.
    static bool write(const QAbstractItemModel &model, const QList<int> &columns, const QStringList &keys,
                      Format format, QIODevice &out, const QList<int> &rows = {});
    static QString csvField(const QString &value);
    static QString tsvField(const QString &value);
};

} // namespace pmp::models
