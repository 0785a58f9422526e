#pragma once

#include <QColor>
#include <QLabel>

namespace pmp::ui {

// Which tenant a window acts on, at a glance: the profile's name on a pill of the profile's colour.
// With several windows open side by side, the colour tells them apart before the name is read. The
// colours are saturated enough for white text in light and dark themes alike (4.5:1 or better).
class TenantBadge : public QLabel
{
    Q_OBJECT
public:
    explicit TenantBadge(QWidget *parent = nullptr);

    // The palette; a profile keeps its index (ProfileStore::badgeIndex).
    static int colourCount();
    static QColor colour(int index);
    static QColor textColour() { return Qt::white; }

    // The badge of the window `widget` is in (null when it has none, or an empty one).
    static const TenantBadge *of(const QWidget *widget);

    void setTenant(const QString &name, const QColor &colour, const QString &toolTip);
    QColor tenantColour() const { return m_colour; }

private:
    void restyle();

    QColor m_colour;
};

} // namespace pmp::ui
