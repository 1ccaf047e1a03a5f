#include "forecast/montecarlochannel.h"

#include "forecast/percentiles.h"
#include "forecast/sampleexp.h"

#include <algorithm>
#include <cmath>

FC_KERNEL_CODE_BEGIN

namespace funnelcast {
namespace FC_KERNEL_NS {

// The exp results of a channel's walk over all draws (the step factors and the first direct
// evaluation of the curve), kept for the plan-weekly replay of blocks of draws, which then
// computes no exp where the channel's own walk did not either. Bit-identical: the same
// numbers, computed once.
struct SaturationCache
{
    std::vector<double> stepUp, stepPower, stepDown, firstLevel, firstPower;
    bool steps = false, first = false;
};

namespace {

void fillBand(WeeklyBand &band, std::size_t weeks)
{
    band.p10.assign(weeks, 0.0);
    band.p50.assign(weeks, 0.0);
    band.p90.assign(weeks, 0.0);
}

void copyBaseToPercentiles(WeeklyBand &band)
{
    band.p10 = band.base;
    band.p50 = band.base;
    band.p90 = band.base;
}

void copyBaseToPercentiles(StatBand &band) { band.p10 = band.p50 = band.p90 = band.base; }

// InputSampler::valueAt for every deviate of z[0, n), in place, in loops that vectorise
// (valueAt's three steps, so the same bits; see InputSampler::exponentAt).
void evaluateDraws(const InputSampler &sampler, double *__restrict z, std::size_t n)
{
    thread_local std::vector<double> exponent, power;
    exponent.resize(n);
    power.resize(n);
    double *__restrict x = exponent.data();
    double *__restrict e = power.data();
    for (std::size_t d = 0; d < n; ++d)
        x[d] = sampler.exponentAt(z[d]);
    // Clamped so that the bit arithmetic stays in range (beyond the limit std::exp below),
    // in a loop of its own: fused with the exp, the compiler no longer vectorises either.
    for (std::size_t d = 0; d < n; ++d) {
        const double v = x[d] < sampleExpLimit ? x[d] : sampleExpLimit;
        e[d] = v > -sampleExpLimit ? v : -sampleExpLimit;
    }
    for (std::size_t d = 0; d < n; ++d)
        e[d] = sampleExp(e[d]);
    for (std::size_t d = 0; d < n; ++d)
        if (!(std::fabs(x[d]) <= sampleExpLimit))
            e[d] = std::exp(x[d]);
    for (std::size_t d = 0; d < n; ++d)
        z[d] = sampler.fromExp(e[d]);
}

// Per-draw inputs and state of the funnel after the impressions.
struct FunnelArrays
{
    const double *ctr;
    const double *causedPerImpression;
    const double *theta;
    const double *aov;
    double *carried;     // U_t
    double *impressions; // J, the sum of I_t
};

// One week for all draws: J and the carryover state from this week's impressions `imp`.
// Plain loops over arrays, so the compiler vectorises them.
void advanceWeek(std::size_t n, const FunnelArrays &a, const double *__restrict imp)
{
    const double *__restrict cq = a.causedPerImpression;
    const double *__restrict theta = a.theta;
    double *__restrict car = a.carried;
    double *__restrict sI = a.impressions;
    for (std::size_t d = 0; d < n; ++d) {
        sI[d] += imp[d];
        car[d] = imp[d] * cq[d] + theta[d] * car[d];
    }
}

// After advanceWeek: this week's clicks, realised orders O_t = (1 - theta) U_t and revenue.
void weekValues(std::size_t n, const FunnelArrays &a, const double *__restrict imp,
                double *__restrict clk, double *__restrict ord, double *__restrict grs)
{
    const double *__restrict ctr = a.ctr;
    const double *__restrict theta = a.theta;
    const double *__restrict aov = a.aov;
    const double *__restrict car = a.carried;
    for (std::size_t d = 0; d < n; ++d) {
        const double realised = (1.0 - theta[d]) * car[d];
        clk[d] = imp[d] * ctr[d];
        ord[d] = realised;
        grs[d] = realised * aov[d];
    }
}

// The same values added to running sums (the plan's weekly sums), without keeping J.
void addWeekValues(std::size_t n, const FunnelArrays &a, const double *__restrict imp,
                   double *__restrict sumImp, double *__restrict sumClk, double *__restrict sumOrd,
                   double *__restrict sumGrs)
{
    const double *__restrict ctr = a.ctr;
    const double *__restrict cq = a.causedPerImpression;
    const double *__restrict theta = a.theta;
    const double *__restrict aov = a.aov;
    double *__restrict car = a.carried;
    for (std::size_t d = 0; d < n; ++d) {
        const double u = imp[d] * cq[d] + theta[d] * car[d];
        car[d] = u;
        const double realised = (1.0 - theta[d]) * u;
        sumImp[d] += imp[d];
        sumClk[d] += imp[d] * ctr[d];
        sumOrd[d] += realised;
        sumGrs[d] += realised * aov[d];
    }
}

// The weekly statistics the Monte Carlo loop reports, in the order of the arrays below.
enum WeeklyStat { WeekImpressions, WeekClicks, WeekOrders, WeekGross, WeeklyStatCount };
static_assert(WeeklyStatCount == MonteCarloChannel::weeklyStats, "weekly statistics");

// Walks the weeks of one channel for the draws of `c` (all draws, or a block of them): per
// week, every draw's impressions into `imp`, then weekDone(week). The same arithmetic per draw whatever the range, so a block's values equal
// those of the whole run. Returns false when cancelled.
//
// Saturated channels: with whole exposure units m_t, 1 - exp(-m a) for the next unit count
// follows from the current one by a multiply-add (D_{m+1} = D_m + P_m * D_1, P = exp(-m a)),
// so front, back, pulse and even flighting need no exp after the first week. Other changes
// of spend (custom flighting) evaluate the curve directly.
// Saturation state of the walk (reused between walks of one thread: no allocation per block).
struct WalkScratch
{
    std::vector<double> level, power, stepDown, stepUp, stepPower;
};


template <class Columns, class WeekDone>
bool walkWeeks(const ChannelModel &m, std::size_t n, const Columns &c, double *__restrict imp,
               const std::atomic<bool> *cancel, WalkScratch &scratch, WeekDone weekDone,
               SaturationCache *record = nullptr, const SaturationCache *cache = nullptr,
               std::size_t first = 0)
{
    const bool saturated = m.kind() == ChannelKind::Paid && m.saturates();
    const bool stepping = saturated && !m.exposureUnits().empty();
    int currentUnits = -1;
    double currentExposure = -1.0;
    std::vector<double> &level = scratch.level, &power = scratch.power, &stepDown = scratch.stepDown,
                        &stepUp = scratch.stepUp, &stepPower = scratch.stepPower;
    if (saturated) {
        level.resize(n);
        power.resize(n);
    }
    // The step factors per draw: D_1, P_1 and 1 / P_1. Read from the channel run's cache when
    // replaying a block; computed into the cache during that run (kept for the replays).
    const double *up = nullptr, *powerStep = nullptr, *down = nullptr;
    auto prepareSteps = [&]() {
        if (up)
            return;
        if (cache && cache->steps) {
            up = cache->stepUp.data() + first;
            powerStep = cache->stepPower.data() + first;
            down = cache->stepDown.data() + first;
            return;
        }
        std::vector<double> &u = record ? record->stepUp : stepUp, &p = record ? record->stepPower : stepPower,
                            &inv = record ? record->stepDown : stepDown;
        u.resize(n);
        p.resize(n);
        inv.resize(n);
        const double unit = m.unitSpend();
        for (std::size_t d = 0; d < n; ++d) {
            const double a = unit * c.rate[d];
            u[d] = -std::expm1(-a);      // D_1
            p[d] = std::exp(-a);         // P_1
            // Beyond a = 30, exp(-m a) is below rounding next to 1 for every m >= 1: D = 1.
            inv[d] = a > 30.0 ? 0.0 : 1.0 / p[d];
        }
        if (record)
            record->steps = true;
        up = u.data();
        powerStep = p.data();
        down = inv.data();
    };
    bool direct = false; // the curve was evaluated directly before
    for (int t = 0; t < m.weeks(); ++t) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        const std::size_t week = static_cast<std::size_t>(t);
        const double e = m.exposure()[week];
        if (e == 0.0) {
            std::fill(imp, imp + n, 0.0);
        } else if (!saturated) {
            const double *__restrict u = c.perUnit.data();
            for (std::size_t d = 0; d < n; ++d)
                imp[d] = e * u[d];
        } else {
            double *__restrict dl = level.data();
            double *__restrict pw = power.data();
            const double *__restrict cap = c.capacity.data();
            const int units = stepping ? m.exposureUnits()[week] : 0;
            if (stepping && units == currentUnits) {
                // same spend as the last computed week
            } else if (stepping && currentUnits > 0 && units == currentUnits + 1) {
                prepareSteps();
                const double *__restrict d1 = up, *__restrict p1 = powerStep;
                for (std::size_t d = 0; d < n; ++d) {
                    dl[d] += pw[d] * d1[d];
                    pw[d] *= p1[d];
                }
            } else if (stepping && currentUnits > 1 && units == currentUnits - 1) {
                prepareSteps();
                const double *__restrict d1 = up, *__restrict inv = down;
                for (std::size_t d = 0; d < n; ++d) {
                    pw[d] *= inv[d];
                    dl[d] = std::max(0.0, dl[d] - pw[d] * d1[d]);
                }
            } else if (stepping || e != currentExposure) {
                if (!direct && cache && cache->first) {
                    std::copy_n(cache->firstLevel.data() + first, n, dl);
                    std::copy_n(cache->firstPower.data() + first, n, pw);
                } else {
                    const double *__restrict r = c.rate.data();
                    const double scale = stepping ? units * m.unitSpend() : e;
                    for (std::size_t d = 0; d < n; ++d) {
                        const double a = scale * r[d];
                        dl[d] = -std::expm1(-a);
                        pw[d] = std::exp(-a);
                    }
                    if (!direct && record) {
                        record->firstLevel = level;
                        record->firstPower = power;
                        record->first = true;
                    }
                }
                direct = true;
            }
            currentUnits = units;
            currentExposure = e;
            for (std::size_t d = 0; d < n; ++d)
                imp[d] = cap[d] * dl[d];
        }
        weekDone(week);
    }
    return true;
}

} // namespace

// Per-draw inputs of the week loop for a range of draws, fixed inputs broadcast.
struct MonteCarloChannel::DrawColumns
{
    // Drawn inputs point into the drawn arrays (no copy); fixed ones into their storage below.
    const double *ctr = nullptr, *theta = nullptr, *aov = nullptr;
    std::vector<double> causedPerImpression; // CTR * v * a * b
    std::vector<double> perUnit;        // impressions per unit of exposure: 1000 / CPM, or N * r
    std::vector<double> capacity, rate; // saturated paid channels: K and perUnit / K
    std::vector<double> ctrStorage, thetaStorage, aovStorage; // fixed inputs, broadcast
};

void MonteCarloChannel::fillColumns(std::size_t first, std::size_t count, DrawColumns &c) const
{
    const ChannelModel &m = m_model;
    // A drawn input's values for these draws, or `count` copies of a fixed one in `storage`.
    auto column = [&](InputSlot slot, std::vector<double> &storage) -> const double * {
        if (const double *v = values(slot))
            return v + first;
        storage.assign(count, m.baseValues()[slot]);
        return storage.data();
    };
    thread_local std::vector<double> storageA, storageB, storageC;
    c.ctr = column(SlotCtr, c.ctrStorage);
    c.aov = column(SlotAov, c.aovStorage);
    c.theta = column(SlotCarryover, c.thetaStorage);
    // Orders caused per impression: CTR * v * a * b, constant over the weeks of a draw.
    {
        const double *view = column(SlotViewRate, storageA), *cart = column(SlotCartRate, storageB),
                     *purchase = column(SlotPurchaseRate, storageC);
        c.causedPerImpression.resize(count);
        for (std::size_t d = 0; d < count; ++d)
            c.causedPerImpression[d] = c.ctr[d] * view[d] * cart[d] * purchase[d];
    }
    c.perUnit.resize(count);
    if (m.kind() == ChannelKind::Paid) {
        const double *cpm = column(SlotCpm, storageA);
        for (std::size_t d = 0; d < count; ++d)
            c.perUnit[d] = 1000.0 / cpm[d];
        if (m.saturates()) {
            const double *audience = column(SlotAudience, storageB);
            c.capacity.resize(count);
            c.rate.resize(count);
            for (std::size_t d = 0; d < count; ++d) {
                c.capacity[d] = audience[d] * m.frequency();
                c.rate[d] = c.capacity[d] > 0.0 ? c.perUnit[d] / c.capacity[d] : 0.0;
            }
        }
    } else {
        const double *followers = column(SlotFollowers, storageA), *reachRate = column(SlotReachRate, storageB);
        for (std::size_t d = 0; d < count; ++d)
            c.perUnit[d] = followers[d] * reachRate[d];
    }
}

bool MonteCarloChannel::separable(std::vector<double> &multipliers) const
{
    const ChannelModel &m = m_model;
    multipliers = m.exposure();
    if (!(m.kind() == ChannelKind::Paid && m.saturates()))
        return true; // I_t = e_t * Y, Y = 1000 / CPM or N * r
    // Saturated: separable when every week with spend has the same spend (even flighting):
    // I_t = Y = K * (1 - exp(-e a)) in those weeks, 0 in the others.
    double level = 0.0;
    for (double &e : multipliers) {
        if (e == 0.0)
            continue;
        if (level != 0.0 && e != level)
            return false;
        level = e;
        e = 1.0;
    }
    return true;
}

void MonteCarloChannel::separableLevel(const DrawColumns &c, std::size_t count, double *y) const
{
    const ChannelModel &m = m_model;
    if (!(m.kind() == ChannelKind::Paid && m.saturates())) {
        std::copy_n(c.perUnit.data(), count, y);
        return;
    }
    double level = 0.0;
    for (double e : m.exposure())
        level = e != 0.0 ? e : level;
    for (std::size_t d = 0; d < count; ++d)
        y[d] = -c.capacity[d] * std::expm1(-level * c.rate[d]);
}

void MonteCarloChannel::addWeekly(std::size_t first, std::size_t count, double *const sums[weeklyStats],
                                  std::size_t stride) const
{
    // Called for every block of every channel: the buffers are the thread's, kept between calls.
    thread_local DrawColumns columns;
    thread_local WalkScratch walk;
    thread_local std::vector<double> carried, imp, scratch;
    fillColumns(first, count, columns);
    carried.assign(count, 0.0);
    imp.resize(count);
    const FunnelArrays arrays{columns.ctr, columns.causedPerImpression.data(), columns.theta,
                              columns.aov, carried.data(), nullptr};
    // A statistic the caller does not want is summed into a scratch row.
    if (!sums[0] || !sums[1] || !sums[2] || !sums[3])
        scratch.resize(count);
    // Separable channels (see separable()) with a fixed theta: a draw's weekly values are
    // per-draw factors times per-week numbers: I_t = e_t Y, clicks = e_t (Y CTR),
    // O_t = g_t (Y CTR v a b) with g_t = (1 - theta) sum_j theta^j e_(t-j), revenue =
    // g_t (Y CTR v a b AOV). Four multiply-adds per draw and week, and none for impressions and
    // clicks where e_t = 0.
    thread_local std::vector<double> multipliers;
    if (!m_model.isVarying(SlotCarryover) && separable(multipliers)) {
        const double th = m_model.baseValues()[SlotCarryover];
        thread_local std::vector<double> factors;
        factors.resize(4 * count);
        double *__restrict y = factors.data(), *__restrict yc = y + count, *__restrict yq = yc + count,
                           *__restrict yr = yq + count;
        separableLevel(columns, count, y);
        for (std::size_t d = 0; d < count; ++d) {
            yc[d] = y[d] * columns.ctr[d];
            yq[d] = y[d] * columns.causedPerImpression[d];
            yr[d] = yq[d] * columns.aov[d];
        }
        double carry = 0.0; // sum_j theta^j e_(t-j)
        for (std::size_t t = 0; t < multipliers.size(); ++t) {
            const double e = multipliers[t];
            carry = e + th * carry;
            const double g = (1.0 - th) * carry;
            auto add = [&](int s, const double *__restrict factor, double weekly) {
                if (!sums[s] || weekly == 0.0)
                    return;
                double *__restrict row = sums[s] + t * stride;
                for (std::size_t d = 0; d < count; ++d)
                    row[d] += weekly * factor[d];
            };
            add(WeekImpressions, y, e);
            add(WeekClicks, yc, e);
            add(WeekOrders, yq, g);
            add(WeekGross, yr, g);
        }
        return;
    }
    bool started = false; // before the first exposure every value is 0: adding 0 changes nothing
    walkWeeks(m_model, count, columns, imp.data(), nullptr, walk, [&](std::size_t t) {
        started = started || m_model.exposure()[t] != 0.0;
        if (!started)
            return;
        double *row[WeeklyStatCount];
        for (int s = 0; s < WeeklyStatCount; ++s)
            row[s] = sums[s] ? sums[s] + t * stride : scratch.data();
        addWeekValues(count, arrays, imp.data(), row[0], row[1], row[2], row[3]);
    }, nullptr, m_saturation.get(), first);
}

MonteCarloChannel::MonteCarloChannel(const ChannelModel &model, int draws, std::uint64_t seed)
    : m_model(model), m_draws(static_cast<std::size_t>(std::max(draws, 0))), m_seed(seed),
      m_drawn(SlotCount)
{
    const std::uint64_t stream = InputSampler::streamKey(m_seed, model.channelKey());
    for (const ChannelModel::Varying &v : model.varying()) {
        std::vector<double> &values = m_drawn[v.slot];
        values.resize(m_draws);
        InputSampler::normals(stream, m_draws, v.rngIndex, values.data());
        evaluateDraws(v.sampler, values.data(), m_draws);
    }
}

MonteCarloChannel::~MonteCarloChannel() = default;

const double *MonteCarloChannel::values(InputSlot slot) const
{
    return m_drawn[slot].empty() ? nullptr : m_drawn[slot].data();
}

double MonteCarloChannel::value(InputSlot slot, std::size_t draw) const
{
    return m_drawn[slot].empty() ? m_model.baseValues()[slot] : m_drawn[slot][draw];
}

InputValues MonteCarloChannel::drawValues(std::size_t draw) const
{
    InputValues v = m_model.baseValues();
    for (const ChannelModel::Varying &var : m_model.varying())
        v[var.slot] = m_drawn[var.slot][draw];
    return v;
}

void MonteCarloChannel::setTotalBand(StatBand &band, bool fixed, const double *perDraw)
{
    if (fixed) {
        copyBaseToPercentiles(band);
        return;
    }
    double p[Percentiles::count];
    Percentiles::compute(perDraw, m_draws, p);
    band.p10 = p[0];
    band.p50 = p[1];
    band.p90 = p[2];
}

bool MonteCarloChannel::run(ChannelForecast &out, ChannelDrawTotals &totals,
                            const std::atomic<bool> *cancel)
{
    const ChannelModel &m = m_model;
    const std::size_t n = m_draws;
    const int weeks = m.weeks();
    const std::size_t w = static_cast<std::size_t>(weeks);
    const bool paid = m.kind() == ChannelKind::Paid;

    // Which statistics vary at all, and which keep the same ranking of draws in every week
    // (then one selection on the channel total finds the draws holding each week's order
    // statistics; see docs/forecast.md).
    auto varies = [&m](InputSlot s) { return m.isVarying(s); };
    const bool impVaries = paid ? (varies(SlotCpm) || (m.saturates() && varies(SlotAudience)))
                                : (varies(SlotFollowers) || varies(SlotReachRate));
    const int impInputs = paid ? int(varies(SlotCpm)) + int(m.saturates() && varies(SlotAudience))
                               : int(varies(SlotFollowers)) + int(varies(SlotReachRate));
    const bool ctrVaries = varies(SlotCtr);
    const bool stagesVary = varies(SlotViewRate) || varies(SlotCartRate) || varies(SlotPurchaseRate);
    const bool thetaVaries = varies(SlotCarryover);
    const bool aovVaries = varies(SlotAov);

    bool uniformExposure = true; // every week with exposure has the same exposure
    {
        double seen = 0.0;
        for (double e : m.exposure()) {
            if (e == 0.0)
                continue;
            if (seen != 0.0 && e != seen)
                uniformExposure = false;
            seen = e;
        }
    }
    // I_t = a_t * Y(draw): unsaturated paid, creators, organic, or one exposure level.
    const bool proportional = !paid || !m.saturates() || uniformExposure;
    const bool singleKey = impInputs <= 1;

    bool fixed[WeeklyStatCount];
    fixed[WeekImpressions] = !impVaries;
    fixed[WeekClicks] = fixed[WeekImpressions] && !ctrVaries;
    fixed[WeekOrders] = fixed[WeekClicks] && !stagesVary && !thetaVaries;
    fixed[WeekGross] = fixed[WeekOrders] && !aovVaries;
    std::copy(fixed, fixed + WeeklyStatCount, m_weeklyFixed);
    bool stable[WeeklyStatCount];
    stable[WeekImpressions] = proportional || singleKey;
    stable[WeekClicks] = proportional || (singleKey && !ctrVaries);
    stable[WeekOrders] = !thetaVaries && (proportional || (singleKey && !ctrVaries && !stagesVary));
    stable[WeekGross] = stable[WeekOrders] && (proportional || !aovVaries);
    // A statistic that is a fixed multiple of the one before it (clicks = CTR * impressions,
    // revenue = AOV * orders) takes that one's percentiles times the factor: no selection.
    double factor[WeeklyStatCount] = {0.0, 0.0, 0.0, 0.0};
    if (!ctrVaries)
        factor[WeekClicks] = m.baseValues()[SlotCtr];
    if (!aovVaries)
        factor[WeekGross] = m.baseValues()[SlotAov];
    bool selected[WeeklyStatCount]; // selected week by week from this week's values
    for (int s = 0; s < WeeklyStatCount; ++s)
        selected[s] = !fixed[s] && !stable[s] && factor[s] == 0.0;

    WeeklyBand *bands[WeeklyStatCount] = {&out.weekly.impressions, &out.weekly.clicks,
                                          &out.weekly.orders, &out.weekly.grossRevenue};
    for (WeeklyBand *band : bands)
        fillBand(*band, w);
    copyBaseToPercentiles(out.weekly.spend);

    // Per-draw inputs of the week loop, fixed ones broadcast.
    DrawColumns columns;
    fillColumns(0, n, columns);

    // The only per-draw state carried across weeks: cumulative impressions J and the carryover
    // sum U_t. Every other total is linear in J or follows from U at the end (see below).
    std::vector<double> carried(n, 0.0), sumImp(n, 0.0);
    std::vector<double> buffer[WeeklyStatCount];
    bool selectWeekly = false;
    for (int s = 0; s < WeeklyStatCount; ++s)
        if (selected[s]) {
            buffer[s].resize(n);
            selectWeekly = true;
        }
    if (selectWeekly)
        for (auto &b : buffer)
            b.resize(n);

    const double *__restrict ctr = columns.ctr;
    const double *__restrict cq = columns.causedPerImpression.data();
    const double *__restrict aov = columns.aov;
    const double *__restrict theta = columns.theta;
    double *__restrict car = carried.data();
    double *__restrict sI = sumImp.data();
    const FunnelArrays arrays{ctr, cq, theta, aov, car, sI};
    // This week's impressions: the selection buffer when there is one.
    std::vector<double> impScratch;
    if (!selectWeekly)
        impScratch.resize(n);
    double *imp = selectWeekly ? buffer[WeekImpressions].data() : impScratch.data();
    // Each selection starts from the week before's answer (Percentiles::RangeHint); with
    // pulse-like flighting (exposure repeating every second week) from two weeks before.
    bool alternating = w > 2 && m.exposure()[0] != m.exposure()[1];
    for (std::size_t t = 2; t < w && alternating; ++t)
        alternating = m.exposure()[t] == m.exposure()[t - 2];
    Percentiles::RangeHint hints[2][WeeklyStatCount];
    std::vector<std::size_t> firstWithExposure(w);
    for (std::size_t t = 0; t < w; ++t) {
        firstWithExposure[t] = t;
        for (std::size_t earlier = 0; earlier < t; ++earlier)
            if (m.exposure()[earlier] == m.exposure()[t]) {
                firstWithExposure[t] = earlier;
                break;
            }
    }
    // Separable channels (I_t = e_t * Y, Y per draw; see separable()): when no weekly statistic
    // is selected week by week, J and the final carryover sum follow without walking the weeks:
    // J = Y * sum_t e_t and U_last = Y * CTR * v * a * b * sum_t theta^(W-1-t) e_t (Horner
    // over the weeks). An uncertain theta always selects weekly orders, so theta is fixed here.
    std::vector<double> multipliers;
    const bool closedForm = !selectWeekly && separable(multipliers);
    if (closedForm) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        double exposureSum = 0.0;
        for (double e : multipliers)
            exposureSum += e;
        std::vector<double> level(n);
        separableLevel(columns, n, level.data());
        for (std::size_t d = 0; d < n; ++d)
            sI[d] = level[d] * exposureSum;
        const double th = m.baseValues()[SlotCarryover];
        double g = 0.0;
        for (double e : multipliers)
            g = g * th + e;
        for (std::size_t d = 0; d < n; ++d)
            car[d] = level[d] * cq[d] * g;
    }
    WalkScratch walk;
    if (!closedForm && paid && m.saturates())
        m_saturation = std::make_unique<SaturationCache>();
    const bool completed = closedForm
        || walkWeeks(m, n, columns, imp, cancel, walk, [&](std::size_t week) {
        advanceWeek(n, arrays, imp);
        if (selectWeekly)
            weekValues(n, arrays, imp, buffer[WeekClicks].data(), buffer[WeekOrders].data(),
                       buffer[WeekGross].data());
        // Impressions and clicks depend only on the week's exposure: a week with the same
        // exposure as an earlier one (pulse or custom flighting) has the same percentiles.
        const std::size_t same = firstWithExposure[week];
        for (int s = 0; s < WeeklyStatCount; ++s) {
            WeeklyBand &band = *bands[s];
            if (selected[s] && same != week && (s == WeekImpressions || s == WeekClicks)) {
                band.p10[week] = band.p10[same];
                band.p50[week] = band.p50[same];
                band.p90[week] = band.p90[same];
            } else if (selected[s]) {
                double p[Percentiles::count];
                Percentiles::compute(buffer[s].data(), n, p, &hints[alternating ? week % 2 : 0][s]);
                band.p10[week] = p[0];
                band.p50[week] = p[1];
                band.p90[week] = p[2];
            } else if (!fixed[s] && !stable[s]) { // a multiple of the statistic before it
                const WeeklyBand &source = *bands[s == WeekClicks ? WeekImpressions : WeekOrders];
                band.p10[week] = factor[s] * source.p10[week];
                band.p50[week] = factor[s] * source.p50[week];
                band.p90[week] = factor[s] * source.p90[week];
            }
        }
    }, m_saturation.get());
    if (!completed)
        return false;

    // Totals from J and U: clicks = CTR * J, caused orders = CTR * v * a * b * J, and since
    // sum_t U_t = sum_t O0_t + theta * (sum_t U_t - U_last), realised = caused - theta * U_last
    // (the tail is theta * U_last).
    std::vector<double> sumClicks(n), sumCaused(n), sumRealised(n), sumGross(n), tail(n);
    for (std::size_t d = 0; d < n; ++d) {
        sumClicks[d] = ctr[d] * sI[d];
        sumCaused[d] = cq[d] * sI[d];
        tail[d] = theta[d] * car[d];
        sumRealised[d] = sumCaused[d] - tail[d];
        sumGross[d] = sumRealised[d] * aov[d];
    }

    // Weekly statistics with a shared ranking: the draws at the order statistics of the
    // channel total are at the same order statistics in every week.
    const std::vector<double> *keys[WeeklyStatCount] = {&sumImp, &sumClicks, &sumRealised, &sumGross};
    for (int s = 0; s < WeeklyStatCount; ++s) {
        if (fixed[s]) {
            copyBaseToPercentiles(*bands[s]);
            continue;
        }
        if (!stable[s])
            continue;
        std::size_t at[2 * Percentiles::count];
        Percentiles::orderIndices(keys[s]->data(), n, m_indexScratch, at);
        std::vector<double> series[2 * Percentiles::count];
        for (int j = 0; j < 2 * Percentiles::count; ++j) {
            BaseFunnel funnel;
            std::vector<double> gross;
            m.evaluate(drawValues(at[j]), &funnel, &gross);
            switch (s) {
            case WeekImpressions: series[j] = funnel.impressions; break;
            case WeekClicks: series[j] = funnel.clicks; break;
            case WeekOrders: series[j] = funnel.realisedOrders; break;
            default: series[j] = gross; break;
            }
        }
        for (int i = 0; i < Percentiles::count; ++i) {
            const double fraction = Percentiles::position(n, Percentiles::levels[i]).fraction;
            std::vector<double> *target[Percentiles::count] = {&bands[s]->p10, &bands[s]->p50,
                                                               &bands[s]->p90};
            for (std::size_t week = 0; week < w; ++week)
                (*target[i])[week] = Percentiles::interpolate(series[2 * i][week],
                                                              series[2 * i + 1][week], fraction);
        }
    }

    // Channel totals per draw.
    totals.cost.resize(n);
    totals.reach.resize(n);
    totals.grossRevenue.resize(n);
    totals.netRevenue.resize(n);
    for (std::size_t d = 0; d < n; ++d) {
        const InputValues v = drawValues(d);
        totals.cost[d] = m.cost(v);
        totals.reach[d] = m.reach(sumImp[d], v);
        totals.grossRevenue[d] = sumCaused[d] * v[SlotAov];
        totals.netRevenue[d] = totals.grossRevenue[d] * m.netFactor(v);
    }
    totals.impressions = std::move(sumImp);
    totals.clicks = std::move(sumClicks);
    totals.orders = std::move(sumCaused);

    const bool ordersFixed = fixed[WeekClicks] && !stagesVary;
    totals.costFixed = paid || !varies(SlotFee);
    totals.impressionsFixed = fixed[WeekImpressions];
    totals.clicksFixed = fixed[WeekClicks];
    totals.ordersFixed = ordersFixed;
    totals.grossFixed = ordersFixed && !aovVaries;
    totals.netFixed = totals.grossFixed && !varies(SlotReturnRate) && !varies(SlotFeeRate)
        && !varies(SlotCommission);
    totals.reachFixed = paid ? (!m.hasAudience() ? fixed[WeekImpressions]
                                                 : (fixed[WeekImpressions] && !varies(SlotAudience)))
                             : (!varies(SlotFollowers) && !varies(SlotReachRate));

    ChannelTotals &ct = out.totals;
    copyBaseToPercentiles(ct.spend);
    setTotalBand(ct.cost, totals.costFixed, totals.cost.data());
    setTotalBand(ct.impressions, totals.impressionsFixed, totals.impressions.data());
    setTotalBand(ct.reach, totals.reachFixed, totals.reach.data());
    setTotalBand(ct.clicks, totals.clicksFixed, totals.clicks.data());
    setTotalBand(ct.orders, totals.ordersFixed, totals.orders.data());
    setTotalBand(ct.tailOrders, ordersFixed && !thetaVaries, tail.data());
    setTotalBand(ct.grossRevenue, totals.grossFixed, totals.grossRevenue.data());
    setTotalBand(ct.netRevenue, totals.netFixed, totals.netRevenue.data());
    return true;
}

} // namespace FC_KERNEL_NS
} // namespace funnelcast

FC_KERNEL_CODE_END
