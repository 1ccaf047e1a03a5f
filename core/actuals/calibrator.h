#pragma once

#include "actuals/actualsrow.h"
#include "actuals/calibration.h"
#include "model/plan.h"

#include <vector>

namespace funnelcast {

class Database;

// Calibrates a paid channel's assumptions from its weekly actuals (MODEL.md section 8):
// CPM = 1000 sum spend / sum impressions, CTR = sum clicks / sum impressions, click-to-order
// rate = sum orders / sum clicks spread over view/cart/purchase keeping the plan's stage
// proportions (each stage keeps its share of the funnel's log drop-off), AOV = sum revenue /
// sum orders, and, when weekly spend varies enough, K with the unsaturated CPM by least squares
// on I_t = K (1 - exp(-(1000 s_t / CPM) / K)). Bounds from a bootstrap over weeks with a fixed
// seed, so the same actuals always give the same numbers.
class Calibrator
{
public:
    static Calibration calibrate(const std::vector<ActualsWeek> &weeks, const PaidChannel &channel);
    // Reads the channel's weekly actuals from the plan file; the channel is looked up by name in
    // the first scenario that has it. Throws UsageError for an unknown channel.
    static Calibration calibrate(Database &db, const Plan &plan, const QString &channel);

    // The channel with every estimate that is ok written into its assumptions. K becomes
    // audience = K / F when F is set, F = K / A when only A is, else audience = K at F = 1.
    static PaidChannel apply(const PaidChannel &channel, const Calibration &calibration);

    // Fits (impressions per unit of spend, K) by least squares; K = 0 means no saturation
    // (impressions grow in step with spend). Exposed for tests.
    static void fitCapacity(const std::vector<double> &spend,
        const std::vector<double> &impressions, double *perSpend, double *capacity);

    static constexpr int bootstrapSamples = 1000;
    static constexpr int capacityBootstrapSamples = 400; // each one a least-squares fit
    static constexpr unsigned long long bootstrapSeed = 20260201ULL;
    static constexpr int minWeeks = 3; // for any estimate
    static constexpr int minCapacityWeeks = 4; // full weeks for K
    static constexpr double minSpendVariation = 0.2; // coefficient of variation of weekly spend
    static constexpr double minOrders = 5.0; // for click-to-order rate and AOV
};

} // namespace funnelcast
