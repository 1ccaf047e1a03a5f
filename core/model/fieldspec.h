#pragma once

#include "model/creatordeal.h"
#include "model/organicstream.h"
#include "model/paidchannel.h"
#include "model/uncertain.h"

#include <vector>

namespace funnelcast {

// One uncertain (u) input of a channel kind: its JSON key, its bounds, whether the plan JSON
// must give it, and its default when absent. The JSON reader, the validator, the storage
// range checks, the Monte Carlo sampler, the editors and the report appendix all read these
// tables, so a field is described once. (Paid `audience` is optional and handled apart.)
template <class Item>
struct UncertainFieldSpec
{
    const char *key;
    ValueKind kind;
    bool required;
    double defaultValue;
    Uncertain Item::*member;
};

const std::vector<UncertainFieldSpec<PaidChannel>> &paidChannelUncertainFields();
const std::vector<UncertainFieldSpec<CreatorDeal>> &creatorDealUncertainFields();
const std::vector<UncertainFieldSpec<OrganicStream>> &organicStreamUncertainFields();

} // namespace funnelcast
