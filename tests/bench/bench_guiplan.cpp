// The benchmark plan: 30 paid channels, 10 creators, 5 organic streams over 52 weeks with
// realistic uncertainty (bench_forecast), and the same with a second scenario (GUI benchmarks).
#include "bench_guiplan.h"

using namespace funnelcast;

funnelcast::Plan benchmarkPlan()
{
    Plan plan;
    plan.name = QStringLiteral("Benchmark");
    plan.start = QDate(2027, 3, 1);
    plan.weeks = 52;
    plan.margin = 0.6;
    plan.scenarios.push_back(Scenario());
    Scenario &s = plan.scenarios[0];
    s.name = QStringLiteral("Base");
    const FlightingPattern patterns[] = {FlightingPattern::Even, FlightingPattern::Front,
                                         FlightingPattern::Back, FlightingPattern::Pulse,
                                         FlightingPattern::Custom};
    for (int i = 0; i < 30; ++i) {
        PaidChannel c;
        c.name = QStringLiteral("Paid %1").arg(i + 1);
        c.spend = 5e6 + 1e6 * i;
        c.flighting.pattern = patterns[i % 5];
        if (c.flighting.pattern == FlightingPattern::Custom)
            for (int t = 0; t < plan.weeks; ++t)
                c.flighting.weights.push_back(1.0 + (t * 7 + i) % 5);
        const double cpm = 6000 + 200 * i;
        c.cpm = Uncertain(cpm * 0.75, cpm, cpm * 1.35);
        c.ctr = Uncertain(0.006, 0.009, 0.012);
        c.viewRate = 0.8;
        c.cartRate = 0.08;
        c.purchaseRate = Uncertain(0.25, 0.35, 0.4);
        c.aov = i % 3 == 0 ? Uncertain(40000, 45000, 52000) : Uncertain(45000);
        c.feeRate = i % 4 == 0 ? 0.03 : 0.0;
        c.returnRate = 0.05;
        c.carryover = i % 5 == 2 ? Uncertain(0.1, 0.2, 0.35) : Uncertain(0.2);
        if (i % 5 != 4) { // most channels saturate
            const double audience = 1e6 + 1e5 * i;
            c.audience = i % 4 == 1 ? Uncertain(audience * 0.8, audience, audience * 1.3) : Uncertain(audience);
            c.maxWeeklyFrequency = 2.5;
        }
        s.channels.push_back(c);
    }
    for (int i = 0; i < 10; ++i) {
        CreatorDeal k;
        k.name = QStringLiteral("Creator %1").arg(i + 1);
        k.tier = QStringLiteral("micro");
        k.followers = Uncertain(60000 + 5000 * i, 80000 + 5000 * i, 110000 + 5000 * i);
        k.reachRate = Uncertain(0.15, 0.25, 0.3);
        for (int p = 0; p < 4 + i % 4; ++p)
            k.posts.push_back((p * 11 + i * 3) % 52);
        k.feePerPost = 800000;
        k.ctr = Uncertain(0.008, 0.012, 0.015);
        k.viewRate = 0.9;
        k.cartRate = 0.08;
        k.purchaseRate = 0.3;
        k.aov = 45000;
        k.returnRate = 0.05;
        k.carryover = 0.1;
        k.commissionRate = 0.1;
        s.creators.push_back(k);
    }
    for (int i = 0; i < 5; ++i) {
        OrganicStream o;
        o.name = QStringLiteral("Organic %1").arg(i + 1);
        o.followers = 120000 + 10000 * i;
        o.postsPerWeek = 3;
        o.reachRate = Uncertain(0.05, 0.08, 0.1);
        o.costPerPost = 200000;
        o.ctr = 0.005;
        o.viewRate = 0.9;
        o.cartRate = Uncertain(0.04, 0.06, 0.07);
        o.purchaseRate = 0.3;
        o.aov = 45000;
        o.returnRate = 0.05;
        o.carryover = 0.1;
        s.organic.push_back(o);
    }
    plan.population = 2e7;
    return plan;
}

funnelcast::Plan bigGuiPlan()
{
    Plan plan = benchmarkPlan();
    // A second scenario, as in the demo plan: the comparison view forecasts every scenario.
    Scenario lean = plan.scenarios[0];
    lean.name = QStringLiteral("Lean");
    for (PaidChannel &c : lean.channels)
        c.spend *= 0.7;
    plan.scenarios.push_back(lean);
    return plan;
}
