#pragma once

#include <QPalette>

namespace pmp::ui {

// A dark palette for the Fusion style: what a dark desktop theme hands Qt on platforms where Qt 6.4
// follows no system dark mode (X11). For screenshots (PATCHDECK_PALETTE=dark) and the dark-mode test.
QPalette darkFusionPalette();

} // namespace pmp::ui
