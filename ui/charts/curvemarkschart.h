#pragma once

#include "charts/themedchartview.h"

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace funnelcast::ui {

// What the frontier and the response curve share: one curve over two value axes, with the
// current point and the proposed (optimal) point marked. The subclasses fill the series and
// choose the ranges; this class sets the chart up, colours it for the palette and keeps the
// horizontal axis's labels from running into each other when the plot gets narrower.
class CurveMarksChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit CurveMarksChart(const QString &xTitle, QWidget *parent = nullptr);
    ~CurveMarksChart() override;

    QLineSeries *curve() const { return m_curve; }
    QScatterSeries *currentMarker() const { return m_current; }
    QScatterSeries *proposedMarker() const { return m_proposed; }
    QValueAxis *xAxis() const { return m_x; }
    QValueAxis *yAxis() const { return m_y; }
    // The title as set (plain text); the chart shows it on two lines when one is too narrow.
    QString titleText() const { return m_title; }

protected:
    void applySeriesColors() override;
    void resizeEvent(QResizeEvent *event) override;
    // A plain-text title, broken at the space that balances two lines when it does not fit
    // the view's width (a third of the Budget tab at 1280 px elided it).
    void setTitleText(const QString &title);
    // Empties the curve and both marks.
    void clearSeries();
    // Adds the proposed mark (and so its legend entry) to the chart or takes it out; while out,
    // this view owns it.
    void setProposedInChart(bool shown);
    // Both ranges, rounded out to nice numbers, and the horizontal ticks fitted to the width.
    void setRanges(double xMin, double xMax, double yMin, double yMax);

private:
    void applyTitle();
    void hideCurveLegendEntry();

    QString m_title;
    QLineSeries *m_curve;
    QScatterSeries *m_current;
    QScatterSeries *m_proposed;
    QValueAxis *m_x;
    QValueAxis *m_y;
    int m_xIntervals = 0; // applyNiceNumbers' choice, before fitting the labels
};

} // namespace funnelcast::ui
