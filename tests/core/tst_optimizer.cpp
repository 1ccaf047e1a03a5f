// Tests of the budget optimizer (MODEL.md section 7). Every expected number is either worked out
// by hand (closed forms in the comments, evaluated with python3) or recomputed here from the
// MODEL.md formulas week by week, independently of core/optimize's grouped-week code.
#include "model/inputerror.h"
#include "optimize/budgetoptimizer.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace funnelcast;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

PaidChannel makeChannel(const QString &name, double cpm, std::optional<double> audience,
                        std::optional<double> frequency, double ctr, double viewRate,
                        double cartRate, double purchaseRate, double aov, double spend = 0.0)
{
    PaidChannel c;
    c.name = name;
    c.cpm = cpm;
    if (audience)
        c.audience = Uncertain(*audience);
    c.maxWeeklyFrequency = frequency;
    c.ctr = ctr;
    c.viewRate = viewRate;
    c.cartRate = cartRate;
    c.purchaseRate = purchaseRate;
    c.aov = aov;
    c.spend = spend;
    return c;
}

// The two-channel plan solved by hand below: 4 weeks, even flighting.
Plan twoChannelPlan()
{
    Plan plan;
    plan.name = QStringLiteral("Two channels");
    plan.start = QDate(2027, 3, 1);
    plan.weeks = 4;
    plan.margin = 0.5;
    Scenario s;
    s.name = QStringLiteral("Base");
    s.budget = 10e6;
    s.channels.push_back(makeChannel(QStringLiteral("A"), 10000, 100000, 2, 0.01, 1, 0.1, 0.5,
                                     50000, 5e6));
    s.channels.push_back(makeChannel(QStringLiteral("B"), 5000, 50000, 3, 0.008, 0.9, 0.1, 0.4,
                                     50000, 5e6));
    plan.scenarios.push_back(s);
    return plan;
}

// --- An independent evaluation of MODEL.md sections 3-6, week by week ----------------------

std::vector<double> referenceShares(const Flighting &f, int weeks)
{
    std::vector<double> w(static_cast<size_t>(weeks));
    for (int t = 0; t < weeks; ++t) {
        switch (f.pattern) {
        case FlightingPattern::Even: w[t] = 1; break;
        case FlightingPattern::Front: w[t] = weeks - t; break;
        case FlightingPattern::Back: w[t] = t + 1; break;
        case FlightingPattern::Pulse: w[t] = t % 2 == 0 ? 2 : 1; break;
        case FlightingPattern::Custom: w[t] = f.weights[t]; break;
        }
    }
    double sum = 0;
    for (double x : w)
        sum += x;
    for (double &x : w)
        x /= sum;
    return w;
}

// A paid channel's contribution to the objective: orders, net revenue or margin*net - S.
double referenceChannelValue(const PaidChannel &c, int weeks, Objective objective, double margin,
                             double spend)
{
    const std::vector<double> p = referenceShares(c.flighting, weeks);
    const double k = (c.audience && c.maxWeeklyFrequency)
        ? c.audience->base * *c.maxWeeklyFrequency
        : inf;
    double orders = 0;
    for (int t = 0; t < weeks; ++t) {
        const double s = spend * p[t];
        const double linear = 1000.0 * s / c.cpm.base;
        const double impressions = !(k > 0) ? 0.0
            : std::isfinite(k)              ? k * (1 - std::exp(-linear / k))
                                            : linear;
        orders += impressions * c.ctr.base * c.viewRate.base * c.cartRate.base
            * c.purchaseRate.base;
    }
    const double net = orders * c.aov.base * (1 - c.returnRate.base) * (1 - c.feeRate.base);
    switch (objective) {
    case Objective::Orders: return orders;
    case Objective::NetRevenue: return net;
    case Objective::Profit: return margin * net - spend;
    }
    return 0;
}

double referenceScenarioValue(const Plan &plan, const Scenario &s, Objective objective,
                              const std::vector<double> &spends)
{
    double total = 0;
    for (size_t i = 0; i < s.channels.size(); ++i)
        total += referenceChannelValue(s.channels[i], plan.weeks, objective, plan.margin, spends[i]);
    for (const CreatorDeal &k : s.creators) {
        double impressions = 0;
        for (int week : k.posts) {
            Q_UNUSED(week);
            impressions += k.followers.base * k.reachRate.base;
        }
        const double orders = impressions * k.ctr.base * k.viewRate.base * k.cartRate.base
            * k.purchaseRate.base;
        const double gross = orders * k.aov.base;
        const double net = gross * (1 - k.returnRate.base) - k.commissionRate.base * gross;
        const double cost = k.feePerPost.base * k.posts.size();
        total += objective == Objective::Orders ? orders
            : objective == Objective::NetRevenue ? net
                                                 : plan.margin * net - cost;
    }
    for (const OrganicStream &o : s.organic) {
        double orders = 0;
        for (int t = 0; t < plan.weeks; ++t)
            orders += o.postsPerWeek * o.followers.base * o.reachRate.base * o.ctr.base
                * o.viewRate.base * o.cartRate.base * o.purchaseRate.base;
        const double net = orders * o.aov.base * (1 - o.returnRate.base);
        const double cost = o.postsPerWeek * plan.weeks * o.costPerPost.base;
        total += objective == Objective::Orders ? orders
            : objective == Objective::NetRevenue ? net
                                                 : plan.margin * net - cost;
    }
    return total;
}

// Central finite difference of the reference value: independent of SpendResponse::marginal.
double referenceMarginal(const PaidChannel &c, int weeks, Objective objective, double margin,
                         double spend)
{
    const double h = 1e-5 * std::max(spend, 1e4);
    return (referenceChannelValue(c, weeks, objective, margin, spend + h)
            - referenceChannelValue(c, weeks, objective, margin, spend - h))
        / (2 * h);
}

// MODEL.md section 7's KKT conditions to a relative 1e-6 (absolute 1e-6 of the unit cost when
// lambda = 0 for profit), the bounds and the budget constraint, checked with the reference
// marginals. Returns an empty string when all hold.
QString kktViolation(const Plan &plan, const Scenario &s, Objective objective,
                     const OptimizationResult &r)
{
    const double lambda = r.lambda;
    const double tol = 1e-6 * (lambda > 0 ? lambda : 1.0);
    double sum = 0;
    for (size_t i = 0; i < s.channels.size(); ++i) {
        const PaidChannel &c = s.channels[i];
        const double x = r.channels[i].optimalSpend;
        sum += x;
        if (c.locked) {
            if (x != c.spend)
                return QStringLiteral("locked channel %1 moved").arg(c.name);
            continue;
        }
        const double lo = c.minSpend;
        const double hi = c.maxSpend ? *c.maxSpend : inf;
        if (x < lo * (1 - 1e-12) - 1e-9 || x > hi * (1 + 1e-12))
            return QStringLiteral("channel %1 spend %2 outside [%3, %4]").arg(c.name).arg(x).arg(lo).arg(hi);
        const double m = referenceMarginal(c, plan.weeks, objective, plan.margin, x);
        const bool atLo = x <= lo + 1e-9 * std::max(1.0, lo);
        const bool atHi = x >= hi - 1e-9 * hi;
        bool ok = std::fabs(m - lambda) <= tol;
        if (atLo)
            ok = ok || m <= lambda + tol;
        if (atHi)
            ok = ok || m >= lambda - tol;
        if (!ok)
            return QStringLiteral("channel %1: marginal %2 vs lambda %3 at spend %4 (lo %5, hi %6)")
                .arg(c.name).arg(m, 0, 'g', 12).arg(lambda, 0, 'g', 12).arg(x).arg(lo).arg(hi);
    }
    if (objective == Objective::Profit && lambda == 0) {
        if (sum > r.budget * (1 + 1e-12))
            return QStringLiteral("profit spends %1 above the budget %2").arg(sum).arg(r.budget);
    } else if (std::fabs(sum - r.budget) > 1e-9 * std::max(1.0, r.budget)) {
        return QStringLiteral("spends add up to %1, not the budget %2").arg(sum, 0, 'f', 6).arg(r.budget, 0, 'f', 6);
    }
    if (lambda < 0)
        return QStringLiteral("negative multiplier");
    std::vector<double> spends;
    for (const ChannelAllocation &a : r.channels)
        spends.push_back(a.optimalSpend);
    const double value = referenceScenarioValue(plan, s, objective, spends);
    if (std::fabs(value - r.optimalValue) > 1e-9 * std::max(1.0, std::fabs(value)))
        return QStringLiteral("value %1 but the reference gives %2").arg(r.optimalValue, 0, 'g', 15).arg(value, 0, 'g', 15);
    return QString();
}

#define CHECK_KKT(plan, scenario, objective, result)                                               \
    do {                                                                                           \
        const QString why = kktViolation(plan, scenario, objective, result);                       \
        QVERIFY2(why.isEmpty(), qPrintable(why));                                                  \
    } while (false)

} // namespace

class TestOptimizer : public QObject
{
    Q_OBJECT

private slots:
    void twoSaturatingChannelsByHand();
    void boundBinds();
    void lockedChannel();
    void profitLeavesBudgetUnspent();
    void profitSpendsWhenItPays();
    void linearChannelsFillBestFirst();
    void linearTiesSplitEvenly();
    void linearAndSaturatingMixed();
    void creatorsAndOrganicCounted();
    void degenerateChannels();
    void frontierMonotoneAndConcave_data();
    void frontierMonotoneAndConcave();
    void frontierNullWhereInfeasible();
    void goalSeekInvertsFrontier_data();
    void goalSeekInvertsFrontier();
    void goalSeekOutOfReach();
    void bruteForceGrid();
    void largeProblemKkt();
    void badInput_data();
    void badInput();
    void objectiveKeys();
};

// Two saturating channels, even flighting over W weeks, no binding bounds. With p_t = 1/W,
//   I_c(S) = W K_c (1 - e^{-a_c S}),  a_c = 1000 / (W CPM_c K_c),
//   m_c(S) = q_c I_c'(S) = M_c e^{-a_c S},  M_c = q_c * 1000 / CPM_c,  q_c = CTR v a b.
// Equal marginals M_A e^{-a_A S_A} = M_B e^{-a_B S_B} with S_A + S_B = B give
//   ln M_A - a_A S_A = ln M_B - a_B (B - S_A)  =>  S_A = (ln(M_A / M_B) + a_B B) / (a_A + a_B).
// Here W = 4, A: CPM 10000, K = 100000*2, q = 0.0005; B: CPM 5000, K = 50000*3, q = 0.000288;
// B = 10,000,000: a_A = 1.25e-7, a_B = 3.3333e-7, M_A = 5e-5, M_B = 5.76e-5, so
// S_A = 6,964,000.955039, S_B = 3,035,999.044961, orders = 342.491858285887 (python3).
void TestOptimizer::twoSaturatingChannelsByHand()
{
    const Plan plan = twoChannelPlan();
    const Scenario &s = plan.scenarios[0];
    BudgetOptimizer optimizer(plan, s, Objective::Orders);
    const OptimizationResult r = optimizer.optimize(10e6);
    QCOMPARE(r.channels.size(), size_t(2));
    QCOMPARE(r.channels[0].name, QStringLiteral("A"));
    QCOMPARE(r.channels[1].name, QStringLiteral("B"));
    QVERIFY(std::fabs(r.channels[0].optimalSpend - 6964000.9550392013) < 1e-3);
    QVERIFY(std::fabs(r.channels[1].optimalSpend - 3035999.0449607987) < 1e-3);
    QVERIFY(std::fabs(r.optimalValue - 342.491858285887) < 1e-9);
    QVERIFY(std::fabs(r.lambda - 2.093710379219208e-05) < 1e-6 * 2.09e-5);
    QVERIFY(std::fabs(r.channels[0].marginalValue - r.channels[1].marginalValue)
            < 1e-9 * r.lambda);
    QCOMPARE(r.currentSpend, 10e6);
    CHECK_KKT(plan, s, Objective::Orders, r);
}

// A capped at 5,000,000: B takes the rest; lambda is B's marginal M_B e^{-a_B 5e6}
// = 1.087923472344356e-05, and A's marginal there is above it. Orders 326.057724422073.
void TestOptimizer::boundBinds()
{
    Plan plan = twoChannelPlan();
    plan.scenarios[0].channels[0].maxSpend = 5e6;
    const Scenario &s = plan.scenarios[0];
    const OptimizationResult r = BudgetOptimizer(plan, s, Objective::Orders).optimize(10e6);
    QCOMPARE(r.channels[0].optimalSpend, 5e6);
    QVERIFY(std::fabs(r.channels[1].optimalSpend - 5e6) < 1e-6);
    QVERIFY(std::fabs(r.optimalValue - 326.057724422073) < 1e-9);
    QVERIFY(std::fabs(r.lambda - 1.087923472344356e-05) < 1e-6 * 1.09e-5);
    QVERIFY(r.channels[0].marginalValue > r.lambda);
    CHECK_KKT(plan, s, Objective::Orders, r);

    // A minimum that binds from below: B must take at least 4,000,000.
    plan = twoChannelPlan();
    plan.scenarios[0].channels[1].minSpend = 4e6;
    const OptimizationResult r2 =
        BudgetOptimizer(plan, plan.scenarios[0], Objective::Orders).optimize(10e6);
    QCOMPARE(r2.channels[1].optimalSpend, 4e6);
    QVERIFY(std::fabs(r2.channels[0].optimalSpend - 6e6) < 1e-6);
    QVERIFY(r2.channels[1].marginalValue < r2.lambda);
    CHECK_KKT(plan, plan.scenarios[0], Objective::Orders, r2);
}

// A locked at 2,000,000: B takes 8,000,000; orders 249.272946400138 (python3).
void TestOptimizer::lockedChannel()
{
    Plan plan = twoChannelPlan();
    plan.scenarios[0].channels[0].locked = true;
    plan.scenarios[0].channels[0].spend = 2e6;
    plan.scenarios[0].channels[0].maxSpend = 1e6; // ignored while locked
    const Scenario &s = plan.scenarios[0];
    BudgetOptimizer optimizer(plan, s, Objective::Orders);
    QCOMPARE(optimizer.minimumBudget(), 2e6);
    const OptimizationResult r = optimizer.optimize(10e6);
    QCOMPARE(r.channels[0].optimalSpend, 2e6);
    QVERIFY(r.channels[0].locked);
    QVERIFY(std::fabs(r.channels[1].optimalSpend - 8e6) < 1e-6);
    QVERIFY(std::fabs(r.optimalValue - 249.272946400138) < 1e-9);
    CHECK_KKT(plan, s, Objective::Orders, r);
}

// Profit, margin 0.5, AOV 50000: u_c = 0.5 * 50000 * q_c per impression, so channel c pays its
// way while u_c * (1000/CPM_c) e^{-a_c S} >= 1, i.e. up to S_c = ln(u_c * 1000 / CPM_c) / a_c:
// A: ln(1.25) / 1.25e-7 = 1,785,148.41051368; B: ln(1.44) / 3.3333e-7 = 1,093,929.34076373.
// Together 2.88 million of the 10 million budget; profit 440,922.2487225938 (python3).
void TestOptimizer::profitLeavesBudgetUnspent()
{
    const Plan plan = twoChannelPlan();
    const Scenario &s = plan.scenarios[0];
    const OptimizationResult r = BudgetOptimizer(plan, s, Objective::Profit).optimize(10e6);
    QCOMPARE(r.lambda, 0.0);
    QVERIFY(std::fabs(r.channels[0].optimalSpend - 1785148.4105136781) < 1e-3);
    QVERIFY(std::fabs(r.channels[1].optimalSpend - 1093929.3407637286) < 1e-3);
    QVERIFY(r.optimalSpend < 3e6);
    QVERIFY(std::fabs(r.optimalValue - 440922.2487225938) < 1e-6);
    QVERIFY(std::fabs(r.channels[0].marginalValue) < 1e-9);
    CHECK_KKT(plan, s, Objective::Profit, r);
}

// With a budget below the profitable spend, profit spends all of it, like orders would.
void TestOptimizer::profitSpendsWhenItPays()
{
    const Plan plan = twoChannelPlan();
    const Scenario &s = plan.scenarios[0];
    const OptimizationResult r = BudgetOptimizer(plan, s, Objective::Profit).optimize(1e6);
    QVERIFY(r.lambda > 0);
    QVERIFY(std::fabs(r.optimalSpend - 1e6) < 1e-6);
    CHECK_KKT(plan, s, Objective::Profit, r);
}

// Without audience capacity every channel is linear: orders per unit spend are constant
// (q * 1000 / CPM), so the best channel fills to its max first, then the next.
void TestOptimizer::linearChannelsFillBestFirst()
{
    Plan plan = twoChannelPlan();
    Scenario &s = plan.scenarios[0];
    s.channels.clear();
    // orders per unit spend: X 0.01*0.1*0.5*1000/10000 = 5e-5, Y 0.01*0.1*0.4*1000/10000 = 4e-5,
    // Z 3e-5.
    s.channels.push_back(makeChannel(QStringLiteral("X"), 10000, {}, {}, 0.01, 1, 0.1, 0.5, 1000));
    s.channels.push_back(makeChannel(QStringLiteral("Y"), 10000, {}, {}, 0.01, 1, 0.1, 0.4, 1000));
    s.channels.push_back(makeChannel(QStringLiteral("Z"), 10000, {}, {}, 0.01, 1, 0.1, 0.3, 1000));
    s.channels[0].maxSpend = 3e6;
    s.channels[1].maxSpend = 4e6;
    s.channels[2].minSpend = 1e6;
    const OptimizationResult r = BudgetOptimizer(plan, s, Objective::Orders).optimize(6e6);
    QCOMPARE(r.channels[0].optimalSpend, 3e6);
    QCOMPARE(r.channels[1].optimalSpend, 2e6);
    QCOMPARE(r.channels[2].optimalSpend, 1e6);
    QVERIFY(std::fabs(r.lambda - 4e-5) < 1e-15);
    // 3e6*5e-5 + 2e6*4e-5 + 1e6*3e-5 = 150 + 80 + 30
    QVERIFY(std::fabs(r.optimalValue - 260) < 1e-9);
    CHECK_KKT(plan, s, Objective::Orders, r);

    // Budget to spare after X and Y are full: Z (unlimited) takes it.
    const OptimizationResult r2 = BudgetOptimizer(plan, s, Objective::Orders).optimize(20e6);
    QCOMPARE(r2.channels[0].optimalSpend, 3e6);
    QCOMPARE(r2.channels[1].optimalSpend, 4e6);
    QCOMPARE(r2.channels[2].optimalSpend, 13e6);
    CHECK_KKT(plan, s, Objective::Orders, r2);
}

// Two identical linear channels: any split is optimal; the optimizer splits evenly, capped.
void TestOptimizer::linearTiesSplitEvenly()
{
    Plan plan = twoChannelPlan();
    Scenario &s = plan.scenarios[0];
    s.channels.clear();
    s.channels.push_back(makeChannel(QStringLiteral("P"), 8000, {}, {}, 0.01, 1, 0.1, 0.5, 1000));
    s.channels.push_back(makeChannel(QStringLiteral("Q"), 8000, {}, {}, 0.01, 1, 0.1, 0.5, 1000));
    s.channels.push_back(makeChannel(QStringLiteral("R"), 8000, {}, {}, 0.01, 1, 0.1, 0.5, 1000));
    s.channels[2].maxSpend = 1e6;
    const OptimizationResult r = BudgetOptimizer(plan, s, Objective::Orders).optimize(9e6);
    QCOMPARE(r.channels[0].optimalSpend, 4e6);
    QCOMPARE(r.channels[1].optimalSpend, 4e6);
    QCOMPARE(r.channels[2].optimalSpend, 1e6);
    CHECK_KKT(plan, s, Objective::Orders, r);
}

// A linear channel between saturating ones: it is all or nothing at its own marginal.
void TestOptimizer::linearAndSaturatingMixed()
{
    Plan plan = twoChannelPlan();
    Scenario &s = plan.scenarios[0];
    // L: orders per spend 0.01*0.1*0.4*1000/5000 = 8e-5... below A's 5e-5? No: 8e-5 > 5.76e-5,
    // so L fills first up to its max, then A and B share by equal marginals.
    s.channels.push_back(makeChannel(QStringLiteral("L"), 5000, {}, {}, 0.01, 1, 0.1, 0.4, 50000));
    s.channels[2].maxSpend = 2e6;
    for (double budget : {1e6, 2e6, 5e6, 12e6, 40e6}) {
        const OptimizationResult r = BudgetOptimizer(plan, s, Objective::Orders).optimize(budget);
        CHECK_KKT(plan, s, Objective::Orders, r);
        QCOMPARE(r.channels[2].optimalSpend, std::min(budget, 2e6));
    }
    // Once A and B's marginal falls to L's (L now with a lower rate and no cap), L takes all
    // further budget: the answer jumps at L's marginal and the tie absorbs the remainder.
    s.channels[2].maxSpend.reset();
    s.channels[2].purchaseRate = 0.05; // 1e-5 per unit spend
    for (double budget : {5e6, 10e6, 14e6, 30e6, 100e6}) {
        const OptimizationResult r = BudgetOptimizer(plan, s, Objective::Orders).optimize(budget);
        CHECK_KKT(plan, s, Objective::Orders, r);
        QVERIFY(r.lambda >= 1e-5 * (1 - 1e-12));
    }
}

// value includes creators and organic at base: one creator (2 posts in range), one organic.
void TestOptimizer::creatorsAndOrganicCounted()
{
    Plan plan = twoChannelPlan();
    Scenario &s = plan.scenarios[0];
    CreatorDeal k;
    k.name = QStringLiteral("K");
    k.followers = 80000;
    k.reachRate = 0.25;
    k.posts = {1, 3};
    k.feePerPost = 800000;
    k.ctr = 0.012;
    k.viewRate = 0.9;
    k.cartRate = 0.08;
    k.purchaseRate = 0.3;
    k.aov = 45000;
    k.returnRate = 0.05;
    k.commissionRate = 0.1;
    s.creators.push_back(k);
    OrganicStream o;
    o.name = QStringLiteral("O");
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
    // By hand: creator impressions 2*80000*0.25 = 40000, orders 40000*0.012*0.9*0.08*0.3
    // = 10.368, gross 466560, net 466560*(0.95 - 0.1) = 396576, cost 1,600,000.
    // Organic impressions 3*4*120000*0.08 = 115200, orders 115200*0.005*0.9*0.06*0.3 = 9.3312,
    // net 9.3312*45000*0.95 = 398908.8, cost 12*200000 = 2,400,000.
    // Orders: 19.6992; net: 795484.8; profit: 0.5*795484.8 - 4,000,000 = -3,602,257.6.
    const struct { Objective o; double fixed; } cases[] = {
        {Objective::Orders, 19.6992}, {Objective::NetRevenue, 795484.8},
        {Objective::Profit, -3602257.6}};
    for (const auto &c : cases) {
        BudgetOptimizer optimizer(plan, s, c.o);
        QVERIFY2(std::fabs(optimizer.fixedValue() - c.fixed) < 1e-6 * std::max(1.0, std::fabs(c.fixed)),
                 qPrintable(QString::number(optimizer.fixedValue(), 'g', 15)));
        const OptimizationResult r = optimizer.optimize(10e6);
        double channels = 0;
        for (const ChannelAllocation &a : r.channels)
            channels += a.optimalValue;
        QVERIFY(std::fabs(r.optimalValue - channels - c.fixed) < 1e-6 * std::max(1.0, std::fabs(c.fixed)));
        CHECK_KKT(plan, s, c.o, r);
    }
}

// Channels that return nothing (CTR 0, or a capacity of 0 from a frequency of 0) get their
// minimum; a zero budget gives everyone 0; useless channels share a budget nothing else can take.
void TestOptimizer::degenerateChannels()
{
    Plan plan = twoChannelPlan();
    Scenario &s = plan.scenarios[0];
    s.channels[0].maxSpend = 4e6;
    s.channels[1].maxSpend = 4e6;
    s.channels.push_back(makeChannel(QStringLiteral("NoClicks"), 8000, 1e5, 2, 0, 1, 0.1, 0.5, 1000));
    s.channels.push_back(makeChannel(QStringLiteral("NoRoom"), 8000, 1e5, 0, 0.01, 1, 0.1, 0.5, 1000));
    for (Objective o : {Objective::Orders, Objective::NetRevenue, Objective::Profit}) {
        BudgetOptimizer optimizer(plan, s, o);
        OptimizationResult r = optimizer.optimize(6e6);
        QCOMPARE(r.channels[2].optimalSpend, 0.0);
        QCOMPARE(r.channels[3].optimalSpend, 0.0);
        CHECK_KKT(plan, s, o, r);
        r = optimizer.optimize(0);
        for (const ChannelAllocation &a : r.channels)
            QCOMPARE(a.optimalSpend, 0.0);
        CHECK_KKT(plan, s, o, r);
        // 8e6 fills A and B; the other 4e6 can only go to the useless ones (split evenly). For
        // profit A and B stop where they stop paying (see profitLeavesBudgetUnspent) and the
        // rest stays unspent.
        r = optimizer.optimize(12e6);
        if (o != Objective::Profit) {
            QCOMPARE(r.channels[0].optimalSpend, 4e6);
            QCOMPARE(r.channels[1].optimalSpend, 4e6);
        } else {
            QVERIFY(std::fabs(r.channels[0].optimalSpend - 1785148.4105136781) < 1e-3);
        }
        const double useless = o == Objective::Profit ? 0.0 : 2e6;
        QCOMPARE(r.channels[2].optimalSpend, useless);
        QCOMPARE(r.channels[3].optimalSpend, useless);
        CHECK_KKT(plan, s, o, r);
    }
}

namespace {

// A richer plan: five channels, mixed flightings, bounds, one linear, one locked.
Plan mixedPlan()
{
    Plan plan;
    plan.name = QStringLiteral("Mixed");
    plan.start = QDate(2027, 3, 1);
    plan.weeks = 8;
    plan.margin = 0.6;
    Scenario s;
    s.name = QStringLiteral("Base");
    s.budget = 20e6;
    s.channels.push_back(makeChannel(QStringLiteral("Instagram"), 8000, 5e5, 3, 0.009, 0.8, 0.08,
                                     0.35, 45000, 6e6));
    s.channels[0].flighting.pattern = FlightingPattern::Front;
    s.channels[0].minSpend = 1e6;
    s.channels[0].maxSpend = 12e6;
    s.channels.push_back(makeChannel(QStringLiteral("TikTok"), 6000, 8e5, 2, 0.008, 0.8, 0.07,
                                     0.3, 42000, 5e6));
    s.channels[1].flighting.pattern = FlightingPattern::Pulse;
    s.channels[1].feeRate = 0.05;
    s.channels.push_back(makeChannel(QStringLiteral("YouTube"), 9000, 1e6, 2, 0.005, 0.8, 0.05,
                                     0.26, 45000, 4e6));
    s.channels[2].flighting.pattern = FlightingPattern::Custom;
    s.channels[2].flighting.weights = {0, 1, 3, 0.5, 2, 2, 0, 1};
    s.channels[2].returnRate = 0.1;
    s.channels.push_back(makeChannel(QStringLiteral("Emerging"), 20000, {}, {}, 0.006, 1, 0.06,
                                     0.3, 40000, 3e6));
    s.channels[3].maxSpend = 5e6;
    s.channels.push_back(makeChannel(QStringLiteral("Naver"), 7000, 3e5, 2, 0.01, 0.9, 0.06, 0.3,
                                     40000, 2e6));
    s.channels[4].flighting.pattern = FlightingPattern::Back;
    s.channels[4].locked = true;
    plan.scenarios.push_back(s);
    return plan;
}

} // namespace

void TestOptimizer::frontierMonotoneAndConcave_data()
{
    QTest::addColumn<int>("objective");
    QTest::newRow("orders") << int(Objective::Orders);
    QTest::newRow("net_revenue") << int(Objective::NetRevenue);
    QTest::newRow("profit") << int(Objective::Profit);
}

void TestOptimizer::frontierMonotoneAndConcave()
{
    QFETCH(int, objective);
    const Objective o = Objective(objective);
    const Plan plan = mixedPlan();
    const Scenario &s = plan.scenarios[0];
    BudgetOptimizer optimizer(plan, s, o);
    const std::vector<FrontierPoint> points = optimizer.frontier(20e6);
    QCOMPARE(points.size(), size_t(8));
    std::vector<double> values;
    for (size_t i = 0; i < points.size(); ++i) {
        QCOMPARE(points[i].budget, 20e6 * (i + 1) / 4.0);
        QVERIFY(points[i].value.has_value()); // minimum 3e6 <= 5e6; no maximum (unlimited)
        values.push_back(*points[i].value);
        const OptimizationResult r = optimizer.optimize(points[i].budget);
        QCOMPARE(r.optimalValue, *points[i].value);
        CHECK_KKT(plan, s, o, r);
    }
    const double scale = std::fabs(values.back()) + 1;
    for (size_t i = 1; i < values.size(); ++i)
        QVERIFY2(values[i] >= values[i - 1] - 1e-12 * scale, qPrintable(QString::number(i)));
    for (size_t i = 1; i + 1 < values.size(); ++i)
        QVERIFY2(values[i + 1] - values[i] <= values[i] - values[i - 1] + 1e-9 * scale,
                 qPrintable(QString::number(i)));
}

void TestOptimizer::frontierNullWhereInfeasible()
{
    Plan plan = twoChannelPlan();
    plan.scenarios[0].channels[0].minSpend = 3e6; // minimum budget 3e6
    plan.scenarios[0].channels[0].maxSpend = 6e6;
    plan.scenarios[0].channels[1].maxSpend = 6e6; // maximum budget 12e6
    const Scenario &s = plan.scenarios[0];
    // Budget 8e6: points 2, 4, 6, 8, 10, 12, 14, 16 million.
    const std::vector<FrontierPoint> orders =
        BudgetOptimizer(plan, s, Objective::Orders).frontier(8e6);
    const bool expectOrders[] = {false, true, true, true, true, true, false, false};
    for (int i = 0; i < 8; ++i)
        QCOMPARE(orders[i].value.has_value(), expectOrders[i]);
    // Profit may leave the excess unspent: only the point below the minimum has no value.
    const std::vector<FrontierPoint> profit =
        BudgetOptimizer(plan, s, Objective::Profit).frontier(8e6);
    for (int i = 0; i < 8; ++i)
        QCOMPARE(profit[i].value.has_value(), i != 0);
}

void TestOptimizer::goalSeekInvertsFrontier_data()
{
    frontierMonotoneAndConcave_data();
}

void TestOptimizer::goalSeekInvertsFrontier()
{
    QFETCH(int, objective);
    const Objective o = Objective(objective);
    const Plan plan = mixedPlan();
    const Scenario &s = plan.scenarios[0];
    BudgetOptimizer optimizer(plan, s, o);
    const std::vector<FrontierPoint> points = optimizer.frontier(20e6);
    for (size_t i = 0; i < points.size(); ++i) {
        const double v = *points[i].value;
        const GoalSeekResult g = optimizer.goalSeek(v);
        QVERIFY(g.reachable);
        QVERIFY(g.budget.has_value());
        QVERIFY(g.value >= v - 1e-9 * std::fabs(v));
        // Where the frontier still rises, the least budget is that frontier point's budget.
        const double before = i == 0 ? *optimizer.optimalValue(optimizer.minimumBudget())
                                     : *points[i - 1].value;
        const bool rising = before < v - 1e-9 * std::fabs(v);
        if (rising)
            QVERIFY2(std::fabs(*g.budget - points[i].budget) <= 1e-6 * points[i].budget,
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(i).arg(*g.budget, 0, 'f', 3)
                                    .arg(points[i].budget, 0, 'f', 3)));
        else
            QVERIFY(*g.budget <= points[i].budget * (1 + 1e-9));
        // The budget found is the least: a little less falls short.
        if (rising && *g.budget > optimizer.minimumBudget() * 1.001)
            QVERIFY(*optimizer.optimalValue(*g.budget * (1 - 1e-4)) < v);
    }
}

void TestOptimizer::goalSeekOutOfReach()
{
    Plan plan = twoChannelPlan();
    plan.scenarios[0].channels[0].maxSpend = 6e6;
    plan.scenarios[0].channels[1].maxSpend = 6e6;
    const Scenario &s = plan.scenarios[0];
    BudgetOptimizer optimizer(plan, s, Objective::Orders);
    const double best = *optimizer.optimalValue(12e6);
    GoalSeekResult g = optimizer.goalSeek(best * 1.01);
    QVERIFY(!g.reachable);
    QCOMPARE(*g.budget, 12e6);
    QCOMPARE(g.value, best);
    // Below the value of the minimum budget: the minimum budget is the answer.
    g = optimizer.goalSeek(-1);
    QVERIFY(g.reachable);
    QCOMPARE(*g.budget, 0.0);

    // Unlimited saturating channels: orders approach sum_c q_c W K_c but never reach it.
    plan.scenarios[0].channels[0].maxSpend.reset();
    plan.scenarios[0].channels[1].maxSpend.reset();
    BudgetOptimizer unlimited(plan, plan.scenarios[0], Objective::Orders);
    // 0.0005*4*200000 + 0.000288*4*150000 = 400 + 172.8
    g = unlimited.goalSeek(600);
    QVERIFY(!g.reachable);
    QVERIFY(!g.budget.has_value());
    QVERIFY(std::fabs(g.value - 572.8) < 1e-9);
    g = unlimited.goalSeek(570);
    QVERIFY(g.reachable);
    QVERIFY(std::fabs(*unlimited.optimalValue(*g.budget) - 570) < 1e-6);

    // Profit: the best is the unconstrained optimum (440,922.2487 above).
    BudgetOptimizer profit(plan, plan.scenarios[0], Objective::Profit);
    g = profit.goalSeek(450000);
    QVERIFY(!g.reachable);
    QVERIFY(std::fabs(*g.budget - (1785148.4105136781 + 1093929.3407637286)) < 1e-3);
    QVERIFY(std::fabs(g.value - 440922.2487225938) < 1e-6);
    g = profit.goalSeek(400000);
    QVERIFY(g.reachable);
    QVERIFY(*g.budget < 2.88e6);
    QVERIFY(std::fabs(*profit.optimalValue(*g.budget) - 400000) < 1e-3);
}

// Small random problems against a brute-force grid: the optimizer is at least as good as the
// best grid point (within rounding), and every answer passes the KKT check.
void TestOptimizer::bruteForceGrid()
{
    QRandomGenerator rng(20270301);
    auto uniform = [&rng](double a, double b) { return a + (b - a) * rng.generateDouble(); };
    const FlightingPattern patterns[] = {FlightingPattern::Even, FlightingPattern::Front,
                                         FlightingPattern::Back, FlightingPattern::Pulse,
                                         FlightingPattern::Custom};
    for (int trial = 0; trial < 60; ++trial) {
        Plan plan;
        plan.start = QDate(2027, 3, 1);
        plan.weeks = 1 + int(rng.bounded(10));
        plan.margin = uniform(0.2, 0.9);
        Scenario s;
        s.name = QStringLiteral("Random");
        const int n = 2 + int(rng.bounded(2)); // 2 or 3 free channels
        for (int c = 0; c < n; ++c) {
            const bool linear = rng.bounded(5) == 0;
            PaidChannel ch = makeChannel(QStringLiteral("C%1").arg(c), uniform(3000, 15000),
                                         linear ? std::optional<double>() : uniform(5e4, 5e5),
                                         linear ? std::optional<double>() : uniform(1, 4),
                                         uniform(0.003, 0.02), uniform(0.5, 1), uniform(0.03, 0.1),
                                         uniform(0.2, 0.5), uniform(20000, 60000));
            ch.flighting.pattern = patterns[rng.bounded(5)];
            if (ch.flighting.pattern == FlightingPattern::Custom)
                for (int t = 0; t < plan.weeks; ++t)
                    ch.flighting.weights.push_back(t == 0 ? 1.0 : double(rng.bounded(4)));
            ch.returnRate = uniform(0, 0.1);
            if (rng.bounded(3) == 0)
                ch.minSpend = uniform(0, 1e6);
            if (rng.bounded(2) == 0)
                ch.maxSpend = ch.minSpend + uniform(1e6, 6e6);
            s.channels.push_back(ch);
        }
        if (rng.bounded(3) == 0) {
            PaidChannel locked = s.channels[0];
            locked.name = QStringLiteral("Locked");
            locked.locked = true;
            locked.spend = uniform(0, 2e6);
            s.channels.push_back(locked);
        }
        plan.scenarios.push_back(s);
        const Objective o = Objective(rng.bounded(3));
        BudgetOptimizer optimizer(plan, s, o);
        const double lo = optimizer.minimumBudget();
        const double hi = optimizer.maximumBudget().value_or(lo + 12e6);
        const double budget = o == Objective::Profit ? uniform(lo, lo + 10e6) : uniform(lo, hi);
        const OptimizationResult r = optimizer.optimize(budget);
        CHECK_KKT(plan, s, o, r);

        // Grid over the first free channels; the last free channel takes the rest (sum = B) or,
        // for profit, is gridded too (sum <= B).
        std::vector<double> spends;
        std::vector<int> freeIdx;
        double lockedSpend = 0;
        for (size_t i = 0; i < s.channels.size(); ++i) {
            spends.push_back(s.channels[i].spend);
            if (s.channels[i].locked)
                lockedSpend += s.channels[i].spend;
            else
                freeIdx.push_back(int(i));
        }
        const double remaining = budget - lockedSpend;
        auto loOf = [&](int i) { return s.channels[i].minSpend; };
        auto hiOf = [&](int i) {
            return std::min(s.channels[i].maxSpend.value_or(inf), remaining);
        };
        const int gridded = o == Objective::Profit ? int(freeIdx.size()) : int(freeIdx.size()) - 1;
        const int steps = gridded == 1 ? 2000 : gridded == 2 ? 150 : 30;
        double best = -inf;
        std::vector<int> counter(gridded, 0);
        while (true) {
            double used = 0;
            bool ok = true;
            for (int g = 0; g < gridded; ++g) {
                const int i = freeIdx[g];
                const double x = loOf(i) + (hiOf(i) - loOf(i)) * counter[g] / steps;
                spends[i] = x;
                used += x;
            }
            if (gridded < int(freeIdx.size())) {
                const int last = freeIdx.back();
                const double x = remaining - used;
                spends[last] = x;
                ok = x >= loOf(last) - 1e-6 && x <= s.channels[last].maxSpend.value_or(inf) + 1e-6;
            } else {
                ok = used <= remaining + 1e-6;
            }
            if (ok)
                best = std::max(best, referenceScenarioValue(plan, s, o, spends));
            int g = 0;
            while (g < gridded && ++counter[g] > steps)
                counter[g++] = 0;
            if (g == gridded)
                break;
        }
        QVERIFY(best > -inf);
        QVERIFY2(r.optimalValue >= best - 1e-9 * std::max(1.0, std::fabs(best)),
                 qPrintable(QStringLiteral("trial %1: optimizer %2 < grid %3")
                                .arg(trial).arg(r.optimalValue, 0, 'g', 15).arg(best, 0, 'g', 15)));
    }
}

// The benchmark's size (30 channels, 52 weeks, every flighting, linear and locked channels):
// every frontier point of every objective passes the KKT check.
void TestOptimizer::largeProblemKkt()
{
    QRandomGenerator rng(30);
    auto uniform = [&rng](double a, double b) { return a + (b - a) * rng.generateDouble(); };
    Plan plan;
    plan.start = QDate(2027, 1, 4);
    plan.weeks = 52;
    plan.margin = 0.6;
    Scenario s;
    s.name = QStringLiteral("Large");
    double total = 0;
    for (int c = 0; c < 30; ++c) {
        const bool linear = c % 10 == 9;
        PaidChannel ch = makeChannel(QStringLiteral("C%1").arg(c), uniform(3000, 15000),
                                     linear ? std::optional<double>() : uniform(1e6, 1e7),
                                     linear ? std::optional<double>() : uniform(1.5, 4),
                                     uniform(0.004, 0.015), uniform(0.7, 1), uniform(0.04, 0.1),
                                     uniform(0.2, 0.4), uniform(30000, 60000), uniform(5e6, 30e6));
        ch.flighting.pattern = FlightingPattern(c % 5);
        if (ch.flighting.pattern == FlightingPattern::Custom)
            for (int t = 0; t < plan.weeks; ++t)
                ch.flighting.weights.push_back(uniform(0.2, 3.0));
        if (c % 4 == 0)
            ch.minSpend = 1e6;
        if (c % 3 == 0)
            ch.maxSpend = 40e6;
        ch.locked = c == 7 || c == 21;
        total += ch.spend;
        s.channels.push_back(ch);
    }
    plan.scenarios.push_back(s);
    for (Objective o : {Objective::Orders, Objective::NetRevenue, Objective::Profit}) {
        BudgetOptimizer optimizer(plan, s, o);
        for (const FrontierPoint &p : optimizer.frontier(total)) {
            QVERIFY(p.value.has_value());
            const OptimizationResult r = optimizer.optimize(p.budget);
            CHECK_KKT(plan, s, o, r);
        }
    }
}

void TestOptimizer::badInput_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<double>("budget");
    QTest::addColumn<QString>("message");
    QTest::newRow("below minimums") << QStringLiteral("min") << 10e6
        << QStringLiteral("The budget 10,000,000 is 5,000,000 below the channels' minimum spends (15,000,000).");
    QTest::newRow("below locked and minimums") << QStringLiteral("lockmin") << 10e6
        << QStringLiteral("The budget 10,000,000 is 2,000,000 below the channels' locked and minimum spends (12,000,000).");
    QTest::newRow("above maximums") << QStringLiteral("max") << 10e6
        << QStringLiteral("The budget 10,000,000 is 1,000,000 above the channels' maximum spends (9,000,000).");
    QTest::newRow("negative") << QString() << -5e6
        << QStringLiteral("The budget -5,000,000 is 5,000,000 below zero; a budget cannot be negative.");
    QTest::newRow("min above max") << QStringLiteral("minmax") << 10e6
        << QStringLiteral("Channel \"B\": its minimum spend 7,000,000 is 1,000,000 above its maximum spend 6,000,000.");
    QTest::newRow("all locked") << QStringLiteral("locked") << 10e6
        << QStringLiteral("Every paid channel of scenario \"Base\" is locked, so there is no spend to optimize.");
    QTest::newRow("no channels") << QStringLiteral("none") << 10e6
        << QStringLiteral("Scenario \"Base\" has no paid channels, so there is no budget to split.");
}

void TestOptimizer::badInput()
{
    QFETCH(QString, change);
    QFETCH(double, budget);
    QFETCH(QString, message);
    Plan plan = twoChannelPlan();
    Scenario &s = plan.scenarios[0];
    if (change == QLatin1String("min")) {
        s.channels[0].minSpend = 7e6;
        s.channels[1].minSpend = 8e6;
    } else if (change == QLatin1String("lockmin")) {
        s.channels[0].locked = true;
        s.channels[0].spend = 4e6;
        s.channels[1].minSpend = 8e6;
    } else if (change == QLatin1String("max")) {
        s.channels[0].maxSpend = 4e6;
        s.channels[1].maxSpend = 5e6;
    } else if (change == QLatin1String("minmax")) {
        s.channels[1].minSpend = 7e6;
        s.channels[1].maxSpend = 6e6;
    } else if (change == QLatin1String("locked")) {
        s.channels[0].locked = true;
        s.channels[1].locked = true;
    } else if (change == QLatin1String("none")) {
        s.channels.clear();
    }
    QString got;
    try {
        BudgetOptimizer optimizer(plan, s, Objective::Orders);
        QVERIFY(!optimizer.optimalValue(budget).has_value());
        optimizer.optimize(budget);
    } catch (const InputError &e) {
        got = e.message();
    }
    QCOMPARE(got, message);
}

void TestOptimizer::objectiveKeys()
{
    Objective o = Objective::Orders;
    QVERIFY(ObjectiveKeys::fromKey(QStringLiteral("net_revenue"), &o));
    QCOMPARE(o, Objective::NetRevenue);
    QVERIFY(ObjectiveKeys::fromKey(QStringLiteral("profit"), &o));
    QCOMPARE(o, Objective::Profit);
    QVERIFY(!ObjectiveKeys::fromKey(QStringLiteral("revenue"), &o));
    QCOMPARE(o, Objective::Profit);
    QCOMPARE(ObjectiveKeys::key(Objective::Orders), QStringLiteral("orders"));
}

QTEST_GUILESS_MAIN(TestOptimizer)
#include "tst_optimizer.moc"
