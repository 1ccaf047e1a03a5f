#pragma once

#include "model/plan.h"
#include "optimize/spendresponse.h"
#include "optimize/objective.h"
#include "optimize/optimizationresult.h"

#include <optional>
#include <vector>

namespace funnelcast {

// The budget optimizer of MODEL.md section 7: splits a paid-media budget B over a scenario's
// paid channels to maximise orders, net revenue or profit at base inputs, each channel's
// flighting kept, min/max spends and locked channels respected, sum = B (<= B for profit).
//
// The problem is separable and concave, so the optimum equalises marginal values: for a price
// lambda every free channel answers with the spend where its marginal equals lambda (clamped to
// its bounds), and lambda is found so that the answers add up to the budget. Linear channels
// (no audience capacity) have a constant marginal; they make the total spend jump at their
// marginal, which is handled exactly (see docs/optimizer.md).
class BudgetOptimizer
{
public:
    // Throws InputError when the scenario has no paid channel, every channel is locked, or a
    // free channel's min_spend is above its max_spend.
    BudgetOptimizer(const Plan &plan, const Scenario &scenario, Objective objective);

    Objective objective() const { return m_objective; }
    // Locked spends plus the free channels' minimum spends: the least feasible budget.
    double minimumBudget() const { return m_lockedSpend + m_sumLo; }
    // Locked spends plus the maximum spends; absent when some free channel is unlimited.
    std::optional<double> maximumBudget() const;

    // The optimum for `budget`. Throws InputError when the budget is negative, below the
    // minimum budget, or (orders, net revenue) above the maximum budget.
    OptimizationResult optimize(double budget) const;
    // The optimal objective value, or nothing when no allocation meets the budget.
    std::optional<double> optimalValue(double budget) const;
    // The optimal value at 25%, 50%, ..., 200% of `budget`.
    std::vector<FrontierPoint> frontier(double budget) const;
    // The least budget whose optimum reaches `target`, or the best value within reach.
    GoalSeekResult goalSeek(double target) const;

    // The whole scenario's objective value with these paid spends (one per channel, in the
    // scenario's order): channels plus creators and organic streams.
    double scenarioValue(const std::vector<double> &spends) const;
    // The creators' and organic streams' part of the objective (fixed costs included for profit).
    double fixedValue() const { return m_fixedValue; }
    const SpendResponse &response(int channel) const;

private:
    struct Solution
    {
        std::vector<double> spends; // per channel of the scenario
        double lambda = 0.0;
        double value = 0.0; // whole scenario
    };
    struct FreeChannel
    {
        int index = 0;      // in the scenario
        double lo = 0.0;
        double hi = 0.0;    // may be +infinity
        double mLo = 0.0;   // marginal at lo
        double mHi = 0.0;   // marginal at hi (at infinity: marginalAtInfinity())
    };

    // Why a budget is infeasible, or an empty string.
    QString infeasibility(double budget) const;
    Solution solve(double budget) const;
    // The free channels' total answer to the price lambda: saturating channels solved for
    // marginal == lambda (spends written into *spends, warm-started from them), linear ones
    // at their max above lambda, min below, and ties at min (tiesHigh false) or max.
    double totalAnswer(double lambda, bool tiesHigh, std::vector<double> *spends,
                       double *slope) const;
    void fillTies(double lambda, double remainder, std::vector<double> *spends) const;
    double sumValue(const std::vector<double> &spends) const;

    Objective m_objective;
    QString m_scenarioName;
    std::vector<SpendResponse> m_responses; // one per channel of the scenario
    std::vector<QString> m_names;
    std::vector<double> m_current;            // current spends
    std::vector<bool> m_locked;
    std::vector<FreeChannel> m_free;
    double m_lockedSpend = 0.0;
    double m_sumLo = 0.0;
    double m_sumHi = 0.0; // +infinity when some free channel is unlimited
    double m_fixedValue = 0.0;
};

} // namespace funnelcast
