#include "forecast/percentiles.h"

#include <algorithm>
#include <cmath>
#include <functional>

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(FUNNELCAST_KERNEL_AVX2)
#include <immintrin.h>
#endif

namespace funnelcast {
namespace FC_KERNEL_NS {
namespace {

// One gathered element: its histogram bucket, value and draw index; ordered by value, ties
// by index (the bucket first, which is the same within a bucket's segment). Defined before
// the kernel's target pragma on purpose: std::nth_element, compiled for the baseline, can
// then inline the comparison (a baseline function cannot inline an AVX2 one).
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

} // namespace
} // namespace FC_KERNEL_NS
} // namespace funnelcast

FC_KERNEL_CODE_BEGIN

namespace funnelcast {
namespace FC_KERNEL_NS {

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

// 1,024 buckets: fewer would crowd the wanted buckets, more cost more to clear and scan.
constexpr std::uint32_t bucketCount = 1024;

// The elements of ranks ranks[0..count) (ascending) of x[0, n), with their draw indices.
// Exact: one pass for the range, one to histogram the values into buckets of equal width,
// one to gather the few elements of the buckets holding the wanted ranks, then a sort of
// those few. Ties are ranked by draw index.
void selectRanks(const double *x, std::size_t n, const std::size_t *ranks, int count,
                 double *values, std::size_t *indices, Percentiles::RangeHint *hint)
{
    const bool hinted = hint && hint->valid && hint->hi > hint->lo;
    double lo = x[0], hi = x[0];
    if (hinted) {
        lo = hint->lo;
        hi = hint->hi;
    } else {
        // Four independent chains: the compiler keeps them in registers side by side.
        double lo1 = lo, lo2 = lo, lo3 = lo, hi1 = hi, hi2 = hi, hi3 = hi;
        std::size_t i = 0;
        for (; i + 4 <= n; i += 4) {
            lo = x[i] < lo ? x[i] : lo;
            hi = x[i] > hi ? x[i] : hi;
            lo1 = x[i + 1] < lo1 ? x[i + 1] : lo1;
            hi1 = x[i + 1] > hi1 ? x[i + 1] : hi1;
            lo2 = x[i + 2] < lo2 ? x[i + 2] : lo2;
            hi2 = x[i + 2] > hi2 ? x[i + 2] : hi2;
            lo3 = x[i + 3] < lo3 ? x[i + 3] : lo3;
            hi3 = x[i + 3] > hi3 ? x[i + 3] : hi3;
        }
        for (; i < n; ++i) {
            lo = x[i] < lo ? x[i] : lo;
            hi = x[i] > hi ? x[i] : hi;
        }
        lo = std::min(std::min(lo, lo1), std::min(lo2, lo3));
        hi = std::max(std::max(hi, hi1), std::max(hi2, hi3));
    }
    if (hint && !hinted)
        hint->valid = false;
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
    thread_local std::vector<Gathered> gathered;
    thread_local std::vector<std::int32_t> bucketOf;
    std::uint32_t histogram[bucketCount] = {};
    const double scale = bucketCount / (hi - lo);
    // Monotone in v, so buckets keep the order of values; with a hinted range, values outside
    // it fall into the end buckets (still exact, only those buckets get fuller).
    auto bucket = [lo, scale](double v) {
        double t = (v - lo) * scale;
        t = t > 0.0 ? t : 0.0;
        t = t < double(bucketCount - 1) ? t : double(bucketCount - 1);
        return static_cast<std::int32_t>(t);
    };
    {
        // First every bucket index (a plain loop the compiler vectorises), then the counts.
        bucketOf.resize(n);
        std::int32_t *__restrict bk = bucketOf.data();
        std::size_t first = 0;
        // The same clamp and truncation with explicit max/min instructions (the compiler turns
        // the plain loop into compares and blends); maxpd(t, 0) is exactly `t > 0 ? t : 0`.
#if defined(FUNNELCAST_KERNEL_AVX2)
        {
            const __m256d vlo = _mm256_set1_pd(lo), vscale = _mm256_set1_pd(scale),
                          zero = _mm256_setzero_pd(), top = _mm256_set1_pd(double(bucketCount - 1));
            for (; first + 4 <= n; first += 4) {
                __m256d t = _mm256_mul_pd(_mm256_sub_pd(_mm256_loadu_pd(x + first), vlo), vscale);
                t = _mm256_min_pd(_mm256_max_pd(t, zero), top);
                _mm_storeu_si128(reinterpret_cast<__m128i *>(bk + first), _mm256_cvttpd_epi32(t));
            }
        }
#elif defined(__SSE2__)
        {
            const __m128d vlo = _mm_set1_pd(lo), vscale = _mm_set1_pd(scale), zero = _mm_setzero_pd(),
                          top = _mm_set1_pd(double(bucketCount - 1));
            for (; first + 2 <= n; first += 2) {
                __m128d t = _mm_mul_pd(_mm_sub_pd(_mm_loadu_pd(x + first), vlo), vscale);
                t = _mm_min_pd(_mm_max_pd(t, zero), top);
                _mm_storel_epi64(reinterpret_cast<__m128i *>(bk + first), _mm_cvttpd_epi32(t));
            }
        }
#endif
        for (std::size_t i = first; i < n; ++i)
            bk[i] = bucket(x[i]);
        // Two interleaved histograms, so that neighbouring values in the same bucket do not
        // wait for each other's increment.
        std::uint32_t second[bucketCount] = {};
        std::size_t i = 0;
        for (; i + 2 <= n; i += 2) {
            ++histogram[bk[i]];
            ++second[bk[i + 1]];
        }
        if (i < n)
            ++histogram[bk[i]];
        for (std::uint32_t b = 0; b < bucketCount; ++b)
            histogram[b] += second[b];
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
    if (hint) {
        std::uint32_t first = 0, last = bucketCount - 1;
        while (histogram[first] == 0)
            ++first;
        while (histogram[last] == 0)
            --last;
        if (hinted) {
            // A poor guess (the wanted buckets hold many elements): select again from the
            // exact range.
            std::size_t load = 0;
            for (std::uint32_t b = 0; b < bucketCount; ++b)
                load += wanted[b] ? histogram[b] : 0;
            if (load > n / 64 + 64) {
                hint->valid = false;
                selectRanks(x, n, ranks, count, values, indices, hint);
                return;
            }
        }
        // Next call's guess: this range, widened where values may lie beyond it, plus drift.
        const double width = hi - lo;
        double nextLo = lo + first / scale, nextHi = lo + (last + 1) / scale;
        if (hinted && first == 0)
            nextLo -= 0.5 * width;
        if (hinted && last == bucketCount - 1)
            nextHi += 0.5 * width;
        const double drift = 0.05 * (nextHi - nextLo);
        hint->lo = nextLo - drift;
        hint->hi = nextHi + drift;
        hint->valid = true;
    }
    // Each wanted bucket gets its own segment of `gathered` (its size is its count), so
    // gathering is one store per element and no sort is needed afterwards.
    std::uint32_t cursor[bucketCount]; // set for wanted buckets only
    std::uint32_t segment[bucketCount];
    {
        std::uint32_t total = 0;
        for (std::uint32_t b = 0; b < bucketCount; ++b)
            if (wanted[b]) {
                segment[b] = cursor[b] = total;
                total += histogram[b];
            }
        gathered.resize(total);
    }
    const std::int32_t *bk = bucketOf.data();
    auto put = [&](std::size_t j) {
        const std::uint32_t b = static_cast<std::uint32_t>(bk[j]);
        gathered[cursor[b]++] = {b, static_cast<std::uint32_t>(j), x[j]};
    };
    std::size_t i = 0;
#if defined(FUNNELCAST_KERNEL_AVX2)
    // As below, eight bucket indices at a time.
    if (count == 2 * Percentiles::count) {
        __m256i below[Percentiles::count], above[Percentiles::count];
        for (int level = 0; level < Percentiles::count; ++level) {
            below[level] = _mm256_set1_epi32(static_cast<std::int32_t>(rankBucket[2 * level]) - 1);
            above[level] = _mm256_set1_epi32(static_cast<std::int32_t>(rankBucket[2 * level + 1]) + 1);
        }
        for (; i + 8 <= n; i += 8) {
            const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(bk + i));
            const __m256i m0 = _mm256_and_si256(_mm256_cmpgt_epi32(b, below[0]), _mm256_cmpgt_epi32(above[0], b));
            const __m256i m1 = _mm256_and_si256(_mm256_cmpgt_epi32(b, below[1]), _mm256_cmpgt_epi32(above[1], b));
            const __m256i m2 = _mm256_and_si256(_mm256_cmpgt_epi32(b, below[2]), _mm256_cmpgt_epi32(above[2], b));
            if (_mm256_testz_si256(_mm256_or_si256(_mm256_or_si256(m0, m1), m2), _mm256_set1_epi32(-1)))
                continue;
            for (std::size_t j = i; j < i + 8; ++j)
                if (wanted[bk[j]])
                    put(j);
        }
    }
#endif
#ifdef __SSE2__
    // Only a few elements in a hundred are wanted: test four bucket indices at a time against
    // the wanted ranges (each level's lower and upper rank lie in one bucket or in two with
    // only empty buckets between them) and look closer only where one matches.
    {
        __m128i below[Percentiles::count], above[Percentiles::count];
        int ranges = 0;
        for (int r = 0; r + 1 < count; r += 2) {
            below[ranges] = _mm_set1_epi32(static_cast<std::int32_t>(rankBucket[r]) - 1);
            above[ranges] = _mm_set1_epi32(static_cast<std::int32_t>(rankBucket[r + 1]) + 1);
            ++ranges;
        }
        if (count % 2 == 0 && ranges == Percentiles::count) {
            for (; i + 4 <= n; i += 4) {
                const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(bk + i));
                const __m128i m0 = _mm_and_si128(_mm_cmpgt_epi32(b, below[0]), _mm_cmpgt_epi32(above[0], b));
                const __m128i m1 = _mm_and_si128(_mm_cmpgt_epi32(b, below[1]), _mm_cmpgt_epi32(above[1], b));
                const __m128i m2 = _mm_and_si128(_mm_cmpgt_epi32(b, below[2]), _mm_cmpgt_epi32(above[2], b));
                if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(m0, m1), m2)) == 0)
                    continue;
                for (std::size_t j = i; j < i + 4; ++j)
                    if (wanted[bk[j]])
                        put(j);
            }
        }
    }
#endif
    for (; i < n; ++i) {
        if (wanted[bk[i]])
            put(i);
    }
    // Within its bucket's segment, rank r is element ranks[r] - before[r] by (value, index):
    // nth_element places it, and the next rank in the same bucket lies after it.
    std::size_t searchFrom = 0;
    for (int r = 0; r < count; ++r) {
        const std::uint32_t b = rankBucket[r];
        const std::size_t start = segment[b], end = start + histogram[b];
        if (r == 0 || rankBucket[r - 1] != b)
            searchFrom = start;
        const std::size_t at = start + (ranks[r] - before[r]);
        if (at >= searchFrom) { // equal ranks (n = 1) need no second search
            std::nth_element(gathered.begin() + static_cast<std::ptrdiff_t>(searchFrom),
                             gathered.begin() + static_cast<std::ptrdiff_t>(at),
                             gathered.begin() + static_cast<std::ptrdiff_t>(end));
            searchFrom = at + 1;
        }
        values[r] = gathered[at].value;
        if (indices)
            indices[r] = gathered[at].index;
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

void Percentiles::compute(const double *data, std::size_t n, double out[count], RangeHint *hint)
{
    std::size_t ranks[2 * count];
    double fractions[count];
    levelRanks(n, ranks, fractions);
    double values[2 * count];
    selectRanks(data, n, ranks, 2 * count, values, nullptr, hint);
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
    selectRanks(key, n, ranks, 2 * count, values, out, nullptr);
}

} // namespace FC_KERNEL_NS
} // namespace funnelcast

FC_KERNEL_CODE_END
