// funnelcast optimize PLAN [--scenario S] [--objective orders|net_revenue|profit] [--budget B]
//                          [--target V] [--save-as NAME] --json
#include "arguments.h"
#include "commandregistry.h"

#include "model/inputerror.h"
#include "optimize/budgetoptimizer.h"
#include "optimize/scenarioops.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace funnelcast::app {

namespace {

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString amountText(double value)
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    const double rounded = std::round(value);
    return std::fabs(value - rounded) < 0.005 ? locale.toString(rounded, 'f', 0)
                                              : locale.toString(value, 'f', 2);
}

QJsonObject resultJson(const QString &scenario, const OptimizationResult &r)
{
    QJsonObject json;
    json.insert(QStringLiteral("scenario"), scenario);
    json.insert(QStringLiteral("objective"), ObjectiveKeys::key(r.objective));
    json.insert(QStringLiteral("budget"), r.budget);
    json.insert(QStringLiteral("current"), QJsonObject{{QStringLiteral("value"), r.currentValue},
                                                       {QStringLiteral("spend"), r.currentSpend}});
    json.insert(QStringLiteral("optimal"), QJsonObject{{QStringLiteral("value"), r.optimalValue},
                                                       {QStringLiteral("spend"), r.optimalSpend}});
    QJsonArray channels;
    for (const ChannelAllocation &a : r.channels) {
        channels.append(QJsonObject{{QStringLiteral("name"), a.name},
                                    {QStringLiteral("locked"), a.locked},
                                    {QStringLiteral("current_spend"), a.currentSpend},
                                    {QStringLiteral("optimal_spend"), a.optimalSpend},
                                    {QStringLiteral("current_value"), a.currentValue},
                                    {QStringLiteral("optimal_value"), a.optimalValue},
                                    {QStringLiteral("marginal_value"), a.marginalValue}});
    }
    json.insert(QStringLiteral("channels"), channels);
    return json;
}

QJsonObject goalJson(const GoalSeekResult &g, Objective objective)
{
    QJsonObject json{{QStringLiteral("target"), g.target},
                     {QStringLiteral("budget"), number(g.budget)},
                     {QStringLiteral("reachable"), g.reachable},
                     {QStringLiteral("value"), g.value}};
    if (!g.reachable) {
        const QString message = objective == Objective::Profit && g.budget
            ? QCoreApplication::translate("OptimizeCommand", "The target %1 is out of reach: the best profit is %2, at a budget of %3; "
                 "spending more would lower it.")
                  .arg(amountText(g.target), amountText(g.value), amountText(*g.budget))
            : g.budget
            ? QCoreApplication::translate("OptimizeCommand", "The target %1 is out of reach within the channels' maximum spends: the best "
                 "is %2, at a budget of %3.")
                  .arg(amountText(g.target), amountText(g.value), amountText(*g.budget))
            : QCoreApplication::translate("OptimizeCommand", "The target %1 is out of reach: the value only approaches %2 as the budget "
                 "grows without limit.")
                  .arg(amountText(g.target), amountText(g.value));
        json.insert(QStringLiteral("message"), message);
    }
    return json;
}

std::optional<double> numberOption(const Arguments &arguments, const QString &name)
{
    const std::optional<QString> text = arguments.value(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const double value = text->toDouble(&ok);
    if (!ok || !std::isfinite(value))
        throw UsageError(QCoreApplication::translate("OptimizeCommand", "--%1 must be a number, not \"%2\".").arg(name, *text));
    return value;
}

int runOptimize(const QStringList &args)
{
    const Arguments arguments(args,
                              {QStringLiteral("scenario"), QStringLiteral("objective"),
                               QStringLiteral("budget"), QStringLiteral("target"),
                               QStringLiteral("save-as")},
                              {QStringLiteral("json")});
    const QString path = arguments.positional(0, QCoreApplication::translate("OptimizeCommand", "the plan file"));
    arguments.expectAtMostPositionals(1);
    if (!arguments.flag(QStringLiteral("json")))
        throw UsageError(QCoreApplication::translate("OptimizeCommand", "optimize writes JSON only; add --json."));
    Objective objective = Objective::Orders;
    if (const std::optional<QString> key = arguments.value(QStringLiteral("objective"))) {
        if (!ObjectiveKeys::fromKey(*key, &objective))
            throw UsageError(QCoreApplication::translate("OptimizeCommand", "Unknown objective \"%1\"; use %2.").arg(*key, ObjectiveKeys::allKeysText()));
    }
    // Any finite number parses here; the optimizer says what is wrong with a negative or
    // infeasible budget (exit 3).
    const std::optional<double> budgetOption = numberOption(arguments, QStringLiteral("budget"));
    const std::optional<double> target = numberOption(arguments, QStringLiteral("target"));
    const std::optional<QString> saveAs = arguments.value(QStringLiteral("save-as"));

    std::unique_ptr<PlanFile> file = PlanFile::open(path);
    const Plan &plan = file->plan();
    if (plan.scenarios.empty())
        throw InputError(QCoreApplication::translate("OptimizeCommand", "%1 has no scenarios to optimize.").arg(path));
    int index = 0;
    if (const std::optional<QString> name = arguments.value(QStringLiteral("scenario"))) {
        index = plan.scenarioIndex(*name);
        if (index < 0) {
            QStringList names;
            for (const Scenario &s : plan.scenarios)
                names.append(QLatin1Char('"') + s.name + QLatin1Char('"'));
            throw UsageError(QCoreApplication::translate("OptimizeCommand", "The plan has no scenario \"%1\"; its scenarios are %2.")
                                 .arg(*name, names.join(QStringLiteral(", "))));
        }
    }
    const Scenario scenario = plan.scenarios[static_cast<size_t>(index)];
    if (saveAs)
        ScenarioOps::checkName(plan, *saveAs);

    const BudgetOptimizer optimizer(plan, scenario, objective);
    const double budget = budgetOption.value_or(scenario.effectiveBudget());
    const OptimizationResult result = optimizer.optimize(budget);

    QJsonObject json = resultJson(scenario.name, result);
    QJsonArray frontier;
    for (const FrontierPoint &p : optimizer.frontier(budget))
        frontier.append(QJsonObject{{QStringLiteral("budget"), p.budget},
                                    {QStringLiteral("value"), number(p.value)}});
    json.insert(QStringLiteral("frontier"), frontier);
    if (target)
        json.insert(QStringLiteral("goal"), goalJson(optimizer.goalSeek(*target), objective));

    if (saveAs) {
        // The copy keeps the budget it was optimized for, also when profit left some unspent.
        const Scenario saved = ScenarioOps::applyResult(scenario, result, *saveAs, budget);
        file->insertScenario(index + 1, saved);
        json.insert(QStringLiteral("saved_as"), *saveAs);
    }
    printJson(QJsonDocument(json));
    return 0;
}

} // namespace

FUNNELCAST_REGISTER_COMMAND("optimize",
                            "optimize PLAN [--scenario S] [--objective orders|net_revenue|profit] "
                            "[--budget B] [--target V] [--save-as NAME] --json",
                            QT_TRANSLATE_NOOP("Commands", "split the paid budget for the most orders, net revenue or profit; "
                            "frontier, goal seek, save as a scenario (MODEL.md section 7)"),
                            &runOptimize)

} // namespace funnelcast::app
