#pragma once

#include "optimize/optimizationresult.h"

#include "charts/themedchartview.h"

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace funnelcast::ui {

// The efficient frontier: the optimal objective value against the budget, with the current
// allocation and the proposal marked, so the user sees what one more unit of budget buys.
class FrontierChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit FrontierChart(QWidget *parent = nullptr);

    void setFrontier(const std::vector<FrontierPoint> &points, double currentSpend,
                     double currentValue, double proposedSpend, double proposedValue,
                     const QString &valueName);
    void clear();
    QLineSeries *line() const { return m_line; }
    QScatterSeries *currentMarker() const { return m_current; }
    QScatterSeries *proposedMarker() const { return m_proposed; }

protected:
    void applySeriesColors() override;

private:
    QLineSeries *m_line;
    QScatterSeries *m_current;
    QScatterSeries *m_proposed;
    QValueAxis *m_x;
    QValueAxis *m_y;
    int m_xIntervals = 0; // applyNiceNumbers' choice, before fitting the labels
};

} // namespace funnelcast::ui
