// The plan-level weekly series (ForecastResult::weekly): base = the sum of the channels' base
// series; P10/P50/P90 = percentiles over the draws of each draw's weekly plan sum, which this
// test recomputes by brute force from the documented random counter and MODEL.md's formulas
// written out here again (no engine code but the documented sampler); identical for any
// thread count; base everywhere with 0 draws or when cancelled.
#include "forecast/forecastengine.h"
#include "forecast/inputsampler.h"
#include "model/fieldspec.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace funnelcast;

namespace {

Plan makePlan(int weeks)
{
    Plan plan;
    plan.name = QStringLiteral("Weekly");
    plan.start = QDate(2027, 3, 1);
    plan.weeks = weeks;
    plan.margin = 0.6;
    plan.population = 3e6;
    plan.scenarios.push_back(Scenario());
    plan.scenarios[0].name = QStringLiteral("Base");
    return plan;
}

// Paid: saturated, front-loaded, uncertain CPM, audience, CTR and carryover (its weekly
// ranking of draws changes week by week). Creator: uncertain followers and CTR, posts in
// weeks 1, 3, 3 (two posts) and 4.
PaidChannel frontChannel()
{
    PaidChannel c;
    c.name = QStringLiteral("Front");
    c.spend = 3e7;
    c.flighting.pattern = FlightingPattern::Front;
    c.cpm = Uncertain(6000, 8000, 11000);
    c.audience = Uncertain(400000, 500000, 700000);
    c.maxWeeklyFrequency = 3;
    c.ctr = Uncertain(0.006, 0.009, 0.012);
    c.viewRate = 0.8;
    c.cartRate = 0.1;
    c.purchaseRate = 0.3;
    c.aov = Uncertain(40000, 45000, 52000);
    c.carryover = Uncertain(0.1, 0.2, 0.35);
    return c;
}

CreatorDeal creator()
{
    CreatorDeal k;
    k.name = QStringLiteral("Creator");
    k.followers = Uncertain(60000, 80000, 100000);
    k.reachRate = 0.25;
    k.posts = {1, 3, 3, 4};
    k.feePerPost = 800000;
    k.ctr = Uncertain(0.008, 0.012, 0.015);
    k.viewRate = 0.9;
    k.cartRate = 0.08;
    k.purchaseRate = 0.3;
    k.aov = 45000;
    k.carryover = 0.1;
    return k;
}

// Saturated with even flighting: every week's impressions are K (1 - exp(-x/K)) of the same
// spend (the engine's separable path), uncertain CPM.
PaidChannel evenChannel()
{
    PaidChannel c;
    c.name = QStringLiteral("Even");
    c.spend = 1.2e7;
    c.cpm = Uncertain(5000, 7000, 9000);
    c.audience = Uncertain(300000);
    c.maxWeeklyFrequency = 2;
    c.ctr = 0.01;
    c.cartRate = 0.1;
    c.purchaseRate = 0.3;
    c.aov = 45000;
    c.carryover = 0.15;
    return c;
}

Plan twoChannelPlan()
{
    Plan plan = makePlan(6);
    plan.scenarios[0].channels = {frontChannel()};
    plan.scenarios[0].creators = {creator()};
    return plan;
}

// The rng input index of a field: its position in the fieldspec table (audience: 100).
template <class Item>
std::uint32_t inputIndex(const std::vector<UncertainFieldSpec<Item>> &fields, const char *key)
{
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (std::strcmp(fields[i].key, key) == 0)
            return static_cast<std::uint32_t>(i);
    qFatal("no field %s", key);
    return 0;
}

double drawn(const Uncertain &u, bool rate, std::uint64_t seed, std::uint64_t key, int draw,
             std::uint32_t input)
{
    return InputSampler(u, rate).valueAt(InputSampler::normal(seed, key, draw, input));
}

double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const double pos = (v.size() - 1) * q;
    const std::size_t lo = static_cast<std::size_t>(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}

// Per draw and week: impressions, clicks, realised orders, gross revenue of the plan.
struct Weekly
{
    std::vector<std::vector<double>> value[4]; // [series][week][draw]
};

// MODEL.md sections 3 and 4 for one draw of each channel, summed paid (+ even) + creator.
Weekly bruteForce(const Plan &plan, int n, std::uint64_t seed)
{
    const int weeks = plan.weeks;
    const PaidChannel c = plan.scenarios[0].channels[0];
    const CreatorDeal k = plan.scenarios[0].creators[0];
    const auto &pf = paidChannelUncertainFields();
    const auto &cf = creatorDealUncertainFields();
    const std::uint64_t paidKey = 0;                    // kind 0, index 0
    const std::uint64_t creatorKey = std::uint64_t(1) << 32; // kind 1, index 0
    Weekly out;
    for (auto &series : out.value)
        series.assign(weeks, std::vector<double>(n, 0.0));
    // Front flighting: weights W - t, normalised.
    double weightSum = 0.0;
    for (int t = 0; t < weeks; ++t)
        weightSum += weeks - t;
    for (int d = 0; d < n; ++d) {
        const double cpm = drawn(c.cpm, false, seed, paidKey, d, inputIndex(pf, "cpm"));
        const double audience = drawn(*c.audience, false, seed, paidKey, d, 100);
        const double ctr = drawn(c.ctr, true, seed, paidKey, d, inputIndex(pf, "ctr"));
        const double aov = drawn(c.aov, false, seed, paidKey, d, inputIndex(pf, "aov"));
        const double theta = drawn(c.carryover, true, seed, paidKey, d, inputIndex(pf, "carryover"));
        const double capacity = audience * *c.maxWeeklyFrequency;
        double u = 0.0;
        for (int t = 0; t < weeks; ++t) {
            const double s = c.spend * (weeks - t) / weightSum;
            const double imp = capacity * (1.0 - std::exp(-(1000.0 * s / cpm) / capacity));
            const double caused = imp * ctr * 0.8 * 0.1 * 0.3;
            u = caused + theta * u;
            const double realised = (1.0 - theta) * u;
            out.value[0][t][d] += imp;
            out.value[1][t][d] += imp * ctr;
            out.value[2][t][d] += realised;
            out.value[3][t][d] += realised * aov;
        }
        if (plan.scenarios[0].channels.size() > 1) {
            const PaidChannel &e = plan.scenarios[0].channels[1];
            const double ecpm = drawn(e.cpm, false, seed, 1, d, inputIndex(pf, "cpm"));
            const double ek = 300000.0 * 2.0;
            double eu = 0.0;
            for (int t = 0; t < weeks; ++t) {
                const double imp = ek * (1.0 - std::exp(-(1000.0 * (e.spend / weeks) / ecpm) / ek));
                eu = imp * 0.01 * 0.1 * 0.3 + 0.15 * eu;
                out.value[0][t][d] += imp;
                out.value[1][t][d] += imp * 0.01;
                out.value[2][t][d] += 0.85 * eu;
                out.value[3][t][d] += 0.85 * eu * 45000.0;
            }
        }
        const double followers = drawn(k.followers, false, seed, creatorKey, d, inputIndex(cf, "followers"));
        const double kctr = drawn(k.ctr, true, seed, creatorKey, d, inputIndex(cf, "ctr"));
        u = 0.0;
        for (int t = 0; t < weeks; ++t) {
            const double posts = double(std::count(k.posts.begin(), k.posts.end(), t));
            const double imp = posts * followers * 0.25;
            const double caused = imp * kctr * 0.9 * 0.08 * 0.3;
            u = caused + 0.1 * u;
            const double realised = 0.9 * u;
            out.value[0][t][d] += imp;
            out.value[1][t][d] += imp * kctr;
            out.value[2][t][d] += realised;
            out.value[3][t][d] += realised * 45000.0;
        }
    }
    return out;
}

const WeeklyBand &band(const ChannelWeekly &w, int series)
{
    const WeeklyBand *bands[] = {&w.impressions, &w.clicks, &w.orders, &w.grossRevenue};
    return *bands[series];
}

void verifyPercentilesEqualBase(const ChannelWeekly &w)
{
    for (const WeeklyBand *b : {&w.spend, &w.impressions, &w.clicks, &w.orders, &w.grossRevenue}) {
        QCOMPARE(b->p10, b->base);
        QCOMPARE(b->p50, b->base);
        QCOMPARE(b->p90, b->base);
    }
}

} // namespace

class TestForecastPlanWeekly : public QObject
{
    Q_OBJECT

private slots:
    void baseIsSumOfChannels()
    {
        // Two unsaturated channels, even flighting over 4 weeks, no carryover:
        // A: 1000 * (8e6 / 4) / 8000 = 250,000 impressions a week, clicks 2,500 (CTR 0.01),
        //    orders 2,500 * 0.5 * 0.2 = 250, revenue 250 * 40,000 = 1e7.
        // B: 1000 * (4e6 / 4) / 5000 = 200,000 impressions, clicks 4,000 (CTR 0.02),
        //    orders 4,000 * 0.25 = 1,000, revenue 1,000 * 30,000 = 3e7.
        Plan plan = makePlan(4);
        PaidChannel a;
        a.name = QStringLiteral("A");
        a.spend = 8e6;
        a.cpm = 8000;
        a.ctr = 0.01;
        a.cartRate = 0.5;
        a.purchaseRate = 0.2;
        a.aov = 40000;
        PaidChannel b = a;
        b.name = QStringLiteral("B");
        b.spend = 4e6;
        b.cpm = 5000;
        b.ctr = 0.02;
        b.cartRate = 0.5;
        b.purchaseRate = 0.5;
        b.aov = 30000;
        plan.scenarios[0].channels = {a, b};
        const ForecastResult r = ForecastEngine::base(plan, plan.scenarios[0]);
        QCOMPARE(r.weekly.spend.base.size(), std::size_t(4));
        for (int t = 0; t < 4; ++t) {
            QCOMPARE(r.weekly.spend.base[t], 3e6);
            QCOMPARE(r.weekly.impressions.base[t], 450000.0);
            QCOMPARE(r.weekly.clicks.base[t], 6500.0);
            QVERIFY(std::fabs(r.weekly.orders.base[t] - 1250.0) < 1e-9);
            QVERIFY(std::fabs(r.weekly.grossRevenue.base[t] - 4e7) < 1e-4);
        }
        verifyPercentilesEqualBase(r.weekly);

        // A richer plan: every week equals the channels' base weekly values added up.
        const Plan two = twoChannelPlan();
        const ForecastResult s = ForecastEngine::base(two, two.scenarios[0]);
        for (int series = 0; series < 4; ++series)
            for (int t = 0; t < two.weeks; ++t)
                QCOMPARE(band(s.weekly, series).base[t],
                         band(s.channels[0].weekly, series).base[t] + band(s.channels[1].weekly, series).base[t]);
        QCOMPARE(s.weekly.spend.base, s.channels[0].weekly.spend.base);
        // Creator revenue is 0 in week 0 and the paid channel's alone is there.
        QCOMPARE(s.weekly.orders.base[0], s.channels[0].weekly.orders.base[0]);
    }

    void percentilesEqualBruteForce_data()
    {
        QTest::addColumn<bool>("withEven");
        QTest::newRow("front + creator") << false;
        QTest::newRow("front + even saturated + creator") << true;
    }

    void percentilesEqualBruteForce()
    {
        QFETCH(bool, withEven);
        Plan plan = twoChannelPlan();
        if (withEven)
            plan.scenarios[0].channels.push_back(evenChannel());
        ForecastOptions options;
        options.draws = 2001;
        options.seed = 11;
        const ForecastResult r = ForecastEngine::run(plan, plan.scenarios[0], options);
        QCOMPARE(r.draws, 2001);
        const Weekly expected = bruteForce(plan, options.draws, options.seed);
        for (int series = 0; series < 4; ++series) {
            const WeeklyBand &b = band(r.weekly, series);
            QCOMPARE(int(b.p10.size()), plan.weeks);
            for (int t = 0; t < plan.weeks; ++t) {
                const double e[] = {percentile(expected.value[series][t], 0.1),
                                    percentile(expected.value[series][t], 0.5),
                                    percentile(expected.value[series][t], 0.9)};
                const double a[] = {b.p10[t], b.p50[t], b.p90[t]};
                for (int i = 0; i < 3; ++i)
                    if (!(std::fabs(a[i] - e[i]) <= 1e-9 * std::max(1.0, std::fabs(e[i]))))
                        QFAIL(qPrintable(QStringLiteral("series %1 week %2 level %3: %4, brute force %5")
                                             .arg(series).arg(t).arg(i).arg(a[i], 0, 'g', 17).arg(e[i], 0, 'g', 17)));
                QVERIFY(b.p10[t] < b.p50[t] || t == 0);
                QVERIFY(b.p50[t] < b.p90[t] || t == 0);
            }
        }
        // Spend does not depend on a draw.
        QCOMPARE(r.weekly.spend.p10, r.weekly.spend.base);
        QCOMPARE(r.weekly.spend.p90, r.weekly.spend.base);
        // The plan band is not the sum of the channel bands (the two channels are independent,
        // so the spread of the sum is narrower than the sum of the spreads) in week 3.
        const double channelSpread = (r.channels[0].weekly.orders.p90[3] - r.channels[0].weekly.orders.p10[3])
            + (r.channels[1].weekly.orders.p90[3] - r.channels[1].weekly.orders.p10[3]);
        QVERIFY(r.weekly.orders.p90[3] - r.weekly.orders.p10[3] < channelSpread);
    }

    void threadCountAndSeed()
    {
        const Plan plan = twoChannelPlan();
        ForecastOptions options;
        options.draws = 3001; // not a multiple of any block size
        options.seed = 5;
        options.threads = 1;
        const ForecastResult one = ForecastEngine::run(plan, plan.scenarios[0], options);
        for (int threads : {2, 3, 7}) {
            options.threads = threads;
            const ForecastResult other = ForecastEngine::run(plan, plan.scenarios[0], options);
            for (int series = 0; series < 4; ++series) {
                QCOMPARE(band(other.weekly, series).p10, band(one.weekly, series).p10);
                QCOMPARE(band(other.weekly, series).p50, band(one.weekly, series).p50);
                QCOMPARE(band(other.weekly, series).p90, band(one.weekly, series).p90);
            }
        }
        options.threads = 2;
        const ForecastResult again = ForecastEngine::run(plan, plan.scenarios[0], options);
        QCOMPARE(again.weekly.grossRevenue.p90, one.weekly.grossRevenue.p90);
        options.seed = 6;
        const ForecastResult otherSeed = ForecastEngine::run(plan, plan.scenarios[0], options);
        QVERIFY(otherSeed.weekly.grossRevenue.p90 != one.weekly.grossRevenue.p90);
    }

    void zeroDrawsGivesBase()
    {
        const Plan plan = twoChannelPlan();
        ForecastOptions options;
        options.draws = 0;
        const ForecastResult r = ForecastEngine::run(plan, plan.scenarios[0], options);
        QCOMPARE(r.draws, 0);
        verifyPercentilesEqualBase(r.weekly);
        QCOMPARE(r.weekly.orders.base, ForecastEngine::base(plan, plan.scenarios[0]).weekly.orders.base);
    }

    void cancelledRunKeepsBase()
    {
        const Plan plan = twoChannelPlan();
        std::atomic<bool> cancel{true};
        ForecastOptions options;
        options.cancel = &cancel;
        const ForecastResult r = ForecastEngine::run(plan, plan.scenarios[0], options);
        QVERIFY(r.cancelled);
        verifyPercentilesEqualBase(r.weekly);
        QCOMPARE(r.weekly.clicks.base, ForecastEngine::base(plan, plan.scenarios[0]).weekly.clicks.base);
    }

    void fixedInputsGiveBase()
    {
        // Nothing uncertain: every draw equals base, so the percentiles are base exactly.
        Plan plan = makePlan(5);
        PaidChannel c = frontChannel();
        c.cpm = 8000;
        c.audience = Uncertain(500000);
        c.ctr = 0.009;
        c.aov = 45000;
        c.carryover = 0.2;
        plan.scenarios[0].channels = {c};
        ForecastOptions options;
        options.draws = 300;
        const ForecastResult r = ForecastEngine::run(plan, plan.scenarios[0], options);
        QCOMPARE(r.draws, 300);
        verifyPercentilesEqualBase(r.weekly);
    }
};

QTEST_GUILESS_MAIN(TestForecastPlanWeekly)
#include "tst_forecastplanweekly.moc"
