#pragma once

#include "model/creatordeal.h"
#include "model/organicstream.h"
#include "model/paidchannel.h"

#include <variant>

namespace funnelcast::ui {

// The three kinds of item a scenario lists; the editors, models and undo commands handle them
// through one code path and only the field tables differ.
enum class ItemKind { PaidChannel, CreatorDeal, OrganicStream };

using PlanItem = std::variant<PaidChannel, CreatorDeal, OrganicStream>;

} // namespace funnelcast::ui
