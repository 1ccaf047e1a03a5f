// funnelcast new PLAN.fcplan [--demo]: an empty plan, or the embedded demo plan.
#include "arguments.h"
#include "commandregistry.h"

#include "io/planjson.h"
#include "model/inputerror.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace funnelcast::app {

namespace {

int runNew(const QStringList &args)
{
    const Arguments arguments(args, {}, {QStringLiteral("demo")});
    arguments.expectAtMostPositionals(1);
    const QString path = arguments.positional(0, QCoreApplication::translate("Commands", "the plan file to create"));
    Plan plan;
    if (arguments.flag(QStringLiteral("demo"))) {
        QFile demo(QStringLiteral(":/demo-plan.json"));
        if (!demo.open(QIODevice::ReadOnly))
            throw InputError(QCoreApplication::translate("Commands", "The embedded demo plan is missing from this build."));
        plan = PlanJson::fromBytes(demo.readAll(), QStringLiteral("demo-plan.json"));
    } else {
        plan = PlanFile::emptyPlan(QFileInfo(path).completeBaseName());
    }
    PlanFile::create(path, plan);
    return 0;
}

} // namespace

FUNNELCAST_REGISTER_COMMAND("new", "new PLAN.fcplan [--demo]",
                            QT_TRANSLATE_NOOP("Commands", "create an empty plan file, or one holding the demo plan"), &runNew)

} // namespace funnelcast::app
