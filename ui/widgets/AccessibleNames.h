#pragma once

class QString;
class QWidget;

namespace pmp::ui {

// Gives fields the name their form label shows, where Qt's accessibility cannot find it: Qt names a
// widget after a label only when the label's buddy is that very widget and they share a parent, so
// a field wrapped in a container (FieldErrors::wrap, a row of a check box and a date) stays
// nameless. Only fields whose name is still empty are named; a label whose buddy cannot take the
// focus gets the first field inside as its buddy, so its Alt+letter reaches a field.
class AccessibleNames
{
public:
    static void nameFromLabels(QWidget *root);
    // "&Name:" → "Name".
    static QString labelText(const QString &text);
    // Qt's own name for `widget` (its accessible name, its text, its buddy label's text).
    static QString nameOf(QWidget *widget);
};

} // namespace pmp::ui
