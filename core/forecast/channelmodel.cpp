#include "forecast/channelmodel.h"

#include "model/fieldspec.h"

#include <cmath>
#include <cstring>

namespace funnelcast {

namespace {

InputSlot slotForKey(const char *key)
{
    struct Entry
    {
        const char *key;
        InputSlot slot;
    };
    static const Entry entries[] = {
        {"cpm", SlotCpm},
        {"followers", SlotFollowers},
        {"reach_rate", SlotReachRate},
        {"fee_per_post", SlotFee},
        {"cost_per_post", SlotFee},
        {"ctr", SlotCtr},
        {"view_rate", SlotViewRate},
        {"cart_rate", SlotCartRate},
        {"purchase_rate", SlotPurchaseRate},
        {"aov", SlotAov},
        {"fee_rate", SlotFeeRate},
        {"return_rate", SlotReturnRate},
        {"carryover", SlotCarryover},
        {"commission_rate", SlotCommission},
    };
    for (const Entry &e : entries)
        if (std::strcmp(e.key, key) == 0)
            return e.slot;
    return SlotCount;
}

const std::vector<UncertainFieldSpec<PaidChannel>> &fieldsOf(const PaidChannel *)
{
    return paidChannelUncertainFields();
}
const std::vector<UncertainFieldSpec<CreatorDeal>> &fieldsOf(const CreatorDeal *)
{
    return creatorDealUncertainFields();
}
const std::vector<UncertainFieldSpec<OrganicStream>> &fieldsOf(const OrganicStream *)
{
    return organicStreamUncertainFields();
}

constexpr std::uint32_t audienceRngIndex = 100;

} // namespace

template <class Item>
void ChannelModel::addInputs(const Item &item)
{
    // Slots an item kind does not have keep their neutral value.
    m_base.fill(0.0);
    m_base[SlotViewRate] = 1.0;
    const auto &fields = fieldsOf(&item);
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const InputSlot slot = slotForKey(fields[i].key);
        if (slot == SlotCount)
            continue;
        const Uncertain &value = item.*(fields[i].member);
        m_base[slot] = value.base;
        if (!value.isFixed())
            m_varying.push_back({slot, static_cast<std::uint32_t>(i),
                                 InputSampler(value, isRateKind(fields[i].kind))});
    }
}

ChannelModel ChannelModel::fromPaid(const PaidChannel &channel, int index, int weeks)
{
    return fromPaid(channel, index, weeks, channel.spend);
}

ChannelModel ChannelModel::fromPaid(const PaidChannel &channel, int index, int weeks, double spend)
{
    ChannelModel m;
    m.m_kind = ChannelKind::Paid;
    m.m_name = channel.name;
    m.m_index = index;
    m.m_weeks = weeks;
    m.addInputs(channel);
    m.m_hasAudience = channel.audience.has_value();
    if (channel.audience) {
        m.m_base[SlotAudience] = channel.audience->base;
        if (!channel.audience->isFixed())
            m.m_varying.push_back({SlotAudience, audienceRngIndex, InputSampler(*channel.audience, false)});
    }
    m.m_saturates = channel.audience && channel.maxWeeklyFrequency;
    m.m_frequency = channel.maxWeeklyFrequency.value_or(0.0);
    m.m_spend = spend;
    m.m_weeklySpend = channel.flighting.shares(weeks);
    for (double &s : m.m_weeklySpend)
        s *= spend;
    m.m_exposure = m.m_weeklySpend;
    if (channel.flighting.pattern != FlightingPattern::Custom && weeks > 0) {
        int total = 0;
        for (int t = 0; t < weeks; ++t) {
            int units = 1;
            switch (channel.flighting.pattern) {
            case FlightingPattern::Front: units = weeks - t; break;
            case FlightingPattern::Back: units = t + 1; break;
            case FlightingPattern::Pulse: units = t % 2 == 0 ? 2 : 1; break;
            default: units = 1; break;
            }
            m.m_units.push_back(units);
            total += units;
        }
        m.m_unitSpend = spend / total;
    }
    return m;
}

ChannelModel ChannelModel::fromCreator(const CreatorDeal &deal, int index, int weeks)
{
    ChannelModel m;
    m.m_kind = ChannelKind::Creator;
    m.m_name = deal.name;
    m.m_index = index;
    m.m_weeks = weeks;
    m.addInputs(deal);
    m.m_weeklySpend.assign(static_cast<std::size_t>(weeks), 0.0);
    m.m_exposure.assign(static_cast<std::size_t>(weeks), 0.0);
    for (int week : deal.posts)
        if (week >= 0 && week < weeks)
            m.m_exposure[static_cast<std::size_t>(week)] += 1.0;
    m.m_postCount = static_cast<double>(deal.posts.size());
    return m;
}

ChannelModel ChannelModel::fromOrganic(const OrganicStream &stream, int index, int weeks)
{
    ChannelModel m;
    m.m_kind = ChannelKind::Organic;
    m.m_name = stream.name;
    m.m_index = index;
    m.m_weeks = weeks;
    m.addInputs(stream);
    m.m_weeklySpend.assign(static_cast<std::size_t>(weeks), 0.0);
    m.m_exposure.assign(static_cast<std::size_t>(weeks), stream.postsPerWeek);
    m.m_postCount = stream.postsPerWeek * weeks;
    return m;
}

std::uint64_t ChannelModel::channelKey() const
{
    return (static_cast<std::uint64_t>(m_kind) << 32) | static_cast<std::uint32_t>(m_index);
}

bool ChannelModel::isVarying(InputSlot slot) const
{
    for (const Varying &v : m_varying)
        if (v.slot == slot)
            return true;
    return false;
}

double ChannelModel::impressions(int t, const InputValues &v) const
{
    const double e = m_exposure[static_cast<std::size_t>(t)];
    if (m_kind != ChannelKind::Paid)
        return e * v[SlotFollowers] * v[SlotReachRate];
    const double unsaturated = 1000.0 * e / v[SlotCpm];
    if (!m_saturates)
        return unsaturated;
    const double capacity = v[SlotAudience] * m_frequency;
    if (!(capacity > 0.0))
        return 0.0;
    // K * (1 - exp(-x / K)), written with expm1 so small spends keep full precision.
    return -capacity * std::expm1(-unsaturated / capacity);
}

double ChannelModel::cost(const InputValues &v) const
{
    if (m_kind == ChannelKind::Paid)
        return m_spend;
    return m_postCount * v[SlotFee];
}

double ChannelModel::reach(double impressions, const InputValues &v) const
{
    if (m_kind == ChannelKind::Paid) {
        if (!m_hasAudience)
            return impressions;
        const double a = v[SlotAudience];
        return a > 0.0 ? -a * std::expm1(-impressions / a) : 0.0;
    }
    return v[SlotFollowers] * (1.0 - std::pow(1.0 - v[SlotReachRate], m_postCount));
}

double ChannelModel::netFactor(const InputValues &v) const
{
    switch (m_kind) {
    case ChannelKind::Paid: return (1.0 - v[SlotReturnRate]) * (1.0 - v[SlotFeeRate]);
    case ChannelKind::Creator: return (1.0 - v[SlotReturnRate]) - v[SlotCommission];
    case ChannelKind::Organic: return 1.0 - v[SlotReturnRate];
    }
    return 0.0;
}

ChannelOutcome ChannelModel::evaluate(const InputValues &v, BaseFunnel *funnel,
                                      std::vector<double> *weeklyGross) const
{
    const std::size_t w = static_cast<std::size_t>(m_weeks);
    if (funnel) {
        funnel->spend = m_weeklySpend;
        for (std::vector<double> *series : {&funnel->impressions, &funnel->clicks, &funnel->views,
                                            &funnel->carts, &funnel->causedOrders,
                                            &funnel->realisedOrders})
            series->assign(w, 0.0);
    }
    if (weeklyGross)
        weeklyGross->assign(w, 0.0);

    ChannelOutcome out;
    const double theta = v[SlotCarryover];
    double carried = 0.0; // U_t = O0_t + theta * U_{t-1}, so O_t = (1 - theta) * U_t
    for (int t = 0; t < m_weeks; ++t) {
        const double imp = impressions(t, v);
        const double clicks = imp * v[SlotCtr];
        const double views = clicks * v[SlotViewRate];
        const double carts = views * v[SlotCartRate];
        const double caused = carts * v[SlotPurchaseRate];
        carried = caused + theta * carried;
        const double realised = (1.0 - theta) * carried;
        out.impressions += imp;
        out.clicks += clicks;
        out.orders += caused;
        out.realised += realised;
        const std::size_t i = static_cast<std::size_t>(t);
        if (funnel) {
            funnel->impressions[i] = imp;
            funnel->clicks[i] = clicks;
            funnel->views[i] = views;
            funnel->carts[i] = carts;
            funnel->causedOrders[i] = caused;
            funnel->realisedOrders[i] = realised;
        }
        if (weeklyGross)
            (*weeklyGross)[i] = realised * v[SlotAov];
    }
    out.tail = out.orders - out.realised;
    out.spend = m_kind == ChannelKind::Paid ? m_spend : 0.0;
    out.cost = cost(v);
    out.reach = reach(out.impressions, v);
    out.grossRevenue = out.orders * v[SlotAov];
    out.netRevenue = out.grossRevenue * netFactor(v);
    return out;
}

} // namespace funnelcast
