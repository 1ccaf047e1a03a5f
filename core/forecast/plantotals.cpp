#include "forecast/plantotals.h"

#include <algorithm>

namespace funnelcast {

WeeklyBand &weeklyBand(ChannelWeekly &w, int series)
{
    switch (series) {
    case PlanWeeklySpend: return w.spend;
    case PlanWeeklyImpressions: return w.impressions;
    case PlanWeeklyClicks: return w.clicks;
    case PlanWeeklyOrders: return w.orders;
    default: return w.grossRevenue;
    }
}

void setAll(StatBand &band, double value) { band.base = band.p10 = band.p50 = band.p90 = value; }

void setAll(WeeklyBand &band, const std::vector<double> &values)
{
    band.base = band.p10 = band.p50 = band.p90 = values;
}

double reachFactor(double reach, double population)
{
    return 1.0 - std::min(1.0, reach / population);
}

double combinedReach(double population, double product)
{
    return population > 0.0 ? population * (1.0 - product) : 0.0;
}

DerivedTotals deriveTotals(double cost, double orders, double net, double gross, double margin)
{
    DerivedTotals d;
    d.profit = net * margin - cost;
    d.roas = cost > 0.0 ? gross / cost : 0.0;
    d.cpa = orders > 0.0 ? cost / orders : 0.0;
    return d;
}

} // namespace funnelcast
