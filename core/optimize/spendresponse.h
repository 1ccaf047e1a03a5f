#pragma once

#include "model/paidchannel.h"
#include "optimize/objective.h"

#include <vector>

namespace funnelcast {

// One paid channel's contribution to the objective as a function of its total spend S, at base
// inputs and with its flighting kept (MODEL.md sections 3 and 7):
//
//   f(S) = u * I(S) - delta * S,   I(S) = sum_t K * (1 - exp(-g_t * S / K)),  g_t = 1000 p_t / CPM
//
// where u is the objective's value of one impression (CTR*v*a*b orders, times AOV(1-rho)(1-phi)
// for net revenue, times the margin as well for profit) and delta is 1 for profit (the spend
// itself is a cost), 0 otherwise. Without a capacity K = A*F the channel is linear: I = S*1000/CPM.
// Weeks with equal shares are grouped, so an even flighting costs one exp() per evaluation.
class SpendResponse
{
public:
    SpendResponse() = default;
    SpendResponse(const PaidChannel &channel, int weeks, Objective objective, double margin);

    double value(double spend) const;
    double impressions(double spend) const;
    // m(S) = f'(S).
    double marginal(double spend) const;
    // The marginal as spend grows without limit: u*1000/CPM - delta when linear, -delta otherwise.
    double marginalAtInfinity() const;
    // True when the marginal value does not depend on spend (no capacity, or nothing to gain).
    bool isLinear() const { return m_linear; }
    // f(S) as S grows without limit; +infinity for a linear channel with positive u.
    double valueAtInfinity() const;

    // The spend in [lo, hi] (hi may be +infinity) where the marginal equals lambda, clamped to the
    // bounds: the channel's best answer to the price lambda. For a saturating channel with
    // marginal(lo) > lambda and a marginal at hi (marginalAtInfinity() when hi is unlimited)
    // below lambda; the caller handles the clamped cases and linear channels.
    // `warm` is a starting guess (any value; it is clamped). Also returns dS/d ln(lambda + delta)
    // at the answer through *slope, which the outer solve uses for its Newton steps.
    double spendForMarginal(double lambda, double lo, double hi, double warm, double *slope) const;

    double unitValue() const { return m_unitValue; }
    double delta() const { return m_delta; }

private:
    // Sums over the grouped weeks at spend S: E = sum w_j e^{-r_j S} (= I'(S)) and
    // D = sum w_j r_j e^{-r_j S} (= -I''(S)).
    void slopeTerms(double spend, double *e, double *d) const;

    bool m_linear = true;
    double m_capacity = 0.0;       // K; unused when linear
    double m_unitValue = 0.0;      // u
    double m_delta = 0.0;          // 1 for profit
    double m_totalRate = 0.0;      // G = sum_t g_t = 1000 / CPM (impressions per unit spend at 0)
    double m_minRate = 0.0;        // min_j r_j over weeks with spend
    double m_maxRate = 0.0;        // max_j r_j
    std::vector<double> m_rates;   // r_j = g_j / K per group of equal weeks
    std::vector<double> m_weights; // w_j = n_j * g_j
};

} // namespace funnelcast
