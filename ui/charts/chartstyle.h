#pragma once

#include <QColor>
#include <QDate>
#include <QPalette>

#include <vector>

class QAbstractAxis;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QSize;
class QValueAxis;

namespace funnelcast::ui {

// What every chart of the app shares: one look (margins, legend below, numbers in the
// locale), colours taken from the widget's palette so that text, grid and series stay
// readable on a light and on a dark background, and the week axis of the weekly charts.
class ChartStyle
{
public:
    static QChart *createChart();
    // The chart into the view, antialiased, with a floor under its size.
    static void install(QChartView *view, QChart *chart, const QSize &minimum);
    // Adds both axes and attaches every series the chart has so far to them.
    static void attachAxes(QChart *chart, QAbstractAxis *x, QAbstractAxis *y);
    // A single-point mark (current or optimal spend, ...) big enough to find on a curve.
    static void setupMark(QScatterSeries *mark, const QString &name);

    // A curve with its current and optimal (proposed) marks, coloured for the palette.
    static void colorCurveAndMarks(QLineSeries *curve, QScatterSeries *current,
                                   QScatterSeries *optimal, const QPalette &palette);

    // Theme, background, title, legend and axis colours from the palette. Series colours are
    // the caller's (the theme would reset them), so call this first.
    static void applyPalette(QChart *chart, const QPalette &palette);

    static bool isDark(const QPalette &palette);
    static QColor background(const QPalette &palette);
    static QColor text(const QPalette &palette);
    // Categorical colours, each at least 3:1 against background() (WCAG for graphics).
    static int seriesColorCount();
    static QColor seriesColor(int index, const QPalette &palette);
    static QColor otherColor(const QPalette &palette); // the "Other" group: a neutral grey
    static QColor currentMarkColor(const QPalette &palette);
    static QColor optimalMarkColor(const QPalette &palette);
    // WCAG 2 contrast ratio of two colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);

    // One tick per week while they fit, else every k-th week with the axis stretched to a
    // whole number of steps, so ticks always fall on week starts.
    static void setWeekRange(QDateTimeAxis *axis, const std::vector<QDate> &weeks);
    // Fewer ticks on a horizontal value axis when its labels (money in won runs to ten
    // digits) would not fit side by side: keeps every k-th of the `niceIntervals` that
    // applyNiceNumbers chose, so the values stay round. Call again when the plot area changes.
    static void fitTicks(QValueAxis *axis, int niceIntervals, qreal plotWidth);
    // 0 to a round maximum above top, with six ticks; the maximum stays while top fills
    // between half of it and all of it (less 5%), and nothing is set that did not change.
    static void setValueRange(QValueAxis *axis, double top);
    // A round upper bound for a value axis (1, 2, 2.5 or 5 times a power of ten).
    static double niceCeiling(double value);
    static qreal msecs(const QDate &date);
};

} // namespace funnelcast::ui
