#pragma once

#include "forecast/forecastresult.h"

#include <vector>

namespace funnelcast::ui {

// The plan's weekly total of one metric, as the weekly charts draw it: the base per week and,
// once Monte Carlo draws exist, the plan-level P10 and P90 per week (percentiles of the per-draw
// weekly plan sums, not sums of channel percentiles). p10 and p90 are empty without draws.
struct PlanWeekly
{
    enum class Metric { Orders, GrossRevenue };

    std::vector<double> base;
    std::vector<double> p10;
    std::vector<double> p90;

    static PlanWeekly of(const ForecastResult &result, Metric metric);
    static const WeeklyBand &band(const ChannelWeekly &weekly, Metric metric);
};

} // namespace funnelcast::ui
