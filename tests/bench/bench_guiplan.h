#pragma once

#include "model/plan.h"

// 30 paid channels, 10 creators and 5 organic streams over 52 weeks, one scenario.
funnelcast::Plan benchmarkPlan();
// The same in two scenarios ("Base" and "Lean", paid spend x 0.7).
funnelcast::Plan bigGuiPlan();
