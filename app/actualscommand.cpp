// funnelcast actuals PLAN [--channel NAME] --json
#include "arguments.h"
#include "commandregistry.h"

#include "actuals/actualsreport.h"
#include "model/inputerror.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace funnelcast::app {

namespace {

int runActuals(const QStringList &args)
{
    const Arguments arguments(args, { QStringLiteral("channel") }, { QStringLiteral("json") });
    const QString planPath = arguments.positional(0, QCoreApplication::translate("ActualsCommand", "the plan file"));
    arguments.expectAtMostPositionals(1);
    if (!arguments.flag(QStringLiteral("json")))
        throw UsageError(QCoreApplication::translate("ActualsCommand", "actuals writes JSON only; add --json."));
    std::unique_ptr<PlanFile> planFile = PlanFile::open(planPath);
    printJson(QJsonDocument(ActualsReport::weeklyJson(planFile->database(), planFile->plan(),
        arguments.value(QStringLiteral("channel")).value_or(QString()))));
    return 0;
}

} // namespace

FUNNELCAST_REGISTER_COMMAND("actuals", "actuals PLAN [--channel NAME] --json",
    QT_TRANSLATE_NOOP("Commands", "weekly sums of the imported actuals on the plan's Monday grid"),
    &runActuals)

} // namespace funnelcast::app
