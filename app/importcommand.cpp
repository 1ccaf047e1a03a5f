// funnelcast import PLAN FILE.csv [--format auto|meta|google|tiktok|naver|kakao|generic]
//                   [--channel NAME] [--skip-bad-rows] --json
#include "arguments.h"
#include "commandregistry.h"

#include "actuals/actualsimporter.h"
#include "model/inputerror.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace funnelcast::app {

namespace {

int runImport(const QStringList &args)
{
    const Arguments arguments(args, { QStringLiteral("format"), QStringLiteral("channel") },
        { QStringLiteral("json"), QStringLiteral("skip-bad-rows") });
    const QString planPath = arguments.positional(0, QCoreApplication::translate("ImportCommand", "the plan file"));
    const QString csvPath = arguments.positional(1, QCoreApplication::translate("ImportCommand", "the export file to import"));
    arguments.expectAtMostPositionals(2);
    if (!arguments.flag(QStringLiteral("json")))
        throw UsageError(QCoreApplication::translate("ImportCommand", "import writes JSON only; add --json."));
    ImportOptions options;
    options.format = arguments.value(QStringLiteral("format")).value_or(QStringLiteral("auto"));
    options.channel = arguments.value(QStringLiteral("channel")).value_or(QString());
    options.skipBadRows = arguments.flag(QStringLiteral("skip-bad-rows"));

    std::unique_ptr<PlanFile> planFile = PlanFile::open(planPath);
    const ImportResult result
        = ActualsImporter(planFile->database(), planFile->plan()).importFile(csvPath, options);
    printJson(QJsonDocument(result.toJson()));
    return 0;
}

} // namespace

FUNNELCAST_REGISTER_COMMAND("import",
    "import PLAN FILE.csv [--format auto|meta|google|tiktok|naver|kakao|generic] "
    "[--channel NAME] [--skip-bad-rows] --json",
    QT_TRANSLATE_NOOP("Commands", "import an ad-platform export into the plan's actuals"), &runImport)

} // namespace funnelcast::app
