#pragma once
// A server's text as a tooltip. Qt shows a tooltip as rich text whenever the text *looks* like
// markup (Qt::mightBeRichText), so a computer named "<img src=/dev/zero>" would make Qt read
// /dev/zero forever, and on Windows an <img src=\\host\share> would hand the user's credentials
// to that host. Server text therefore never reaches a tooltip as it is: text with markup
// characters is escaped inside an explicit rich-text paragraph that keeps its line breaks,
// and anything longer than a screen can show is cut with an ellipsis.
#include <QString>

namespace pmp::models {

// Longest text a tooltip shows; beyond this the tooltip covers the screen and says nothing more.
inline constexpr qsizetype kToolTipMaxChars = 1000;

QString toolTipText(const QString &serverText);

} // namespace pmp::models
