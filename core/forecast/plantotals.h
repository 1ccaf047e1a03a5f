#pragma once

#include "forecast/forecastresult.h"

#include <vector>

namespace funnelcast {

// Plan-level arithmetic shared by the base forecast and the Monte Carlo kernel
// (MODEL.md section 6). Out of line on purpose: the kernel is compiled once per instruction
// set (kernelisa.h), and these must exist once.

// The weekly series of ChannelWeekly, by number (the plan's weekly sums loop over them).
enum PlanWeeklySeries { PlanWeeklySpend, PlanWeeklyImpressions, PlanWeeklyClicks, PlanWeeklyOrders,
                        PlanWeeklyGross, PlanWeeklyCount };
WeeklyBand &weeklyBand(ChannelWeekly &w, int series);

void setAll(StatBand &band, double value);
void setAll(WeeklyBand &band, const std::vector<double> &values);

// The plan's reach factor of one channel: 1 - min(1, R / P).
double reachFactor(double reach, double population);
// P * (1 - product of the channels' reach factors); 0 without a population.
double combinedReach(double population, double product);

// Plan totals that follow from the summed ones.
struct DerivedTotals
{
    double profit = 0.0;
    double roas = 0.0;
    double cpa = 0.0;
};
DerivedTotals deriveTotals(double cost, double orders, double net, double gross, double margin);

} // namespace funnelcast
