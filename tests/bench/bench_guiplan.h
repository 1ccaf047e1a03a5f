#pragma once

#include "model/plan.h"

// 30 paid channels, 10 creators and 5 organic streams over 52 weeks, in two scenarios.
funnelcast::Plan bigGuiPlan();
