#pragma once

#include "model/plan.h"
#include "optimize/optimizationresult.h"

#include <QString>

#include <optional>

namespace funnelcast {

// The scenario edits of issue 4 (create, duplicate, rename, delete, save an optimized result
// as a new scenario), worked out on the in-memory plan: each returns the scenario to insert or
// checks that the edit may go ahead, and the caller writes it through PlanFile
// (insertScenario, setScenarioName, removeScenario), which stores it in one transaction.
// Throw InputError with one sentence when the edit cannot be made.
class ScenarioOps
{
public:
    // `base` if no scenario has that name, else "base 2", "base 3", ...
    static QString uniqueName(const Plan &plan, const QString &base);
    // A name a scenario may take: not empty, and no other scenario (ignoring `renamedIndex`,
    // the one being renamed) has it.
    static void checkName(const Plan &plan, const QString &name, int renamedIndex = -1);
    // The index of the scenario with that name; InputError naming the plan's scenarios if none.
    static int indexOf(const Plan &plan, const QString &name);
    // An empty scenario (no channels, no budget).
    static Scenario blank(const Plan &plan, const QString &name);
    // A copy of scenario `index`; an empty `name` makes one from the original's ("Base copy").
    static Scenario duplicate(const Plan &plan, int index, const QString &name = QString());
    // A copy of `scenario` with each channel's spend set to the optimum, named `name`. Its
    // budget is `budget` when given (the budget optimized for), else the scenario's own.
    static Scenario applyResult(const Scenario &scenario, const OptimizationResult &result,
                                const QString &name, std::optional<double> budget);
    // Refuses to delete the plan's only scenario.
    static void checkRemovable(const Plan &plan, int index);
};

} // namespace funnelcast
