#pragma once

#include "model/plan.h"

#include <QString>

// A small valid plan written out by hand for the ui tests: two scenarios, "Base" with paid
// channels Alpha and Beta, one creator and one organic stream; "Lean" with Alpha only.
funnelcast::Plan uiTestPlan();
// Reads the plan back from its file with a fresh connection, as a reopening user would.
funnelcast::Plan reopenPlan(const QString &path);
