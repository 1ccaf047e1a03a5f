#include "charts/pacingchart.h"

#include "actuals/planvsactual.h"
#include "charts/chartstyle.h"
#include "models/valueformat.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace funnelcast::ui {

namespace {

constexpr int valueSteps = 5;

// A round step so that `valueSteps` of them cover `top` (1, 2, 2.5 or 5 times a power of ten).
double niceStep(double top)
{
    if (top <= 0)
        return 1.0;
    const double raw = top / valueSteps;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= step * magnitude)
            return step * magnitude;
    return 10.0 * magnitude;
}

// Category axes carry the labels, so money is written the way MoneyFormat writes it and
// counts with the locale's grouping, which printf-style QValueAxis formats cannot do.
template <class Label>
void setTicks(QCategoryAxis *axis, double top, Label label)
{
    for (const QString &old : axis->categoriesLabels())
        axis->remove(old);
    const double step = niceStep(std::max(top, 1.0));
    axis->setStartValue(0.0);
    for (int i = 0; i <= valueSteps; ++i)
        axis->append(label(step * i), step * i);
    axis->setRange(0.0, step * valueSteps);
}

} // namespace

PacingChart::PacingChart(QWidget *parent)
    : ThemedChartView(parent), m_plannedSpend(new QLineSeries), m_actualSpend(new QLineSeries),
      m_plannedOrders(new QLineSeries), m_actualOrders(new QLineSeries),
      m_xAxis(new QDateTimeAxis), m_moneyAxis(new QCategoryAxis), m_ordersAxis(new QCategoryAxis)
{
    setObjectName(QStringLiteral("pacingChart"));
    setAccessibleName(tr("Pacing chart: cumulative planned and actual spend and orders"));
    QChart *chart = ChartStyle::createChart();
    m_plannedSpend->setName(tr("Planned spend"));
    m_actualSpend->setName(tr("Actual spend"));
    m_plannedOrders->setName(tr("Planned orders"));
    m_actualOrders->setName(tr("Actual orders"));
    for (QLineSeries *s : {m_plannedSpend, m_actualSpend, m_plannedOrders, m_actualOrders})
        chart->addSeries(s);
    // Week labels: the locale's short date without the year ("3/1", "3. 1."), as every chart.
    m_xAxis->setFormat(ValueFormat::weekLabelFormat());
    m_xAxis->setTitleText(tr("Week starting"));
    m_moneyAxis->setTitleText(tr("Spend to date"));
    m_ordersAxis->setTitleText(tr("Orders to date"));
    for (QCategoryAxis *axis : {m_moneyAxis, m_ordersAxis})
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_ordersAxis->setGridLineVisible(false); // one grid (the money axis) is enough
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_moneyAxis, Qt::AlignLeft);
    chart->addAxis(m_ordersAxis, Qt::AlignRight);
    for (QLineSeries *s : {m_plannedSpend, m_actualSpend}) {
        s->attachAxis(m_xAxis);
        s->attachAxis(m_moneyAxis);
    }
    for (QLineSeries *s : {m_plannedOrders, m_actualOrders}) {
        s->attachAxis(m_xAxis);
        s->attachAxis(m_ordersAxis);
    }
    ChartStyle::install(this, chart, QSize(0, 240));
    restyle();
}

void PacingChart::setData(const PlanVsActualChannel &data, const QString &currency)
{
    QList<QPointF> plannedSpend, actualSpend, plannedOrders, actualOrders;
    // Actual lines stop at the last week with actuals instead of running flat into the future.
    size_t lastActual = 0;
    bool anyActual = false;
    for (size_t i = 0; i < data.weeks.size(); ++i) {
        if (data.weeks[i].actualSpend || data.weeks[i].actualOrders) {
            lastActual = i;
            anyActual = true;
        }
    }
    double topMoney = 0.0;
    double topOrders = 0.0;
    for (size_t i = 0; i < data.weeks.size(); ++i) {
        const PlanVsActualWeek &w = data.weeks[i];
        const qreal x = ChartStyle::msecs(w.week);
        plannedSpend.append(QPointF(x, w.cumulativePlannedSpend));
        plannedOrders.append(QPointF(x, w.cumulativePlannedOrders));
        topMoney = std::max(topMoney, w.cumulativePlannedSpend);
        topOrders = std::max(topOrders, w.cumulativePlannedOrders);
        if (anyActual && i <= lastActual) {
            actualSpend.append(QPointF(x, w.cumulativeActualSpend));
            actualOrders.append(QPointF(x, w.cumulativeActualOrders));
            topMoney = std::max(topMoney, w.cumulativeActualSpend);
            topOrders = std::max(topOrders, w.cumulativeActualOrders);
        }
    }
    m_plannedSpend->replace(plannedSpend);
    m_actualSpend->replace(actualSpend);
    m_plannedOrders->replace(plannedOrders);
    m_actualOrders->replace(actualOrders);

    std::vector<QDate> weeks;
    for (const PlanVsActualWeek &w : data.weeks)
        weeks.push_back(w.week);
    if (!weeks.empty())
        ChartStyle::setWeekRange(m_xAxis, weeks);
    const QLocale locale;
    setTicks(m_moneyAxis, topMoney * 1.02,
             [&](double v) { return ValueFormat::money(v, currency); });
    setTicks(m_ordersAxis, topOrders * 1.02,
             [&](double v) { return locale.toString(v, 'f', v == std::floor(v) ? 0 : 1); });
}

void PacingChart::clear()
{
    for (QLineSeries *s : {m_plannedSpend, m_actualSpend, m_plannedOrders, m_actualOrders})
        s->clear();
}

void PacingChart::applySeriesColors()
{
    // Spend and orders in the first two series colours; planned dashed, actual solid.
    const QColor spend = ChartStyle::seriesColor(0, palette());
    const QColor orders = ChartStyle::seriesColor(1, palette());
    const auto pen = [](const QColor &color, Qt::PenStyle style) {
        QPen pen(color);
        pen.setWidthF(style == Qt::SolidLine ? 2.5 : 2.0);
        pen.setStyle(style);
        return pen;
    };
    m_plannedSpend->setPen(pen(spend, Qt::DashLine));
    m_actualSpend->setPen(pen(spend, Qt::SolidLine));
    m_plannedOrders->setPen(pen(orders, Qt::DashLine));
    m_actualOrders->setPen(pen(orders, Qt::SolidLine));
}

} // namespace funnelcast::ui
