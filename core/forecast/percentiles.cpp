#include "forecast/percentiles.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace funnelcast {

constexpr double Percentiles::levels[Percentiles::count];

Percentiles::Position Percentiles::position(std::size_t n, double level)
{
    Position p;
    if (n == 0)
        return p;
    const double at = static_cast<double>(n - 1) * level;
    p.lower = static_cast<std::size_t>(std::floor(at));
    if (p.lower > n - 1)
        p.lower = n - 1;
    p.upper = std::min(p.lower + 1, n - 1);
    p.fraction = at - static_cast<double>(p.lower);
    return p;
}

double Percentiles::interpolate(double lowerValue, double upperValue, double fraction)
{
    const double diff = upperValue - lowerValue;
    if (fraction >= 0.5)
        return upperValue - diff * (1.0 - fraction);
    return lowerValue + diff * fraction;
}

namespace {

// One gathered element: its histogram bucket, value and draw index; sorted in that order so
// that elements of one bucket are contiguous, by value, ties by index.
struct Gathered
{
    std::uint32_t bucket;
    std::uint32_t index;
    double value;
    bool operator<(const Gathered &o) const
    {
        if (bucket != o.bucket)
            return bucket < o.bucket;
        if (value != o.value)
            return value < o.value;
        return index < o.index;
    }
};

constexpr std::uint32_t bucketCount = 4096;

// The elements of ranks ranks[0..count) (ascending) of x[0, n), with their draw indices.
// Exact: one pass for the range, one to histogram the values into buckets of equal width,
// one to gather the few elements of the buckets holding the wanted ranks, then a sort of
// those few. Ties are ranked by draw index.
void selectRanks(const double *x, std::size_t n, const std::size_t *ranks, int count,
                 double *values, std::size_t *indices)
{
    double lo = x[0], hi = x[0];
    for (std::size_t i = 1; i < n; ++i) {
        lo = x[i] < lo ? x[i] : lo;
        hi = x[i] > hi ? x[i] : hi;
    }
    if (!std::isfinite(hi - lo)) {
        // Not finite (the engine never produces it): plain sort by value, ties by index.
        std::vector<Gathered> all(n);
        for (std::size_t i = 0; i < n; ++i)
            all[i] = {0, static_cast<std::uint32_t>(i), x[i]};
        std::sort(all.begin(), all.end());
        for (int r = 0; r < count; ++r) {
            values[r] = all[ranks[r]].value;
            if (indices)
                indices[r] = all[ranks[r]].index;
        }
        return;
    }
    if (!(hi > lo)) {
        // All equal: rank r is element r.
        for (int r = 0; r < count; ++r) {
            values[r] = x[ranks[r]];
            if (indices)
                indices[r] = ranks[r];
        }
        return;
    }
    thread_local std::vector<std::uint16_t> bucketOf;
    thread_local std::vector<Gathered> gathered;
    std::uint32_t histogram[bucketCount] = {};
    const double scale = bucketCount / (hi - lo);
    bucketOf.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        // Rounding can put the maximum at bucketCount: clamp it into the last bucket.
        std::uint32_t b = static_cast<std::uint32_t>((x[i] - lo) * scale);
        b = b < bucketCount ? b : bucketCount - 1;
        bucketOf[i] = static_cast<std::uint16_t>(b);
        ++histogram[b];
    }
    // Bucket of each rank and the number of elements in earlier buckets.
    std::uint32_t rankBucket[2 * Percentiles::count];
    std::size_t before[2 * Percentiles::count];
    bool wanted[bucketCount] = {};
    {
        std::size_t cumulative = 0;
        int r = 0;
        for (std::uint32_t b = 0; b < bucketCount && r < count; ++b) {
            const std::size_t next = cumulative + histogram[b];
            while (r < count && ranks[r] < next) {
                rankBucket[r] = b;
                before[r] = cumulative;
                wanted[b] = true;
                ++r;
            }
            cumulative = next;
        }
    }
    gathered.clear();
    for (std::size_t i = 0; i < n; ++i)
        if (wanted[bucketOf[i]])
            gathered.push_back({bucketOf[i], static_cast<std::uint32_t>(i), x[i]});
    std::sort(gathered.begin(), gathered.end());
    for (int r = 0; r < count; ++r) {
        const auto first = std::lower_bound(gathered.begin(), gathered.end(), rankBucket[r],
                                            [](const Gathered &g, std::uint32_t b) { return g.bucket < b; });
        const Gathered &g = *(first + static_cast<std::ptrdiff_t>(ranks[r] - before[r]));
        values[r] = g.value;
        if (indices)
            indices[r] = g.index;
    }
}

// The ranks of the lower and upper order statistic of each level, ascending.
void levelRanks(std::size_t n, std::size_t ranks[2 * Percentiles::count],
                double fractions[Percentiles::count])
{
    for (int i = 0; i < Percentiles::count; ++i) {
        const Percentiles::Position p = Percentiles::position(n, Percentiles::levels[i]);
        ranks[2 * i] = p.lower;
        ranks[2 * i + 1] = p.upper;
        fractions[i] = p.fraction;
    }
}

} // namespace

void Percentiles::compute(double *data, std::size_t n, double out[count])
{
    std::size_t ranks[2 * count];
    double fractions[count];
    levelRanks(n, ranks, fractions);
    double values[2 * count];
    selectRanks(data, n, ranks, 2 * count, values, nullptr);
    for (int i = 0; i < count; ++i)
        out[i] = interpolate(values[2 * i], values[2 * i + 1], fractions[i]);
}

void Percentiles::orderIndices(const double *key, std::size_t n, std::vector<std::uint32_t> &,
                               std::size_t out[2 * count])
{
    std::size_t ranks[2 * count];
    double fractions[count];
    levelRanks(n, ranks, fractions);
    double values[2 * count];
    selectRanks(key, n, ranks, 2 * count, values, out);
}

} // namespace funnelcast
