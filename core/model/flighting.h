#pragma once

#include <QString>

#include <vector>

namespace funnelcast {

enum class FlightingPattern { Even, Front, Back, Pulse, Custom };

// How a paid channel's total spend is spread over the plan's weeks (MODEL.md section 3).
struct Flighting
{
    FlightingPattern pattern = FlightingPattern::Even;
    std::vector<double> weights; // only for Custom: one non-negative weight per week

    // The share p_t of spend in each of `weeks` weeks; sums to 1. A Custom flighting whose
    // weights do not fit (wrong length, all zero) gives all zeros; validation refuses it first.
    std::vector<double> shares(int weeks) const;

    static QString patternKey(FlightingPattern pattern);            // "even", "front", ...
    static bool patternFromKey(const QString &key, FlightingPattern *out);

    friend bool operator==(const Flighting &a, const Flighting &b)
    {
        return a.pattern == b.pattern && a.weights == b.weights;
    }
    friend bool operator!=(const Flighting &a, const Flighting &b) { return !(a == b); }
};

} // namespace funnelcast
