// funnelcast import-json IN.json PLAN.fcplan: a new plan file from plan JSON.
#include "arguments.h"
#include "commandregistry.h"

#include "io/planjson.h"
#include "model/inputerror.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace funnelcast::app {

namespace {

int runImportJson(const QStringList &args)
{
    const Arguments arguments(args, {}, {});
    arguments.expectAtMostPositionals(2);
    const QString inPath = arguments.positional(0, QCoreApplication::translate("Commands", "the JSON file to read"));
    const QString planPath = arguments.positional(1, QCoreApplication::translate("Commands", "the plan file to create"));
    const QString inName = QDir::toNativeSeparators(inPath);
    // Refused before reading, so the message is about the real problem.
    if (QFileInfo::exists(planPath)) {
        throw InputError(QCoreApplication::translate("Commands", "%1 already exists; Funnelcast does not overwrite it.")
                             .arg(QDir::toNativeSeparators(planPath)));
    }
    QFile in(inPath);
    if (!in.exists())
        throw InputError(QCoreApplication::translate("Commands", "%1 does not exist.").arg(inName));
    if (!in.open(QIODevice::ReadOnly))
        throw InputError(QCoreApplication::translate("Commands", "%1 cannot be read (%2).").arg(inName, in.errorString()));
    const Plan plan = PlanJson::fromBytes(in.readAll(), inName);
    PlanFile::create(planPath, plan);
    return 0;
}

} // namespace

FUNNELCAST_REGISTER_COMMAND("import-json", "import-json IN.json PLAN.fcplan",
                            QT_TRANSLATE_NOOP("Commands", "create a plan file from plan JSON"), &runImportJson)

} // namespace funnelcast::app
