#pragma once

#include <QColor>

#include <functional>

class QPalette;
class QWidget;

namespace pmp::ui {

// The one set of status colours (success, information, warning, error, neutral) for banners,
// notices, field errors, outcomes and the charts' status slices. Every colour is chosen for the
// palette it is drawn on: a dark window gets dark tinted boxes with light text, a high-contrast
// palette gets the palette's own background and text with a strong coloured border, so no light box
// is left in dark mode and nothing is washed out in high contrast.
class StatusColors
{
public:
    enum class Status
    {
        Ok,
        Info,
        Warning,
        Error,
        Neutral
    };

    // A tinted box: its fill, its text and its frame.
    struct Box
    {
        QColor background;
        QColor foreground;
        QColor border;
    };

    static Box box(Status status, const QPalette &palette);
    // The status as text or a mark on the palette's own window/base (an outcome, a field error).
    static QColor accent(Status status, const QPalette &palette);

    // The window is dark (decided from QPalette::Window's lightness).
    static bool isDark(const QPalette &palette);
    // Black on white or white on black (or the platform asks for more contrast).
    static bool isHighContrast(const QPalette &palette);

    // A style sheet rule "<selector> { background; color; border }" for a box of that status.
    static QString boxStyleSheet(Status status, const QPalette &palette, const QString &selector, int borderRadius = 4);
    // Sets WindowText (and Text) of `widget`'s palette to the status accent, now and again whenever
    // the palette changes.
    static void applyAccent(QWidget *widget, Status status);
    // Runs `restyle` now and whenever `widget`'s or the application's palette changes (re-entry
    // guarded: a style sheet set in `restyle` changes the palette itself).
    static void keepStyled(QWidget *widget, std::function<void()> restyle);
    // The palette a status colour is chosen for: the parent's (a styled box has its own colours).
    static QPalette surroundingPalette(const QWidget *widget);
};

} // namespace pmp::ui
