// Equality and small derived values of the plain model structs.
#include "model/plan.h"

namespace funnelcast {

bool PaidChannel::operator==(const PaidChannel &o) const
{
    return name == o.name && platform == o.platform && spend == o.spend && flighting == o.flighting
        && minSpend == o.minSpend && maxSpend == o.maxSpend && locked == o.locked && cpm == o.cpm
        && audience == o.audience && maxWeeklyFrequency == o.maxWeeklyFrequency && ctr == o.ctr
        && viewRate == o.viewRate && cartRate == o.cartRate && purchaseRate == o.purchaseRate
        && aov == o.aov && feeRate == o.feeRate && returnRate == o.returnRate
        && carryover == o.carryover && unknownFields == o.unknownFields;
}

bool CreatorDeal::operator==(const CreatorDeal &o) const
{
    return name == o.name && platform == o.platform && tier == o.tier && followers == o.followers
        && reachRate == o.reachRate && posts == o.posts && feePerPost == o.feePerPost
        && ctr == o.ctr && viewRate == o.viewRate && cartRate == o.cartRate
        && purchaseRate == o.purchaseRate && aov == o.aov && returnRate == o.returnRate
        && carryover == o.carryover && commissionRate == o.commissionRate
        && unknownFields == o.unknownFields;
}

bool OrganicStream::operator==(const OrganicStream &o) const
{
    return name == o.name && platform == o.platform && followers == o.followers
        && postsPerWeek == o.postsPerWeek && reachRate == o.reachRate
        && costPerPost == o.costPerPost && ctr == o.ctr && viewRate == o.viewRate
        && cartRate == o.cartRate && purchaseRate == o.purchaseRate && aov == o.aov
        && returnRate == o.returnRate && carryover == o.carryover
        && unknownFields == o.unknownFields;
}

double Scenario::totalPaidSpend() const
{
    double sum = 0.0;
    for (const PaidChannel &c : channels)
        sum += c.spend;
    return sum;
}

double Scenario::effectiveBudget() const { return budget ? *budget : totalPaidSpend(); }

bool Scenario::operator==(const Scenario &o) const
{
    return name == o.name && budget == o.budget && channels == o.channels
        && creators == o.creators && organic == o.organic && unknownFields == o.unknownFields;
}

double Plan::populationFor(const Scenario &scenario) const
{
    if (population)
        return *population;
    double sum = 0.0;
    for (const PaidChannel &c : scenario.channels)
        if (c.audience)
            sum += c.audience->base;
    for (const CreatorDeal &k : scenario.creators)
        sum += k.followers.base;
    for (const OrganicStream &o : scenario.organic)
        sum += o.followers.base;
    return sum;
}

int Plan::scenarioIndex(const QString &scenarioName) const
{
    for (size_t i = 0; i < scenarios.size(); ++i)
        if (scenarios[i].name == scenarioName)
            return static_cast<int>(i);
    return -1;
}

bool Plan::operator==(const Plan &o) const
{
    return name == o.name && currency == o.currency && start == o.start && weeks == o.weeks
        && population == o.population && margin == o.margin && scenarios == o.scenarios
        && unknownFields == o.unknownFields;
}

} // namespace funnelcast
