// funnelcast forecast PLAN [--scenario S] [--draws N] [--seed N] --json
#include "arguments.h"
#include "commandregistry.h"

#include "forecast/forecastengine.h"
#include "forecast/forecastjson.h"
#include "io/planjson.h"
#include "model/inputerror.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace funnelcast::app {

namespace {

// A .json file is read as MODEL.md plan JSON; anything else is opened as a plan file.
Plan loadPlan(const QString &path)
{
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw InputError(QCoreApplication::translate("ForecastCommand", "Cannot read %1: %2.").arg(path, file.errorString()));
        return PlanJson::fromBytes(file.readAll(), QFileInfo(path).fileName());
    }
    return PlanFile::open(path)->plan();
}

const Scenario &chooseScenario(const Plan &plan, const std::optional<QString> &name, const QString &path)
{
    if (plan.scenarios.empty())
        throw InputError(QCoreApplication::translate("ForecastCommand", "%1 has no scenarios to forecast.").arg(path));
    if (!name)
        return plan.scenarios.front();
    const int index = plan.scenarioIndex(*name);
    if (index < 0) {
        QStringList names;
        for (const Scenario &s : plan.scenarios)
            names.append(QLatin1Char('"') + s.name + QLatin1Char('"'));
        throw UsageError(QCoreApplication::translate("ForecastCommand", "The plan has no scenario \"%1\"; its scenarios are %2.")
                             .arg(*name, names.join(QStringLiteral(", "))));
    }
    return plan.scenarios[static_cast<std::size_t>(index)];
}

int runForecast(const QStringList &args)
{
    const Arguments arguments(args, {QStringLiteral("scenario"), QStringLiteral("draws"),
                                     QStringLiteral("seed")},
                              {QStringLiteral("json")});
    const QString path = arguments.positional(0, QCoreApplication::translate("ForecastCommand", "the plan file"));
    arguments.expectAtMostPositionals(1);
    if (!arguments.flag(QStringLiteral("json")))
        throw UsageError(QCoreApplication::translate("ForecastCommand", "forecast writes JSON only; add --json."));
    ForecastOptions options;
    options.draws = static_cast<int>(arguments.integer(QStringLiteral("draws"), 0, ForecastOptions::maxDraws)
                                         .value_or(ForecastOptions::defaultDraws));
    // Seeds stay below 2^53 so that the "seed" in the JSON reads back exactly.
    options.seed = static_cast<std::uint64_t>(
        arguments.integer(QStringLiteral("seed"), 0, 9007199254740991LL).value_or(ForecastOptions::defaultSeed));

    const Plan plan = loadPlan(path);
    const Scenario &scenario = chooseScenario(plan, arguments.value(QStringLiteral("scenario")), path);
    if (scenario.channels.empty() && scenario.creators.empty() && scenario.organic.empty())
        throw InputError(QCoreApplication::translate("ForecastCommand", "Scenario \"%1\" in %2 has no paid channels, creators or organic streams to forecast.")
                             .arg(scenario.name, path));
    const ForecastResult result = ForecastEngine::run(plan, scenario, options);
    printJson(QJsonDocument(ForecastJson::toJson(result)));
    return 0;
}

} // namespace

FUNNELCAST_REGISTER_COMMAND("forecast", "forecast PLAN [--scenario S] [--draws N] [--seed N] --json",
                            QT_TRANSLATE_NOOP("Commands", "base and Monte Carlo forecast of a scenario (MODEL.md sections 2-6)"),
                            &runForecast)

} // namespace funnelcast::app
