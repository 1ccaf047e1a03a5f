#include "optimize/budgetoptimizer.h"

#include "model/inputerror.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace funnelcast {

namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();

// Amounts in messages: grouped digits, no decimals for whole amounts. The C locale (command
// line under LC_ALL=C) groups nothing, so it falls back to English.
QString formatAmount(double value)
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    const double rounded = std::round(value);
    if (std::fabs(value - rounded) < 0.005)
        return locale.toString(rounded, 'f', 0);
    return locale.toString(value, 'f', 2);
}

double objectiveValue(Objective objective, double margin, double orders, double netRevenue,
                      double cost)
{
    switch (objective) {
    case Objective::Orders: return orders;
    case Objective::NetRevenue: return netRevenue;
    case Objective::Profit: return margin * netRevenue - cost;
    }
    return 0.0;
}

// Creators and organic streams at base inputs (MODEL.md sections 4 and 5): their spend does not
// move, so their part of the objective is a constant.
double creatorsAndOrganicValue(const Plan &plan, const Scenario &scenario, Objective objective)
{
    double total = 0.0;
    for (const CreatorDeal &k : scenario.creators) {
        double posts = 0.0;
        for (int week : k.posts)
            if (week >= 0 && week < plan.weeks)
                posts += 1.0;
        const double impressions = posts * k.followers.base * k.reachRate.base;
        const double orders = impressions * k.ctr.base * k.viewRate.base * k.cartRate.base
            * k.purchaseRate.base;
        const double gross = orders * k.aov.base;
        const double net = gross * (1.0 - k.returnRate.base) - k.commissionRate.base * gross;
        const double cost = k.feePerPost.base * static_cast<double>(k.posts.size());
        total += objectiveValue(objective, plan.margin, orders, net, cost);
    }
    for (const OrganicStream &o : scenario.organic) {
        const double posts = o.postsPerWeek * plan.weeks;
        const double impressions = posts * o.followers.base * o.reachRate.base;
        const double orders = impressions * o.ctr.base * o.viewRate.base * o.cartRate.base
            * o.purchaseRate.base;
        const double net = orders * o.aov.base * (1.0 - o.returnRate.base);
        const double cost = posts * o.costPerPost.base;
        total += objectiveValue(objective, plan.margin, orders, net, cost);
    }
    return total;
}

} // namespace

BudgetOptimizer::BudgetOptimizer(const Plan &plan, const Scenario &scenario, Objective objective)
    : m_objective(objective), m_scenarioName(scenario.name)
{
    if (scenario.channels.empty())
        throw InputError(QCoreApplication::translate("BudgetOptimizer", "Scenario \"%1\" has no paid channels, so there is no budget to split.")
                             .arg(scenario.name));
    for (size_t i = 0; i < scenario.channels.size(); ++i) {
        const PaidChannel &channel = scenario.channels[i];
        m_responses.emplace_back(channel, plan.weeks, objective, plan.margin);
        m_names.push_back(channel.name);
        m_current.push_back(channel.spend);
        m_locked.push_back(channel.locked);
        if (channel.locked) {
            m_lockedSpend += channel.spend;
            continue;
        }
        FreeChannel free;
        free.index = static_cast<int>(i);
        free.lo = std::max(0.0, channel.minSpend);
        free.hi = channel.maxSpend ? *channel.maxSpend : infinity;
        if (free.lo > free.hi)
            throw InputError(
                QCoreApplication::translate("BudgetOptimizer", "Channel \"%1\": its minimum spend %2 is %3 above its maximum spend %4.")
                    .arg(channel.name, formatAmount(free.lo), formatAmount(free.lo - free.hi),
                         formatAmount(free.hi)));
        const SpendResponse &response = m_responses.back();
        free.mLo = response.marginal(free.lo);
        free.mHi = std::isfinite(free.hi) ? response.marginal(free.hi)
                                          : response.marginalAtInfinity();
        m_sumLo += free.lo;
        m_sumHi += free.hi;
        m_free.push_back(free);
    }
    if (m_free.empty())
        throw InputError(
            QCoreApplication::translate("BudgetOptimizer", "Every paid channel of scenario \"%1\" is locked, so there is no spend to optimize.")
                .arg(scenario.name));
    m_fixedValue = creatorsAndOrganicValue(plan, scenario, objective);
}

std::optional<double> BudgetOptimizer::maximumBudget() const
{
    if (!std::isfinite(m_sumHi))
        return std::nullopt;
    return m_lockedSpend + m_sumHi;
}

const SpendResponse &BudgetOptimizer::response(int channel) const
{
    return m_responses.at(static_cast<size_t>(channel));
}

QString BudgetOptimizer::infeasibility(double budget) const
{
    if (!std::isfinite(budget))
        return QCoreApplication::translate("BudgetOptimizer", "The budget must be a finite number.");
    if (budget < 0.0)
        return QCoreApplication::translate("BudgetOptimizer", "The budget %1 is %2 below zero; a budget cannot be negative.")
            .arg(formatAmount(budget), formatAmount(-budget));
    // A relative slack of 1e-12 lets a frontier point computed as a fraction of B meet a bound.
    const double least = minimumBudget();
    if (budget < least * (1.0 - 1e-12)) {
        const QString text = m_lockedSpend > 0.0
            ? QCoreApplication::translate("BudgetOptimizer", "The budget %1 is %2 below the channels' locked and minimum spends (%3).")
            : QCoreApplication::translate("BudgetOptimizer", "The budget %1 is %2 below the channels' minimum spends (%3).");
        return text.arg(formatAmount(budget), formatAmount(least - budget), formatAmount(least));
    }
    if (m_objective != Objective::Profit && std::isfinite(m_sumHi)) {
        const double most = m_lockedSpend + m_sumHi;
        if (budget > most * (1.0 + 1e-12)) {
            const QString text = m_lockedSpend > 0.0
                ? QCoreApplication::translate("BudgetOptimizer", "The budget %1 is %2 above the channels' locked and maximum spends (%3).")
                : QCoreApplication::translate("BudgetOptimizer", "The budget %1 is %2 above the channels' maximum spends (%3).");
            return text.arg(formatAmount(budget), formatAmount(budget - most), formatAmount(most));
        }
    }
    return QString();
}

double BudgetOptimizer::totalAnswer(double lambda, bool tiesHigh, std::vector<double> *spends,
                                    double *slope) const
{
    double total = 0.0;
    double slopeSum = 0.0;
    for (const FreeChannel &f : m_free) {
        const SpendResponse &response = m_responses[static_cast<size_t>(f.index)];
        double &s = (*spends)[static_cast<size_t>(f.index)];
        if (response.isLinear()) {
            s = f.mLo > lambda ? f.hi : (f.mLo < lambda ? f.lo : (tiesHigh ? f.hi : f.lo));
        } else if (f.mLo <= lambda) {
            s = f.lo;
        } else if (f.mHi >= lambda) {
            s = f.hi;
        } else {
            double channelSlope = 0.0;
            s = response.spendForMarginal(lambda, f.lo, f.hi, s, &channelSlope);
            slopeSum += channelSlope;
        }
        total += s;
    }
    if (slope)
        *slope = slopeSum;
    return total;
}

void BudgetOptimizer::fillTies(double lambda, double remainder, std::vector<double> *spends) const
{
    // Linear channels whose constant marginal equals lambda are interchangeable: any split is
    // optimal. Give them equal shares of what is left, each capped at its maximum (water filling).
    std::vector<const FreeChannel *> group;
    for (const FreeChannel &f : m_free)
        if (m_responses[static_cast<size_t>(f.index)].isLinear() && f.mLo == lambda)
            group.push_back(&f);
    while (!group.empty() && remainder > 0.0) {
        const double share = remainder / static_cast<double>(group.size());
        std::vector<const FreeChannel *> open;
        for (const FreeChannel *f : group) {
            double &s = (*spends)[static_cast<size_t>(f->index)];
            const double room = f->hi - s;
            if (room <= share) {
                s = f->hi;
                remainder -= room;
            } else {
                open.push_back(f);
            }
        }
        if (open.size() == group.size()) {
            for (const FreeChannel *f : group)
                (*spends)[static_cast<size_t>(f->index)] += share;
            remainder = 0.0;
        }
        group.swap(open);
    }
}

double BudgetOptimizer::sumValue(const std::vector<double> &spends) const
{
    double total = m_fixedValue;
    for (size_t i = 0; i < m_responses.size(); ++i)
        total += m_responses[i].value(spends[i]);
    return total;
}

double BudgetOptimizer::scenarioValue(const std::vector<double> &spends) const
{
    if (spends.size() != m_responses.size())
        return std::numeric_limits<double>::quiet_NaN();
    return sumValue(spends);
}

BudgetOptimizer::Solution BudgetOptimizer::solve(double budget) const
{
    Solution solution;
    solution.spends = m_current; // locked channels keep theirs; free ones are overwritten
    std::vector<double> &spends = solution.spends;
    const double delta = m_objective == Objective::Profit ? 1.0 : 0.0;
    const double remaining = budget - m_lockedSpend; // for the free channels
    double lambda = 0.0;

    auto finish = [&](double l) {
        solution.lambda = l;
        solution.value = sumValue(spends);
        return solution;
    };

    // At (or, by rounding, below) the minimum budget every free channel sits at its minimum;
    // the multiplier is the best marginal there, the value of the next unit of budget.
    if (remaining <= m_sumLo) {
        double best = 0.0;
        for (const FreeChannel &f : m_free) {
            spends[static_cast<size_t>(f.index)] = f.lo;
            best = std::max(best, f.mLo);
        }
        return finish(best);
    }
    // Likewise at the maximum for orders and net revenue (profit is handled at lambda = 0).
    if (m_objective != Objective::Profit && std::isfinite(m_sumHi) && remaining >= m_sumHi) {
        double worst = infinity;
        for (const FreeChannel &f : m_free) {
            spends[static_cast<size_t>(f.index)] = f.hi;
            worst = std::min(worst, f.mHi);
        }
        return finish(std::max(0.0, worst));
    }

    // lambda = 0: profit leaves budget unspent when every channel has reached the spend where
    // one more unit returns less than it costs. Ties (a zero marginal) stay at their minimum.
    if (totalAnswer(0.0, false, &spends, nullptr) <= remaining) {
        if (m_objective == Objective::Profit)
            return finish(0.0);
        const double atMin = totalAnswer(0.0, false, &spends, nullptr);
        fillTies(0.0, remaining - atMin, &spends);
        return finish(0.0);
    }

    // The total answer falls as lambda rises, continuously except at the constant marginals of
    // linear channels, where it jumps by their spend ranges. Find the jump or the continuous
    // stretch that holds the budget by binary search over those marginals.
    std::vector<double> breaks;
    for (const FreeChannel &f : m_free)
        if (m_responses[static_cast<size_t>(f.index)].isLinear() && f.mLo > 0.0)
            breaks.push_back(f.mLo);
    std::sort(breaks.begin(), breaks.end(), std::greater<double>());
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
    size_t first = 0;
    size_t last = breaks.size();
    while (first < last) {
        const size_t mid = (first + last) / 2;
        if (totalAnswer(breaks[mid], false, &spends, nullptr) <= remaining)
            first = mid + 1;
        else
            last = mid;
    }
    const size_t k = first; // breaks[0..k-1] leave budget over with ties at their minimum
    if (k >= 1 && totalAnswer(breaks[k - 1], true, &spends, nullptr) >= remaining) {
        lambda = breaks[k - 1];
        const double atMin = totalAnswer(lambda, false, &spends, nullptr);
        fillTies(lambda, remaining - atMin, &spends);
        return finish(lambda);
    }

    double upper = k >= 1 ? breaks[k - 1] : infinity;
    const double lower = k < breaks.size() ? breaks[k] : 0.0;
    double saturatingCeiling = -infinity; // above it every saturating channel sits at its minimum
    for (const FreeChannel &f : m_free)
        if (!m_responses[static_cast<size_t>(f.index)].isLinear())
            saturatingCeiling = std::max(saturatingCeiling, f.mLo);
    if (!(saturatingCeiling > lower)) {
        // Only linear channels move here, so the budget must sit on a jump; rounding got us here.
        lambda = k >= 1 ? breaks[k - 1] : lower;
        const double atMin = totalAnswer(lambda, false, &spends, nullptr);
        fillTies(lambda, remaining - atMin, &spends);
        return finish(lambda);
    }
    upper = std::min(upper, saturatingCeiling);

    // Continuous stretch: solve total(lambda) = remaining by Newton's method in
    // mu = ln(lambda + delta), safeguarded by bisection. In mu a single-group saturating
    // channel's answer is linear, so the steps are nearly exact.
    auto lambdaOf = [delta](double mu) { return delta > 0.0 ? std::expm1(mu) : std::exp(mu); };
    auto muOf = [delta](double l) { return delta > 0.0 ? std::log1p(l) : std::log(l); };
    double muA = lower > 0.0 || delta > 0.0 ? muOf(lower) : -infinity; // total > remaining
    double muB = muOf(upper);                                          // total <= remaining
    double mu = std::isfinite(muA) ? 0.5 * (muA + muB) : muB - 1.0;
    const double tolerance = 1e-12 * std::max(remaining, 1.0);
    for (int iteration = 0; iteration < 200; ++iteration) {
        lambda = lambdaOf(mu);
        double slope = 0.0;
        const double excess = totalAnswer(lambda, false, &spends, &slope) - remaining;
        if (std::fabs(excess) <= tolerance)
            break;
        if (excess > 0.0)
            muA = mu;
        else
            muB = mu;
        double next = slope < 0.0 ? mu - excess / slope : std::numeric_limits<double>::quiet_NaN();
        if (!(next > muA && next < muB))
            next = std::isfinite(muA) ? 0.5 * (muA + muB) : muB - 2.0 * (iteration + 1);
        if (std::fabs(next - mu) <= 1e-15 * std::max(1.0, std::fabs(mu)))
            break;
        mu = next;
    }

    // Put the last rounding residue (at most 1e-12 of the budget) on the channels strictly inside
    // their bounds, in proportion to their spends, so that the spends add up to the budget; it
    // moves their marginals by far less than the 1e-6 KKT tolerance.
    double total = 0.0;
    for (const FreeChannel &f : m_free)
        total += spends[static_cast<size_t>(f.index)];
    double residue = remaining - total;
    if (residue != 0.0) {
        double weightSum = 0.0;
        std::vector<double> weights(m_free.size(), 0.0);
        for (size_t i = 0; i < m_free.size(); ++i) {
            const FreeChannel &f = m_free[i];
            const double s = spends[static_cast<size_t>(f.index)];
            if (!m_responses[static_cast<size_t>(f.index)].isLinear() && s > f.lo && s < f.hi) {
                weights[i] = std::max(s, 1.0);
                weightSum += weights[i];
            }
        }
        for (size_t i = 0; i < m_free.size() && weightSum > 0.0; ++i) {
            const FreeChannel &f = m_free[i];
            double &s = spends[static_cast<size_t>(f.index)];
            const double moved = std::clamp(s + residue * weights[i] / weightSum, f.lo, f.hi) - s;
            s += moved;
        }
    }
    return finish(lambda);
}

OptimizationResult BudgetOptimizer::optimize(double budget) const
{
    const QString why = infeasibility(budget);
    if (!why.isEmpty())
        throw InputError(why);
    const Solution solution = solve(budget);

    OptimizationResult result;
    result.objective = m_objective;
    result.budget = budget;
    result.lambda = solution.lambda;
    result.currentValue = sumValue(m_current);
    result.optimalValue = solution.value;
    size_t freeIndex = 0;
    for (size_t i = 0; i < m_responses.size(); ++i) {
        const SpendResponse &response = m_responses[i];
        ChannelAllocation a;
        a.name = m_names[i];
        a.locked = m_locked[i];
        if (a.locked) {
            a.minSpend = m_current[i];
            a.maxSpend = m_current[i];
        } else {
            const FreeChannel &f = m_free[freeIndex++];
            a.minSpend = f.lo;
            if (std::isfinite(f.hi))
                a.maxSpend = f.hi;
        }
        a.currentSpend = m_current[i];
        a.optimalSpend = solution.spends[i];
        a.currentValue = response.value(a.currentSpend);
        a.optimalValue = response.value(a.optimalSpend);
        a.marginalValue = response.marginal(a.optimalSpend);
        result.currentSpend += a.currentSpend;
        result.optimalSpend += a.optimalSpend;
        result.channels.push_back(a);
    }
    return result;
}

std::optional<double> BudgetOptimizer::optimalValue(double budget) const
{
    if (!infeasibility(budget).isEmpty())
        return std::nullopt;
    return solve(budget).value;
}

std::vector<FrontierPoint> BudgetOptimizer::frontier(double budget) const
{
    std::vector<FrontierPoint> points;
    for (int quarter = 1; quarter <= 8; ++quarter) {
        FrontierPoint point;
        point.budget = budget * quarter / 4.0;
        point.value = optimalValue(point.budget);
        points.push_back(point);
    }
    return points;
}

GoalSeekResult BudgetOptimizer::goalSeek(double target) const
{
    GoalSeekResult result;
    result.target = target;
    const double tolerance = 1e-10 * std::max(1.0, std::fabs(target));

    double budget = minimumBudget();
    Solution solution = solve(budget);
    if (solution.value >= target - tolerance) {
        result.reachable = true;
        result.budget = budget;
        result.value = solution.value;
        return result;
    }

    // The best value within reach: at the maximum spends for orders and net revenue (only
    // approached when some channel is unlimited); for profit at the spend where every channel's
    // next unit stops paying (unbounded when an unlimited linear channel pays its way).
    std::optional<double> topBudget;
    double topValue = infinity;
    if (m_objective == Objective::Profit) {
        std::vector<double> spends = m_current;
        const double spent = totalAnswer(0.0, false, &spends, nullptr);
        if (std::isfinite(spent)) {
            topBudget = std::max(minimumBudget(), m_lockedSpend + spent);
            topValue = solve(*topBudget).value;
        }
    } else if (std::isfinite(m_sumHi)) {
        topBudget = m_lockedSpend + m_sumHi;
        topValue = solve(*topBudget).value;
    } else {
        topValue = m_fixedValue;
        for (size_t i = 0; i < m_responses.size(); ++i)
            if (m_locked[i])
                topValue += m_responses[i].value(m_current[i]);
        for (const FreeChannel &f : m_free) {
            const SpendResponse &response = m_responses[static_cast<size_t>(f.index)];
            topValue += std::isfinite(f.hi) ? response.value(f.hi) : response.valueAtInfinity();
        }
    }
    const bool outOfReach = topBudget ? target > topValue + tolerance
                                      : (std::isfinite(topValue) && target >= topValue - tolerance);
    if (outOfReach) {
        result.reachable = false;
        result.budget = topBudget;
        result.value = topValue;
        return result;
    }

    // The optimal value V(B) is concave and non-decreasing with dV/dB = lambda, so Newton's
    // method from the left never overshoots: each step lands at or below the least budget.
    for (int iteration = 0; iteration < 500; ++iteration) {
        if (solution.value >= target - tolerance)
            break;
        if (!(solution.lambda > 0.0))
            break;
        double next = budget + (target - solution.value) / solution.lambda;
        if (topBudget)
            next = std::min(next, *topBudget);
        if (!(next > budget))
            break;
        budget = next;
        solution = solve(budget);
    }
    result.reachable = true;
    result.budget = budget;
    result.value = solution.value;
    return result;
}

} // namespace funnelcast
