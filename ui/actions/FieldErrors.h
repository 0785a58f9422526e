#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QWidget;

namespace pmp::ui {

// Shows a request's validation error at the widget of the field it names. Fields are the JSON names
// WriteRequest::validate() reports ("ConfigName", "retrySettings.noOfRetries", "settings.email",
// "patches[2].remarks"); a binding matches the field exactly or, when registered as a prefix, any
// field starting with it. Each binding has its own message label placed right under its widget.
class FieldErrors : public QObject
{
    Q_OBJECT
public:
    explicit FieldErrors(QObject *parent = nullptr);

    // A container with `editor` and a hidden message label below it, for a form row. The label is
    // named "<editor objectName>Error".
    QWidget *wrap(QWidget *editor, const QString &field);
    // Binds a field to a widget and an existing label (for tables, groups of widgets).
    void bind(const QString &field, QWidget *widget, QLabel *label);
    void bindPrefix(const QString &prefix, QWidget *widget, QLabel *label);

    // Clears any shown message, then shows `error` at its field, focusing the widget if asked (a
    // review does; checking again while the admin types must not take the focus away). Returns false
    // when no binding matches (the caller shows it elsewhere). An error that is not a validation
    // error is not shown.
    bool show(const pmp::api::ApiError &error, bool focus = true);
    void clear();

    // The field currently shown, its widget and its label (tests and callers that add context).
    QString shownField() const { return m_shownField; }
    QWidget *shownWidget() const;
    QLabel *labelFor(const QString &field) const;
    QWidget *widgetFor(const QString &field) const;

private:
    struct Binding
    {
        QString field;
        bool prefix = false;
        QPointer<QWidget> widget;
        QPointer<QLabel> label;
    };
    const Binding *find(const QString &field) const;
    static void mark(QWidget *widget, bool invalid);

    QList<Binding> m_bindings;
    QString m_shownField;
};

} // namespace pmp::ui
