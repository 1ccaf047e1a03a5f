#include "charts/weeklybandchart.h"

#include "charts/chartstyle.h"
#include "models/valueformat.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace funnelcast::ui {

WeeklyBandChart::WeeklyBandChart(QWidget *parent)
    : ThemedChartView(parent), m_base(new QLineSeries), m_low(new QLineSeries),
      m_high(new QLineSeries), m_band(new QAreaSeries(m_high, m_low)),
      m_xAxis(new QDateTimeAxis), m_yAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("weeklyBandChart"));
    setAccessibleName(tr("Weekly forecast chart"));
    QChart *chart = ChartStyle::createChart();
    m_band->setName(tr("P10–P90 range"));
    m_base->setName(tr("Base"));
    chart->addSeries(m_band);
    chart->addSeries(m_base);
    m_xAxis->setFormat(ValueFormat::weekLabelFormat()); // the locale's short date, no year
    m_xAxis->setTitleText(tr("Week starting"));
    m_yAxis->setLabelFormat(QStringLiteral("%.0f"));
    ChartStyle::attachAxes(chart, m_xAxis, m_yAxis);
    ChartStyle::install(this, chart, QSize(0, 220));
    restyle();
}

void WeeklyBandChart::setSeries(const std::vector<QDate> &weeks, const std::vector<double> &base,
                                const std::vector<double> &p10, const std::vector<double> &p90)
{
    QList<QPointF> basePoints, lowPoints, highPoints;
    double top = 0.0;
    const size_t n = std::min(weeks.size(), base.size());
    const bool bands = p10.size() >= n && p90.size() >= n && n > 0;
    for (size_t i = 0; i < n; ++i) {
        const qreal x = ChartStyle::msecs(weeks[i]);
        basePoints.append(QPointF(x, base[i]));
        top = std::max(top, base[i]);
        if (bands) {
            lowPoints.append(QPointF(x, p10[i]));
            highPoints.append(QPointF(x, p90[i]));
            top = std::max(top, p90[i]);
        }
    }
    m_base->replace(basePoints);
    m_low->replace(lowPoints);
    m_high->replace(highPoints);
    m_band->setVisible(bands);
    // No band yet (or none at all): no legend entry promising one.
    const QList<QLegendMarker *> markers = chart()->legend()->markers(m_band);
    for (QLegendMarker *marker : markers)
        marker->setVisible(bands);
    ChartStyle::setWeekRange(m_xAxis, std::vector<QDate>(weeks.begin(), weeks.begin() + qsizetype(n)));
    ChartStyle::setValueRange(m_yAxis, top);
}

void WeeklyBandChart::setValueTitle(const QString &title)
{
    if (m_yAxis->titleText() != title)
        m_yAxis->setTitleText(title);
}

void WeeklyBandChart::clear()
{
    m_base->clear();
    m_low->clear();
    m_high->clear();
}

void WeeklyBandChart::applySeriesColors()
{
    const QColor accent = ChartStyle::seriesColor(0, palette());
    QColor fill = accent;
    fill.setAlpha(ChartStyle::isDark(palette()) ? 70 : 55);
    m_band->setBrush(fill);
    m_band->setPen(Qt::NoPen);
    QPen line(accent);
    line.setWidthF(2.5);
    m_base->setPen(line);
}

} // namespace funnelcast::ui
