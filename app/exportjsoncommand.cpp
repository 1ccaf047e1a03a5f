// funnelcast export-json PLAN.fcplan OUT.json: the plan as MODEL.md section 9 JSON.
#include "arguments.h"
#include "commandregistry.h"

#include "io/planjson.h"
#include "model/inputerror.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace funnelcast::app {

namespace {

int runExportJson(const QStringList &args)
{
    const Arguments arguments(args, {}, {});
    arguments.expectAtMostPositionals(2);
    const QString planPath = arguments.positional(0, QCoreApplication::translate("Commands", "the plan file"));
    const QString outPath = arguments.positional(1, QCoreApplication::translate("Commands", "the JSON file to write"));
    const std::unique_ptr<PlanFile> file = PlanFile::open(planPath);
    const QByteArray bytes = PlanJson::toBytes(file->plan());
    // QSaveFile writes beside the target and renames on commit: OUT.json appears whole or not at all.
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        throw InputError(QCoreApplication::translate("Commands", "Could not write %1 (%2).")
                             .arg(QDir::toNativeSeparators(outPath), out.errorString()));
    }
    return 0;
}

} // namespace

FUNNELCAST_REGISTER_COMMAND("export-json", "export-json PLAN.fcplan OUT.json",
                            QT_TRANSLATE_NOOP("Commands", "write the plan as JSON (MODEL.md section 9)"), &runExportJson)

} // namespace funnelcast::app
