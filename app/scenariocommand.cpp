// funnelcast scenario PLAN list|create NAME|duplicate NAME [NEW]|rename NAME NEW|delete NAME [--json]
#include "arguments.h"
#include "commandregistry.h"

#include "model/inputerror.h"
#include "optimize/scenarioops.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace funnelcast::app {

namespace {

QJsonObject scenariosJson(const Plan &plan)
{
    QJsonArray list;
    for (const Scenario &s : plan.scenarios) {
        list.append(QJsonObject{
            {QStringLiteral("name"), s.name},
            {QStringLiteral("budget"), s.budget ? QJsonValue(*s.budget) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("paid_spend"), s.totalPaidSpend()},
            {QStringLiteral("channels"), static_cast<int>(s.channels.size())},
            {QStringLiteral("creators"), static_cast<int>(s.creators.size())},
            {QStringLiteral("organic"), static_cast<int>(s.organic.size())}});
    }
    return QJsonObject{{QStringLiteral("scenarios"), list}};
}

int runScenario(const QStringList &args)
{
    const Arguments arguments(args, {}, {QStringLiteral("json")});
    const QString path = arguments.positional(0, QCoreApplication::translate("ScenarioCommand", "the plan file"));
    const QString action = arguments.positional(1, QCoreApplication::translate("ScenarioCommand", "the action (list, create, duplicate, rename or delete)"));
    const bool json = arguments.flag(QStringLiteral("json"));

    // Check the whole command line before touching the file.
    if (action == QLatin1String("list")) {
        arguments.expectAtMostPositionals(2);
        if (!json)
            throw UsageError(QCoreApplication::translate("ScenarioCommand", "scenario list writes JSON only; add --json."));
    } else if (action == QLatin1String("create") || action == QLatin1String("delete")) {
        arguments.positional(2, QCoreApplication::translate("ScenarioCommand", "the scenario name"));
        arguments.expectAtMostPositionals(3);
    } else if (action == QLatin1String("duplicate")) {
        arguments.positional(2, QCoreApplication::translate("ScenarioCommand", "the scenario to duplicate"));
        arguments.expectAtMostPositionals(4);
    } else if (action == QLatin1String("rename")) {
        arguments.positional(2, QCoreApplication::translate("ScenarioCommand", "the scenario to rename"));
        arguments.positional(3, QCoreApplication::translate("ScenarioCommand", "the new name"));
        arguments.expectAtMostPositionals(4);
    } else {
        throw UsageError(QCoreApplication::translate("ScenarioCommand", "Unknown scenario action \"%1\"; use list, create, duplicate, rename or delete.")
                             .arg(action));
    }

    std::unique_ptr<PlanFile> file = PlanFile::open(path);
    const Plan &plan = file->plan();
    if (action == QLatin1String("create")) {
        file->insertScenario(static_cast<int>(plan.scenarios.size()),
                             ScenarioOps::blank(plan, arguments.positional().at(2)));
    } else if (action == QLatin1String("duplicate")) {
        const int index = ScenarioOps::indexOf(plan, arguments.positional().at(2));
        const QString name = arguments.positional().size() > 3 ? arguments.positional().at(3) : QString();
        file->insertScenario(index + 1, ScenarioOps::duplicate(plan, index, name));
    } else if (action == QLatin1String("rename")) {
        const int index = ScenarioOps::indexOf(plan, arguments.positional().at(2));
        const QString name = arguments.positional().at(3);
        ScenarioOps::checkName(plan, name, index);
        file->setScenarioName(index, name);
    } else if (action == QLatin1String("delete")) {
        const int index = ScenarioOps::indexOf(plan, arguments.positional().at(2));
        ScenarioOps::checkRemovable(plan, index);
        file->removeScenario(index);
    }
    if (json)
        printJson(QJsonDocument(scenariosJson(file->plan())));
    return 0;
}

} // namespace

FUNNELCAST_REGISTER_COMMAND("scenario",
                            "scenario PLAN list|create NAME|duplicate NAME [NEW]|rename NAME NEW|delete NAME [--json]",
                            QT_TRANSLATE_NOOP("Commands", "list, create, duplicate, rename or delete a plan's scenarios"),
                            &runScenario)

} // namespace funnelcast::app
