#include "model/fieldspec.h"

namespace funnelcast {

const std::vector<UncertainFieldSpec<PaidChannel>> &paidChannelUncertainFields()
{
    using K = ValueKind;
    using C = PaidChannel;
    static const std::vector<UncertainFieldSpec<C>> fields = {
        {"cpm", K::PositiveAmount, true, 0.0, &C::cpm},
        {"ctr", K::Rate, true, 0.0, &C::ctr},
        {"view_rate", K::RateInclusive, false, 1.0, &C::viewRate},
        {"cart_rate", K::Rate, true, 0.0, &C::cartRate},
        {"purchase_rate", K::Rate, true, 0.0, &C::purchaseRate},
        {"aov", K::PositiveAmount, true, 0.0, &C::aov},
        {"fee_rate", K::Rate, false, 0.0, &C::feeRate},
        {"return_rate", K::Rate, false, 0.0, &C::returnRate},
        {"carryover", K::Rate, false, 0.0, &C::carryover},
    };
    return fields;
}

const std::vector<UncertainFieldSpec<CreatorDeal>> &creatorDealUncertainFields()
{
    using K = ValueKind;
    using C = CreatorDeal;
    static const std::vector<UncertainFieldSpec<C>> fields = {
        {"followers", K::PositiveAmount, true, 0.0, &C::followers},
        {"reach_rate", K::RateInclusive, true, 0.0, &C::reachRate},
        {"fee_per_post", K::Amount, true, 0.0, &C::feePerPost},
        {"ctr", K::Rate, true, 0.0, &C::ctr},
        {"view_rate", K::RateInclusive, false, 1.0, &C::viewRate},
        {"cart_rate", K::Rate, true, 0.0, &C::cartRate},
        {"purchase_rate", K::Rate, true, 0.0, &C::purchaseRate},
        {"aov", K::PositiveAmount, true, 0.0, &C::aov},
        {"return_rate", K::Rate, false, 0.0, &C::returnRate},
        {"carryover", K::Rate, false, 0.0, &C::carryover},
        {"commission_rate", K::Rate, false, 0.0, &C::commissionRate},
    };
    return fields;
}

const std::vector<UncertainFieldSpec<OrganicStream>> &organicStreamUncertainFields()
{
    using K = ValueKind;
    using C = OrganicStream;
    static const std::vector<UncertainFieldSpec<C>> fields = {
        {"followers", K::PositiveAmount, true, 0.0, &C::followers},
        {"reach_rate", K::RateInclusive, true, 0.0, &C::reachRate},
        {"cost_per_post", K::Amount, false, 0.0, &C::costPerPost},
        {"ctr", K::Rate, true, 0.0, &C::ctr},
        {"view_rate", K::RateInclusive, false, 1.0, &C::viewRate},
        {"cart_rate", K::Rate, true, 0.0, &C::cartRate},
        {"purchase_rate", K::Rate, true, 0.0, &C::purchaseRate},
        {"aov", K::PositiveAmount, true, 0.0, &C::aov},
        {"return_rate", K::Rate, false, 0.0, &C::returnRate},
        {"carryover", K::Rate, false, 0.0, &C::carryover},
    };
    return fields;
}

} // namespace funnelcast
