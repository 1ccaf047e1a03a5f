#pragma once

#include "model/plan.h"

#include <QString>

namespace funnelcast {

class PlanFile;

// The scripted edits the crash-safety driver performs on a copy of the demo plan, shared by
// the driver (which runs them in a child process that gets killed) and tst_crashsafety (which
// runs them in-process to know the state after each commit). Every step is exactly one
// committed transaction: one PlanFile edit method or one actuals import.
class CrashScript
{
public:
    // The number of steps; they are numbered 1..stepCount().
    static int stepCount();
    // The step at which the actuals export is imported.
    static int importStep();
    // Performs step `step` (1-based) on `file`; `exportPath` is the CSV the import step reads.
    static void run(PlanFile &file, int step, const QString &exportPath);
    // The plan the script starts from (the demo plan).
    static Plan initialPlan();
    // The channel the export is imported into.
    static QString importChannel();
};

} // namespace funnelcast
