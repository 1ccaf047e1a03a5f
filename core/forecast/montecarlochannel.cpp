#include "forecast/montecarlochannel.h"

#include "forecast/percentiles.h"

#include <algorithm>
#include <cmath>

namespace funnelcast {

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

// The weekly statistics the Monte Carlo loop reports, in the order of the arrays below.
enum WeeklyStat { WeekImpressions, WeekClicks, WeekOrders, WeekGross, WeeklyStatCount };

} // namespace

MonteCarloChannel::MonteCarloChannel(const ChannelModel &model, int draws, std::uint64_t seed)
    : m_model(model), m_draws(static_cast<std::size_t>(std::max(draws, 0))), m_seed(seed),
      m_drawn(SlotCount)
{
    const std::uint64_t key = model.channelKey();
    for (const ChannelModel::Varying &v : model.varying()) {
        std::vector<double> &values = m_drawn[v.slot];
        values.resize(m_draws);
        for (std::size_t d = 0; d < m_draws; ++d)
            values[d] = v.sampler.valueAt(InputSampler::normal(m_seed, key, d, v.rngIndex));
    }
}

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
    m_scratch.assign(perDraw, perDraw + m_draws);
    double p[Percentiles::count];
    Percentiles::compute(m_scratch.data(), m_draws, p);
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
    bool stable[WeeklyStatCount];
    stable[WeekImpressions] = proportional || singleKey;
    stable[WeekClicks] = proportional || (singleKey && !ctrVaries);
    stable[WeekOrders] = !thetaVaries && (proportional || (singleKey && !ctrVaries && !stagesVary));
    stable[WeekGross] = stable[WeekOrders] && (proportional || !aovVaries);

    WeeklyBand *bands[WeeklyStatCount] = {&out.weekly.impressions, &out.weekly.clicks,
                                          &out.weekly.orders, &out.weekly.grossRevenue};
    for (WeeklyBand *band : bands)
        fillBand(*band, w);
    copyBaseToPercentiles(out.weekly.spend);

    // Per-draw inputs of the week loop, fixed ones broadcast.
    auto column = [&](InputSlot slot) {
        const double *v = values(slot);
        return v ? std::vector<double>(v, v + n) : std::vector<double>(n, m.baseValues()[slot]);
    };
    const std::vector<double> ctr = column(SlotCtr), view = column(SlotViewRate),
                              cart = column(SlotCartRate), purchase = column(SlotPurchaseRate),
                              aov = column(SlotAov), theta = column(SlotCarryover);
    std::vector<double> first, second; // paid: cpm and capacity K; others: followers, reach
    if (paid) {
        first = column(SlotCpm);
        if (m.saturates()) {
            second = column(SlotAudience);
            for (double &k : second)
                k *= m.frequency();
        }
    } else {
        first = column(SlotFollowers);
        second = column(SlotReachRate);
    }

    std::vector<double> carried(n, 0.0), sumImp(n, 0.0), sumClicks(n, 0.0), sumCaused(n, 0.0),
        sumRealised(n, 0.0), sumGross(n, 0.0);
    std::vector<double> buffer[WeeklyStatCount];
    for (auto &b : buffer)
        b.resize(n);
    // Impressions of the last two exposure levels, so that even and pulse flighting compute
    // the saturation curve once per level rather than once per week.
    double cachedLevel[2] = {-1.0, -1.0};
    std::vector<double> cached[2];
    int nextCache = 0;

    double *imp = buffer[WeekImpressions].data();
    double *clk = buffer[WeekClicks].data();
    double *ord = buffer[WeekOrders].data();
    double *grs = buffer[WeekGross].data();
    for (int t = 0; t < weeks; ++t) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        const double e = m.exposure()[static_cast<std::size_t>(t)];
        int hit = -1;
        for (int c = 0; c < 2; ++c)
            if (cachedLevel[c] == e)
                hit = c;
        if (hit >= 0) {
            std::copy(cached[hit].begin(), cached[hit].end(), imp);
        } else {
            if (e == 0.0) {
                std::fill(imp, imp + n, 0.0);
            } else if (paid && m.saturates()) {
                const double *cpm = first.data(), *cap = second.data();
                for (std::size_t d = 0; d < n; ++d) {
                    const double x = 1000.0 * e / cpm[d];
                    imp[d] = cap[d] > 0.0 ? -cap[d] * std::expm1(-x / cap[d]) : 0.0;
                }
            } else if (paid) {
                const double *cpm = first.data();
                for (std::size_t d = 0; d < n; ++d)
                    imp[d] = 1000.0 * e / cpm[d];
            } else {
                const double *followers = first.data(), *rate = second.data();
                for (std::size_t d = 0; d < n; ++d)
                    imp[d] = e * followers[d] * rate[d];
            }
            cachedLevel[nextCache] = e;
            cached[nextCache].assign(imp, imp + n);
            nextCache ^= 1;
        }
        for (std::size_t d = 0; d < n; ++d) {
            const double c = imp[d] * ctr[d];
            const double caused = c * view[d] * cart[d] * purchase[d];
            carried[d] = caused + theta[d] * carried[d];
            const double realised = (1.0 - theta[d]) * carried[d];
            const double g = realised * aov[d];
            sumImp[d] += imp[d];
            sumClicks[d] += c;
            sumCaused[d] += caused;
            sumRealised[d] += realised;
            sumGross[d] += g;
            clk[d] = c;
            ord[d] = realised;
            grs[d] = g;
        }
        const std::size_t week = static_cast<std::size_t>(t);
        for (int s = 0; s < WeeklyStatCount; ++s) {
            if (fixed[s] || stable[s])
                continue;
            double p[Percentiles::count];
            Percentiles::compute(buffer[s].data(), n, p);
            bands[s]->p10[week] = p[0];
            bands[s]->p50[week] = p[1];
            bands[s]->p90[week] = p[2];
        }
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
    std::vector<double> tail(n);
    for (std::size_t d = 0; d < n; ++d) {
        const InputValues v = drawValues(d);
        totals.cost[d] = m.cost(v);
        totals.reach[d] = m.reach(sumImp[d], v);
        totals.grossRevenue[d] = sumCaused[d] * v[SlotAov];
        totals.netRevenue[d] = totals.grossRevenue[d] * m.netFactor(v);
        tail[d] = sumCaused[d] - sumRealised[d];
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

} // namespace funnelcast
