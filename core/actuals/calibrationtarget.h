#pragma once

#include "model/plan.h"

#include <QString>

#include <optional>

namespace funnelcast {

// Which paid channel `funnelcast calibrate` reads and, with --apply, changes: the channel of
// that name in one scenario, the one named by --scenario or else the plan's first (DESIGN.md:
// a command that names no scenario works on the first). Only that scenario is changed, the
// way the GUI's Apply changes the scenario on screen.
struct CalibrationTarget
{
    int scenario = 0;
    int channel = 0;

    // Throws UsageError with one sentence for an unknown scenario or a channel the scenario
    // does not have (saying which scenarios do have it).
    static CalibrationTarget find(
        const Plan &plan, const std::optional<QString> &scenario, const QString &channel);
};

} // namespace funnelcast
