#pragma once

#include <QString>

namespace pmp::api {

// Text cells for CSV and TSV files that people open in a spreadsheet. Server-supplied text can start
// with "=", "+", "-" or "@", which Excel and LibreOffice run as a formula (=HYPERLINK(...) to leak
// data, say): such a cell gets a leading apostrophe, as OWASP recommends, unless it is a plain
// number. `raw` (export --raw, for scripts) leaves every value as it is.
class SpreadsheetText
{
public:
    // RFC 4180: quoted when it holds a comma, quote, line break or edge space; quotes doubled.
    static QString csvField(const QString &value, bool raw = false);
    // The clipboard's tab-separated form: tabs and line breaks become spaces.
    static QString tsvField(const QString &value, bool raw = false);
    // The value a spreadsheet will not run as a formula.
    static QString neutralised(const QString &value);
};

} // namespace pmp::api
