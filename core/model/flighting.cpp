#include "model/flighting.h"

#include <cmath>

namespace funnelcast {

std::vector<double> Flighting::shares(int weeks) const
{
    std::vector<double> raw(weeks > 0 ? static_cast<size_t>(weeks) : 0, 0.0);
    for (int t = 0; t < weeks; ++t) {
        double w = 1.0;
        switch (pattern) {
        case FlightingPattern::Even: w = 1.0; break;
        case FlightingPattern::Front: w = weeks - t; break;
        case FlightingPattern::Back: w = t + 1; break;
        case FlightingPattern::Pulse: w = (t % 2 == 0) ? 2.0 : 1.0; break;
        case FlightingPattern::Custom:
            w = (static_cast<int>(weights.size()) == weeks) ? weights[static_cast<size_t>(t)] : 0.0;
            break;
        }
        raw[static_cast<size_t>(t)] = (std::isfinite(w) && w > 0.0) ? w : 0.0;
    }
    double sum = 0.0;
    for (double w : raw)
        sum += w;
    if (sum <= 0.0)
        return std::vector<double>(raw.size(), 0.0);
    for (double &w : raw)
        w /= sum;
    return raw;
}

QString Flighting::patternKey(FlightingPattern pattern)
{
    switch (pattern) {
    case FlightingPattern::Even: return QStringLiteral("even");
    case FlightingPattern::Front: return QStringLiteral("front");
    case FlightingPattern::Back: return QStringLiteral("back");
    case FlightingPattern::Pulse: return QStringLiteral("pulse");
    case FlightingPattern::Custom: return QStringLiteral("custom");
    }
    return QStringLiteral("even");
}

bool Flighting::patternFromKey(const QString &key, FlightingPattern *out)
{
    static const FlightingPattern all[] = {FlightingPattern::Even, FlightingPattern::Front,
                                           FlightingPattern::Back, FlightingPattern::Pulse,
                                           FlightingPattern::Custom};
    for (FlightingPattern p : all) {
        if (patternKey(p) == key) {
            *out = p;
            return true;
        }
    }
    return false;
}

} // namespace funnelcast
