#include "charts/curvemarkschart.h"

#include "charts/chartstyle.h"

#include <QChart>
#include <QFontMetrics>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace funnelcast::ui {

CurveMarksChart::CurveMarksChart(const QString &xTitle, QWidget *parent)
    : ThemedChartView(parent), m_curve(new QLineSeries), m_current(new QScatterSeries),
      m_proposed(new QScatterSeries), m_x(new QValueAxis), m_y(new QValueAxis)
{
    QChart *chart = ChartStyle::createChart();
    // Short names: the legend shares a third of the budget panel's width.
    ChartStyle::setupMark(m_current, tr("Current"));
    ChartStyle::setupMark(m_proposed, tr("Proposed"));
    chart->addSeries(m_curve);
    chart->addSeries(m_current);
    chart->addSeries(m_proposed);
    m_x->setTitleText(xTitle);
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    ChartStyle::attachAxes(chart, m_x, m_y);
    ChartStyle::install(this, chart, QSize(200, 220));
    restyle();
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        ChartStyle::fitTicks(m_x, m_xIntervals, plot.width());
    });
}

CurveMarksChart::~CurveMarksChart()
{
    if (!chart()->series().contains(m_proposed))
        delete m_proposed;
}

void CurveMarksChart::applySeriesColors()
{
    ChartStyle::colorCurveAndMarks(m_curve, m_current, m_proposed, palette());
    hideCurveLegendEntry(); // the theme may have rebuilt the markers
}

void CurveMarksChart::hideCurveLegendEntry()
{
    // The curve is named by its axes' titles; the legend keys only the two marks, so their
    // names fit beside each other in a third of the Budget tab (three entries were elided).
    for (QLegendMarker *marker : chart()->legend()->markers(m_curve))
        marker->setVisible(false);
}

void CurveMarksChart::resizeEvent(QResizeEvent *event)
{
    ThemedChartView::resizeEvent(event);
    applyTitle();
}

void CurveMarksChart::setTitleText(const QString &title)
{
    m_title = title;
    applyTitle();
}

void CurveMarksChart::applyTitle()
{
    // The title is HTML: escape the text (a channel may be called "R&D <test>").
    QString html = m_title.toHtmlEscaped();
    const QFontMetrics metrics(chart()->titleFont());
    const int room = width() - 24; // the chart's side margins
    if (metrics.horizontalAdvance(m_title) > room) {
        int best = -1;
        int bestWidth = std::numeric_limits<int>::max();
        for (qsizetype i = m_title.indexOf(QLatin1Char(' ')); i >= 0;
             i = m_title.indexOf(QLatin1Char(' '), i + 1)) {
            const int longer = std::max(metrics.horizontalAdvance(m_title.left(i)),
                                        metrics.horizontalAdvance(m_title.mid(i + 1)));
            if (longer < bestWidth) {
                bestWidth = longer;
                best = int(i);
            }
        }
        if (best >= 0)
            html = m_title.left(best).toHtmlEscaped() + QStringLiteral("<br>")
                + m_title.mid(best + 1).toHtmlEscaped();
    }
    if (chart()->title() != html)
        chart()->setTitle(html);
}

void CurveMarksChart::clearSeries()
{
    m_curve->clear();
    m_current->clear();
    m_proposed->clear();
}

void CurveMarksChart::setProposedInChart(bool shown)
{
    if (shown == chart()->series().contains(m_proposed))
        return;
    if (shown) {
        chart()->addSeries(m_proposed);
        m_proposed->attachAxis(m_x);
        m_proposed->attachAxis(m_y);
        restyle(); // a series added after the theme gets the theme's colour otherwise
    } else {
        chart()->removeSeries(m_proposed);
    }
    hideCurveLegendEntry();
}

void CurveMarksChart::setRanges(double xMin, double xMax, double yMin, double yMax)
{
    m_x->setRange(xMin, xMax);
    m_y->setRange(yMin, yMax);
    m_x->applyNiceNumbers();
    m_y->applyNiceNumbers();
    m_xIntervals = m_x->tickCount() - 1;
    ChartStyle::fitTicks(m_x, m_xIntervals, chart()->plotArea().width());
}

} // namespace funnelcast::ui
