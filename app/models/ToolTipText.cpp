#include "models/ToolTipText.h"

#include <algorithm>

namespace pmp::models {

QString toolTipText(const QString &serverText)
{
    QString text = serverText;
    if (text.size() > kToolTipMaxChars) {
        text.truncate(kToolTipMaxChars);
        text.append(QChar(0x2026));
    }
    // Plain text without '<' or '&' cannot be mistaken for markup and stays plain.
    if (!text.contains(QLatin1Char('<')) && !text.contains(QLatin1Char('&')))
        return text;
    // Short lines stay whole (Qt would otherwise wrap a rich tooltip at a narrow width, even inside a
    // name); long ones wrap. Line breaks of the server's text are kept either way.
    qsizetype longestLine = 0;
    qsizetype line = 0;
    for (const QChar c : std::as_const(text)) {
        line = c == QLatin1Char('\n') ? 0 : line + 1;
        longestLine = std::max(longestLine, line);
    }
    const QLatin1String wrap(longestLine <= 100 ? "pre" : "pre-wrap");
    return QStringLiteral("<p style='white-space:%1'>%2</p>").arg(wrap, text.toHtmlEscaped());
}

} // namespace pmp::models
