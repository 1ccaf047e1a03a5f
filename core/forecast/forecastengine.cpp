#include "forecast/forecastengine.h"

#include "forecast/channelmodel.h"
#include "forecast/montecarlorun.h"
#include "forecast/plantotals.h"

#include <algorithm>

namespace funnelcast {

namespace {

std::vector<ChannelModel> buildModels(const Plan &plan, const Scenario &scenario)
{
    std::vector<ChannelModel> models;
    models.reserve(scenario.channels.size() + scenario.creators.size() + scenario.organic.size());
    for (std::size_t i = 0; i < scenario.channels.size(); ++i)
        models.push_back(ChannelModel::fromPaid(scenario.channels[i], static_cast<int>(i), plan.weeks));
    for (std::size_t i = 0; i < scenario.creators.size(); ++i)
        models.push_back(ChannelModel::fromCreator(scenario.creators[i], static_cast<int>(i), plan.weeks));
    for (std::size_t i = 0; i < scenario.organic.size(); ++i)
        models.push_back(ChannelModel::fromOrganic(scenario.organic[i], static_cast<int>(i), plan.weeks));
    return models;
}

ForecastResult baseForecast(const Plan &plan, const Scenario &scenario,
                            const std::vector<ChannelModel> &models)
{
    ForecastResult r;
    r.scenario = scenario.name;
    r.currency = plan.currency;
    r.population = plan.populationFor(scenario);
    for (int t = 0; t < plan.weeks; ++t)
        r.weeks.push_back(plan.weekStart(t));

    double spend = 0.0, cost = 0.0, impressions = 0.0, clicks = 0.0, orders = 0.0, gross = 0.0,
           net = 0.0, reachProduct = 1.0;
    r.channels.reserve(models.size());
    for (const ChannelModel &m : models) {
        ChannelForecast c;
        c.name = m.name();
        c.kind = m.kind();
        c.index = m.index();
        std::vector<double> weeklyGross;
        const ChannelOutcome o = m.evaluate(m.baseValues(), &c.funnel, &weeklyGross);
        setAll(c.totals.spend, o.spend);
        setAll(c.totals.cost, o.cost);
        setAll(c.totals.impressions, o.impressions);
        setAll(c.totals.reach, o.reach);
        setAll(c.totals.clicks, o.clicks);
        setAll(c.totals.orders, o.orders);
        setAll(c.totals.tailOrders, o.tail);
        setAll(c.totals.grossRevenue, o.grossRevenue);
        setAll(c.totals.netRevenue, o.netRevenue);
        setAll(c.weekly.spend, c.funnel.spend);
        setAll(c.weekly.impressions, c.funnel.impressions);
        setAll(c.weekly.clicks, c.funnel.clicks);
        setAll(c.weekly.orders, c.funnel.realisedOrders);
        setAll(c.weekly.grossRevenue, weeklyGross);
        spend += o.spend;
        cost += o.cost;
        impressions += o.impressions;
        clicks += o.clicks;
        orders += o.orders;
        gross += o.grossRevenue;
        net += o.netRevenue;
        if (r.population > 0.0)
            reachProduct *= reachFactor(o.reach, r.population);
        r.channels.push_back(std::move(c));
    }
    // The plan's weekly base: the channels' base series added in channel order.
    for (int k = 0; k < PlanWeeklyCount; ++k) {
        std::vector<double> sum(r.weeks.size(), 0.0);
        for (ChannelForecast &c : r.channels) {
            const std::vector<double> &series = weeklyBand(c.weekly, k).base;
            for (std::size_t t = 0; t < sum.size(); ++t)
                sum[t] += series[t];
        }
        setAll(weeklyBand(r.weekly, k), sum);
    }
    PlanTotals &t = r.totals;
    setAll(t.spend, spend);
    setAll(t.cost, cost);
    setAll(t.impressions, impressions);
    setAll(t.reach, combinedReach(r.population, reachProduct));
    setAll(t.clicks, clicks);
    setAll(t.orders, orders);
    setAll(t.grossRevenue, gross);
    setAll(t.netRevenue, net);
    const DerivedTotals d = deriveTotals(cost, orders, net, gross, plan.margin);
    setAll(t.profit, d.profit);
    setAll(t.roas, d.roas);
    if (orders > 0.0) {
        t.cpa = StatBand();
        setAll(*t.cpa, d.cpa);
    }
    return r;
}

} // namespace

ForecastResult ForecastEngine::base(const Plan &plan, const Scenario &scenario)
{
    return baseForecast(plan, scenario, buildModels(plan, scenario));
}

ForecastResult ForecastEngine::run(const Plan &plan, const Scenario &scenario,
                                   const ForecastOptions &options)
{
    const std::vector<ChannelModel> models = buildModels(plan, scenario);
    ForecastResult result = baseForecast(plan, scenario, models);
    result.seed = options.seed;
    const int draws = std::clamp(options.draws, 0, ForecastOptions::maxDraws);
    if (draws == 0 || models.empty())
        return result;
    const bool avx2 = !options.baselineKernel && avx2KernelAvailable();
    const bool completed = avx2
        ? kernel_avx2::runMonteCarlo(models, draws, plan.margin, options, result)
        : kernel_baseline::runMonteCarlo(models, draws, plan.margin, options, result);
    if (!completed) {
        result.cancelled = true;
        for (int k = 0; k < PlanWeeklyCount; ++k)
            setAll(weeklyBand(result.weekly, k), weeklyBand(result.weekly, k).base);
    }
    return result;
}

bool ForecastEngine::avx2KernelAvailable()
{
#if defined(FUNNELCAST_HAVE_AVX2_KERNEL)
    return __builtin_cpu_supports("avx2");
#else
    return false;
#endif
}

ChannelResponse ForecastEngine::paidResponse(const Plan &plan, const PaidChannel &channel, double spend)
{
    const ChannelModel model = ChannelModel::fromPaid(channel, 0, plan.weeks, spend);
    const ChannelOutcome o = model.evaluate(model.baseValues());
    ChannelResponse r;
    r.spend = spend;
    r.impressions = o.impressions;
    r.clicks = o.clicks;
    r.orders = o.orders;
    r.grossRevenue = o.grossRevenue;
    r.netRevenue = o.netRevenue;
    return r;
}

} // namespace funnelcast
