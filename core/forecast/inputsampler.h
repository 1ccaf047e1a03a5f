#pragma once

#include "model/uncertain.h"

#include <cstddef>
#include <cstdint>

namespace funnelcast {

// Draws one uncertain input as MODEL.md section 2 says (split lognormal for amounts, split
// logit-normal for rates), from a counter-based generator: the normal deviate of a draw is a
// pure function of (seed, channel key, draw index, input index), so the numbers do not depend
// on how draws are split between threads or in which order they are made.
class InputSampler
{
public:
    // `isRate` selects logit-normal; a fixed value (low == base == high) is never drawn.
    InputSampler(const Uncertain &value, bool isRate);

    bool isFixed() const { return m_fixed; }
    double base() const { return m_base; }
    // The input's value for the standard normal deviate z.
    double valueAt(double z) const;
    // valueAt(z) of a drawn input in three steps, so that a loop over draws vectorises each
    // (the Monte Carlo kernel does exactly this, giving valueAt's bits): x = exponentAt(z);
    // e = exp(x) (sampleExp within sampleExpLimit, else std::exp); the value is fromExp(e).
    double exponentAt(double z) const
    {
        const double s = z >= 0.0 ? m_sUp : m_sDown;
        return m_rate ? -(m_center + s * z) : s * z;
    }
    double fromExp(double e) const { return m_rate ? 1.0 / (1.0 + e) : m_base * e; }

    // P10/P50/P90 of N(0,1): k = Phi^-1(0.9).
    static constexpr double k = 1.2815515655446004;

    // Standard normal deviate for one (seed, channel, draw, input) counter.
    static double normal(std::uint64_t seed, std::uint64_t channelKey, std::uint64_t draw,
                         std::uint32_t input);
    // The same in two steps, the first shared by all draws of a channel:
    // normal(seed, key, draw, input) == normalAt(streamKey(seed, key), draw, input).
    static std::uint64_t streamKey(std::uint64_t seed, std::uint64_t channelKey);
    static double normalAt(std::uint64_t streamKey, std::uint64_t draw, std::uint32_t input);
    // normalAt(streamKey, d, input) for d = 0..count-1 into out, faster.
    static void normals(std::uint64_t streamKey, std::size_t count, std::uint32_t input, double *out);
    // Inverse of the standard normal CDF on (0, 1) (Wichura's AS241, about 1e-16 relative).
    static double inverseNormalCdf(double p);
    static std::uint64_t splitmix64(std::uint64_t x);

private:
    bool m_fixed = true;
    bool m_rate = false;
    double m_base = 0.0;
    double m_center = 0.0; // base, or logit(base) for a rate
    double m_sUp = 0.0;    // s for z >= 0
    double m_sDown = 0.0;  // s for z < 0
};

} // namespace funnelcast
