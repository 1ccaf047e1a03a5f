#include "charts/responsecurvechart.h"

#include "forecast/forecastengine.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace funnelcast::ui {

ResponseCurveChart::ResponseCurveChart(QWidget *parent) : CurveMarksChart(tr("Spend"), parent)
{
    setObjectName(QStringLiteral("responseCurveChart"));
    setAccessibleName(tr("Response curve chart"));
    clear();
}

double ResponseCurveChart::valueAt(const Plan &plan, const PaidChannel &channel, double spend,
                                   Objective objective)
{
    const ChannelResponse response = ForecastEngine::paidResponse(plan, channel, spend);
    switch (objective) {
    case Objective::Orders: return response.orders;
    case Objective::NetRevenue: return response.netRevenue;
    case Objective::Profit: return plan.margin * response.netRevenue - spend;
    }
    return response.orders;
}

void ResponseCurveChart::setChannel(const Plan &plan, const PaidChannel &channel,
                                    std::optional<double> proposedSpend, Objective objective,
                                    const QString &valueName)
{
    clear();
    double top = std::max(channel.spend * 2.0, proposedSpend.value_or(0.0) * 1.3);
    if (channel.maxSpend)
        top = std::max(top, *channel.maxSpend);
    if (top <= 0.0)
        top = 1.0;
    // The value at no spend is 0 for every objective, so 0 is always in the range.
    double yMin = 0.0;
    double yMax = 0.0;
    const auto add = [&](QXYSeries *series, double spend) {
        const double value = valueAt(plan, channel, spend, objective);
        series->append(spend, value);
        yMin = std::min(yMin, value);
        yMax = std::max(yMax, value);
    };
    for (int i = 0; i <= steps; ++i)
        add(curve(), top * i / steps);
    add(currentMarker(), channel.spend);
    if (proposedSpend)
        add(proposedMarker(), *proposedSpend);
    // The optimal mark, and with it its legend entry, appears once the optimizer has run.
    setProposedInChart(proposedSpend.has_value());
    curve()->setName(valueName);
    yAxis()->setTitleText(valueName);
    chart()->legend()->setVisible(true);
    // A profit curve falls below zero where the spend costs more than it earns.
    const double pad = (yMax - yMin) * 0.05;
    const double low = yMin < 0.0 ? yMin - pad : 0.0;
    const double high = yMax > 0.0 ? yMax + pad : 0.0;
    setRanges(0.0, top, low, high > low ? high : low + 1.0); // a flat zero curve: 0 to 1
    setTitleText(tr("Response of %1").arg(channel.name));
}

void ResponseCurveChart::clear()
{
    clearSeries();
    setProposedInChart(false); // kept (owned) by this view until shown again
    chart()->legend()->setVisible(false);
    setTitleText(QString());
}

} // namespace funnelcast::ui
