#include "actuals/planvsactual.h"

#include "actuals/actualsstore.h"
#include "forecast/forecastengine.h"

#include <QJsonArray>

#include <map>

namespace funnelcast {

namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

// The weeks in index order with their cumulative sums and pacing.
PlanVsActualChannel cumulated(std::map<int, PlanVsActualWeek> &weeks)
{
    PlanVsActualChannel result;
    double planSpend = 0.0;
    double actualSpend = 0.0;
    double planOrders = 0.0;
    double actualOrders = 0.0;
    for (auto &[index, w] : weeks) {
        planSpend += w.plannedSpend;
        actualSpend += w.actualSpend.value_or(0.0);
        planOrders += w.plannedOrders;
        actualOrders += w.actualOrders.value_or(0.0);
        w.cumulativePlannedSpend = planSpend;
        w.cumulativeActualSpend = actualSpend;
        w.cumulativePlannedOrders = planOrders;
        w.cumulativeActualOrders = actualOrders;
        w.spendPacing = planSpend > 0.0 ? std::optional<double>(actualSpend / planSpend) : std::nullopt;
        w.ordersPacing = planOrders > 0.0 ? std::optional<double>(actualOrders / planOrders) : std::nullopt;
        result.weeks.push_back(w);
    }
    return result;
}

} // namespace

PlanVsActualChannel PlanVsActual::total(const std::vector<PlanVsActualChannel> &channels,
                                        const QString &name)
{
    std::map<int, PlanVsActualWeek> weeks;
    for (const PlanVsActualChannel &c : channels) {
        for (const PlanVsActualWeek &w : c.weeks) {
            PlanVsActualWeek &sum = weeks[w.index];
            sum.index = w.index;
            sum.week = w.week;
            sum.plannedSpend += w.plannedSpend;
            sum.plannedOrders += w.plannedOrders;
            if (w.actualSpend)
                sum.actualSpend = sum.actualSpend.value_or(0.0) + *w.actualSpend;
            if (w.actualOrders)
                sum.actualOrders = sum.actualOrders.value_or(0.0) + *w.actualOrders;
        }
    }
    PlanVsActualChannel out = cumulated(weeks);
    out.name = name;
    return out;
}

std::vector<PlanVsActualChannel> PlanVsActual::compute(
    Database &db, const Plan &plan, int scenarioIndex)
{
    std::vector<PlanVsActualChannel> out;
    if (scenarioIndex < 0 || scenarioIndex >= int(plan.scenarios.size()))
        return out;
    const Scenario &scenario = plan.scenarios[size_t(scenarioIndex)];
    const ForecastResult forecast = ForecastEngine::base(plan, scenario);
    const ActualsStore store(db);
    for (size_t c = 0; c < scenario.channels.size(); ++c) {
        const PaidChannel &channel = scenario.channels[c];
        const std::vector<double> shares = channel.flighting.shares(plan.weeks);
        const std::vector<double> *orders = nullptr;
        for (const ChannelForecast &f : forecast.channels)
            if (f.kind == ChannelKind::Paid && f.index == int(c))
                orders = &f.funnel.realisedOrders;

        std::map<int, PlanVsActualWeek> weeks;
        for (int t = 0; t < plan.weeks; ++t) {
            PlanVsActualWeek &w = weeks[t];
            w.index = t;
            w.plannedSpend = channel.spend * shares[size_t(t)];
            w.plannedOrders = orders && size_t(t) < orders->size() ? (*orders)[size_t(t)] : 0.0;
        }
        for (const ActualsWeek &a : store.weekly(channel.name, plan.start)) {
            PlanVsActualWeek &w = weeks[a.index];
            w.index = a.index;
            w.actualSpend = a.spend;
            w.actualOrders = a.orders;
        }
        for (auto &[index, w] : weeks)
            w.week = plan.weekStart(index);
        PlanVsActualChannel result = cumulated(weeks);
        result.name = channel.name;
        out.push_back(result);
    }
    return out;
}

QJsonObject PlanVsActual::toJson(const std::vector<PlanVsActualChannel> &channels)
{
    QJsonArray array;
    for (const PlanVsActualChannel &c : channels) {
        QJsonArray weeks;
        for (const PlanVsActualWeek &w : c.weeks) {
            weeks.append(QJsonObject { { QStringLiteral("week"), w.week.toString(Qt::ISODate) },
                { QStringLiteral("planned_spend"), w.plannedSpend },
                { QStringLiteral("planned_orders"), w.plannedOrders },
                { QStringLiteral("actual_spend"), number(w.actualSpend) },
                { QStringLiteral("actual_orders"), number(w.actualOrders) },
                { QStringLiteral("cumulative_planned_spend"), w.cumulativePlannedSpend },
                { QStringLiteral("cumulative_actual_spend"), w.cumulativeActualSpend },
                { QStringLiteral("cumulative_planned_orders"), w.cumulativePlannedOrders },
                { QStringLiteral("cumulative_actual_orders"), w.cumulativeActualOrders },
                { QStringLiteral("spend_pacing"), number(w.spendPacing) },
                { QStringLiteral("orders_pacing"), number(w.ordersPacing) } });
        }
        array.append(
            QJsonObject { { QStringLiteral("name"), c.name }, { QStringLiteral("weeks"), weeks } });
    }
    return QJsonObject { { QStringLiteral("channels"), array } };
}

} // namespace funnelcast
