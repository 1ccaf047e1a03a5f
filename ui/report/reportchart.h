#pragma once

#include <QColor>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace funnelcast::ui {

class ReportCanvas;

// Charts drawn straight into the page with QPainter (lines, paths, rectangles, text), so they
// stay vectors in the PDF: sharp at any zoom, small, and their labels extractable. Every
// function draws inside `rect` (points) and nothing outside it.
class ReportChart
{
public:
    using Formatter = std::function<QString(double)>;

    struct Slice
    {
        QString label;
        double value = 0.0;
        QColor color;
        QString detail; // shown after the label in the legend, e.g. the amount
    };

    struct Line
    {
        QString label;
        std::vector<std::optional<double>> values; // a gap where absent
        QColor color;
        bool dashed = false;
        bool markers = false;
        double width = 1.6;
    };

    struct Band
    {
        QString label;
        std::vector<double> low;
        std::vector<double> high;
        QColor color;
    };

    struct Bar
    {
        QString label;
        double value = 0.0;
        std::optional<double> low;  // whisker, e.g. P10
        std::optional<double> high; // whisker, e.g. P90
        QColor color;
    };

    struct Axes
    {
        std::vector<double> x;     // x of each point
        Formatter xFormat;         // tick labels
        Formatter yFormat;
        QString xTitle;
        QString yTitle;
        bool xTicksAtPoints = true; // label every point (thinned to fit) rather than nice steps
        bool yFromZero = true;
    };

    // A ring of slices with a legend to its right giving label, share and detail.
    static void donut(ReportCanvas &canvas, const QRectF &rect, const std::vector<Slice> &slices,
                      const QString &centerTitle, const QString &centerValue,
                      const Formatter &shareFormat);
    // Lines over shaded bands (P10-P90), with axes, grid and a legend below.
    static void lines(ReportCanvas &canvas, const QRectF &rect, const Axes &axes,
                      const std::vector<Band> &bands, const std::vector<Line> &lines,
                      const std::vector<std::pair<double, QString>> &markers = {});
    // Horizontal bars, one per label, with optional P10-P90 whiskers and value labels.
    static void bars(ReportCanvas &canvas, const QRectF &rect, const std::vector<Bar> &bars,
                     const Formatter &format, const QString &whiskerLegend = QString());
    // Horizontal grouped bars: for each category, one bar per series (e.g. current/optimal).
    static void groupedBars(ReportCanvas &canvas, const QRectF &rect, const QStringList &categories,
                            const QStringList &seriesLabels, const std::vector<QColor> &colors,
                            const std::vector<std::vector<double>> &values,
                            const Formatter &format);

    // Round step for about `targetTicks` intervals over [0, span].
    static double niceStep(double span, int targetTicks);
};

} // namespace funnelcast::ui
