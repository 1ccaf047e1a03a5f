#include "actuals/calibrationtarget.h"

#include "model/inputerror.h"

#include <QCoreApplication>
#include <QStringList>

namespace funnelcast {

namespace {

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << QLatin1Char('"') + name + QLatin1Char('"');
    return quoted.join(QStringLiteral(", "));
}

} // namespace

CalibrationTarget CalibrationTarget::find(
    const Plan &plan, const std::optional<QString> &scenario, const QString &channel)
{
    if (plan.scenarios.empty())
        throw UsageError(QCoreApplication::translate("Calibrator", "The plan has no scenarios."));
    CalibrationTarget target;
    if (scenario) {
        target.scenario = plan.scenarioIndex(*scenario);
        if (target.scenario < 0) {
            QStringList names;
            for (const Scenario &s : plan.scenarios)
                names << s.name;
            throw UsageError(QCoreApplication::translate(
                "Calibrator", "The plan has no scenario \"%1\"; its scenarios are %2.")
                                 .arg(*scenario, quotedList(names)));
        }
    }
    const Scenario &chosen = plan.scenarios[size_t(target.scenario)];
    for (size_t i = 0; i < chosen.channels.size(); ++i) {
        if (chosen.channels[i].name == channel) {
            target.channel = int(i);
            return target;
        }
    }
    QStringList having;
    for (const Scenario &s : plan.scenarios)
        for (const PaidChannel &c : s.channels)
            if (c.name == channel)
                having << s.name;
    if (having.isEmpty())
        throw UsageError(QCoreApplication::translate(
            "Calibrator", "The plan has no paid channel named \"%1\".")
                             .arg(channel));
    throw UsageError(QCoreApplication::translate("Calibrator",
        "Scenario \"%1\" has no paid channel named \"%2\"; it is in %3 (choose with --scenario).")
                         .arg(chosen.name, channel, quotedList(having)));
}

} // namespace funnelcast
