// funnelcast calibrate PLAN --channel NAME [--scenario S] [--apply] --json
#include "arguments.h"
#include "commandregistry.h"

#include "actuals/actualsstore.h"
#include "actuals/calibrationtarget.h"
#include "actuals/calibrator.h"
#include "model/inputerror.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace funnelcast::app {

namespace {

int runCalibrate(const QStringList &args)
{
    const Arguments arguments(args, { QStringLiteral("channel"), QStringLiteral("scenario") },
        { QStringLiteral("json"), QStringLiteral("apply") });
    const QString planPath = arguments.positional(0, QCoreApplication::translate("CalibrateCommand", "the plan file"));
    arguments.expectAtMostPositionals(1);
    if (!arguments.flag(QStringLiteral("json")))
        throw UsageError(QCoreApplication::translate("CalibrateCommand", "calibrate writes JSON only; add --json."));
    const std::optional<QString> channel = arguments.value(QStringLiteral("channel"));
    if (!channel)
        throw UsageError(QCoreApplication::translate("CalibrateCommand", "calibrate needs --channel NAME."));

    std::unique_ptr<PlanFile> planFile = PlanFile::open(planPath);
    const Plan &plan = planFile->plan();
    // The channel of --scenario, or of the plan's first scenario; --apply changes only it.
    const CalibrationTarget target
        = CalibrationTarget::find(plan, arguments.value(QStringLiteral("scenario")), *channel);
    const Scenario &scenario = plan.scenarios[size_t(target.scenario)];
    const PaidChannel current = scenario.channels[size_t(target.channel)];
    const Calibration calibration = Calibrator::calibrate(
        ActualsStore(planFile->database()).weekly(current.name, plan.start), current);
    QJsonObject json = calibration.toJson();
    json.insert(QStringLiteral("scenario"), scenario.name);
    bool applied = false;
    if (arguments.flag(QStringLiteral("apply"))) {
        const PaidChannel updated = Calibrator::apply(current, calibration);
        if (updated != current)
            planFile->setPaidChannel(target.scenario, target.channel, updated);
        applied = true;
    }
    json.insert(QStringLiteral("applied"), applied);
    printJson(QJsonDocument(json));
    return 0;
}

} // namespace

FUNNELCAST_REGISTER_COMMAND("calibrate", "calibrate PLAN --channel NAME [--scenario S] [--apply] --json",
    QT_TRANSLATE_NOOP("Commands", "estimate a channel's CPM, CTR, funnel rates, AOV and K from its actuals "
                                  "(MODEL.md section 8)"),
    &runCalibrate)

} // namespace funnelcast::app
