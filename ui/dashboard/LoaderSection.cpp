#include "LoaderSection.h"

#include <QEvent>

namespace pmp::ui {

LoaderSection::LoaderSection(const QString &title, const DashboardLoader *loader, QWidget *parent)
    : DashboardSection(title, parent), m_loader(loader)
{
}

void LoaderSection::changeEvent(QEvent *event)
{
    DashboardSection::changeEvent(event);
    // Colours by meaning have light and dark variants: recolour everything already shown. Here and
    // not in the view: a parent hears of a palette change before its children have the new palette.
    if (event->type() != QEvent::PaletteChange)
        return;
    applyPalette();
    showData();
}

} // namespace pmp::ui
