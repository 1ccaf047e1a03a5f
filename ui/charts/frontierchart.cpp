#include "charts/frontierchart.h"

#include "charts/chartstyle.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace funnelcast::ui {

FrontierChart::FrontierChart(QWidget *parent)
    : ThemedChartView(parent), m_line(new QLineSeries), m_current(new QScatterSeries),
      m_proposed(new QScatterSeries), m_x(new QValueAxis), m_y(new QValueAxis)
{
    setObjectName(QStringLiteral("frontierChart"));
    setAccessibleName(tr("Efficient frontier chart"));
    QChart *chart = ChartStyle::createChart();
    m_line->setName(tr("Best value"));
    ChartStyle::setupMark(m_current, tr("Current"));
    ChartStyle::setupMark(m_proposed, tr("Proposed"));
    chart->addSeries(m_line);
    chart->addSeries(m_current);
    chart->addSeries(m_proposed);
    m_x->setTitleText(tr("Budget"));
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    ChartStyle::attachAxes(chart, m_x, m_y);
    ChartStyle::install(this, chart, QSize(200, 220));
    restyle();
    clear();
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        ChartStyle::fitTicks(m_x, m_xIntervals, plot.width());
    });
}

void FrontierChart::applySeriesColors()
{
    ChartStyle::colorCurveAndMarks(m_line, m_current, m_proposed, palette());
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
        m_line->append(point.budget, *point.value);
        xMax = std::max(xMax, point.budget);
        yMin = std::min(yMin, *point.value);
        yMax = std::max(yMax, *point.value);
    }
    m_current->append(currentSpend, currentValue);
    m_proposed->append(proposedSpend, proposedValue);
    chart()->legend()->setVisible(true);
    chart()->setTitle(QString());
    for (QValueAxis *axis : {m_x, m_y}) {
        axis->setLabelsVisible(true);
        axis->setTitleVisible(true);
    }
    const double pad = (yMax - yMin) * 0.05 + 1e-9;
    m_x->setRange(0.0, xMax * 1.02 + 1e-9);
    m_y->setRange(yMin >= 0.0 ? std::max(0.0, yMin - pad) : yMin - pad, yMax + pad);
    m_y->setTitleText(valueName);
    m_x->applyNiceNumbers();
    m_y->applyNiceNumbers();
    m_xIntervals = m_x->tickCount() - 1;
    ChartStyle::fitTicks(m_x, m_xIntervals, chart()->plotArea().width());
}

void FrontierChart::clear()
{
    m_line->clear();
    m_current->clear();
    m_proposed->clear();
    // An empty chart lists no legend entries for marks that are not there, and no
    // meaningless 0-to-1 axis labels: it says what fills it.
    chart()->legend()->setVisible(false);
    for (QValueAxis *axis : {m_x, m_y}) {
        axis->setLabelsVisible(false);
        axis->setTitleVisible(false);
    }
    chart()->setTitle(tr("Run the optimizer to see the frontier"));
}

} // namespace funnelcast::ui
