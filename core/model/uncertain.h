#pragma once

namespace funnelcast {

// An input that is either a plain number or a {low, base, high} triple read as its
// 10th, 50th and 90th percentile (MODEL.md section 2). A plain number has low == base == high.
struct Uncertain
{
    double low = 0.0;
    double base = 0.0;
    double high = 0.0;

    Uncertain() = default;
    // Implicit on purpose: a plain number is the common case in code and tests.
    constexpr Uncertain(double value) : low(value), base(value), high(value) {}
    constexpr Uncertain(double lowValue, double baseValue, double highValue)
        : low(lowValue), base(baseValue), high(highValue)
    {
    }

    constexpr bool isFixed() const { return low == base && base == high; }
    friend constexpr bool operator==(const Uncertain &a, const Uncertain &b)
    {
        return a.low == b.low && a.base == b.base && a.high == b.high;
    }
    friend constexpr bool operator!=(const Uncertain &a, const Uncertain &b) { return !(a == b); }
};

// How an uncertain input is bounded and how Monte Carlo draws it.
enum class ValueKind {
    Rate,          // in [0, 1); a triple needs 0 < low and high < 1; split logit-normal
    RateInclusive, // in [0, 1] (view_rate, reach_rate); triple as Rate; split logit-normal
    Amount,        // finite and >= 0; a triple needs low > 0; split lognormal
    PositiveAmount // finite and > 0 (cpm, aov, followers, audience); split lognormal
};

inline constexpr bool isRateKind(ValueKind kind)
{
    return kind == ValueKind::Rate || kind == ValueKind::RateInclusive;
}

} // namespace funnelcast
