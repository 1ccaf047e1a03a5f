#include "charts/frontierchart.h"

#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace funnelcast::ui {

FrontierChart::FrontierChart(QWidget *parent)
    : QChartView(parent), m_line(new QLineSeries), m_current(new QScatterSeries),
      m_proposed(new QScatterSeries), m_x(new QValueAxis), m_y(new QValueAxis)
{
    setObjectName(QStringLiteral("frontierChart"));
    auto *chart = new QChart;
    m_line->setName(tr("Best value for the budget"));
    m_current->setName(tr("Current"));
    m_current->setMarkerSize(11);
    m_current->setColor(QColor(0xd9, 0x53, 0x4f));
    m_proposed->setName(tr("Proposed"));
    m_proposed->setMarkerSize(11);
    m_proposed->setColor(QColor(0x2e, 0x8b, 0x57));
    chart->addSeries(m_line);
    chart->addSeries(m_current);
    chart->addSeries(m_proposed);
    m_x->setTitleText(tr("Budget"));
    m_x->setLabelFormat(QStringLiteral("%.0f"));
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
    const double pad = (yMax - yMin) * 0.05 + 1e-9;
    m_x->setRange(0.0, xMax * 1.02 + 1e-9);
    m_y->setRange(yMin >= 0.0 ? std::max(0.0, yMin - pad) : yMin - pad, yMax + pad);
    m_y->setTitleText(valueName);
    m_x->applyNiceNumbers();
    m_y->applyNiceNumbers();
}

void FrontierChart::clear()
{
    m_line->clear();
    m_current->clear();
    m_proposed->clear();
}

} // namespace funnelcast::ui
