#include "charts/responsecurvechart.h"

#include "forecast/forecastengine.h"

#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace funnelcast::ui {

ResponseCurveChart::ResponseCurveChart(QWidget *parent)
    : QChartView(parent), m_curve(new QLineSeries), m_current(new QScatterSeries),
      m_proposed(new QScatterSeries), m_x(new QValueAxis), m_y(new QValueAxis)
{
    setObjectName(QStringLiteral("responseCurveChart"));
    auto *chart = new QChart;
    m_curve->setName(tr("Orders"));
    m_current->setName(tr("Current spend"));
    m_current->setMarkerSize(11);
    m_current->setColor(QColor(0xd9, 0x53, 0x4f));
    m_proposed->setName(tr("Proposed spend"));
    m_proposed->setMarkerSize(11);
    m_proposed->setColor(QColor(0x2e, 0x8b, 0x57));
    chart->addSeries(m_curve);
    chart->addSeries(m_current);
    chart->addSeries(m_proposed);
    m_x->setTitleText(tr("Spend"));
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setTitleText(tr("Orders"));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(300, 220);
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
    if (proposedSpend)
        m_proposed->append(*proposedSpend,
                           ForecastEngine::paidResponse(plan, channel, *proposedSpend).orders);
    m_x->setRange(0.0, top);
    m_y->setRange(0.0, yMax * 1.05 + 1e-9);
    m_x->applyNiceNumbers();
    m_y->applyNiceNumbers();
    chart()->setTitle(tr("Response of %1").arg(channel.name));
}

void ResponseCurveChart::clear()
{
    m_curve->clear();
    m_current->clear();
    m_proposed->clear();
    chart()->setTitle(QString());
}

} // namespace funnelcast::ui
