#include "crashscript.h"

#include "actuals/actualsimporter.h"
#include "io/planjson.h"
#include "model/inputerror.h"
#include "storage/planfile.h"

#include <QFile>

namespace funnelcast {

namespace {

// Each cycle touches every kind of row and every edit method, so a kill can land inside any
// of them; the import sits in the middle so that later edits must survive next to its rows.
constexpr int cycleLength = 12;
constexpr int cycles = 4;

} // namespace

int CrashScript::stepCount()
{
    return cycleLength * cycles + 1;
}

int CrashScript::importStep()
{
    return cycleLength * 2 + 1;
}

QString CrashScript::importChannel()
{
    return QStringLiteral("Instagram Ads");
}

Plan CrashScript::initialPlan()
{
    QFile demo(QStringLiteral(FUNNELCAST_SOURCE_DIR "/resources/demo-plan.json"));
    if (!demo.open(QIODevice::ReadOnly))
        throw InputError(QStringLiteral("Cannot read the demo plan %1.").arg(demo.fileName()));
    return PlanJson::fromBytes(demo.readAll(), demo.fileName());
}

void CrashScript::run(PlanFile &file, int step, const QString &exportPath)
{
    if (step == importStep()) {
        ImportOptions options;
        options.channel = importChannel();
        options.skipBadRows = true;
        ActualsImporter importer(file.database(), file.plan());
        importer.importFile(exportPath, options);
        return;
    }
    const int n = step > importStep() ? step - 1 : step; // edit number, 1-based
    const int cycle = (n - 1) / cycleLength;
    const Plan &plan = file.plan();
    const Scenario &base = plan.scenarios.at(0);
    switch ((n - 1) % cycleLength) {
    case 0: {
        Plan header = plan;
        header.name = QStringLiteral("Crash test, edit %1").arg(n);
        header.margin = 0.5 + 0.01 * n;
        file.setPlanHeader(header);
        break;
    }
    case 1: {
        PaidChannel channel = base.channels.at(0);
        channel.spend += 1000.0 * n;
        channel.ctr = Uncertain(0.004, 0.006 + 0.0001 * cycle, 0.009);
        file.setPaidChannel(0, 0, channel);
        break;
    }
    case 2: {
        PaidChannel channel = base.channels.at(1);
        channel.name = QStringLiteral("Extra channel %1").arg(n);
        channel.maxSpend = 5.0e7 + n;
        file.insertPaidChannel(0, int(base.channels.size()), channel);
        break;
    }
    case 3:
        file.setScenarioBudget(0, 6.0e7 + 1000.0 * n);
        break;
    case 4: {
        Scenario copy = base;
        copy.name = QStringLiteral("Copy %1").arg(n);
        file.insertScenario(int(plan.scenarios.size()), copy);
        break;
    }
    case 5: {
        CreatorDeal deal = base.creators.at(0);
        deal.name = QStringLiteral("Creator %1").arg(n);
        deal.posts = {0, 1, cycle % plan.weeks};
        file.insertCreatorDeal(0, 0, deal);
        break;
    }
    case 6: {
        OrganicStream stream = base.organic.at(0);
        stream.postsPerWeek = 2.0 + n;
        file.setOrganicStream(0, 0, stream);
        break;
    }
    case 7:
        file.setScenarioName(1, QStringLiteral("Renamed %1").arg(n));
        break;
    case 8:
        file.removeCreatorDeal(0, int(base.creators.size()) - 1);
        break;
    case 9:
        // The channel added by case 2 of this cycle.
        file.removePaidChannel(0, int(base.channels.size()) - 1);
        break;
    case 10: {
        // Added in even cycles, removed again in odd ones.
        if (cycle % 2 == 1) {
            file.removeOrganicStream(0, int(base.organic.size()) - 1);
            break;
        }
        OrganicStream stream = base.organic.at(0);
        stream.name = QStringLiteral("Organic %1").arg(n);
        file.insertOrganicStream(0, int(base.organic.size()), stream);
        break;
    }
    case 11:
        // The scenario copied in case 4 of this cycle.
        file.removeScenario(int(plan.scenarios.size()) - 1);
        break;
    }
}

} // namespace funnelcast
