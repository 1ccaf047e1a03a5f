#pragma once

#include "forecast/kernelisa.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace funnelcast {
namespace FC_KERNEL_NS { // kernelisa.h: one copy per instruction set

// P10, P50 and P90 of a sample by linear interpolation between order statistics, as numpy's
// default 'linear' method: position (n - 1) * q, value = x[lo] + (x[hi] - x[lo]) * fraction.
class Percentiles
{
public:
    static constexpr int count = 3;
    static constexpr double levels[count] = {0.1, 0.5, 0.9};

    // Where the order statistics of one level sit in a sorted sample of n.
    struct Position
    {
        std::size_t lower = 0;
        std::size_t upper = 0;
        double fraction = 0.0;
    };
    static Position position(std::size_t n, double level);
    // numpy's lerp: exact at both ends, monotone in the fraction.
    static double interpolate(double lowerValue, double upperValue, double fraction);

    // Writes P10, P50, P90 of data[0, n) to out (data unchanged). n >= 1. Exact: see
    // docs/forecast.md for the selection.
    // `hint` (optional) carries a guess of the value range from one call to the next, for a
    // statistic selected week after week: it saves a pass and never changes the answer.
    struct RangeHint
    {
        double lo = 0.0;
        double hi = 0.0;
        bool valid = false;
    };
    static void compute(const double *data, std::size_t n, double out[count],
                        RangeHint *hint = nullptr);

    // For a key whose ranking is shared by other statistics: the draw indices holding the
    // lower and upper order statistic of each level ({lower0, upper0, lower1, ...}). Ties are
    // broken by draw index so the answer is deterministic.
    static void orderIndices(const double *key, std::size_t n, std::vector<std::uint32_t> &scratch,
                             std::size_t out[2 * count]);
};

} // namespace FC_KERNEL_NS
using FC_KERNEL_NS::Percentiles;

} // namespace funnelcast
