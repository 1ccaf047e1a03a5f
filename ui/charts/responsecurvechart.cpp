#include "charts/responsecurvechart.h"

#include "charts/chartstyle.h"
#include "forecast/forecastengine.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace funnelcast::ui {

ResponseCurveChart::ResponseCurveChart(QWidget *parent)
    : ThemedChartView(parent), m_curve(new QLineSeries), m_current(new QScatterSeries),
      m_proposed(new QScatterSeries), m_x(new QValueAxis), m_y(new QValueAxis)
{
    setObjectName(QStringLiteral("responseCurveChart"));
    setAccessibleName(tr("Response curve chart"));
    QChart *chart = ChartStyle::createChart();
    m_curve->setName(tr("Orders"));
    // Short names: the legend shares a third of the budget panel's width.
    ChartStyle::setupMark(m_current, tr("Current"));
    ChartStyle::setupMark(m_proposed, tr("Proposed"));
    chart->addSeries(m_curve);
    chart->addSeries(m_current);
    chart->addSeries(m_proposed);
    m_x->setTitleText(tr("Spend"));
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setTitleText(tr("Orders"));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    ChartStyle::attachAxes(chart, m_x, m_y);
    ChartStyle::install(this, chart, QSize(200, 220));
    restyle();
    clear();
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        ChartStyle::fitTicks(m_x, m_xIntervals, plot.width());
    });
}

ResponseCurveChart::~ResponseCurveChart()
{
    if (!chart()->series().contains(m_proposed))
        delete m_proposed;
}

void ResponseCurveChart::applySeriesColors()
{
    ChartStyle::colorCurveAndMarks(m_curve, m_current, m_proposed, palette());
}

void ResponseCurveChart::setChannel(const Plan &plan, const PaidChannel &channel,
                                    std::optional<double> proposedSpend)
{
    clear();
    double top = std::max(channel.spend * 2.0, proposedSpend.value_or(0.0) * 1.3);
    if (channel.maxSpend)
        top = std::max(top, *channel.maxSpend);
    if (top <= 0.0)
        top = 1.0;
    double yMax = 0.0;
    for (int i = 0; i <= steps; ++i) {
        const double spend = top * i / steps;
        const double orders = ForecastEngine::paidResponse(plan, channel, spend).orders;
        m_curve->append(spend, orders);
        yMax = std::max(yMax, orders);
    }
    m_current->append(channel.spend,
                      ForecastEngine::paidResponse(plan, channel, channel.spend).orders);
    if (proposedSpend) {
        m_proposed->append(*proposedSpend,
                           ForecastEngine::paidResponse(plan, channel, *proposedSpend).orders);
        // The optimal mark, and with it its legend entry, appears once the optimizer has run.
        if (!chart()->series().contains(m_proposed)) {
            chart()->addSeries(m_proposed);
            m_proposed->attachAxis(m_x);
            m_proposed->attachAxis(m_y);
            restyle();
        }
    }
    chart()->legend()->setVisible(true);
    m_x->setRange(0.0, top);
    m_y->setRange(0.0, yMax * 1.05 + 1e-9);
    m_x->applyNiceNumbers();
    m_y->applyNiceNumbers();
    m_xIntervals = m_x->tickCount() - 1;
    ChartStyle::fitTicks(m_x, m_xIntervals, chart()->plotArea().width());
    chart()->setTitle(tr("Response of %1").arg(channel.name));
}

void ResponseCurveChart::clear()
{
    m_curve->clear();
    m_current->clear();
    m_proposed->clear();
    if (chart()->series().contains(m_proposed))
        chart()->removeSeries(m_proposed); // kept (owned) by this view until shown again
    chart()->legend()->setVisible(false);
    chart()->setTitle(QString());
}

} // namespace funnelcast::ui
