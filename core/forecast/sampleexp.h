#pragma once

#include <cstdint>
#include <cstring>

namespace funnelcast {

// exp(x) for the Monte Carlo input draws, in plain IEEE arithmetic: a loop over 10,000 draws
// vectorises it (libm's exp is one call per value, and was the largest single cost of drawing
// inputs), and every build and instruction set gives the same bits (no FMA: ISO C++ mode).
// Valid for |x| <= sampleExpLimit; callers use std::exp beyond (inputs never get there).
// Accuracy: relative error below 5e-16 (tst_forecastsampling compares it with std::exp).
// In a header on purpose: it must inline into the draw loops to vectorise.
constexpr double sampleExpLimit = 700.0;

inline double sampleExp(double x)
{
    // x = k ln2 + r, |r| <= ln2 / 2: k by the 1.5 * 2^52 rounding trick, r with ln2 split in
    // two (Cody-Waite: k * ln2Hi is exact for |k| < 2^11), exp(r) by its Taylor series to
    // r^13 / 13! (remainder below 4e-18 for |r| <= 0.347), then times 2^k built from bits.
    constexpr double invLn2 = 1.4426950408889634;
    constexpr double ln2Hi = 6.93147180369123816490e-01; // 0x3fe62e42fee00000
    constexpr double ln2Lo = 1.90821492927058770002e-10; // 0x3dea39ef35793c76
    constexpr double shifter = 6755399441055744.0;        // 1.5 * 2^52
    const double t = x * invLn2 + shifter;
    const double k = t - shifter;
    const double r = (x - k * ln2Hi) - k * ln2Lo;
    double p = 1.0 / 6227020800.0; // 1 / 13!
    p = p * r + 1.0 / 479001600.0;
    p = p * r + 1.0 / 39916800.0;
    p = p * r + 1.0 / 3628800.0;
    p = p * r + 1.0 / 362880.0;
    p = p * r + 1.0 / 40320.0;
    p = p * r + 1.0 / 5040.0;
    p = p * r + 1.0 / 720.0;
    p = p * r + 1.0 / 120.0;
    p = p * r + 1.0 / 24.0;
    p = p * r + 1.0 / 6.0;
    p = p * r + 0.5;
    p = p * r + 1.0;
    p = p * r + 1.0;
    // t's low bits hold 2^51 + k: subtracting the shifter's bits leaves k (unsigned: wraps
    // instead of overflowing for arguments beyond the limit, whose result is not used).
    std::uint64_t bits, shifterBits;
    std::memcpy(&bits, &t, sizeof bits);
    std::memcpy(&shifterBits, &shifter, sizeof shifterBits);
    const std::uint64_t scaleBits = (bits - shifterBits + 1023) << 52;
    double scale;
    std::memcpy(&scale, &scaleBits, sizeof scale);
    return p * scale;
}

} // namespace funnelcast
