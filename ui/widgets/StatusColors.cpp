#include "StatusColors.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QPointer>
#include <QStyleHints>
#include <QWidget>
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
#include <QAccessibilityHints>
#endif

namespace pmp::ui {

namespace {

struct Shades
{
    const char *background, *foreground, *border, *accent;
};

// Light tints are the ones the banners had; the dark ones keep the same hue at low lightness with
// light text. Box text is 4.5:1 or better on its box, an accent 4.5:1 or better on the palette's
// base (StatusColorsTest checks both).
Shades lightShades(StatusColors::Status s)
{
    using S = StatusColors::Status;
    switch (s) {
    case S::Ok:
        return {"#edf7ed", "#1e4620", "#b7dfb9", "#2e7d32"};
    case S::Info:
        return {"#e8f4fd", "#0d3c61", "#b6dcfb", "#1e6fbf"};
    case S::Warning:
        return {"#fff4e5", "#663c00", "#ffd8a8", "#8a5a00"};
    case S::Error:
        return {"#fdecea", "#611a15", "#f5c2bd", "#c62828"};
    case S::Neutral:
        break;
    }
    return {"#f1f3f4", "#3c4043", "#dadce0", "#5f6368"};
}

Shades darkShades(StatusColors::Status s)
{
    using S = StatusColors::Status;
    switch (s) {
    case S::Ok:
        return {"#1b3320", "#c8e6c9", "#3c7a43", "#66bb6a"};
    case S::Info:
        return {"#142a3b", "#cfe8fc", "#2f5f86", "#5aa9f0"};
    case S::Warning:
        return {"#3a2a12", "#ffe0b2", "#7a5a22", "#ffb74d"};
    case S::Error:
        return {"#3b1d1b", "#f4c7c3", "#7a3b36", "#ff6b6b"};
    case S::Neutral:
        break;
    }
    return {"#303336", "#e8eaed", "#5f6368", "#9aa0a6"};
}

// Fully saturated marks for high contrast: the box itself takes the palette's colours.
QColor highContrastAccent(StatusColors::Status s, bool dark)
{
    using S = StatusColors::Status;
    switch (s) {
    case S::Ok:
        return QColor(QLatin1String(dark ? "#7cff7c" : "#006400"));
    case S::Info:
        return QColor(QLatin1String(dark ? "#8fd3ff" : "#00308f"));
    case S::Warning:
        return QColor(QLatin1String(dark ? "#ffd700" : "#7a4b00"));
    case S::Error:
        return QColor(QLatin1String(dark ? "#ff8080" : "#a00000"));
    case S::Neutral:
        break;
    }
    return QColor(QLatin1String(dark ? "#ffffff" : "#000000"));
}

} // namespace

bool StatusColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool StatusColors::isHighContrast(const QPalette &palette)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    if (QGuiApplication::styleHints()->accessibility()->contrastPreference() == Qt::ContrastPreference::HighContrast)
        return true;
#endif
    // Windows' and GNOME's high-contrast themes are pure black on white or white on black; an
    // ordinary light theme (Fusion's #efefef window) is not.
    const int window = palette.color(QPalette::Window).lightness();
    const int text = palette.color(QPalette::WindowText).lightness();
    return (window <= 8 && text >= 247) || (window >= 250 && text <= 8);
}

StatusColors::Box StatusColors::box(Status status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    if (isHighContrast(palette))
        return {palette.color(QPalette::Window), palette.color(QPalette::WindowText), highContrastAccent(status, dark)};
    const Shades s = dark ? darkShades(status) : lightShades(status);
    return {QColor(QLatin1String(s.background)), QColor(QLatin1String(s.foreground)), QColor(QLatin1String(s.border))};
}

QColor StatusColors::accent(Status status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    if (isHighContrast(palette))
        return highContrastAccent(status, dark);
    return QColor(QLatin1String((dark ? darkShades(status) : lightShades(status)).accent));
}

QString StatusColors::boxStyleSheet(Status status, const QPalette &palette, const QString &selector, int borderRadius)
{
    const Box b = box(status, palette);
    const int borderWidth = isHighContrast(palette) ? 2 : 1;
    return QStringLiteral("%1 { background:%2; color:%3; border:%4px solid %5; border-radius:%6px; }")
        .arg(selector, b.background.name(), b.foreground.name())
        .arg(borderWidth)
        .arg(b.border.name())
        .arg(borderRadius);
}

namespace {

class Restyler : public QObject
{
public:
    Restyler(QWidget *widget, std::function<void()> restyle)
        : QObject(widget), m_surrounding(widget->parentWidget()), m_restyle(std::move(restyle))
    {
        widget->installEventFilter(this);
        // Qt does not pass a parent's palette on to a child with a style sheet (a styled box), so
        // the parent is watched too.
        if (m_surrounding)
            m_surrounding->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) &&
            (watched == parent() || watched == m_surrounding) && !m_busy) {
            m_busy = true;
            m_restyle();
            m_busy = false;
        }
        return false;
    }

private:
    QPointer<QWidget> m_surrounding;
    std::function<void()> m_restyle;
    bool m_busy = false;
};

} // namespace

QPalette StatusColors::surroundingPalette(const QWidget *widget)
{
    return widget->parentWidget() ? widget->parentWidget()->palette() : QApplication::palette(widget);
}

void StatusColors::keepStyled(QWidget *widget, std::function<void()> restyle)
{
    restyle();
    new Restyler(widget, std::move(restyle));
}

void StatusColors::applyAccent(QWidget *widget, Status status)
{
    // The status lives on the widget so calling this again (a new outcome) changes it without
    // adding a second watcher.
    static const char *const StatusProperty = "pdStatusAccent";
    const bool watched = widget->property(StatusProperty).isValid();
    widget->setProperty(StatusProperty, int(status));
    const auto restyle = [widget] {
        const auto s = Status(widget->property(StatusProperty).toInt());
        const QColor c = accent(s, surroundingPalette(widget));
        QPalette p = widget->palette();
        if (p.color(QPalette::WindowText) == c && p.color(QPalette::Text) == c)
            return;
        p.setColor(QPalette::WindowText, c);
        p.setColor(QPalette::Text, c);
        widget->setPalette(p);
    };
    if (watched)
        restyle();
    else
        keepStyled(widget, restyle);
}

} // namespace pmp::ui
