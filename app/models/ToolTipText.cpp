#include "models/ToolTipText.h"

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
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

} // namespace pmp::models
