#pragma once

// Shared by the tests that check text stays readable on its background (StatusColorsTest,
// DarkModeTest): the WCAG 2 contrast ratio of two colours, 1 (the same) to 21 (black on white).

#include <QColor>

#include <cmath>

namespace pmp::test {

// WCAG 2 relative luminance: 0 for black, 1 for white.
inline double relativeLuminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG 2 contrast ratio; body text wants at least 4.5.
inline double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace pmp::test
