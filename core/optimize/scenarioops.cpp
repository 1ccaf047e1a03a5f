#include "optimize/scenarioops.h"

#include "model/inputerror.h"

#include <QCoreApplication>
#include <QStringList>

namespace funnelcast {

QString ScenarioOps::uniqueName(const Plan &plan, const QString &base)
{
    const QString trimmed = base.trimmed();
    if (plan.scenarioIndex(trimmed) < 0)
        return trimmed;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(trimmed).arg(n);
        if (plan.scenarioIndex(candidate) < 0)
            return candidate;
    }
}

void ScenarioOps::checkName(const Plan &plan, const QString &name, int renamedIndex)
{
    if (name.trimmed().isEmpty())
        throw InputError(QCoreApplication::translate("ScenarioOps", "A scenario needs a name that is not empty."));
    const int existing = plan.scenarioIndex(name);
    if (existing >= 0 && existing != renamedIndex)
        throw InputError(QCoreApplication::translate("ScenarioOps", "The plan already has a scenario named \"%1\".").arg(name));
}

int ScenarioOps::indexOf(const Plan &plan, const QString &name)
{
    const int index = plan.scenarioIndex(name);
    if (index >= 0)
        return index;
    QStringList names;
    for (const Scenario &s : plan.scenarios)
        names.append(QLatin1Char('"') + s.name + QLatin1Char('"'));
    if (names.isEmpty())
        throw InputError(QCoreApplication::translate("ScenarioOps", "The plan has no scenario \"%1\"; it has no scenarios at all.").arg(name));
    throw InputError(QCoreApplication::translate("ScenarioOps", "The plan has no scenario \"%1\"; its scenarios are %2.")
                         .arg(name, names.join(QStringLiteral(", "))));
}

Scenario ScenarioOps::blank(const Plan &plan, const QString &name)
{
    checkName(plan, name);
    Scenario scenario;
    scenario.name = name;
    return scenario;
}

Scenario ScenarioOps::duplicate(const Plan &plan, int index, const QString &name)
{
    if (index < 0 || index >= static_cast<int>(plan.scenarios.size()))
        throw InputError(QCoreApplication::translate("ScenarioOps", "There is no scenario number %1 to duplicate.").arg(index + 1));
    Scenario copy = plan.scenarios[static_cast<size_t>(index)];
    if (name.isEmpty()) {
        copy.name = uniqueName(plan, QCoreApplication::translate("ScenarioOps", "%1 copy").arg(copy.name));
    } else {
        checkName(plan, name);
        copy.name = name;
    }
    return copy;
}

Scenario ScenarioOps::applyResult(const Scenario &scenario, const OptimizationResult &result,
                                  const QString &name, std::optional<double> budget)
{
    if (result.channels.size() != scenario.channels.size())
        throw InputError(QCoreApplication::translate("ScenarioOps", "The optimization result does not match scenario \"%1\".").arg(scenario.name));
    Scenario copy = scenario;
    copy.name = name;
    if (budget)
        copy.budget = budget;
    for (size_t i = 0; i < copy.channels.size(); ++i)
        copy.channels[i].spend = result.channels[i].optimalSpend;
    return copy;
}

void ScenarioOps::checkRemovable(const Plan &plan, int index)
{
    if (index < 0 || index >= static_cast<int>(plan.scenarios.size()))
        throw InputError(QCoreApplication::translate("ScenarioOps", "There is no scenario number %1 to delete.").arg(index + 1));
    if (plan.scenarios.size() == 1)
        throw InputError(QCoreApplication::translate("ScenarioOps", "Scenario \"%1\" is the plan's only scenario; a plan keeps at least one.")
                             .arg(plan.scenarios.front().name));
}

} // namespace funnelcast
