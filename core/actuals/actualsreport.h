#pragma once

#include "model/plan.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace funnelcast {

class Database;

// The weekly actuals of a plan file as `funnelcast actuals --json` prints them.
class ActualsReport
{
public:
    // Channels with actuals: the plan's paid channels in plan order, then names that have data
    // but no channel any more (a renamed or removed channel keeps its rows).
    static QStringList channelsWithData(Database &db, const Plan &plan);
    // {"channels": [{"name", "weekly": [{"week", "spend", ...}]}]}; `channel` empty = all.
    // Throws UsageError when `channel` names neither a plan channel nor stored actuals.
    static QJsonObject weeklyJson(Database &db, const Plan &plan, const QString &channel);
};

} // namespace funnelcast
