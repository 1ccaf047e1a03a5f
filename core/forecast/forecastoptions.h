#pragma once

#include <atomic>
#include <cstdint>

namespace funnelcast {

struct ForecastOptions
{
    static constexpr int defaultDraws = 10000;
    static constexpr int maxDraws = 1000000;
    static constexpr std::uint64_t defaultSeed = 1;

    int draws = defaultDraws;         // 0 = base values only
    std::uint64_t seed = defaultSeed;
    int threads = 0;                  // 0 = all cores; the numbers do not depend on it
    // Checked between weeks of each channel; when it becomes true, run() stops early and
    // returns the base forecast with `cancelled` set.
    const std::atomic<bool> *cancel = nullptr;
    // Run the baseline (SSE2) Monte Carlo kernel even where the AVX2 one could run: for the
    // tests that check both give the same bits.
    bool baselineKernel = false;
};

} // namespace funnelcast
