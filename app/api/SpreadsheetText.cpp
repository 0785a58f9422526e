#include "SpreadsheetText.h"

#include <QRegularExpression>

namespace pmp::api {

QString SpreadsheetText::neutralised(const QString &value)
{
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    const bool formulaStart = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
                              first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    if (!formulaStart)
        return value;
    // -1, -2146498530, +3.5: numbers stay numbers.
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+([.,][0-9]+)?$"));
    if (number.match(value).hasMatch())
        return value;
    return QLatin1Char('\'') + value;
}

QString SpreadsheetText::csvField(const QString &value, bool raw)
{
    const QString v = raw ? value : neutralised(value);
    const bool needsQuotes = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
                             v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')) ||
                             v.startsWith(QLatin1Char(' ')) || v.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return v;
    QString quoted = v;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString SpreadsheetText::tsvField(const QString &value, bool raw)
{
    QString v = raw ? value : neutralised(value);
    v.replace(QLatin1Char('\t'), QLatin1Char(' '));
    v.replace(QLatin1Char('\n'), QLatin1Char(' '));
    v.remove(QLatin1Char('\r'));
    return v;
}

} // namespace pmp::api
