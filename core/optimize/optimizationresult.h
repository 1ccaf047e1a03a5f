#pragma once

#include "optimize/objective.h"

#include <QString>

#include <optional>
#include <vector>

namespace funnelcast {

// Plain values the budget optimizer returns (MODEL.md section 7).

struct ChannelAllocation
{
    QString name;
    bool locked = false;
    double minSpend = 0.0;              // the bound used (a locked channel: its spend)
    std::optional<double> maxSpend;     // absent = unlimited
    double currentSpend = 0.0;
    double optimalSpend = 0.0;
    double currentValue = 0.0;          // the channel's objective value (profit: margin*net - S)
    double optimalValue = 0.0;
    double marginalValue = 0.0;         // d(objective)/d(spend) at the optimal spend
};

struct OptimizationResult
{
    Objective objective = Objective::Orders;
    double budget = 0.0;
    // The multiplier of the budget constraint: d(optimal value)/d(budget). 0 when a profit
    // optimum leaves budget unspent.
    double lambda = 0.0;
    double currentValue = 0.0; // whole scenario: channels, creators and organic
    double currentSpend = 0.0; // paid spend
    double optimalValue = 0.0;
    double optimalSpend = 0.0;
    std::vector<ChannelAllocation> channels; // in the scenario's order, locked ones included
};

struct FrontierPoint
{
    double budget = 0.0;
    std::optional<double> value; // absent when no allocation meets this budget
};

struct GoalSeekResult
{
    double target = 0.0;
    bool reachable = false;
    // Reachable: the least budget whose optimum reaches the target, and that optimum.
    // Out of reach: the best value there is, and the least budget that attains it (absent when
    // it is only approached as the budget grows without limit).
    std::optional<double> budget;
    double value = 0.0;
};

} // namespace funnelcast
