#include "FieldErrors.h"

#include "widgets/StatusColors.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>
#include <QWidget>

namespace pmp::ui {

namespace {
const char *const InvalidProperty = "fieldInvalid";
}

FieldErrors::FieldErrors(QObject *parent) : QObject(parent) {}

QWidget *FieldErrors::wrap(QWidget *editor, const QString &field)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->setAlignment(Qt::AlignTop); // spare height goes below the message, never between
    layout->addWidget(editor);
    auto *label = new QLabel(box);
    label->setObjectName(editor->objectName() + QStringLiteral("Error"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    layout->addWidget(label);
    bind(field, editor, label);
    return box;
}

void FieldErrors::bind(const QString &field, QWidget *widget, QLabel *label)
{
    if (label)
        StatusColors::applyAccent(label, StatusColors::Status::Error);
    m_bindings.append({field, false, widget, label});
}

void FieldErrors::bindPrefix(const QString &prefix, QWidget *widget, QLabel *label)
{
    bind(prefix, widget, label);
    m_bindings.last().prefix = true;
}

const FieldErrors::Binding *FieldErrors::find(const QString &field) const
{
    for (const Binding &b : m_bindings)
        if (!b.prefix && b.field == field)
            return &b;
    const Binding *best = nullptr;
    for (const Binding &b : m_bindings)
        if (b.prefix && field.startsWith(b.field) && (!best || b.field.size() > best->field.size()))
            best = &b;
    return best;
}

void FieldErrors::mark(QWidget *widget, bool invalid)
{
    if (!widget)
        return;
    widget->setProperty(InvalidProperty, invalid);
    // A red frame reads as "this one" in every style; the message below says why.
    const QColor red = StatusColors::accent(StatusColors::Status::Error, StatusColors::surroundingPalette(widget));
    widget->setStyleSheet(invalid ? QStringLiteral("*[fieldInvalid=\"true\"] { border: 1px solid %1; }").arg(red.name())
                                  : QString());
}

void FieldErrors::clear()
{
    for (const Binding &b : std::as_const(m_bindings)) {
        if (b.label) {
            b.label->clear();
            b.label->hide();
        }
        mark(b.widget, false);
    }
    m_shownField.clear();
}

bool FieldErrors::show(const pmp::api::ApiError &error, bool focus)
{
    clear();
    if (error.kind() != pmp::api::ApiError::Kind::Validation)
        return false;
    const Binding *b = find(error.field());
    if (!b)
        return false;
    m_shownField = error.field();
    if (b->label) {
        b->label->setText(error.message());
        b->label->show();
    }
    mark(b->widget, true);
    if (focus && b->widget && b->widget->isVisible())
        b->widget->setFocus(Qt::OtherFocusReason);
    return true;
}

QWidget *FieldErrors::shownWidget() const
{
    if (m_shownField.isEmpty())
        return nullptr;
    const Binding *b = find(m_shownField);
    return b ? b->widget.data() : nullptr;
}

QLabel *FieldErrors::labelFor(const QString &field) const
{
    const Binding *b = find(field);
    return b ? b->label.data() : nullptr;
}

QWidget *FieldErrors::widgetFor(const QString &field) const
{
    const Binding *b = find(field);
    return b ? b->widget.data() : nullptr;
}

} // namespace pmp::ui
