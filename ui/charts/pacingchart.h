#pragma once

#include "charts/themedchartview.h"

#include <QString>

class QCategoryAxis;
class QDateTimeAxis;
class QLineSeries;

namespace funnelcast {
struct PlanVsActualChannel;
}

namespace funnelcast::ui {

// Pacing of one channel (or the sum of all): cumulative planned and actual spend (left axis,
// money in the plan's currency) and orders (right axis) by week. Planned lines are dashed,
// actual lines solid and end at the last week with actuals. Colours follow the palette.
class PacingChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit PacingChart(QWidget *parent = nullptr);

    void setData(const PlanVsActualChannel &data, const QString &currency);
    void clear();

    QLineSeries *plannedSpend() const { return m_plannedSpend; }
    QLineSeries *actualSpend() const { return m_actualSpend; }
    QLineSeries *plannedOrders() const { return m_plannedOrders; }
    QLineSeries *actualOrders() const { return m_actualOrders; }
    QCategoryAxis *moneyAxis() const { return m_moneyAxis; }
    QCategoryAxis *ordersAxis() const { return m_ordersAxis; }

protected:
    void applySeriesColors() override;

private:

    QLineSeries *m_plannedSpend;
    QLineSeries *m_actualSpend;
    QLineSeries *m_plannedOrders;
    QLineSeries *m_actualOrders;
    QDateTimeAxis *m_xAxis;
    QCategoryAxis *m_moneyAxis;
    QCategoryAxis *m_ordersAxis;
};

} // namespace funnelcast::ui
