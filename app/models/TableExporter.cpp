#include "TableExporter.h"

#include <QAbstractItemModel>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pmp::models {

QString TableExporter::csvField(const QString &value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
                             || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
                             || value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return value;
    QString v = value;
    v.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QString TableExporter::tsvField(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\t'), QLatin1Char(' '));
    v.replace(QLatin1Char('\n'), QLatin1Char(' '));
    v.remove(QLatin1Char('\r'));
    return v;
}

bool TableExporter::write(const QAbstractItemModel &model, const QList<int> &columns, const QStringList &keys,
                          Format format, QIODevice &out, const QList<int> &rows)
{
    QList<int> rowList = rows;
    if (rows.isEmpty())
        for (int r = 0; r < model.rowCount(); ++r)
            rowList << r;

    if (format == Format::Json) {
        QJsonArray array;
        for (int r : rowList) {
            QJsonObject o;
            for (qsizetype i = 0; i < columns.size(); ++i) {
                const QString key = i < keys.size() ? keys.at(i)
                                                    : model.headerData(columns.at(i), Qt::Horizontal).toString();
                o.insert(key, model.data(model.index(r, columns.at(i))).toString());
            }
            array.append(o);
        }
        return out.write(QJsonDocument(array).toJson(QJsonDocument::Indented)) >= 0;
    }

    const bool csv = format == Format::Csv;
    const QLatin1String sep = csv ? QLatin1String(",") : QLatin1String("\t");
    const QLatin1String eol = csv ? QLatin1String("\r\n") : QLatin1String("\n");
    auto field = [csv](const QString &v) { return csv ? csvField(v) : tsvField(v); };

    QString header;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i)
            header += sep;
        header += field(model.headerData(columns.at(i), Qt::Horizontal).toString());
    }
    header += eol;
    if (out.write(header.toUtf8()) < 0)
        return false;
    QString line;
    for (int r : rowList) {
        line.clear();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i)
                line += sep;
            line += field(model.data(model.index(r, columns.at(i))).toString());
        }
        line += eol;
        if (out.write(line.toUtf8()) < 0)
            return false;
    }
    return true;
}

} // namespace pmp::models
