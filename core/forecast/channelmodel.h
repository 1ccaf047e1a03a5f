#pragma once

#include "forecast/forecastresult.h"
#include "forecast/inputsampler.h"
#include "model/creatordeal.h"
#include "model/organicstream.h"
#include "model/paidchannel.h"

#include <array>
#include <cstdint>
#include <vector>

namespace funnelcast {

// Every input a channel of any kind may have, as a slot in a flat array of values.
enum InputSlot : int {
    SlotCpm,
    SlotAudience,
    SlotFollowers,
    SlotReachRate,
    SlotFee, // creator fee_per_post or organic cost_per_post
    SlotCtr,
    SlotViewRate,
    SlotCartRate,
    SlotPurchaseRate,
    SlotAov,
    SlotFeeRate,
    SlotReturnRate,
    SlotCarryover,
    SlotCommission,
    SlotCount
};

using InputValues = std::array<double, SlotCount>;

// What one evaluation of a channel (at base inputs or one draw) adds up to.
struct ChannelOutcome
{
    double spend = 0.0;
    double cost = 0.0;
    double impressions = 0.0;
    double reach = 0.0;
    double clicks = 0.0;
    double orders = 0.0;   // sum of O0_t
    double realised = 0.0; // sum of O_t
    double tail = 0.0;
    double grossRevenue = 0.0;
    double netRevenue = 0.0;
};

// One paid channel, creator deal or organic stream reduced to what MODEL.md sections 3-5
// compute from: per-week exposure, the funnel inputs (each with its sampler) and the cost and
// reach rules. Built once per forecast; evaluation touches no Qt type.
class ChannelModel
{
public:
    static ChannelModel fromPaid(const PaidChannel &channel, int index, int weeks);
    static ChannelModel fromPaid(const PaidChannel &channel, int index, int weeks, double spend);
    static ChannelModel fromCreator(const CreatorDeal &deal, int index, int weeks);
    static ChannelModel fromOrganic(const OrganicStream &stream, int index, int weeks);

    // One input that varies between draws.
    struct Varying
    {
        InputSlot slot;
        std::uint32_t rngIndex; // the input's index in its fieldspec table (audience: 100)
        InputSampler sampler;
    };

    ChannelKind kind() const { return m_kind; }
    const QString &name() const { return m_name; }
    int index() const { return m_index; }
    int weeks() const { return m_weeks; }
    // Key of the random stream: kind and index, so adding a creator does not change the
    // draws of paid channels.
    std::uint64_t channelKey() const;

    const InputValues &baseValues() const { return m_base; }
    const std::vector<Varying> &varying() const { return m_varying; }
    bool isVarying(InputSlot slot) const;

    // Weekly spend s_t (paid; zeros otherwise) and the exposure multiplier of each week: paid
    // s_t, creator n_t, organic n.
    const std::vector<double> &weeklySpend() const { return m_weeklySpend; }
    const std::vector<double> &exposure() const { return m_exposure; }
    // Paid saturation: K = A * F applies when both are set.
    bool saturates() const { return m_saturates; }
    bool hasAudience() const { return m_hasAudience; }
    double frequency() const { return m_frequency; }
    double totalSpend() const { return m_spend; }
    // For even, front, back and pulse flighting, s_t = unitSpend * units_t with whole units_t
    // (the pattern's raw weights): the Monte Carlo loop then steps exp(-units * a) from week to
    // week instead of calling exp. Empty for custom flighting and non-paid items.
    const std::vector<int> &exposureUnits() const { return m_units; }
    double unitSpend() const { return m_unitSpend; }
    // Creator: number of posts; organic: n * W (the exponent of the reach formula and the
    // multiplier of the per-post fee).
    double postCount() const { return m_postCount; }

    // Impressions of week t for the given inputs.
    double impressions(int t, const InputValues &v) const;
    // Cost, reach and net revenue from their parts (shared with the Monte Carlo loop).
    double cost(const InputValues &v) const;
    double reach(double impressions, const InputValues &v) const;
    double netFactor(const InputValues &v) const; // net revenue per unit of gross revenue

    // Full evaluation; `funnel` (optional) receives every stage per week, `weeklyGross`
    // (optional) O_t * AOV per week.
    ChannelOutcome evaluate(const InputValues &v, BaseFunnel *funnel = nullptr,
                            std::vector<double> *weeklyGross = nullptr) const;

private:
    template <class Item>
    void addInputs(const Item &item);

    ChannelKind m_kind = ChannelKind::Paid;
    QString m_name;
    int m_index = 0;
    int m_weeks = 0;
    InputValues m_base{};
    std::vector<Varying> m_varying;
    std::vector<double> m_weeklySpend;
    std::vector<double> m_exposure;
    bool m_saturates = false;
    bool m_hasAudience = false;
    double m_frequency = 0.0;
    double m_spend = 0.0;
    std::vector<int> m_units;
    double m_unitSpend = 0.0;
    double m_postCount = 0.0;
};

} // namespace funnelcast
