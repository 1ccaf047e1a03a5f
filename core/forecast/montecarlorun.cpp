#include "forecast/montecarlorun.h"

#include "forecast/kernelisa.h"
#include "forecast/largebuffer.h"
#include "forecast/montecarlochannel.h"
#include "forecast/percentiles.h"
#include "forecast/plantotals.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

FC_KERNEL_CODE_BEGIN

namespace funnelcast {
namespace FC_KERNEL_NS {

namespace {

// The plan's per-draw totals, added channel by channel in channel order whatever order the
// threads finish in, so that every sum is the same for any thread count.
class PlanDrawTotals
{
public:
    PlanDrawTotals(std::size_t channels, std::size_t draws, double population)
        : m_pending(channels), m_population(population), m_cost(draws, 0.0),
          m_impressions(draws, 0.0), m_clicks(draws, 0.0), m_orders(draws, 0.0),
          m_gross(draws, 0.0), m_net(draws, 0.0), m_reachProduct(draws, 1.0)
    {
    }

    void add(std::size_t channel, std::unique_ptr<ChannelDrawTotals> totals)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_pending[channel] = std::move(totals);
        while (m_next < m_pending.size() && m_pending[m_next]) {
            accumulate(*m_pending[m_next]);
            m_pending[m_next].reset();
            ++m_next;
        }
    }

    void fill(PlanTotals &t, double margin, std::vector<double> &scratch) const
    {
        const std::size_t n = m_cost.size();
        auto band = [&](StatBand &b, bool fixedFlag, const std::vector<double> &values) {
            if (fixedFlag) {
                b.p10 = b.p50 = b.p90 = b.base;
                return;
            }
            scratch = values;
            double p[Percentiles::count];
            Percentiles::compute(scratch.data(), n, p);
            b.p10 = p[0];
            b.p50 = p[1];
            b.p90 = p[2];
        };
        band(t.cost, m_fixed.cost, m_cost);
        band(t.impressions, m_fixed.impressions, m_impressions);
        band(t.clicks, m_fixed.clicks, m_clicks);
        band(t.orders, m_fixed.orders, m_orders);
        band(t.grossRevenue, m_fixed.gross, m_gross);
        band(t.netRevenue, m_fixed.net, m_net);
        t.spend.p10 = t.spend.p50 = t.spend.p90 = t.spend.base;

        std::vector<double> values(n);
        for (std::size_t d = 0; d < n; ++d)
            values[d] = combinedReach(m_population, m_reachProduct[d]);
        band(t.reach, m_fixed.reach, values);
        for (std::size_t d = 0; d < n; ++d)
            values[d] = deriveTotals(m_cost[d], m_orders[d], m_net[d], m_gross[d], margin).profit;
        band(t.profit, m_fixed.net && m_fixed.cost, values);
        for (std::size_t d = 0; d < n; ++d)
            values[d] = deriveTotals(m_cost[d], m_orders[d], m_net[d], m_gross[d], margin).roas;
        band(t.roas, m_fixed.gross && m_fixed.cost, values);
        if (t.cpa) {
            for (std::size_t d = 0; d < n; ++d)
                values[d] = deriveTotals(m_cost[d], m_orders[d], m_net[d], m_gross[d], margin).cpa;
            band(*t.cpa, m_fixed.orders && m_fixed.cost, values);
        }
    }

private:
    void accumulate(const ChannelDrawTotals &c)
    {
        const std::size_t n = m_cost.size();
        for (std::size_t d = 0; d < n; ++d) {
            m_cost[d] += c.cost[d];
            m_impressions[d] += c.impressions[d];
            m_clicks[d] += c.clicks[d];
            m_orders[d] += c.orders[d];
            m_gross[d] += c.grossRevenue[d];
            m_net[d] += c.netRevenue[d];
            if (m_population > 0.0)
                m_reachProduct[d] *= reachFactor(c.reach[d], m_population);
        }
        m_fixed.cost = m_fixed.cost && c.costFixed;
        m_fixed.impressions = m_fixed.impressions && c.impressionsFixed;
        m_fixed.clicks = m_fixed.clicks && c.clicksFixed;
        m_fixed.orders = m_fixed.orders && c.ordersFixed;
        m_fixed.gross = m_fixed.gross && c.grossFixed;
        m_fixed.net = m_fixed.net && c.netFixed;
        m_fixed.reach = m_fixed.reach && c.reachFixed;
    }

    struct Fixed
    {
        bool cost = true, impressions = true, clicks = true, orders = true, gross = true,
             net = true, reach = true;
    };

    std::mutex m_mutex;
    std::vector<std::unique_ptr<ChannelDrawTotals>> m_pending;
    std::size_t m_next = 0;
    double m_population;
    std::vector<double> m_cost, m_impressions, m_clicks, m_orders, m_gross, m_net, m_reachProduct;
    Fixed m_fixed;
};

// Runs `work` on `threads` threads (the calling one included).
template <class Work>
void runParallel(std::size_t threads, Work work)
{
    std::vector<std::thread> pool;
    for (std::size_t i = 1; i < threads; ++i)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
}

// The plan's weekly percentiles (ForecastResult::weekly, whose base is set): every draw's
// weekly sums over the channels, added in channel order, then P10/P50/P90 per week. Threads
// take blocks of draws (a fixed size, so nothing depends on the thread count), then weeks.
// Memory: draws x weeks x 4 doubles (spend is the same in every draw). False when cancelled.
bool planWeekly(const std::vector<std::unique_ptr<MonteCarloChannel>> &simulations, std::size_t n,
                std::size_t weeks, int threads, const std::atomic<bool> *cancel, ChannelWeekly &out)
{
    constexpr int stats = MonteCarloChannel::weeklyStats;
    const int seriesOf[stats] = {PlanWeeklyImpressions, PlanWeeklyClicks, PlanWeeklyOrders,
                                 PlanWeeklyGross};
    bool fixed[stats];
    for (int s = 0; s < stats; ++s) {
        fixed[s] = true;
        for (const auto &sim : simulations)
            fixed[s] = fixed[s] && sim->weeklyFixed(s);
    }
    setAll(out.spend, out.spend.base);
    if (fixed[0] && fixed[1] && fixed[2] && fixed[3]) {
        for (int s = 0; s < stats; ++s)
            setAll(weeklyBand(out, seriesOf[s]), weeklyBand(out, seriesOf[s]).base);
        return true;
    }

    // Left uninitialised: every block writes all its entries (zeroing 16.6 MB first cost
    // about 1% of the run).
    // One allocation for all of them (whole huge pages; see LargeBuffer).
    int summed = 0;
    for (int s = 0; s < stats; ++s)
        summed += fixed[s] ? 0 : 1;
    LargeBuffer buffer(static_cast<std::size_t>(summed) * weeks * n);
    double *sumPointers[stats];
    for (int s = 0, used = 0; s < stats; ++s) {
        // A fixed statistic is not summed: its percentiles are its base.
        sumPointers[s] = fixed[s] ? nullptr : buffer.data() + static_cast<std::size_t>(used++) * weeks * n;
    }
    constexpr std::size_t block = 64;
    const std::size_t blocks = (n + block - 1) / block;
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stopped{false};
    runParallel(std::min<std::size_t>(threads, blocks), [&]() {
        // A block's sums stay contiguous (and in cache) while every channel adds to them, then
        // go to their place in the draws x weeks arrays once.
        std::vector<double> local(stats * weeks * block);
        double *localPointers[stats];
        for (int s = 0; s < stats; ++s)
            localPointers[s] = sumPointers[s] ? local.data() + s * weeks * block : nullptr;
        for (std::size_t b = next.fetch_add(1); b < blocks && !stopped; b = next.fetch_add(1)) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                stopped = true;
                return;
            }
            const std::size_t first = b * block, count = std::min(block, n - first);
            std::fill(local.begin(), local.end(), 0.0);
            for (const auto &sim : simulations)
                sim->addWeekly(first, count, localPointers, block);
            for (int s = 0; s < stats; ++s) {
                if (!sumPointers[s])
                    continue;
                for (std::size_t t = 0; t < weeks; ++t)
                    std::copy_n(localPointers[s] + t * block, count, sumPointers[s] + t * n + first);
            }
        }
    });
    if (stopped)
        return false;

    // Weeks in runs of 13, so that each selection can start from the week before's answer
    // (Percentiles::RangeHint; exact whatever the guess).
    next = 0;
    constexpr std::size_t run = 13;
    const std::size_t runs = (weeks + run - 1) / run, tasks = stats * runs;
    runParallel(std::min<std::size_t>(threads, tasks), [&]() {
        for (std::size_t k = next.fetch_add(1); k < tasks; k = next.fetch_add(1)) {
            const int s = static_cast<int>(k / runs);
            WeeklyBand &band = weeklyBand(out, seriesOf[s]);
            Percentiles::RangeHint hint;
            for (std::size_t t = (k % runs) * run; t < std::min(weeks, (k % runs + 1) * run); ++t) {
                if (fixed[s]) {
                    band.p10[t] = band.p50[t] = band.p90[t] = band.base[t];
                    continue;
                }
                double p[Percentiles::count];
                Percentiles::compute(sumPointers[s] + t * n, n, p, &hint);
                band.p10[t] = p[0];
                band.p50[t] = p[1];
                band.p90[t] = p[2];
            }
        }
    });
    return true;
}


} // namespace

bool runMonteCarlo(const std::vector<ChannelModel> &models, int draws, double margin,
                   const ForecastOptions &options, ForecastResult &result)
{
    const std::size_t n = static_cast<std::size_t>(draws);
    PlanDrawTotals planDraws(models.size(), n, result.population);
    std::atomic<std::size_t> nextChannel{0};
    std::atomic<bool> stopped{false};
    std::vector<ChannelForecast> channels = result.channels; // base fields already set
    // Kept after their run for the plan's weekly sums (they hold the drawn inputs).
    std::vector<std::unique_ptr<MonteCarloChannel>> simulations(models.size());

    // An exception in a worker (out of memory with a million draws) stops the others and is
    // rethrown on the calling thread.
    std::mutex errorMutex;
    std::exception_ptr error;
    auto worker = [&]() {
        try {
            while (!stopped.load(std::memory_order_relaxed)) {
                const std::size_t c = nextChannel.fetch_add(1);
                if (c >= models.size())
                    return;
                simulations[c] = std::make_unique<MonteCarloChannel>(models[c], draws, options.seed);
                auto totals = std::make_unique<ChannelDrawTotals>();
                if (!simulations[c]->run(channels[c], *totals, options.cancel)) {
                    stopped = true;
                    return;
                }
                planDraws.add(c, std::move(totals));
            }
        } catch (...) {
            std::lock_guard<std::mutex> lock(errorMutex);
            if (!error)
                error = std::current_exception();
            stopped = true;
        }
    };

    int threads = options.threads > 0 ? options.threads
                                      : static_cast<int>(std::thread::hardware_concurrency());
    threads = std::max(threads, 1);
    runParallel(std::min<std::size_t>(threads, models.size()), worker);
    if (error)
        std::rethrow_exception(error);
    if (!stopped && !(options.cancel && options.cancel->load()))
        stopped = !planWeekly(simulations, n, result.weeks.size(), threads, options.cancel,
                              result.weekly);
    if (stopped || (options.cancel && options.cancel->load()))
        return false;
    result.channels = std::move(channels);
    result.draws = draws;
    std::vector<double> scratch;
    planDraws.fill(result.totals, margin, scratch);
    return true;
}

} // namespace FC_KERNEL_NS
} // namespace funnelcast

FC_KERNEL_CODE_END
