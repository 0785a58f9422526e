#include "AccessibleNames.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QLabel>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QWidget>

namespace pmp::ui {

namespace {

bool takesFocus(const QWidget *w)
{
    return w->focusPolicy() != Qt::NoFocus && !qobject_cast<const QLabel *>(w);
}

// The fields a label stands for: its buddy when that takes the focus, else the fields inside it.
QList<QWidget *> fieldsOf(QWidget *buddy)
{
    QWidget *w = buddy;
    while (w->focusProxy())
        w = w->focusProxy();
    if (takesFocus(w))
        return {w};
    QList<QWidget *> fields;
    for (QWidget *child : buddy->findChildren<QWidget *>())
        if (takesFocus(child) && !child->isWindow())
            fields << child;
    return fields;
}

} // namespace

QString AccessibleNames::labelText(const QString &text)
{
    QString plain = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    // A single & marks the mnemonic, && is a literal one.
    plain.replace(QRegularExpression(QStringLiteral("&(.)")), QStringLiteral("\\1"));
    plain = plain.trimmed();
    while (plain.endsWith(QLatin1Char(':')) || plain.endsWith(QChar(0x2026)))
        plain.chop(1);
    return plain.trimmed();
}

QString AccessibleNames::nameOf(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : widget->accessibleName();
}

void AccessibleNames::nameFromLabels(QWidget *root)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        QWidget *buddy = label->buddy();
        const QString text = labelText(label->text());
        if (!buddy || text.isEmpty())
            continue;
        const QList<QWidget *> fields = fieldsOf(buddy);
        for (QWidget *field : fields) {
            // A button with its own text is named by it; anything else gets the label, also where
            // Qt would find the label itself (only on some platforms: a combo box on Linux reports
            // its current item instead).
            auto *button = qobject_cast<QAbstractButton *>(field);
            if (field->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
                field->setAccessibleName(text);
        }
        if (!fields.isEmpty() && !takesFocus(buddy) && !buddy->focusProxy())
            label->setBuddy(fields.constFirst());
    }
}

} // namespace pmp::ui
