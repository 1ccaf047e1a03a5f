#include "charts/scenarioweeklychart.h"

#include "charts/chartstyle.h"
#include "models/valueformat.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace funnelcast::ui {

ScenarioWeeklyChart::ScenarioWeeklyChart(QWidget *parent)
    : ThemedChartView(parent), m_xAxis(new QDateTimeAxis), m_yAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("scenarioWeeklyChart"));
    setAccessibleName(tr("Weekly orders per scenario"));
    QChart *chart = ChartStyle::createChart();
    m_xAxis->setFormat(ValueFormat::weekLabelFormat()); // the locale's short date, no year
    m_xAxis->setTitleText(tr("Week starting"));
    m_yAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_yAxis->setTitleText(tr("Weekly orders"));
    ChartStyle::attachAxes(chart, m_xAxis, m_yAxis);
    ChartStyle::install(this, chart, QSize(0, 260));
    restyle();
}

void ScenarioWeeklyChart::setLines(const std::vector<QDate> &weeks, const std::vector<Line> &lines,
                                   int current)
{
    clear();
    m_current = current;
    double top = 0.0;
    for (const Line &line : lines) {
        auto *series = new QLineSeries;
        series->setName(line.name);
        QList<QPointF> points;
        for (size_t t = 0; t < weeks.size() && t < line.values.size(); ++t) {
            points.append(QPointF(ChartStyle::msecs(weeks[t]), line.values[t]));
            top = std::max(top, line.values[t]);
        }
        series->replace(points);
        chart()->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
        m_lines.push_back(series);
    }
    ChartStyle::setWeekRange(m_xAxis, weeks);
    ChartStyle::setValueRange(m_yAxis, top);
    restyle();
}

void ScenarioWeeklyChart::clear()
{
    for (QLineSeries *series : m_lines) {
        chart()->removeSeries(series);
        delete series;
    }
    m_lines.clear();
    m_current = -1;
}

void ScenarioWeeklyChart::applySeriesColors()
{
    for (size_t i = 0; i < m_lines.size(); ++i) {
        QPen pen(ChartStyle::seriesColor(int(i), palette()));
        pen.setWidthF(int(i) == m_current ? 3.5 : 1.8);
        m_lines[i]->setPen(pen);
    }
}

} // namespace funnelcast::ui
