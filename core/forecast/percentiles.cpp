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

// Finds the lower and upper order statistic of each level in data[0, n), from the highest
// level down so that each selection only searches the part left of the previous one.
// `less` orders elements; `at` reads the value reported for an element.
template <class T, class Less, class Emit>
void selectLevels(T *data, std::size_t n, Less less, Emit emit)
{
    std::size_t end = n;           // data[0, end) holds the `end` smallest elements
    bool havePrevious = false;
    Percentiles::Position previous;
    T previousLower{}, previousUpper{};
    for (int i = Percentiles::count - 1; i >= 0; --i) {
        const Percentiles::Position p = Percentiles::position(n, Percentiles::levels[i]);
        T lower, upper;
        if (havePrevious && p.lower == previous.lower) {
            lower = previousLower;
            upper = previousUpper;
        } else {
            std::nth_element(data, data + p.lower, data + end, less);
            lower = data[p.lower];
            if (p.upper == p.lower)
                upper = lower;
            else if (havePrevious && p.upper == previous.lower)
                upper = previousLower;
            else
                upper = *std::min_element(data + p.lower + 1, data + end, less);
            end = p.lower;
        }
        emit(i, p, lower, upper);
        previous = p;
        previousLower = lower;
        previousUpper = upper;
        havePrevious = true;
    }
}

} // namespace

void Percentiles::compute(double *data, std::size_t n, double out[count])
{
    selectLevels(data, n, std::less<double>(),
                 [out](int i, const Position &p, double lower, double upper) {
                     out[i] = interpolate(lower, upper, p.fraction);
                 });
}

void Percentiles::orderIndices(const double *key, std::size_t n, std::vector<std::uint32_t> &scratch,
                               std::size_t out[2 * count])
{
    scratch.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        scratch[i] = static_cast<std::uint32_t>(i);
    auto less = [key](std::uint32_t a, std::uint32_t b) {
        return key[a] < key[b] || (key[a] == key[b] && a < b);
    };
    selectLevels(scratch.data(), n, less,
                 [out](int i, const Position &, std::uint32_t lower, std::uint32_t upper) {
                     out[2 * i] = lower;
                     out[2 * i + 1] = upper;
                 });
}

} // namespace funnelcast
