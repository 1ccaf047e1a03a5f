// The Monte Carlo forecast (MODEL.md section 2): one uncertain input reproduces its own
// P10/P50/P90 through a monotone output, results are identical for a seed and for any thread
// count, and every reported band equals a brute-force percentile over per-draw evaluations.
#include "forecast/channelmodel.h"
#include "forecast/forecastengine.h"
#include "forecast/forecastjson.h"

#include <QJsonDocument>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace funnelcast;

namespace {

Plan makePlan(int weeks)
{
    Plan plan;
    plan.name = QStringLiteral("MC");
    plan.start = QDate(2027, 3, 1);
    plan.weeks = weeks;
    plan.margin = 0.6;
    plan.scenarios.push_back(Scenario());
    plan.scenarios[0].name = QStringLiteral("Base");
    return plan;
}

PaidChannel paid(const QString &name, double spend)
{
    PaidChannel c;
    c.name = name;
    c.spend = spend;
    c.cpm = 8000;
    c.ctr = 0.01;
    c.viewRate = 0.8;
    c.cartRate = 0.1;
    c.purchaseRate = 0.3;
    c.aov = 45000;
    c.returnRate = 0.05;
    return c;
}

bool within(double actual, double expected, double relative)
{
    return std::fabs(actual - expected) <= relative * std::fabs(expected);
}

QByteArray jsonOf(const ForecastResult &r)
{
    return QJsonDocument(ForecastJson::toJson(r)).toJson(QJsonDocument::Compact);
}

// A scenario that exercises every path: saturated channels with several uncertain inputs
// (weekly ranking changes), a single-key channel, uncertain carryover, creators, organic.
Plan richPlan()
{
    Plan plan = makePlan(8);
    Scenario &s = plan.scenarios[0];
    PaidChannel a = paid(QStringLiteral("Saturated front"), 4e7);
    a.cpm = Uncertain(6000, 8000, 11000);
    a.ctr = Uncertain(0.006, 0.009, 0.012);
    a.audience = Uncertain(400000, 500000, 700000);
    a.maxWeeklyFrequency = 3;
    a.flighting.pattern = FlightingPattern::Front;
    a.carryover = 0.2;
    PaidChannel b = paid(QStringLiteral("Single key pulse"), 3e7);
    b.cpm = Uncertain(5000, 7000, 9000);
    b.audience = Uncertain(300000);
    b.maxWeeklyFrequency = 2;
    b.flighting.pattern = FlightingPattern::Pulse;
    PaidChannel c = paid(QStringLiteral("Unsaturated, uncertain carryover"), 2e7);
    c.cpm = Uncertain(7000, 8000, 9500);
    c.purchaseRate = Uncertain(0.2, 0.3, 0.35);
    c.carryover = Uncertain(0.1, 0.3, 0.5);
    c.feeRate = Uncertain(0.02, 0.03, 0.05);
    c.flighting.pattern = FlightingPattern::Back;
    PaidChannel d = paid(QStringLiteral("Even, saturated"), 1e7);
    d.cpm = Uncertain(6000, 8000, 11000);
    d.aov = Uncertain(40000, 45000, 52000);
    d.audience = Uncertain(200000, 250000, 300000);
    d.maxWeeklyFrequency = 1.5;
    d.carryover = 0.15;
    PaidChannel e = paid(QStringLiteral("Custom"), 5e6);
    e.flighting.pattern = FlightingPattern::Custom;
    e.flighting.weights = {0, 1, 3, 0, 2, 2, 0, 1};
    e.ctr = Uncertain(0.008, 0.01, 0.011);
    e.audience = Uncertain(100000);
    e.maxWeeklyFrequency = 2;
    s.channels = {a, b, c, d, e};

    CreatorDeal k;
    k.name = QStringLiteral("Creator");
    k.followers = Uncertain(60000, 80000, 100000);
    k.reachRate = Uncertain(0.15, 0.25, 0.3);
    k.posts = {1, 3, 3, 6};
    k.feePerPost = Uncertain(600000, 800000, 1000000);
    k.ctr = 0.012;
    k.cartRate = 0.08;
    k.purchaseRate = 0.3;
    k.aov = 45000;
    k.carryover = Uncertain(0.05, 0.1, 0.2);
    k.commissionRate = Uncertain(0.05, 0.1, 0.12);
    OrganicStream o;
    o.name = QStringLiteral("Organic");
    o.followers = 120000;
    o.postsPerWeek = 3;
    o.reachRate = Uncertain(0.05, 0.08, 0.1);
    o.costPerPost = 200000;
    o.ctr = 0.005;
    o.cartRate = Uncertain(0.04, 0.06, 0.07);
    o.purchaseRate = 0.3;
    o.aov = 45000;
    o.carryover = 0.1;
    s.creators = {k};
    s.organic = {o};
    plan.population = 2000000;
    return plan;
}

double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const double pos = (v.size() - 1) * q;
    const std::size_t lo = static_cast<std::size_t>(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}

void checkBand(double p10, double p50, double p90, const std::vector<double> &values, const char *what)
{
    const double e[] = {percentile(values, 0.1), percentile(values, 0.5), percentile(values, 0.9)};
    const double a[] = {p10, p50, p90};
    for (int i = 0; i < 3; ++i) {
        const bool ok = std::fabs(a[i] - e[i]) <= 1e-9 * std::max(1.0, std::fabs(e[i]));
        if (!ok)
            QFAIL(qPrintable(QStringLiteral("%1 level %2: %3 vs brute force %4")
                                 .arg(QLatin1String(what)).arg(i).arg(a[i], 0, 'g', 17).arg(e[i], 0, 'g', 17)));
    }
}

} // namespace

class TestForecastMonteCarlo : public QObject
{
    Q_OBJECT

private slots:
    void cpmBandReproducedThroughOrders_data()
    {
        QTest::addColumn<bool>("saturated");
        QTest::newRow("unsaturated") << false;
        QTest::newRow("saturated") << true;
    }

    void cpmBandReproducedThroughOrders()
    {
        // Orders fall as CPM rises, so orders' P10 is the orders at CPM's P90 (high) and
        // orders' P90 the orders at CPM's P10 (low).
        QFETCH(bool, saturated);
        Plan plan = makePlan(4);
        PaidChannel c = paid(QStringLiteral("Instagram Ads"), 2e7);
        c.cpm = Uncertain(6000, 8000, 11000);
        if (saturated) {
            c.audience = Uncertain(300000);
            c.maxWeeklyFrequency = 2;
        }
        plan.scenarios[0].channels = {c};
        auto ordersAt = [&](double cpm) {
            PaidChannel fixedCpm = c;
            fixedCpm.cpm = cpm;
            return ForecastEngine::paidResponse(plan, fixedCpm, c.spend).orders;
        };
        if (!saturated) // 1000 * 2e7 / 11000 * 0.01 * 0.8 * 0.1 * 0.3: worked by hand
            QVERIFY(std::fabs(ordersAt(11000) - 436.3636363636364) < 1e-9);
        ForecastOptions options; // 10,000 draws, seed 1
        const ForecastResult r = ForecastEngine::run(plan, plan.scenarios[0], options);
        QCOMPARE(r.draws, 10000);
        const StatBand &orders = r.channels[0].totals.orders;
        QVERIFY2(within(orders.p10, ordersAt(11000), 0.02), qPrintable(QString::number(orders.p10)));
        QVERIFY2(within(orders.p50, ordersAt(8000), 0.02), qPrintable(QString::number(orders.p50)));
        QVERIFY2(within(orders.p90, ordersAt(6000), 0.02), qPrintable(QString::number(orders.p90)));
        QCOMPARE(orders.base, ordersAt(8000));
        // Plan totals too, and CPA rises with CPM: its P90 is at CPM high.
        QVERIFY(within(r.totals.orders.p10, ordersAt(11000), 0.02));
        QVERIFY(within(r.totals.cpa->p90, c.spend / ordersAt(11000), 0.02));
        // Weekly realised orders follow the same ranking.
        for (int t = 0; t < 4; ++t)
            QVERIFY(r.channels[0].weekly.orders.p10[t] < r.channels[0].weekly.orders.p90[t]);
    }

    void rateBandReproducedThroughClicks()
    {
        Plan plan = makePlan(3);
        PaidChannel c = paid(QStringLiteral("TikTok Ads"), 3e6);
        c.ctr = Uncertain(0.006, 0.009, 0.012);
        plan.scenarios[0].channels = {c};
        const ForecastResult r = ForecastEngine::run(plan, plan.scenarios[0], ForecastOptions());
        // J = 1000 * 3e6 / 8000 = 375,000 impressions; clicks = J * CTR.
        const StatBand &clicks = r.channels[0].totals.clicks;
        QVERIFY(within(clicks.p10, 375000 * 0.006, 0.02));
        QVERIFY(within(clicks.p50, 375000 * 0.009, 0.02));
        QVERIFY(within(clicks.p90, 375000 * 0.012, 0.02));
        // Impressions do not depend on CTR: all four equal.
        QCOMPARE(r.channels[0].totals.impressions.p10, 375000.0);
        QCOMPARE(r.channels[0].totals.impressions.p90, 375000.0);
    }

    void sameSeedSameNumbers()
    {
        const Plan plan = richPlan();
        ForecastOptions options;
        options.draws = 3000;
        options.seed = 42;
        const QByteArray first = jsonOf(ForecastEngine::run(plan, plan.scenarios[0], options));
        const QByteArray second = jsonOf(ForecastEngine::run(plan, plan.scenarios[0], options));
        QCOMPARE(first, second);
        options.seed = 43;
        QVERIFY(jsonOf(ForecastEngine::run(plan, plan.scenarios[0], options)) != first);
    }

    void threadCountDoesNotMatter()
    {
        const Plan plan = richPlan();
        ForecastOptions options;
        options.draws = 3000;
        options.threads = 1;
        const QByteArray one = jsonOf(ForecastEngine::run(plan, plan.scenarios[0], options));
        for (int threads : {2, 3, 7}) {
            options.threads = threads;
            QCOMPARE(jsonOf(ForecastEngine::run(plan, plan.scenarios[0], options)), one);
        }
    }

    void avx2KernelGivesTheBaselineBits()
    {
        // The Monte Carlo kernel built for AVX2 must give exactly the numbers of the baseline
        // build (kernelisa.h): same operations, four draws per instruction instead of two.
        if (!ForecastEngine::avx2KernelAvailable())
            QSKIP("this build or processor has no AVX2 kernel: only the baseline one runs");
        const Plan plan = richPlan();
        ForecastOptions options;
        options.draws = 3001; // not a multiple of the vector width: the loops' tails run too
        options.threads = 2;
        options.baselineKernel = true;
        const ForecastResult baseline = ForecastEngine::run(plan, plan.scenarios[0], options);
        options.baselineKernel = false;
        const ForecastResult avx2 = ForecastEngine::run(plan, plan.scenarios[0], options);
        QCOMPARE(jsonOf(avx2), jsonOf(baseline));
        // The plan's weekly series (not in the JSON).
        const WeeklyBand *a[] = {&avx2.weekly.impressions, &avx2.weekly.clicks, &avx2.weekly.orders,
                                 &avx2.weekly.grossRevenue};
        const WeeklyBand *b[] = {&baseline.weekly.impressions, &baseline.weekly.clicks,
                                 &baseline.weekly.orders, &baseline.weekly.grossRevenue};
        for (int s = 0; s < 4; ++s) {
            QVERIFY(a[s]->p10 != a[s]->base); // really drawn
            QCOMPARE(a[s]->p10, b[s]->p10);
            QCOMPARE(a[s]->p50, b[s]->p50);
            QCOMPARE(a[s]->p90, b[s]->p90);
        }
    }

    void bandsEqualBruteForcePercentiles()
    {
        // Recompute every draw's inputs from the documented counter (seed, channel, draw,
        // input), evaluate each draw week by week, and take percentiles by sorting.
        const Plan plan = richPlan();
        const Scenario &s = plan.scenarios[0];
        ForecastOptions options;
        options.draws = 2001;
        options.seed = 9;
        const ForecastResult r = ForecastEngine::run(plan, s, options);
        const int n = options.draws;
        const double population = *plan.population;

        std::vector<ChannelModel> models;
        for (std::size_t i = 0; i < s.channels.size(); ++i)
            models.push_back(ChannelModel::fromPaid(s.channels[i], int(i), plan.weeks));
        models.push_back(ChannelModel::fromCreator(s.creators[0], 0, plan.weeks));
        models.push_back(ChannelModel::fromOrganic(s.organic[0], 0, plan.weeks));
        QCOMPARE(r.channels.size(), models.size());

        std::vector<double> planCost(n, 0.0), planOrders(n, 0.0), planNet(n, 0.0),
            planGross(n, 0.0), planReachProduct(n, 1.0);
        for (std::size_t c = 0; c < models.size(); ++c) {
            const ChannelModel &m = models[c];
            const ChannelForecast &f = r.channels[c];
            std::vector<std::vector<double>> weekly[4];
            for (auto &w : weekly)
                w.assign(plan.weeks, std::vector<double>(n));
            std::vector<double> orders(n), tail(n), net(n), reach(n), imps(n), cost(n);
            for (int d = 0; d < n; ++d) {
                InputValues v = m.baseValues();
                for (const ChannelModel::Varying &var : m.varying())
                    v[var.slot] = var.sampler.valueAt(
                        InputSampler::normal(options.seed, m.channelKey(), d, var.rngIndex));
                BaseFunnel funnel;
                std::vector<double> gross;
                const ChannelOutcome o = m.evaluate(v, &funnel, &gross);
                for (int t = 0; t < plan.weeks; ++t) {
                    weekly[0][t][d] = funnel.impressions[t];
                    weekly[1][t][d] = funnel.clicks[t];
                    weekly[2][t][d] = funnel.realisedOrders[t];
                    weekly[3][t][d] = gross[t];
                }
                orders[d] = o.orders;
                tail[d] = o.tail;
                net[d] = o.netRevenue;
                reach[d] = o.reach;
                imps[d] = o.impressions;
                cost[d] = o.cost;
                planCost[d] += o.cost;
                planOrders[d] += o.orders;
                planNet[d] += o.netRevenue;
                planGross[d] += o.grossRevenue;
                planReachProduct[d] *= 1.0 - std::min(1.0, o.reach / population);
            }
            const WeeklyBand *bands[4] = {&f.weekly.impressions, &f.weekly.clicks, &f.weekly.orders,
                                          &f.weekly.grossRevenue};
            for (int sIndex = 0; sIndex < 4; ++sIndex)
                for (int t = 0; t < plan.weeks; ++t)
                    checkBand(bands[sIndex]->p10[t], bands[sIndex]->p50[t], bands[sIndex]->p90[t],
                              weekly[sIndex][t], qPrintable(f.name + QStringLiteral(" weekly ") + QString::number(sIndex)));
            checkBand(f.totals.orders.p10, f.totals.orders.p50, f.totals.orders.p90, orders, "orders");
            checkBand(f.totals.tailOrders.p10, f.totals.tailOrders.p50, f.totals.tailOrders.p90, tail, "tail");
            checkBand(f.totals.netRevenue.p10, f.totals.netRevenue.p50, f.totals.netRevenue.p90, net, "net");
            checkBand(f.totals.reach.p10, f.totals.reach.p50, f.totals.reach.p90, reach, "reach");
            checkBand(f.totals.impressions.p10, f.totals.impressions.p50, f.totals.impressions.p90, imps, "impressions");
            checkBand(f.totals.cost.p10, f.totals.cost.p50, f.totals.cost.p90, cost, "cost");
        }
        std::vector<double> profit(n), roas(n), cpa(n), reach(n);
        for (int d = 0; d < n; ++d) {
            profit[d] = planNet[d] * plan.margin - planCost[d];
            roas[d] = planGross[d] / planCost[d];
            cpa[d] = planCost[d] / planOrders[d];
            reach[d] = population * (1.0 - planReachProduct[d]);
        }
        const PlanTotals &t = r.totals;
        checkBand(t.orders.p10, t.orders.p50, t.orders.p90, planOrders, "plan orders");
        checkBand(t.profit.p10, t.profit.p50, t.profit.p90, profit, "plan profit");
        checkBand(t.roas.p10, t.roas.p50, t.roas.p90, roas, "plan roas");
        checkBand(t.cpa->p10, t.cpa->p50, t.cpa->p90, cpa, "plan cpa");
        checkBand(t.reach.p10, t.reach.p50, t.reach.p90, reach, "plan reach");
    }

    void fixedInputsGiveBaseEverywhere()
    {
        Plan plan = makePlan(5);
        PaidChannel c = paid(QStringLiteral("Fixed"), 1e6);
        c.audience = Uncertain(50000);
        c.maxWeeklyFrequency = 2;
        c.carryover = 0.3;
        c.flighting.pattern = FlightingPattern::Back;
        plan.scenarios[0].channels = {c};
        ForecastOptions options;
        options.draws = 500;
        const ForecastResult r = ForecastEngine::run(plan, plan.scenarios[0], options);
        const ForecastResult b = ForecastEngine::base(plan, plan.scenarios[0]);
        QCOMPARE(r.totals.profit.p10, b.totals.profit.base);
        QCOMPARE(r.totals.profit.p90, b.totals.profit.base);
        QCOMPARE(r.channels[0].weekly.orders.p90, b.channels[0].weekly.orders.base);
    }

    void zeroDrawsGivesBase()
    {
        const Plan plan = richPlan();
        ForecastOptions options;
        options.draws = 0;
        const ForecastResult r = ForecastEngine::run(plan, plan.scenarios[0], options);
        QCOMPARE(r.draws, 0);
        QCOMPARE(jsonOf(r), jsonOf(ForecastEngine::base(plan, plan.scenarios[0])).replace("\"seed\":0", "\"seed\":1"));
        QCOMPARE(r.totals.orders.p10, r.totals.orders.base);
        QCOMPARE(r.channels[0].weekly.clicks.p90, r.channels[0].weekly.clicks.base);
    }

    void cancelStopsEarly()
    {
        const Plan plan = richPlan();
        std::atomic<bool> cancel{true};
        ForecastOptions options;
        options.cancel = &cancel;
        const ForecastResult r = ForecastEngine::run(plan, plan.scenarios[0], options);
        QVERIFY(r.cancelled);
        QCOMPARE(r.draws, 0);
        QCOMPARE(r.totals.orders.p90, r.totals.orders.base);
    }
};

QTEST_GUILESS_MAIN(TestForecastMonteCarlo)
#include "tst_forecastmontecarlo.moc"
