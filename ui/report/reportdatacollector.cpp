#include "report/reportdatacollector.h"

#include "actuals/actualsstore.h"
#include "forecast/forecastengine.h"
#include "model/fieldspec.h"
#include "model/inputerror.h"
#include "optimize/budgetoptimizer.h"
#include "report/reportsourcelookup.h"
#include "storage/planfile.h"

#include <QCoreApplication>

#include <numeric>

namespace funnelcast::ui {

namespace {

ReportStat toStat(const StatBand &band)
{
    return {band.base, band.p10, band.p50, band.p90, true};
}

ReportSeries toSeries(const WeeklyBand &band)
{
    return {band.base, band.p10, band.p50, band.p90};
}

double sum(const std::vector<double> &values)
{
    return std::accumulate(values.begin(), values.end(), 0.0);
}

void addInto(std::vector<double> *into, const std::vector<double> &values)
{
    if (into->size() < values.size())
        into->resize(values.size(), 0.0);
    for (size_t i = 0; i < values.size(); ++i)
        (*into)[i] += values[i];
}

ReportTotals toTotals(const ChannelTotals &t)
{
    ReportTotals out;
    out.spend = toStat(t.spend);
    out.cost = toStat(t.cost);
    out.impressions = toStat(t.impressions);
    out.reach = toStat(t.reach);
    out.clicks = toStat(t.clicks);
    out.orders = toStat(t.orders);
    out.tailOrders = toStat(t.tailOrders);
    out.grossRevenue = toStat(t.grossRevenue);
    out.netRevenue = toStat(t.netRevenue);
    out.profit.valid = false;
    out.roas.valid = false;
    out.cpa.valid = false;
    return out;
}

ReportTotals toTotals(const PlanTotals &t)
{
    ReportTotals out;
    out.spend = toStat(t.spend);
    out.cost = toStat(t.cost);
    out.impressions = toStat(t.impressions);
    out.reach = toStat(t.reach);
    out.clicks = toStat(t.clicks);
    out.orders = toStat(t.orders);
    out.grossRevenue = toStat(t.grossRevenue);
    out.netRevenue = toStat(t.netRevenue);
    out.profit = toStat(t.profit);
    out.roas = toStat(t.roas);
    if (t.cpa)
        out.cpa = toStat(*t.cpa);
    else
        out.cpa.valid = false;
    out.tailOrders.valid = false;
    return out;
}

QString postWeeks(const std::vector<int> &posts)
{
    QStringList parts;
    for (int week : posts)
        parts << QString::number(week + 1);
    return parts.join(QStringLiteral(", "));
}

template <class Item, class Lookup>
void addAssumptions(std::vector<ReportAssumption> *out, const Item &item,
                    const std::vector<UncertainFieldSpec<Item>> &fields, Lookup lookup)
{
    for (const UncertainFieldSpec<Item> &field : fields) {
        const Uncertain &value = item.*(field.member);
        ReportAssumption a;
        a.item = item.name;
        a.field = QString::fromLatin1(field.key);
        a.low = value.low;
        a.base = value.base;
        a.high = value.high;
        a.isRate = isRateKind(field.kind);
        a.isMoney = a.field == QLatin1String("cpm") || a.field == QLatin1String("aov")
                    || a.field == QLatin1String("fee_per_post")
                    || a.field == QLatin1String("cost_per_post");
        a.source = lookup(item, a.field, value);
        out->push_back(a);
    }
}

ReportOptimization toOptimization(const OptimizationResult &result,
                                  const std::vector<FrontierPoint> &frontier)
{
    ReportOptimization out;
    out.objective = ObjectiveKeys::key(result.objective);
    out.budget = result.budget;
    out.currentValue = result.currentValue;
    out.optimalValue = result.optimalValue;
    out.currentSpend = result.currentSpend;
    out.optimalSpend = result.optimalSpend;
    for (const ChannelAllocation &c : result.channels) {
        out.channels.push_back({c.name, c.locked, c.currentSpend, c.optimalSpend, c.currentValue,
                                c.optimalValue, c.marginalValue});
    }
    for (const FrontierPoint &p : frontier)
        out.frontier.push_back({p.budget, p.value});
    return out;
}

} // namespace

int ReportDataCollector::scenarioIndex(const Plan &plan, const QString &scenario)
{
    if (plan.scenarios.empty())
        throw InputError(QCoreApplication::translate("Report", "The plan has no scenario to report on."));
    if (scenario.isEmpty())
        return 0;
    const int index = plan.scenarioIndex(scenario);
    if (index < 0) {
        QStringList names;
        for (const Scenario &s : plan.scenarios)
            names << s.name;
        throw UsageError(QCoreApplication::translate("Report",
                                                     "Unknown scenario \"%1\"; the plan has: %2.")
                             .arg(scenario, names.join(QStringLiteral(", "))));
    }
    return index;
}

ReportData ReportDataCollector::collect(const Plan &plan, const ReportOptions &options,
                                        const ReportSources &sources)
{
    const int index = scenarioIndex(plan, options.scenario);
    const Scenario &scenario = plan.scenarios[static_cast<size_t>(index)];
    if (scenario.channels.empty() && scenario.creators.empty() && scenario.organic.empty()) {
        throw InputError(QCoreApplication::translate(
                             "Report", "Scenario \"%1\" has no channels, creators or organic "
                                       "streams to report on.")
                             .arg(scenario.name));
    }

    ForecastOptions forecastOptions;
    forecastOptions.draws = options.draws;
    forecastOptions.seed = options.seed;
    const ForecastResult forecast = ForecastEngine::run(plan, scenario, forecastOptions);

    ReportData data;
    data.planName = plan.name;
    data.scenarioName = scenario.name;
    data.currency = plan.currency;
    data.start = plan.start;
    data.weeks = plan.weeks;
    data.margin = plan.margin;
    data.population = forecast.population;
    data.budget = scenario.effectiveBudget();
    data.generatedAt = options.generatedAt.isValid() ? options.generatedAt
                                                     : QDateTime::currentDateTime();
    data.draws = forecast.draws;
    data.seed = forecast.seed;
    data.totals = toTotals(forecast.totals);

    std::vector<double> weeklyOrdersBase;
    std::vector<double> weeklyRevenueBase;
    std::vector<double> weeklySpendBase;
    for (const ChannelForecast &cf : forecast.channels) {
        ReportChannel ch;
        ch.name = cf.name;
        ch.totals = toTotals(cf.totals);
        ch.weeklyOrders = toSeries(cf.weekly.orders);
        ch.weeklyRevenue = toSeries(cf.weekly.grossRevenue);
        ch.weeklySpend = toSeries(cf.weekly.spend);
        ch.funnel = {sum(cf.funnel.impressions), sum(cf.funnel.clicks), sum(cf.funnel.views),
                     sum(cf.funnel.carts), sum(cf.funnel.causedOrders)};
        const size_t i = static_cast<size_t>(cf.index);
        switch (cf.kind) {
        case ChannelKind::Paid:
            ch.kind = ReportItemKind::Paid;
            if (i < scenario.channels.size())
                ch.platform = scenario.channels[i].platform;
            break;
        case ChannelKind::Creator:
            ch.kind = ReportItemKind::Creator;
            if (i < scenario.creators.size()) {
                const CreatorDeal &d = scenario.creators[i];
                ch.platform = d.platform;
                ch.tier = d.tier;
                ch.followers = d.followers.base;
                ch.reachRate = d.reachRate.base;
                ch.posts = static_cast<int>(d.posts.size());
                ch.feePerPost = d.feePerPost.base;
                ch.commissionRate = d.commissionRate.base;
                ch.postWeeks = postWeeks(d.posts);
            }
            break;
        case ChannelKind::Organic:
            ch.kind = ReportItemKind::Organic;
            if (i < scenario.organic.size()) {
                const OrganicStream &s = scenario.organic[i];
                ch.platform = s.platform;
                ch.followers = s.followers.base;
                ch.reachRate = s.reachRate.base;
                ch.postsPerWeek = s.postsPerWeek;
                ch.feePerPost = s.costPerPost.base;
            }
            break;
        }
        addInto(&weeklyOrdersBase, cf.weekly.orders.base);
        addInto(&weeklyRevenueBase, cf.weekly.grossRevenue.base);
        addInto(&weeklySpendBase, cf.weekly.spend.base);
        data.channels.push_back(ch);
    }

    // The scenario's weekly total at base is the sum of its channels' base weeks. The forecast
    // gives percentiles per channel only; the band of the total is drawn by scaling the base
    // weeks with the campaign total's own P10/base and P90/base ratios (docs/report.md): all
    // inputs are drawn once per campaign, so weeks move together and the ratio carries over.
    auto scaledSeries = [](const std::vector<double> &base, const ReportStat &total) {
        ReportSeries s;
        s.base = base;
        const double lowRatio = total.base > 0 ? total.p10 / total.base : 1.0;
        const double midRatio = total.base > 0 ? total.p50 / total.base : 1.0;
        const double highRatio = total.base > 0 ? total.p90 / total.base : 1.0;
        for (double v : base) {
            s.p10.push_back(v * lowRatio);
            s.p50.push_back(v * midRatio);
            s.p90.push_back(v * highRatio);
        }
        return s;
    };
    data.weeklyOrders = scaledSeries(weeklyOrdersBase, data.totals.orders);
    data.weeklyRevenue = scaledSeries(weeklyRevenueBase, data.totals.grossRevenue);
    data.weeklySpend.base = weeklySpendBase;

    // The comparison of scenarios, each forecast with the same draws and seed.
    if (plan.scenarios.size() > 1) {
        for (size_t s = 0; s < plan.scenarios.size(); ++s) {
            const Scenario &other = plan.scenarios[s];
            ReportScenarioSummary summary;
            summary.name = other.name;
            summary.isReportScenario = static_cast<int>(s) == index;
            summary.budget = other.effectiveBudget();
            const bool empty = other.channels.empty() && other.creators.empty() && other.organic.empty();
            const ReportTotals t = static_cast<int>(s) == index
                                       ? data.totals
                                       : (empty ? ReportTotals()
                                                : toTotals(ForecastEngine::run(plan, other, forecastOptions).totals));
            summary.cost = t.cost;
            summary.orders = t.orders;
            summary.netRevenue = t.netRevenue;
            summary.profit = t.profit;
            summary.roas = t.roas;
            data.scenarios.push_back(summary);
        }
    }

    if (sources.optimization) {
        data.optimization = toOptimization(*sources.optimization, sources.frontier);
    } else if (options.optimize && !scenario.channels.empty()) {
        const BudgetOptimizer optimizer(plan, scenario, *options.optimize);
        const double budget = scenario.effectiveBudget();
        data.optimization = toOptimization(optimizer.optimize(budget), optimizer.frontier(budget));
    }

    // Plan against actuals, on the plan's weeks, for the scenario's channels with data.
    for (const auto &entry : sources.actuals) {
        const ReportChannel *planned = nullptr;
        for (const ReportChannel &ch : data.channels) {
            if (ch.name == entry.first && ch.kind == ReportItemKind::Paid)
                planned = &ch;
        }
        if (!planned)
            continue;
        ReportPacingChannel pacing;
        pacing.name = entry.first;
        bool any = false;
        for (int t = 0; t < data.weeks; ++t) {
            ReportPacingWeek week;
            week.week = data.start.addDays(7LL * t);
            const size_t ti = static_cast<size_t>(t);
            week.plannedSpend = ti < planned->weeklySpend.base.size() ? planned->weeklySpend.base[ti] : 0.0;
            week.plannedOrders = ti < planned->weeklyOrders.base.size() ? planned->weeklyOrders.base[ti] : 0.0;
            for (const ActualsWeek &a : entry.second) {
                if (a.index == t) {
                    week.actualSpend = a.spend.value_or(0.0);
                    week.actualOrders = a.orders.value_or(0.0);
                    week.hasActual = a.spend.has_value() || a.orders.has_value();
                    any = any || week.hasActual;
                }
            }
            pacing.weeks.push_back(week);
        }
        if (any)
            data.pacing.push_back(pacing);
    }

    ReportSourceLookup sourceLookup(plan.currency);
    auto paidSource = [&](const PaidChannel &c, const QString &f, const Uncertain &v) {
        return sourceLookup.paidChannel(c, f, v);
    };
    auto creatorSource = [&](const CreatorDeal &d, const QString &f, const Uncertain &v) {
        return sourceLookup.creatorDeal(d, f, v);
    };
    auto organicSource = [&](const OrganicStream &s, const QString &f, const Uncertain &v) {
        return sourceLookup.organicStream(s, f, v);
    };
    for (const PaidChannel &c : scenario.channels) {
        addAssumptions(&data.assumptions, c, paidChannelUncertainFields(), paidSource);
        if (c.audience) {
            ReportAssumption a;
            a.item = c.name;
            a.field = QStringLiteral("audience");
            a.low = c.audience->low;
            a.base = c.audience->base;
            a.high = c.audience->high;
            data.assumptions.push_back(a);
        }
    }
    for (const CreatorDeal &d : scenario.creators)
        addAssumptions(&data.assumptions, d, creatorDealUncertainFields(), creatorSource);
    for (const OrganicStream &s : scenario.organic)
        addAssumptions(&data.assumptions, s, organicStreamUncertainFields(), organicSource);
    data.sources = sourceLookup.used();
    return data;
}

std::vector<std::pair<QString, std::vector<ActualsWeek>>>
ReportDataCollector::readActuals(PlanFile &file, const Plan &plan)
{
    std::vector<std::pair<QString, std::vector<ActualsWeek>>> out;
    if (!ActualsStore::hasSchema(file.database()))
        return out;
    const ActualsStore store(file.database());
    for (const QString &channel : store.channels())
        out.push_back({channel, store.weekly(channel, plan.start)});
    return out;
}

} // namespace funnelcast::ui
