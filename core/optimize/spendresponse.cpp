#include "optimize/spendresponse.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace funnelcast {

namespace {
constexpr double infinity = std::numeric_limits<double>::infinity();
}

SpendResponse::SpendResponse(const PaidChannel &channel, int weeks, Objective objective,
                                 double margin)
{
    const double perImpression = channel.ctr.base * channel.viewRate.base * channel.cartRate.base
        * channel.purchaseRate.base;
    const double netPerOrder =
        channel.aov.base * (1.0 - channel.returnRate.base) * (1.0 - channel.feeRate.base);
    switch (objective) {
    case Objective::Orders: m_unitValue = perImpression; break;
    case Objective::NetRevenue: m_unitValue = perImpression * netPerOrder; break;
    case Objective::Profit: m_unitValue = margin * perImpression * netPerOrder; break;
    }
    m_delta = objective == Objective::Profit ? 1.0 : 0.0;

    double capacity = infinity;
    if (channel.audience && channel.maxWeeklyFrequency)
        capacity = channel.audience->base * *channel.maxWeeklyFrequency;

    // Group the weeks by equal share: front and back flightings have W distinct shares, even
    // has one and pulse two. Sorting makes equal shares adjacent.
    std::vector<double> shares = channel.flighting.shares(weeks);
    std::sort(shares.begin(), shares.end());
    const double perSpend = channel.cpm.base > 0.0 ? 1000.0 / channel.cpm.base : 0.0;
    for (size_t i = 0; i < shares.size();) {
        size_t j = i;
        while (j < shares.size() && shares[j] == shares[i])
            ++j;
        if (shares[i] > 0.0) {
            const double g = perSpend * shares[i];
            m_totalRate += g * static_cast<double>(j - i);
            m_rates.push_back(std::isfinite(capacity) ? g / capacity : 0.0);
            m_weights.push_back(g * static_cast<double>(j - i));
        }
        i = j;
    }
    if (!(capacity > 0.0)) // no room at all: no impressions whatever the spend
        m_totalRate = 0.0;
    m_capacity = capacity;
    m_linear = !std::isfinite(capacity) || !(capacity > 0.0) || m_unitValue <= 0.0
        || m_totalRate <= 0.0 || m_rates.empty();
    if (!m_linear) {
        m_minRate = *std::min_element(m_rates.begin(), m_rates.end());
        m_maxRate = *std::max_element(m_rates.begin(), m_rates.end());
    }
}

double SpendResponse::impressions(double spend) const
{
    if (m_linear)
        return m_totalRate * spend;
    double sum = 0.0;
    // n_j K (1 - e^{-r_j S}) = (w_j / r_j) * -expm1(-r_j S); expm1 keeps small spends exact.
    for (size_t j = 0; j < m_rates.size(); ++j)
        sum += m_weights[j] / m_rates[j] * -std::expm1(-m_rates[j] * spend);
    return sum;
}

double SpendResponse::value(double spend) const
{
    return m_unitValue * impressions(spend) - m_delta * spend;
}

double SpendResponse::valueAtInfinity() const
{
    if (m_linear) {
        const double m = m_unitValue * m_totalRate - m_delta;
        return m > 0.0 ? infinity : (m < 0.0 ? -infinity : 0.0);
    }
    if (m_delta > 0.0)
        return -infinity;
    double sum = 0.0;
    for (size_t j = 0; j < m_rates.size(); ++j)
        sum += m_weights[j] / m_rates[j];
    return m_unitValue * sum;
}

void SpendResponse::slopeTerms(double spend, double *e, double *d) const
{
    double sumE = 0.0;
    double sumD = 0.0;
    for (size_t j = 0; j < m_rates.size(); ++j) {
        const double term = m_weights[j] * std::exp(-m_rates[j] * spend);
        sumE += term;
        sumD += term * m_rates[j];
    }
    *e = sumE;
    *d = sumD;
}

double SpendResponse::marginal(double spend) const
{
    if (m_linear)
        return m_unitValue * m_totalRate - m_delta;
    double e = 0.0;
    double d = 0.0;
    slopeTerms(spend, &e, &d);
    return m_unitValue * e - m_delta;
}

double SpendResponse::marginalAtInfinity() const
{
    return m_linear ? m_unitValue * m_totalRate - m_delta : -m_delta;
}

double SpendResponse::spendForMarginal(double lambda, double lo, double hi, double warm,
                                         double *slope) const
{
    // Solve h(S) = ln(u I'(S)) - ln(y) = 0 with y = lambda + delta. ln I' is a log-sum-exp of
    // functions affine in S, so h is convex and decreasing: a Newton step from the left of the
    // root never overshoots, and from the right it overshoots at most once (then clamped to the
    // bracket). With one group of weeks (even flighting) the first step is exact.
    const double y = lambda + m_delta;
    const double logRatio = std::log(m_unitValue * m_totalRate / y);
    // I'(S) lies between G e^{-r_max S} and G e^{-r_min S}, which brackets the root.
    double a = std::max(lo, logRatio / m_maxRate);
    double b = std::min(hi, logRatio / m_minRate);
    if (!(a < b)) {
        const double x = std::clamp(a, lo, hi);
        double e = 0.0;
        double d = 0.0;
        slopeTerms(x, &e, &d);
        *slope = d > 0.0 ? -e / d : 0.0;
        return x;
    }
    double x = std::isfinite(warm) ? std::clamp(warm, a, b) : a;
    const double logY = std::log(y / m_unitValue);
    double e = 0.0;
    double d = 0.0;
    for (int iteration = 0; iteration < 200; ++iteration) {
        slopeTerms(x, &e, &d);
        const double h = std::log(e) - logY;
        if (h > 0.0)
            a = x;
        else
            b = x;
        if (std::fabs(h) <= 1e-14)
            break;
        double next = x + h * e / d;
        if (!(next > a && next < b))
            next = 0.5 * (a + b);
        if (std::fabs(next - x) <= 1e-15 * std::max(std::fabs(x), 1.0)) {
            x = next;
            slopeTerms(x, &e, &d);
            break;
        }
        x = next;
    }
    *slope = d > 0.0 ? -e / d : 0.0;
    return x;
}

} // namespace funnelcast
