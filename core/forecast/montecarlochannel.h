#pragma once

#include "forecast/kernelisa.h"

#include "forecast/channelmodel.h"
#include "forecast/forecastresult.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace funnelcast {
namespace FC_KERNEL_NS { // kernelisa.h: one copy per instruction set

struct SaturationCache;

// Per-draw totals of one channel, kept until they are added to the plan's per-draw totals
// (always in channel order, so sums do not depend on which thread finished first).
struct ChannelDrawTotals
{
    std::vector<double> cost;
    std::vector<double> impressions;
    std::vector<double> clicks;
    std::vector<double> orders;
    std::vector<double> grossRevenue;
    std::vector<double> netRevenue;
    std::vector<double> reach;
    // Which of them no draw changes (then every entry equals the base value).
    bool costFixed = false, impressionsFixed = false, clicksFixed = false, ordersFixed = false,
         grossFixed = false, netFixed = false, reachFixed = false;
};

// The Monte Carlo forecast of one channel: draws its inputs, walks the weeks with all draws
// side by side (structure of arrays), and fills the P10/P50/P90 of every statistic. The week
// loop keeps one week of values per statistic, never every draw of every week.
class MonteCarloChannel
{
public:
    MonteCarloChannel(const ChannelModel &model, int draws, std::uint64_t seed);
    ~MonteCarloChannel();

    // Fills the percentile fields of `out` (whose base fields are already set) and the
    // per-draw totals. Returns false when cancelled.
    bool run(ChannelForecast &out, ChannelDrawTotals &totals, const std::atomic<bool> *cancel);

    // The plan's weekly sums: after run(), adds this channel's weekly impressions, clicks,
    // realised orders O_t and gross revenue O_t * AOV of draws [first, first + count) to
    // sums[s][t * stride + d - first] (s in that order; a null sums[s] is skipped). Each draw's values
    // do not depend on the range.
    static constexpr int weeklyStats = 4;
    void addWeekly(std::size_t first, std::size_t count, double *const sums[weeklyStats],
                   std::size_t stride) const;
    // After run(): whether weekly statistic s (same order) is the same in every draw.
    bool weeklyFixed(int s) const { return m_weeklyFixed[s]; }

private:
    struct DrawColumns;
    void fillColumns(std::size_t first, std::size_t count, DrawColumns &columns) const;
    // Whether every week's impressions are multipliers[t] * Y(draw) (no saturation, or
    // saturation with the same spend in every week that has spend); Y from separableLevel().
    bool separable(std::vector<double> &multipliers) const;
    void separableLevel(const DrawColumns &columns, std::size_t count, double *y) const;
    const double *values(InputSlot slot) const; // per draw, or nullptr when fixed
    double value(InputSlot slot, std::size_t draw) const;
    InputValues drawValues(std::size_t draw) const;
    void setTotalBand(StatBand &band, bool fixed, const double *perDraw);

    const ChannelModel &m_model;
    std::size_t m_draws;
    std::uint64_t m_seed;
    std::vector<std::vector<double>> m_drawn; // per slot; empty when the slot is fixed
    std::vector<std::uint32_t> m_indexScratch;
    // Saturated channels walked week by week: exp results of run() reused by addWeekly().
    std::unique_ptr<SaturationCache> m_saturation;
    bool m_weeklyFixed[weeklyStats] = {true, true, true, true};
};

} // namespace FC_KERNEL_NS
using FC_KERNEL_NS::ChannelDrawTotals;
using FC_KERNEL_NS::MonteCarloChannel;

} // namespace funnelcast
