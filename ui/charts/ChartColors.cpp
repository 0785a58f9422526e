#include "ChartColors.h"

#include "widgets/StatusColors.h"

#include <QPalette>

namespace pmp::ui {

namespace {

struct Pair
{
    const char *light;
    const char *dark;
};

Pair pairFor(ChartColors::Role role)
{
    switch (role) {
    case ChartColors::Role::Important:
        return {"#ef6c00", "#ffa040"};
    case ChartColors::Role::Moderate:
        return {"#f0a800", "#ffca28"};
    case ChartColors::Role::Low:
        return {"#5b7d9a", "#8fb0cc"};
    case ChartColors::Role::Unrated:
        return {"#9aa8b4", "#7d8a96"};
    case ChartColors::Role::Muted:
        return {"#d5dade", "#4a5056"};
    default: // the statuses come from StatusColors
        break;
    }
    return {"#808080", "#808080"};
}

} // namespace

bool ChartColors::isDark(const QPalette &palette)
{
    return StatusColors::isDark(palette);
}

QColor ChartColors::color(Role role, const QPalette &palette)
{
    // Failure, success and plain counts are statuses: the same colours as banners and outcomes.
    using S = StatusColors::Status;
    switch (role) {
    case Role::Critical:
        return StatusColors::accent(S::Error, palette);
    case Role::Healthy:
        return StatusColors::accent(S::Ok, palette);
    case Role::Info:
        return StatusColors::accent(S::Info, palette);
    default:
        break;
    }
    const Pair p = pairFor(role);
    return QColor(QLatin1String(isDark(palette) ? p.dark : p.light));
}

QColor ChartColors::text(const QPalette &palette)
{
    return palette.color(QPalette::Text);
}

QColor ChartColors::secondaryText(const QPalette &palette)
{
    // Halfway between text and base keeps captions readable yet clearly secondary in both themes.
    const QColor t = palette.color(QPalette::Text);
    const QColor b = palette.color(QPalette::Base);
    return QColor((t.red() * 3 + b.red() * 2) / 5, (t.green() * 3 + b.green() * 2) / 5,
                  (t.blue() * 3 + b.blue() * 2) / 5);
}

QColor ChartColors::gridLine(const QPalette &palette)
{
    QColor c = palette.color(QPalette::Text);
    c.setAlpha(isDark(palette) ? 40 : 28);
    return c;
}

} // namespace pmp::ui
