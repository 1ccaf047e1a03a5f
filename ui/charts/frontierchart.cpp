#include "charts/frontierchart.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace funnelcast::ui {

FrontierChart::FrontierChart(QWidget *parent) : CurveMarksChart(tr("Budget"), parent)
{
    setObjectName(QStringLiteral("frontierChart"));
    setAccessibleName(tr("Efficient frontier chart"));
    curve()->setName(tr("Best value"));
    clear();
}

void FrontierChart::setFrontier(const std::vector<FrontierPoint> &points, double currentSpend,
                                double currentValue, double proposedSpend,
                                double proposedValue, const QString &valueName)
{
    clear();
    double xMax = std::max(currentSpend, proposedSpend);
    double yMin = std::min(currentValue, proposedValue);
    double yMax = std::max(currentValue, proposedValue);
    for (const FrontierPoint &point : points) {
        if (!point.value)
            continue; // no allocation meets this budget: leave a gap at the start
        curve()->append(point.budget, *point.value);
        xMax = std::max(xMax, point.budget);
        yMin = std::min(yMin, *point.value);
        yMax = std::max(yMax, *point.value);
    }
    currentMarker()->append(currentSpend, currentValue);
    proposedMarker()->append(proposedSpend, proposedValue);
    chart()->legend()->setVisible(true);
    setTitleText(QString());
    for (QValueAxis *axis : {xAxis(), yAxis()}) {
        axis->setLabelsVisible(true);
        axis->setTitleVisible(true);
    }
    yAxis()->setTitleText(valueName);
    const double pad = (yMax - yMin) * 0.05 + 1e-9;
    setRanges(0.0, xMax * 1.02 + 1e-9,
              yMin >= 0.0 ? std::max(0.0, yMin - pad) : yMin - pad, yMax + pad);
}

void FrontierChart::clear()
{
    clearSeries();
    // An empty chart lists no legend entries for marks that are not there, and no
    // meaningless 0-to-1 axis labels: it says what fills it.
    chart()->legend()->setVisible(false);
    for (QValueAxis *axis : {xAxis(), yAxis()}) {
        axis->setLabelsVisible(false);
        axis->setTitleVisible(false);
    }
    setTitleText(tr("Run the optimizer to see the frontier"));
}

} // namespace funnelcast::ui
