#pragma once

#include "document/planitem.h"
#include "model/plan.h"

#include <QCoreApplication>

namespace funnelcast::ui {

// Starting values for an item the user adds: the funnel rates and order value of the
// scenario's first item of any kind (same brand, same currency), else modest generic ones.
// The name is unique in the scenario.
class NewItemFactory
{
    Q_DECLARE_TR_FUNCTIONS(NewItemFactory)

public:
    static PlanItem create(ItemKind kind, const Plan &plan, int scenario);
};

} // namespace funnelcast::ui
