#pragma once

#include "optimize/optimizationresult.h"

#include "charts/curvemarkschart.h"

namespace funnelcast::ui {

// The efficient frontier: the optimal objective value against the budget, with the current
// allocation and the proposal marked, so the user sees what one more unit of budget buys.
class FrontierChart : public CurveMarksChart
{
    Q_OBJECT

public:
    explicit FrontierChart(QWidget *parent = nullptr);

    void setFrontier(const std::vector<FrontierPoint> &points, double currentSpend,
                     double currentValue, double proposedSpend, double proposedValue,
                     const QString &valueName);
    void clear();
};

} // namespace funnelcast::ui
