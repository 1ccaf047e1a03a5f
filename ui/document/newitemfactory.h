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
    // The same, prefilled from resources/platforms.json for `platform` (paid channels and
    // creator deals); `source` receives where the numbers come from. Falls back to create()
    // for a platform without defaults.
    static PlanItem createForPlatform(ItemKind kind, const Plan &plan, int scenario,
                                      const QString &platform, QString *source);
    // Platforms with defaults for `kind`, sorted; empty for organic streams.
    static QStringList platforms(ItemKind kind);
};

} // namespace funnelcast::ui
