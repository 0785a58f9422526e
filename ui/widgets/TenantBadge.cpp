#include "TenantBadge.h"

#include <array>

namespace pmp::ui {

namespace {

// Ten hues far apart on the wheel, each dark enough for white text (checked in TenantBadgeTest).
constexpr std::array<QRgb, 10> kColours = {
    0x1f5fa8, // blue
    0xb3261e, // red
    0x1e7a3c, // green
    0x7b3fa0, // purple
    0xa8520b, // orange
    0x0b6e75, // teal
    0xa3195b, // magenta
    0x5a6414, // olive
    0x3b4cc0, // indigo
    0x6d4c2f, // brown
};

} // namespace

TenantBadge::TenantBadge(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("tenantBadge"));
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText); // a profile's name is the admin's, not markup
    setWordWrap(true);
    setMargin(0);
    hide();
}

int TenantBadge::colourCount()
{
    return int(kColours.size());
}

QColor TenantBadge::colour(int index)
{
    const int n = colourCount();
    return QColor::fromRgb(kColours[size_t(((index % n) + n) % n)]);
}

const TenantBadge *TenantBadge::of(const QWidget *widget)
{
    if (!widget)
        return nullptr;
    const auto *badge = widget->window()->findChild<const TenantBadge *>(QStringLiteral("tenantBadge"));
    return badge && !badge->text().isEmpty() ? badge : nullptr;
}

void TenantBadge::setTenant(const QString &name, const QColor &colour, const QString &toolTip)
{
    m_colour = colour;
    setText(name);
    setToolTip(toolTip);
    setAccessibleName(tr("Tenant: %1").arg(name));
    restyle();
    setVisible(!name.isEmpty());
}

void TenantBadge::restyle()
{
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; "
                                 "padding: 4px 8px; font-weight: 600; }")
                      .arg(m_colour.name(), textColour().name()));
}

} // namespace pmp::ui
