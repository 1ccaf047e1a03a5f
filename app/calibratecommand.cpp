// funnelcast calibrate PLAN --channel NAME [--apply] --json
#include "arguments.h"
#include "commandregistry.h"

#include "actuals/calibrator.h"
#include "model/inputerror.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace funnelcast::app {

namespace {

int runCalibrate(const QStringList &args)
{
    const Arguments arguments(
        args, { QStringLiteral("channel") }, { QStringLiteral("json"), QStringLiteral("apply") });
    const QString planPath = arguments.positional(0, QCoreApplication::translate("CalibrateCommand", "the plan file"));
    arguments.expectAtMostPositionals(1);
    if (!arguments.flag(QStringLiteral("json")))
        throw UsageError(QCoreApplication::translate("CalibrateCommand", "calibrate writes JSON only; add --json."));
    const std::optional<QString> channel = arguments.value(QStringLiteral("channel"));
    if (!channel)
        throw UsageError(QCoreApplication::translate("CalibrateCommand", "calibrate needs --channel NAME."));

    std::unique_ptr<PlanFile> planFile = PlanFile::open(planPath);
    const Plan &plan = planFile->plan();
    const Calibration calibration = Calibrator::calibrate(planFile->database(), plan, *channel);
    QJsonObject json = calibration.toJson();
    bool applied = false;
    if (arguments.flag(QStringLiteral("apply"))) {
        // The first scenario that has the channel (a command naming no scenario works on the
        // first).
        for (size_t s = 0; s < plan.scenarios.size() && !applied; ++s) {
            const std::vector<PaidChannel> &channels = plan.scenarios[s].channels;
            for (size_t i = 0; i < channels.size(); ++i) {
                if (channels[i].name != *channel)
                    continue;
                const PaidChannel updated = Calibrator::apply(channels[i], calibration);
                const QString scenarioName = plan.scenarios[s].name;
                if (updated != channels[i])
                    planFile->setPaidChannel(int(s), int(i), updated);
                json.insert(QStringLiteral("scenario"), scenarioName);
                applied = true;
                break;
            }
        }
    }
    json.insert(QStringLiteral("applied"), applied);
    printJson(QJsonDocument(json));
    return 0;
}

} // namespace

FUNNELCAST_REGISTER_COMMAND("calibrate", "calibrate PLAN --channel NAME [--apply] --json",
    QT_TRANSLATE_NOOP("Commands", "estimate a channel's CPM, CTR, funnel rates, AOV and K from its actuals "
                                  "(MODEL.md section 8)"),
    &runCalibrate)

} // namespace funnelcast::app
