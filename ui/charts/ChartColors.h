#pragma once

#include <QColor>

class QPalette;

namespace pmp::ui {

// Colours by meaning, so "critical" is the same red on every tile, slice and line, with a lighter
// variant for dark palettes where the saturated light-theme colours look muddy.
class ChartColors
{
public:
    enum class Role
    {
        Critical,  // critical severity, highly vulnerable, failures
        Important, // important severity
        Moderate,  // moderate severity, (moderately) vulnerable, warnings
        Low,       // low severity
        Unrated,   // unrated severity, unknown health/status
        Healthy,   // healthy systems, success, live agents
        Info,      // neutral counts (installed, scanned, ...)
        Muted,     // not applicable / nothing to show
    };

    static QColor color(Role role, const QPalette &palette);
    // The window background is dark: text and grid colours must be light.
    static bool isDark(const QPalette &palette);
    // Text/secondary text that stays readable on the palette's base colour.
    static QColor text(const QPalette &palette);
    static QColor secondaryText(const QPalette &palette);
    static QColor gridLine(const QPalette &palette);
};

} // namespace pmp::ui
