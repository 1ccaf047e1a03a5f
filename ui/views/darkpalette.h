#pragma once

#include <QPalette>

namespace funnelcast::ui {

// The dark Fusion palette of FUNNELCAST_PALETTE=dark (dark-mode screenshots, and desktops whose
// Qt 6.4 platform theme does not pass the system's dark mode on); the tests check colours
// against this same palette.
QPalette darkPalette();

} // namespace funnelcast::ui
