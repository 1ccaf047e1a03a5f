#pragma once

#include "model/plan.h"

#include "charts/themedchartview.h"

#include <optional>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace funnelcast::ui {

// One paid channel's orders against its total spend (ForecastEngine::paidResponse, flighting
// kept), with the current spend and, after an optimizer run, the proposed spend marked: the
// bend of the curve shows where more money stops buying orders.
class ResponseCurveChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit ResponseCurveChart(QWidget *parent = nullptr);
    ~ResponseCurveChart() override;

    void setChannel(const Plan &plan, const PaidChannel &channel,
                    std::optional<double> proposedSpend);
    void clear();
    QLineSeries *curve() const { return m_curve; }
    QScatterSeries *currentMarker() const { return m_current; }
    QScatterSeries *proposedMarker() const { return m_proposed; }

    static constexpr int steps = 40;

protected:
    void applySeriesColors() override;

private:
    QLineSeries *m_curve;
    QScatterSeries *m_current;
    QScatterSeries *m_proposed; // in the chart only while it has a point
    QValueAxis *m_x;
    QValueAxis *m_y;
    int m_xIntervals = 0; // applyNiceNumbers' choice, before fitting the labels
};

} // namespace funnelcast::ui
