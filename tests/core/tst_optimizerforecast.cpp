// The optimizer's own analytic channel values (core/optimize/spendresponse) must agree with the
// forecast engine's base totals (core/forecast), which compute MODEL.md independently week by
// week: on the demo plan (resources/demo-plan.json) and on a plan built here with every
// flighting pattern, a linear channel, creators and organic streams.
#include "forecast/forecastengine.h"
#include "io/planjson.h"
#include "optimize/budgetoptimizer.h"

#include <QFile>
#include <QtTest>

#include <cmath>

using namespace funnelcast;

namespace {

Plan demoPlan()
{
    QFile file(QStringLiteral(FUNNELCAST_SOURCE_DIR "/resources/demo-plan.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Plan();
    return PlanJson::fromBytes(file.readAll(), file.fileName());
}

Plan builtPlan()
{
    Plan plan;
    plan.name = QStringLiteral("Built");
    plan.start = QDate(2027, 3, 1);
    plan.weeks = 9;
    plan.margin = 0.55;
    Scenario s;
    s.name = QStringLiteral("Base");
    const FlightingPattern patterns[] = {FlightingPattern::Even, FlightingPattern::Front,
                                         FlightingPattern::Back, FlightingPattern::Pulse,
                                         FlightingPattern::Custom, FlightingPattern::Even};
    for (int i = 0; i < 6; ++i) {
        PaidChannel c;
        c.name = QStringLiteral("Channel %1").arg(i);
        c.spend = 3e6 + 1e6 * i;
        c.flighting.pattern = patterns[i];
        if (c.flighting.pattern == FlightingPattern::Custom)
            c.flighting.weights = {0, 1, 2, 0, 4, 1, 1, 0.5, 0};
        c.cpm = Uncertain(5000 + 1000 * i, 7000 + 1000 * i, 9000 + 1000 * i);
        if (i != 5) {
            c.audience = Uncertain(3e5 * (i + 1));
            c.maxWeeklyFrequency = 2 + 0.5 * i;
        }
        c.ctr = Uncertain(0.006, 0.009, 0.012);
        c.viewRate = 0.85;
        c.cartRate = 0.07;
        c.purchaseRate = 0.3;
        c.aov = Uncertain(40000, 45000, 50000);
        c.feeRate = i == 3 ? 0.06 : 0.0;
        c.returnRate = 0.05;
        c.carryover = 0.2;
        s.channels.push_back(c);
    }
    CreatorDeal k;
    k.name = QStringLiteral("Creator");
    k.followers = 80000;
    k.reachRate = 0.25;
    k.posts = {1, 3, 3};
    k.feePerPost = 800000;
    k.ctr = 0.012;
    k.viewRate = 0.9;
    k.cartRate = 0.08;
    k.purchaseRate = 0.3;
    k.aov = 45000;
    k.returnRate = 0.05;
    k.carryover = 0.1;
    k.commissionRate = 0.1;
    s.creators.push_back(k);
    OrganicStream o;
    o.name = QStringLiteral("Organic");
    o.followers = 120000;
    o.postsPerWeek = 3;
    o.reachRate = 0.08;
    o.costPerPost = 200000;
    o.ctr = 0.005;
    o.viewRate = 0.9;
    o.cartRate = 0.06;
    o.purchaseRate = 0.3;
    o.aov = 45000;
    o.returnRate = 0.05;
    s.organic.push_back(o);
    plan.scenarios.push_back(s);
    return plan;
}

bool close(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b)); }

} // namespace

class TestOptimizerForecast : public QObject
{
    Q_OBJECT

private slots:
    void scenarioTotals_data();
    void scenarioTotals();
    void channelCurves_data();
    void channelCurves();
    void optimizedScenarioForecast();
};

void TestOptimizerForecast::scenarioTotals_data()
{
    QTest::addColumn<bool>("demo");
    QTest::addColumn<int>("scenario");
    QTest::newRow("demo Base") << true << 0;
    QTest::newRow("demo second") << true << 1;
    QTest::newRow("built") << false << 0;
}

// The whole scenario at its current spends: orders, net revenue and profit equal the forecast
// engine's base totals.
void TestOptimizerForecast::scenarioTotals()
{
    QFETCH(bool, demo);
    QFETCH(int, scenario);
    const Plan plan = demo ? demoPlan() : builtPlan();
    QVERIFY(int(plan.scenarios.size()) > scenario);
    Scenario s = plan.scenarios[size_t(scenario)];
    for (PaidChannel &c : s.channels)
        c.locked = false; // the optimizer refuses an all-locked scenario; values do not care
    const ForecastResult forecast = ForecastEngine::base(plan, s);
    std::vector<double> spends;
    for (const PaidChannel &c : s.channels)
        spends.push_back(c.spend);
    const struct { Objective o; double expected; } cases[] = {
        {Objective::Orders, forecast.totals.orders.base},
        {Objective::NetRevenue, forecast.totals.netRevenue.base},
        {Objective::Profit, forecast.totals.profit.base}};
    for (const auto &c : cases) {
        const double value = BudgetOptimizer(plan, s, c.o).scenarioValue(spends);
        QVERIFY2(close(value, c.expected),
                 qPrintable(QStringLiteral("%1: optimizer %2, forecast %3")
                                .arg(ObjectiveKeys::key(c.o)).arg(value, 0, 'g', 15)
                                .arg(c.expected, 0, 'g', 15)));
    }
}

void TestOptimizerForecast::channelCurves_data() { scenarioTotals_data(); }

// Each paid channel's value at spends from 0 to 3x its own, against ForecastEngine::paidResponse.
void TestOptimizerForecast::channelCurves()
{
    QFETCH(bool, demo);
    QFETCH(int, scenario);
    const Plan plan = demo ? demoPlan() : builtPlan();
    QVERIFY(int(plan.scenarios.size()) > scenario);
    Scenario s = plan.scenarios[size_t(scenario)];
    for (PaidChannel &c : s.channels)
        c.locked = false;
    BudgetOptimizer orders(plan, s, Objective::Orders);
    BudgetOptimizer net(plan, s, Objective::NetRevenue);
    BudgetOptimizer profit(plan, s, Objective::Profit);
    for (size_t i = 0; i < s.channels.size(); ++i) {
        const PaidChannel &c = s.channels[i];
        for (double factor : {0.0, 0.1, 0.5, 1.0, 2.0, 3.0}) {
            const double spend = std::max(c.spend, 1e6) * factor;
            const ChannelResponse r = ForecastEngine::paidResponse(plan, c, spend);
            const int ci = int(i);
            QVERIFY2(close(orders.response(ci).value(spend), r.orders), qPrintable(c.name));
            QVERIFY2(close(net.response(ci).value(spend), r.netRevenue), qPrintable(c.name));
            QVERIFY2(close(profit.response(ci).value(spend), plan.margin * r.netRevenue - spend),
                     qPrintable(c.name));
            QVERIFY2(close(orders.response(ci).impressions(spend), r.impressions),
                     qPrintable(c.name));
        }
    }
}

// The optimum, put back into the scenario, forecasts the optimal value the optimizer reports.
void TestOptimizerForecast::optimizedScenarioForecast()
{
    const Plan plan = demoPlan();
    QVERIFY(!plan.scenarios.empty());
    const Scenario &s = plan.scenarios[0];
    for (Objective o : {Objective::Orders, Objective::NetRevenue, Objective::Profit}) {
        const OptimizationResult r = BudgetOptimizer(plan, s, o).optimize(s.effectiveBudget());
        Scenario optimized = s;
        for (size_t i = 0; i < s.channels.size(); ++i)
            optimized.channels[i].spend = r.channels[i].optimalSpend;
        const ForecastResult f = ForecastEngine::base(plan, optimized);
        const double expected = o == Objective::Orders ? f.totals.orders.base
            : o == Objective::NetRevenue              ? f.totals.netRevenue.base
                                                      : f.totals.profit.base;
        QVERIFY(close(r.optimalValue, expected));
        const double current = o == Objective::Orders ? ForecastEngine::base(plan, s).totals.orders.base
                                                      : r.currentValue;
        QVERIFY(close(r.currentValue, current));
        QVERIFY(r.optimalValue >= r.currentValue - 1e-9 * std::fabs(r.currentValue));
    }
}

QTEST_GUILESS_MAIN(TestOptimizerForecast)
#include "tst_optimizerforecast.moc"
