#include "charts/planweekly.h"

namespace funnelcast::ui {

const WeeklyBand &PlanWeekly::band(const ChannelWeekly &weekly, Metric metric)
{
    return metric == Metric::GrossRevenue ? weekly.grossRevenue : weekly.orders;
}

PlanWeekly PlanWeekly::of(const ForecastResult &result, Metric metric)
{
    PlanWeekly out;
    const size_t weeks = result.weeks.size();
    const WeeklyBand &plan = band(result.weekly, metric);
    if (plan.base.size() == weeks) {
        out.base = plan.base;
    } else {
        // A result without the plan-level series (an empty or older one): the base adds up
        // exactly over the channels. The percentiles do not, so then there is no band.
        out.base.assign(weeks, 0.0);
        for (const ChannelForecast &channel : result.channels) {
            const WeeklyBand &b = band(channel.weekly, metric);
            for (size_t t = 0; t < weeks && t < b.base.size(); ++t)
                out.base[t] += b.base[t];
        }
    }
    if (result.draws > 0 && plan.p10.size() == weeks && plan.p90.size() == weeks) {
        out.p10 = plan.p10;
        out.p90 = plan.p90;
    }
    return out;
}

} // namespace funnelcast::ui
