#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace funnelcast {

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

    // Reorders `data` (scratch) and writes P10, P50, P90 to out. n >= 1.
    static void compute(double *data, std::size_t n, double out[count]);

    // For a key whose ranking is shared by other statistics: the draw indices holding the
    // lower and upper order statistic of each level ({lower0, upper0, lower1, ...}). Ties are
    // broken by draw index so the answer is deterministic.
    static void orderIndices(const double *key, std::size_t n, std::vector<std::uint32_t> &scratch,
                             std::size_t out[2 * count]);
};

} // namespace funnelcast
