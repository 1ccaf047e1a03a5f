#pragma once

#include "model/plan.h"
#include "optimize/objective.h"

#include "charts/curvemarkschart.h"

#include <optional>

namespace funnelcast::ui {

// One paid channel's value for the optimizer's objective (orders, net revenue or profit)
// against its total spend (ForecastEngine::paidResponse, flighting kept), with the current
// spend and, after an optimizer run, the proposed spend marked: the bend of the curve shows
// where more money stops buying value, and a profit curve shows where spending loses money.
class ResponseCurveChart : public CurveMarksChart
{
    Q_OBJECT

public:
    explicit ResponseCurveChart(QWidget *parent = nullptr);

    // valueName names the objective on the vertical axis and in the legend.
    void setChannel(const Plan &plan, const PaidChannel &channel,
                    std::optional<double> proposedSpend, Objective objective,
                    const QString &valueName);
    void clear();

    // The channel's contribution to the objective at a total spend (MODEL.md section 7: for
    // profit, margin * net revenue - spend), the numbers the optimizer's table shows.
    static double valueAt(const Plan &plan, const PaidChannel &channel, double spend,
                          Objective objective);

    static constexpr int steps = 40;
};

} // namespace funnelcast::ui
