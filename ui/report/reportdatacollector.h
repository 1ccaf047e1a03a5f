#pragma once

#include "report/reportdata.h"
#include "report/reportoptions.h"

#include "model/plan.h"

namespace funnelcast {
class PlanFile;
}

namespace funnelcast::ui {

// Fills ReportData from a plan: the Monte Carlo forecast of the chosen scenario (and of the
// others for the comparison), the optimizer when asked for, the actuals when there are any,
// and every assumption for the appendix. All numbers come from core; nothing is recomputed
// here except sums of the forecast's own base series.
class ReportDataCollector
{
public:
    // Throws UsageError for an unknown scenario and InputError for a scenario with nothing in
    // it or an optimizer run that cannot be made.
    static ReportData collect(const Plan &plan, const ReportOptions &options,
                              const ReportSources &sources = ReportSources());
    // The weekly actuals stored in a plan file, per channel (empty when none were imported).
    static std::vector<std::pair<QString, std::vector<ActualsWeek>>> readActuals(PlanFile &file,
                                                                                 const Plan &plan);
    // Index of the scenario the options name (the first when none); throws UsageError.
    static int scenarioIndex(const Plan &plan, const QString &scenario);
};

} // namespace funnelcast::ui
