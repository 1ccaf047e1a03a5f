// Base forecast against numbers worked from MODEL.md sections 3-6. Each expected value is
// either worked by hand in the comment beside it or printed by the independent script
// tests/data/forecast/golden.py (which shares no code with the engine).
#include "forecast/forecastengine.h"

#include <QtTest>

#include <cmath>

using namespace funnelcast;

namespace {

bool close(double actual, double expected, double relative = 1e-12)
{
    return std::fabs(actual - expected) <= relative * std::max(1.0, std::fabs(expected));
}

#define FC_COMPARE(actual, expected)                                                               \
    do {                                                                                           \
        const double a_ = (actual), e_ = (expected);                                               \
        if (!close(a_, e_))                                                                        \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3")                                \
                                 .arg(QStringLiteral(#actual)).arg(a_, 0, 'g', 17).arg(e_, 0, 'g', 17))); \
    } while (false)

Plan makePlan(int weeks, double margin = 1.0, std::optional<double> population = std::nullopt)
{
    Plan plan;
    plan.name = QStringLiteral("Test");
    plan.start = QDate(2027, 3, 1);
    plan.weeks = weeks;
    plan.margin = margin;
    plan.population = population;
    plan.scenarios.push_back(Scenario());
    plan.scenarios[0].name = QStringLiteral("Base");
    return plan;
}

PaidChannel paid(double spend, double cpm, double ctr, double view, double cart, double purchase,
                 double aov, double fee = 0.0, double ret = 0.0, double carry = 0.0)
{
    PaidChannel c;
    c.name = QStringLiteral("Paid");
    c.spend = spend;
    c.cpm = cpm;
    c.ctr = ctr;
    c.viewRate = view;
    c.cartRate = cart;
    c.purchaseRate = purchase;
    c.aov = aov;
    c.feeRate = fee;
    c.returnRate = ret;
    c.carryover = carry;
    return c;
}

CreatorDeal creatorA()
{
    CreatorDeal k;
    k.name = QStringLiteral("Creator A");
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
    return k;
}

OrganicStream organicA()
{
    OrganicStream o;
    o.name = QStringLiteral("Brand Instagram");
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
    o.carryover = 0.1;
    return o;
}

void checkAllEqual(const StatBand &b)
{
    QCOMPARE(b.p10, b.base);
    QCOMPARE(b.p50, b.base);
    QCOMPARE(b.p90, b.base);
}

} // namespace

class TestForecastEngine : public QObject
{
    Q_OBJECT

private slots:
    void singleChannelWithoutSaturation()
    {
        // S = 40,000 over 4 even weeks: s_t = 10,000. I_t = 1000 * 10,000 / 8,000 = 1,250.
        // C_t = 12.5, V_t = 10, B_t = 1, O0_t = 0.5; carryover 0 so O_t = 0.5.
        // orders = 2, gross = 2 * 50,000 = 100,000, net = 100,000 * 0.95 * 0.9 = 85,500.
        // reach = J = 5,000 (no audience); plan reach = P * (1 - (1 - 5,000 / 100,000)) = 5,000.
        // profit = 85,500 * 0.6 - 40,000 = 11,300; ROAS = 100,000 / 40,000 = 2.5;
        // CPA = 40,000 / 2 = 20,000.
        Plan plan = makePlan(4, 0.6, 100000.0);
        plan.scenarios[0].channels.push_back(paid(40000, 8000, 0.01, 0.8, 0.1, 0.5, 50000, 0.1, 0.05));
        const ForecastResult r = ForecastEngine::base(plan, plan.scenarios[0]);
        QCOMPARE(r.channels.size(), size_t(1));
        const ChannelForecast &c = r.channels[0];
        QCOMPARE(c.kind, ChannelKind::Paid);
        FC_COMPARE(c.totals.spend.base, 40000);
        FC_COMPARE(c.totals.cost.base, 40000);
        FC_COMPARE(c.totals.impressions.base, 5000);
        FC_COMPARE(c.totals.clicks.base, 50);
        FC_COMPARE(c.totals.orders.base, 2);
        FC_COMPARE(c.totals.tailOrders.base, 0);
        FC_COMPARE(c.totals.grossRevenue.base, 100000);
        FC_COMPARE(c.totals.netRevenue.base, 85500);
        FC_COMPARE(c.totals.reach.base, 5000);
        for (int t = 0; t < 4; ++t) {
            FC_COMPARE(c.weekly.spend.base[t], 10000);
            FC_COMPARE(c.weekly.impressions.base[t], 1250);
            FC_COMPARE(c.weekly.clicks.base[t], 12.5);
            FC_COMPARE(c.funnel.views[t], 10);
            FC_COMPARE(c.funnel.carts[t], 1);
            FC_COMPARE(c.weekly.orders.base[t], 0.5);
            FC_COMPARE(c.weekly.grossRevenue.base[t], 25000);
        }
        FC_COMPARE(r.totals.spend.base, 40000);
        FC_COMPARE(r.totals.reach.base, 5000);
        FC_COMPARE(r.totals.profit.base, 11300);
        FC_COMPARE(r.totals.roas.base, 2.5);
        QVERIFY(r.totals.cpa.has_value());
        FC_COMPARE(r.totals.cpa->base, 20000);
        checkAllEqual(r.totals.profit);
        QCOMPARE(r.weeks.size(), size_t(4));
        QCOMPARE(r.weeks[1], QDate(2027, 3, 8));
        QCOMPARE(r.draws, 0);
    }

    void saturation_data()
    {
        QTest::addColumn<double>("spend");
        QTest::addColumn<double>("impressions");
        QTest::addColumn<double>("orders");
        QTest::addColumn<double>("reach");
        // K = 10,000 * 2 = 20,000; x = 1000 * S / 10,000; I = K * (1 - exp(-x / K)):
        // x = 10,000 -> 20,000 * (1 - e^-0.5); x = 20,000 -> 20,000 * (1 - e^-1);
        // x = 40,000 -> 20,000 * (1 - e^-2). Orders = I * 0.01 * 0.1 * 0.5; reach A(1 - e^(-J/A)).
        QTest::newRow("x/K=0.5") << 100000.0 << 7869.386805747332 << 3.934693402873666 << 5447.637120146873;
        QTest::newRow("x/K=1") << 200000.0 << 12642.411176571153 << 6.321205588285577 << 7175.464361494597;
        QTest::newRow("x/K=2") << 400000.0 << 17293.294335267747 << 8.646647167633875 << 8225.966691808597;
    }

    void saturation()
    {
        QFETCH(double, spend);
        QFETCH(double, impressions);
        QFETCH(double, orders);
        QFETCH(double, reach);
        Plan plan = makePlan(1);
        PaidChannel c = paid(spend, 10000, 0.01, 1.0, 0.1, 0.5, 30000);
        c.audience = Uncertain(10000);
        c.maxWeeklyFrequency = 2;
        plan.scenarios[0].channels.push_back(c);
        const ForecastResult r = ForecastEngine::base(plan, plan.scenarios[0]);
        FC_COMPARE(r.channels[0].totals.impressions.base, impressions);
        FC_COMPARE(r.channels[0].totals.orders.base, orders);
        FC_COMPARE(r.channels[0].totals.reach.base, reach);
        // The response function used by the GUI gives the same numbers.
        const ChannelResponse response = ForecastEngine::paidResponse(plan, c, spend);
        FC_COMPARE(response.orders, orders);
        FC_COMPARE(response.netRevenue, orders * 30000);
    }

    void audienceWithoutFrequencyDoesNotSaturate()
    {
        Plan plan = makePlan(1);
        PaidChannel c = paid(400000, 10000, 0.01, 1.0, 0.1, 0.5, 30000);
        c.audience = Uncertain(10000); // F absent: K infinite, I = 1000 * S / CPM = 40,000
        plan.scenarios[0].channels.push_back(c);
        const ForecastResult r = ForecastEngine::base(plan, plan.scenarios[0]);
        FC_COMPARE(r.channels[0].totals.impressions.base, 40000);
        // reach = 10,000 * (1 - e^-4) = 9816.843611112658
        FC_COMPARE(r.channels[0].totals.reach.base, 10000 * (1 - std::exp(-4.0)));
    }

    void carryoverWithTail()
    {
        // I_t = 1000 * 10,000 / 10,000 = 1,000; O0_t = 1000 * 0.1 * 1 * 0.1 * 0.1 = 1 each week.
        // theta = 0.5: O_0 = 0.5 * 1 = 0.5; O_1 = 0.5 * (1 + 0.5) = 0.75;
        // O_2 = 0.5 * (1 + 0.5 + 0.25) = 0.875. orders = 3, realised 2.125, tail = 0.875.
        Plan plan = makePlan(3);
        plan.scenarios[0].channels.push_back(paid(30000, 10000, 0.1, 1.0, 0.1, 0.1, 20000, 0, 0, 0.5));
        const ForecastResult r = ForecastEngine::base(plan, plan.scenarios[0]);
        const ChannelForecast &c = r.channels[0];
        FC_COMPARE(c.totals.orders.base, 3);
        FC_COMPARE(c.totals.tailOrders.base, 0.875);
        FC_COMPARE(c.totals.grossRevenue.base, 60000); // all caused orders * AOV
        const double realised[] = {0.5, 0.75, 0.875};
        for (int t = 0; t < 3; ++t) {
            FC_COMPARE(c.funnel.causedOrders[t], 1);
            FC_COMPARE(c.weekly.orders.base[t], realised[t]);
            FC_COMPARE(c.weekly.grossRevenue.base[t], realised[t] * 20000);
        }
    }

    void flighting_data()
    {
        QTest::addColumn<int>("pattern");
        QTest::addColumn<std::vector<double>>("weights");
        QTest::addColumn<std::vector<double>>("expected");
        // S = 100 over 4 weeks with CPM 1,000, so I_t = s_t = 100 * p_t.
        QTest::newRow("even") << int(FlightingPattern::Even) << std::vector<double>()
                              << std::vector<double>{25, 25, 25, 25};
        // W - t = 4, 3, 2, 1 (sum 10)
        QTest::newRow("front") << int(FlightingPattern::Front) << std::vector<double>()
                               << std::vector<double>{40, 30, 20, 10};
        // t + 1 = 1, 2, 3, 4
        QTest::newRow("back") << int(FlightingPattern::Back) << std::vector<double>()
                              << std::vector<double>{10, 20, 30, 40};
        // 2, 1, 2, 1 (sum 6)
        QTest::newRow("pulse") << int(FlightingPattern::Pulse) << std::vector<double>()
                               << std::vector<double>{100.0 / 3, 100.0 / 6, 100.0 / 3, 100.0 / 6};
        QTest::newRow("custom") << int(FlightingPattern::Custom) << std::vector<double>{1, 0, 3, 0}
                                << std::vector<double>{25, 0, 75, 0};
    }

    void flighting()
    {
        QFETCH(int, pattern);
        QFETCH(std::vector<double>, weights);
        QFETCH(std::vector<double>, expected);
        Plan plan = makePlan(4);
        PaidChannel c = paid(100, 1000, 0.01, 1, 0.1, 0.1, 1000);
        c.flighting.pattern = static_cast<FlightingPattern>(pattern);
        c.flighting.weights = weights;
        plan.scenarios[0].channels.push_back(c);
        const ForecastResult r = ForecastEngine::base(plan, plan.scenarios[0]);
        for (int t = 0; t < 4; ++t) {
            FC_COMPARE(r.channels[0].weekly.spend.base[t], expected[t]);
            FC_COMPARE(r.channels[0].weekly.impressions.base[t], expected[t]);
        }
        FC_COMPARE(r.channels[0].totals.impressions.base, 100);
    }

    void creatorDeal()
    {
        // Posts in weeks 1, 3, 3: I = n_t * 80,000 * 0.25 = 0, 20,000, 0, 40,000.
        // cost = 3 * 800,000 = 2,400,000; reach = 80,000 * (1 - 0.75^3) = 46,250.
        // net = gross * (1 - 0.05) - 0.1 * gross = 0.85 * gross. Others from golden.py.
        Plan plan = makePlan(4);
        plan.scenarios[0].creators.push_back(creatorA());
        const ForecastResult r = ForecastEngine::base(plan, plan.scenarios[0]);
        const ChannelForecast &c = r.channels[0];
        QCOMPARE(c.kind, ChannelKind::Creator);
        FC_COMPARE(c.totals.spend.base, 0);
        FC_COMPARE(c.totals.cost.base, 2400000);
        FC_COMPARE(c.totals.impressions.base, 60000);
        FC_COMPARE(c.totals.clicks.base, 720);
        FC_COMPARE(c.totals.orders.base, 15.552);
        FC_COMPARE(c.totals.tailOrders.base, 1.0419839999999976);
        FC_COMPARE(c.totals.grossRevenue.base, 699840);
        FC_COMPARE(c.totals.netRevenue.base, 594864);
        FC_COMPARE(c.totals.reach.base, 46250);
        const double imps[] = {0, 20000, 0, 40000};
        const double orders[] = {0.0, 4.6656, 0.4665600000000001, 9.377856000000001};
        for (int t = 0; t < 4; ++t) {
            FC_COMPARE(c.weekly.spend.base[t], 0);
            FC_COMPARE(c.weekly.impressions.base[t], imps[t]);
            FC_COMPARE(c.weekly.orders.base[t], orders[t]);
            FC_COMPARE(c.weekly.grossRevenue.base[t], orders[t] * 45000);
        }
        FC_COMPARE(r.totals.spend.base, 0);
        FC_COMPARE(r.totals.cost.base, 2400000);
    }

    void organicStream()
    {
        // I_t = 3 * 120,000 * 0.08 = 28,800 every week; cost = 3 * 4 * 200,000 = 2,400,000;
        // reach = 120,000 * (1 - 0.92^12). Others from golden.py.
        Plan plan = makePlan(4);
        plan.scenarios[0].organic.push_back(organicA());
        const ForecastResult r = ForecastEngine::base(plan, plan.scenarios[0]);
        const ChannelForecast &c = r.channels[0];
        QCOMPARE(c.kind, ChannelKind::Organic);
        FC_COMPARE(c.totals.cost.base, 2400000);
        FC_COMPARE(c.totals.impressions.base, 115200);
        FC_COMPARE(c.totals.clicks.base, 576);
        FC_COMPARE(c.totals.orders.base, 9.331199999999999);
        FC_COMPARE(c.totals.tailOrders.base, 0.2591740800000011);
        FC_COMPARE(c.totals.grossRevenue.base, 419903.99999999994);
        FC_COMPARE(c.totals.netRevenue.base, 398908.79999999993);
        FC_COMPARE(c.totals.reach.base, 75880.03348141411);
        const double orders[] = {2.09952, 2.309472, 2.3304671999999997, 2.33256672};
        for (int t = 0; t < 4; ++t) {
            FC_COMPARE(c.weekly.impressions.base[t], 28800);
            FC_COMPARE(c.weekly.orders.base[t], orders[t]);
        }
    }

    void reachCombination()
    {
        // a: A = 500,000, F = 3; b: A = 300,000, no F; creator A: R = 46,250. P = 1,000,000.
        // reach = P * (1 - prod(1 - R_c / P)), golden.py: 569603.0530783033.
        Plan plan = makePlan(4, 1.0, 1000000.0);
        PaidChannel a = paid(8e6, 8000, 0.01, 1, 0.1, 0.1, 1000);
        a.name = QStringLiteral("a");
        a.audience = Uncertain(500000);
        a.maxWeeklyFrequency = 3;
        PaidChannel b = paid(2e6, 5000, 0.01, 1, 0.1, 0.1, 1000);
        b.name = QStringLiteral("b");
        b.audience = Uncertain(300000);
        plan.scenarios[0].channels = {a, b};
        plan.scenarios[0].creators = {creatorA()};
        ForecastResult r = ForecastEngine::base(plan, plan.scenarios[0]);
        FC_COMPARE(r.channels[0].totals.reach.base, 420767.3233964386);
        FC_COMPARE(r.channels[1].totals.reach.base, 220920.858565282);
        FC_COMPARE(r.totals.reach.base, 569603.0530783033);

        // A channel without audience whose impressions exceed P counts as min(1, R/P) = 1:
        // the plan reaches everyone.
        PaidChannel c = paid(1e7, 1000, 0.01, 1, 0.1, 0.1, 1000); // J = 10,000,000 > P
        plan.scenarios[0].channels = {a, c};
        plan.scenarios[0].creators.clear();
        r = ForecastEngine::base(plan, plan.scenarios[0]);
        FC_COMPARE(r.totals.reach.base, 1000000);
    }

    void populationDefaultsToAudiencesAndFollowers()
    {
        Plan plan = makePlan(4);
        PaidChannel a = paid(8e6, 8000, 0.01, 1, 0.1, 0.1, 1000);
        a.audience = Uncertain(400000, 500000, 600000);
        plan.scenarios[0].channels = {a};
        plan.scenarios[0].creators = {creatorA()};
        const ForecastResult r = ForecastEngine::base(plan, plan.scenarios[0]);
        FC_COMPARE(r.population, 580000); // 500,000 (base) + 80,000
    }

    void profitRoasCpa()
    {
        // The single channel, the creator and the organic stream together, margin 0.6.
        // cost = 40,000 + 2,400,000 + 2,400,000 = 4,840,000; the rest from golden.py.
        Plan plan = makePlan(4, 0.6, 1000000.0);
        plan.scenarios[0].channels.push_back(paid(40000, 8000, 0.01, 0.8, 0.1, 0.5, 50000, 0.1, 0.05));
        plan.scenarios[0].creators.push_back(creatorA());
        plan.scenarios[0].organic.push_back(organicA());
        const ForecastResult r = ForecastEngine::base(plan, plan.scenarios[0]);
        QCOMPARE(r.channels.size(), size_t(3));
        QCOMPARE(r.channels[1].kind, ChannelKind::Creator);
        QCOMPARE(r.channels[2].kind, ChannelKind::Organic);
        const PlanTotals &t = r.totals;
        FC_COMPARE(t.spend.base, 40000);
        FC_COMPARE(t.cost.base, 4840000);
        FC_COMPARE(t.impressions.base, 180200);
        FC_COMPARE(t.clicks.base, 1346);
        FC_COMPARE(t.orders.base, 26.8832);
        FC_COMPARE(t.grossRevenue.base, 1219744);
        FC_COMPARE(t.netRevenue.base, 1079272.7999999998);
        FC_COMPARE(t.reach.base, 123027.4790232343);
        FC_COMPARE(t.profit.base, -4192436.3200000003);
        FC_COMPARE(t.roas.base, 0.25201322314049585);
        QVERIFY(t.cpa);
        FC_COMPARE(t.cpa->base, 180038.0907034877);
    }

    void zeroSpendEverywhere()
    {
        Plan plan = makePlan(4);
        PaidChannel c = paid(0, 8000, 0.01, 0.8, 0.1, 0.5, 50000);
        c.audience = Uncertain(100000);
        c.maxWeeklyFrequency = 2;
        plan.scenarios[0].channels = {c};
        ForecastOptions options;
        options.draws = 1000;
        const ForecastResult r = ForecastEngine::run(plan, plan.scenarios[0], options);
        QVERIFY(!r.totals.cpa.has_value());
        for (const StatBand *b : {&r.totals.spend, &r.totals.cost, &r.totals.impressions,
                                  &r.totals.reach, &r.totals.clicks, &r.totals.orders,
                                  &r.totals.grossRevenue, &r.totals.netRevenue, &r.totals.profit,
                                  &r.totals.roas}) {
            QCOMPARE(b->base, 0.0);
            QCOMPARE(b->p10, 0.0);
            QCOMPARE(b->p90, 0.0);
        }
        for (double v : r.channels[0].weekly.orders.p90)
            QCOMPARE(v, 0.0);
    }

    void zeroCapacityGivesNoImpressions()
    {
        Plan plan = makePlan(2);
        PaidChannel c = paid(1000, 8000, 0.01, 0.8, 0.1, 0.5, 50000);
        c.audience = Uncertain(100000);
        c.maxWeeklyFrequency = 0; // K = 0
        plan.scenarios[0].channels = {c};
        const ForecastResult r = ForecastEngine::base(plan, plan.scenarios[0]);
        QCOMPARE(r.channels[0].totals.impressions.base, 0.0);
        QVERIFY(!r.totals.cpa);
        FC_COMPARE(r.totals.roas.base, 0.0);
        FC_COMPARE(r.totals.profit.base, -1000);
    }
};

QTEST_GUILESS_MAIN(TestForecastEngine)
#include "tst_forecastengine.moc"
