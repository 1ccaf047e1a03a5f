#pragma once

#include "model/plan.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace funnelcast {

class Database;

// One week of a channel: what the plan expects beside what happened, and the cumulative
// pacing up to that week.
struct PlanVsActualWeek
{
    QDate week;
    int index = 0; // on the plan grid; outside 0..W-1 for actuals beyond the plan
    double plannedSpend = 0.0; // S * p_t
    double plannedOrders = 0.0; // base-forecast realised orders O_t
    std::optional<double> actualSpend;
    std::optional<double> actualOrders;
    double cumulativePlannedSpend = 0.0;
    double cumulativeActualSpend = 0.0;
    double cumulativePlannedOrders = 0.0;
    double cumulativeActualOrders = 0.0;
    std::optional<double> spendPacing; // cumulative actual / cumulative planned spend
    std::optional<double> ordersPacing; // the same for orders
};

struct PlanVsActualChannel
{
    QString name;
    std::vector<PlanVsActualWeek> weeks; // every plan week, plus weeks with actuals outside it
};

// Plan vs actual for the GUI and the report: per paid channel of a scenario and per week,
// planned spend (from the flighting) and base-forecast orders (the forecast engine) beside the
// actual spend and orders summed in SQL.
class PlanVsActual
{
public:
    static std::vector<PlanVsActualChannel> compute(
        Database &db, const Plan &plan, int scenario = 0);
    // Every channel's weeks added up by week index under `name`, with the cumulative sums and
    // pacing worked out again for the total (the "all channels" view).
    static PlanVsActualChannel total(const std::vector<PlanVsActualChannel> &channels,
                                     const QString &name);
    static QJsonObject toJson(const std::vector<PlanVsActualChannel> &channels);
};

} // namespace funnelcast
