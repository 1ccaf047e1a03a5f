#include "report/reportchart.h"

#include "report/reportcanvas.h"

#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace funnelcast::ui {

namespace {

constexpr double kPi = 3.14159265358979323846;

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

// A legend row under a chart: coloured swatches with labels, wrapped over lines. Returns the
// height used (draws nothing when `draw` is false).
double legend(ReportCanvas &canvas, const QRectF &area,
              const std::vector<std::pair<QString, std::pair<QColor, int>>> &items, bool draw)
{
    // items: label -> (colour, kind: 0 line, 1 band/box, 2 dashed line)
    const QFont f = canvas.font(canvas.style().smallSize);
    const double lh = canvas.lineHeight(f);
    double x = area.left();
    double y = area.top();
    QPainter &p = canvas.painter();
    for (const auto &item : items) {
        const double w = 18 + canvas.textWidth(f, item.first) + 14;
        if (x + w > area.right() && x > area.left()) {
            x = area.left();
            y += lh + 2;
        }
        if (draw) {
            const QColor color = item.second.first;
            const double cy = y + lh / 2;
            if (item.second.second == 1) {
                p.fillRect(QRectF(x, cy - 4, 12, 8), color);
            } else {
                QPen pen(color, 1.8);
                if (item.second.second == 2)
                    pen.setStyle(Qt::DashLine);
                p.setPen(pen);
                p.drawLine(QPointF(x, cy), QPointF(x + 12, cy));
            }
            canvas.drawText(QRectF(x + 16, y, w, lh), Qt::AlignLeft | Qt::AlignVCenter, item.first,
                            f, canvas.style().ink);
        }
        x += w;
    }
    return items.empty() ? 0.0 : y - area.top() + lh;
}

} // namespace

double ReportChart::niceStep(double span, int targetTicks)
{
    if (!(span > 0) || !std::isfinite(span))
        return 1.0;
    const double raw = span / std::max(1, targetTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    double nice = 10.0;
    if (fraction <= 1.0)
        nice = 1.0;
    else if (fraction <= 2.0)
        nice = 2.0;
    else if (fraction <= 2.5)
        nice = 2.5;
    else if (fraction <= 5.0)
        nice = 5.0;
    return nice * magnitude;
}

void ReportChart::donut(ReportCanvas &canvas, const QRectF &rect, const std::vector<Slice> &slices,
                        const QString &centerTitle, const QString &centerValue,
                        const Formatter &shareFormat)
{
    QPainter &p = canvas.painter();
    const ReportStyle &style = canvas.style();
    double total = 0.0;
    for (const Slice &s : slices)
        total += std::max(0.0, s.value);
    const double diameter = std::min(rect.height(), rect.width() * 0.42);
    const QRectF outer(rect.left(), rect.top() + (rect.height() - diameter) / 2, diameter, diameter);
    const double ringWidth = diameter * 0.2;
    const QRectF inner = outer.adjusted(ringWidth, ringWidth, -ringWidth, -ringWidth);

    double angle = 90.0; // start at twelve o'clock, go clockwise
    for (const Slice &s : slices) {
        if (!(total > 0) || s.value <= 0)
            continue;
        const double sweep = -360.0 * s.value / total;
        QPainterPath path;
        path.arcMoveTo(outer, angle);
        path.arcTo(outer, angle, sweep);
        path.arcTo(inner, angle + sweep, -sweep);
        path.closeSubpath();
        p.fillPath(path, s.color);
        p.setPen(QPen(Qt::white, 1.0));
        p.drawPath(path);
        angle += sweep;
    }
    const QFont titleFont = canvas.font(style.smallSize);
    const QFont valueFont = canvas.font(style.bodySize + 1, QFont::Bold);
    const double th = canvas.lineHeight(titleFont);
    const double vh = canvas.lineHeight(valueFont);
    const QPointF c = outer.center();
    canvas.drawText(QRectF(inner.left(), c.y() - (th + vh) / 2, inner.width(), th),
                    Qt::AlignHCenter | Qt::AlignVCenter, centerTitle, titleFont, style.muted);
    canvas.drawText(QRectF(inner.left() - 4, c.y() - (th + vh) / 2 + th, inner.width() + 8, vh),
                    Qt::AlignHCenter | Qt::AlignVCenter, centerValue, valueFont, style.ink);

    // Legend: swatch, label, share, detail; vertically centred beside the ring.
    const QFont f = canvas.font(style.tableSize);
    const double lh = canvas.lineHeight(f) + 4;
    const double lx = outer.right() + 24;
    const double lw = rect.right() - lx;
    double ly = rect.top() + std::max(0.0, (rect.height() - lh * static_cast<double>(slices.size())) / 2);
    for (const Slice &s : slices) {
        p.fillRect(QRectF(lx, ly + lh / 2 - 4, 8, 8), s.color);
        const QString share = total > 0 ? shareFormat(s.value / total) : QString();
        canvas.drawText(QRectF(lx + 14, ly, lw * 0.55 - 14, lh), Qt::AlignLeft | Qt::AlignVCenter,
                        s.label, f, style.ink);
        canvas.drawText(QRectF(lx + lw * 0.55, ly, lw * 0.15, lh), Qt::AlignRight | Qt::AlignVCenter,
                        share, f, style.ink);
        canvas.drawText(QRectF(lx + lw * 0.70, ly, lw * 0.30, lh), Qt::AlignRight | Qt::AlignVCenter,
                        s.detail, f, style.muted);
        ly += lh;
    }
}

void ReportChart::lines(ReportCanvas &canvas, const QRectF &rect, const Axes &axes,
                        const std::vector<Band> &bands, const std::vector<Line> &lineSeries,
                        const std::vector<std::pair<double, QString>> &markers)
{
    QPainter &p = canvas.painter();
    const ReportStyle &style = canvas.style();
    const QFont f = canvas.font(style.smallSize);
    const double lh = canvas.lineHeight(f);
    if (axes.x.empty())
        return;

    // Legend first: its height decides the plot's.
    std::vector<std::pair<QString, std::pair<QColor, int>>> items;
    for (const Line &l : lineSeries)
        items.push_back({l.label, {l.color, l.dashed ? 2 : 0}});
    for (const Band &b : bands)
        items.push_back({b.label, {withAlpha(b.color, 70), 1}});
    const double legendHeight = legend(canvas, rect, items, false);

    double yMin = axes.yFromZero ? 0.0 : std::numeric_limits<double>::infinity();
    double yMax = -std::numeric_limits<double>::infinity();
    for (const Band &b : bands) {
        for (double v : b.high)
            yMax = std::max(yMax, v);
        for (double v : b.low)
            yMin = std::min(yMin, v);
    }
    for (const Line &l : lineSeries) {
        for (const auto &v : l.values) {
            if (v) {
                yMax = std::max(yMax, *v);
                yMin = std::min(yMin, *v);
            }
        }
    }
    if (axes.yFromZero)
        yMax = std::max(yMax, 0.0);
    if (!std::isfinite(yMax) || !std::isfinite(yMin) || yMax <= yMin)
        yMax = yMin + 1.0;
    const double step = niceStep(yMax - yMin, 5);
    yMin = std::floor(yMin / step) * step;
    yMax = std::ceil(yMax / step - 1e-9) * step;

    double yLabelWidth = 0.0;
    for (double v = yMin; v <= yMax + step / 2; v += step)
        yLabelWidth = std::max(yLabelWidth, canvas.textWidth(f, axes.yFormat(v)));
    const double titleHeight = axes.yTitle.isEmpty() ? 0.0 : lh + 4;
    const double xTitleHeight = axes.xTitle.isEmpty() ? 0.0 : lh + 2;
    const QRectF plot(rect.left() + yLabelWidth + 8, rect.top() + titleHeight + lh / 2,
                      rect.width() - yLabelWidth - 8 - 6,
                      rect.height() - titleHeight - lh / 2 - (lh + 6) - xTitleHeight
                          - (legendHeight > 0 ? legendHeight + 8 : 0));
    if (plot.height() < 20 || plot.width() < 40)
        return;

    const double xMin = axes.x.front();
    const double xMax = axes.x.size() > 1 ? axes.x.back() : xMin + 1.0;
    auto px = [&](double x) { return plot.left() + (x - xMin) / (xMax - xMin) * plot.width(); };
    auto py = [&](double y) { return plot.bottom() - (y - yMin) / (yMax - yMin) * plot.height(); };

    if (!axes.yTitle.isEmpty())
        canvas.drawText(QRectF(rect.left(), rect.top(), rect.width(), lh),
                        Qt::AlignLeft | Qt::AlignVCenter, axes.yTitle, f, style.muted);
    // Grid and y labels.
    for (double v = yMin; v <= yMax + step / 2; v += step) {
        const double y = py(v);
        p.setPen(QPen(v == 0.0 ? style.muted : style.rule, v == 0.0 ? 0.8 : 0.4));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        canvas.drawText(QRectF(rect.left(), y - lh / 2, yLabelWidth, lh),
                        Qt::AlignRight | Qt::AlignVCenter, axes.yFormat(v), f, style.muted);
    }
    // X labels, thinned so they never collide.
    std::vector<double> ticks;
    if (axes.xTicksAtPoints) {
        double widest = 0.0;
        for (double x : axes.x)
            widest = std::max(widest, canvas.textWidth(f, axes.xFormat(x)));
        const double spacing = axes.x.size() > 1 ? plot.width() / (axes.x.size() - 1) : plot.width();
        const int every = std::max(1, static_cast<int>(std::ceil((widest + 8) / std::max(1.0, spacing))));
        for (size_t i = 0; i < axes.x.size(); i += static_cast<size_t>(every))
            ticks.push_back(axes.x[i]);
    } else {
        const double xs = niceStep(xMax - xMin, 6);
        for (double x = std::ceil(xMin / xs) * xs; x <= xMax + xs * 1e-6; x += xs)
            ticks.push_back(x);
    }
    for (double x : ticks) {
        const double X = px(x);
        p.setPen(QPen(style.muted, 0.6));
        p.drawLine(QPointF(X, plot.bottom()), QPointF(X, plot.bottom() + 3));
        const QString label = axes.xFormat(x);
        const double w = canvas.textWidth(f, label) + 4;
        canvas.drawText(QRectF(X - w / 2, plot.bottom() + 4, w, lh), Qt::AlignHCenter | Qt::AlignTop,
                        label, f, style.muted);
    }
    if (!axes.xTitle.isEmpty())
        canvas.drawText(QRectF(plot.left(), plot.bottom() + 4 + lh, plot.width(), lh),
                        Qt::AlignHCenter | Qt::AlignTop, axes.xTitle, f, style.muted);

    p.save();
    p.setClipRect(plot.adjusted(-2, -2, 2, 2));
    for (const Band &b : bands) {
        const size_t n = std::min({b.low.size(), b.high.size(), axes.x.size()});
        if (n == 0)
            continue;
        QPainterPath path;
        path.moveTo(px(axes.x[0]), py(b.high[0]));
        for (size_t i = 1; i < n; ++i)
            path.lineTo(px(axes.x[i]), py(b.high[i]));
        for (size_t i = n; i-- > 0;)
            path.lineTo(px(axes.x[i]), py(b.low[i]));
        path.closeSubpath();
        p.fillPath(path, withAlpha(b.color, 60));
    }
    for (const Line &l : lineSeries) {
        QPainterPath path;
        bool open = false;
        const size_t n = std::min(l.values.size(), axes.x.size());
        for (size_t i = 0; i < n; ++i) {
            if (!l.values[i]) {
                open = false;
                continue;
            }
            const QPointF pt(px(axes.x[i]), py(*l.values[i]));
            if (open)
                path.lineTo(pt);
            else
                path.moveTo(pt);
            open = true;
        }
        QPen pen(l.color, l.width);
        pen.setJoinStyle(Qt::RoundJoin);
        pen.setCapStyle(Qt::RoundCap);
        if (l.dashed)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        if (l.markers) {
            p.setBrush(Qt::white);
            p.setPen(QPen(l.color, 1.2));
            for (size_t i = 0; i < n; ++i) {
                if (l.values[i])
                    p.drawEllipse(QPointF(px(axes.x[i]), py(*l.values[i])), 2.2, 2.2);
            }
            p.setBrush(Qt::NoBrush);
        }
    }
    p.restore();
    for (const auto &marker : markers) {
        if (marker.first < xMin || marker.first > xMax)
            continue;
        const double X = px(marker.first);
        QPen pen(style.muted, 0.8, Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(X, plot.top()), QPointF(X, plot.bottom()));
        const double w = canvas.textWidth(f, marker.second) + 4;
        const double lx = std::min(X + 3, plot.right() - w);
        canvas.drawText(QRectF(lx, plot.top(), w, lh), Qt::AlignLeft | Qt::AlignVCenter,
                        marker.second, f, style.muted);
    }
    legend(canvas,
           QRectF(plot.left(), rect.bottom() - legendHeight, plot.width(), legendHeight), items,
           true);
}

void ReportChart::bars(ReportCanvas &canvas, const QRectF &rect, const std::vector<Bar> &barList,
                       const Formatter &format, const QString &whiskerLegend)
{
    if (barList.empty())
        return;
    QPainter &p = canvas.painter();
    const ReportStyle &style = canvas.style();
    const QFont f = canvas.font(style.tableSize);
    const QFont small = canvas.font(style.smallSize);
    const double legendHeight = whiskerLegend.isEmpty() ? 0.0 : canvas.lineHeight(small) + 6;

    double labelWidth = 0.0;
    double valueWidth = 0.0;
    double minValue = 0.0; // the axis always shows zero, so negative values (a loss) read as such
    double maxValue = 0.0;
    for (const Bar &b : barList) {
        labelWidth = std::max(labelWidth, canvas.textWidth(f, b.label));
        valueWidth = std::max(valueWidth, canvas.textWidth(f, format(b.value)));
        maxValue = std::max({maxValue, b.value, b.high.value_or(0.0)});
        minValue = std::min({minValue, b.value, b.low.value_or(0.0)});
    }
    labelWidth = std::min(labelWidth + 8, rect.width() * 0.32);
    const double plotLeft = rect.left() + labelWidth;
    const double plotWidth = rect.width() - labelWidth - valueWidth - 10;
    const double rowHeight = (rect.height() - legendHeight) / static_cast<double>(barList.size());
    const double barHeight = std::min(14.0, rowHeight * 0.62);
    if (!(maxValue > minValue))
        maxValue = minValue + 1.0;
    auto px = [&](double v) { return plotLeft + (v - minValue) / (maxValue - minValue) * plotWidth; };
    const double zero = px(0.0);

    p.setPen(QPen(style.muted, 0.6));
    p.drawLine(QPointF(zero, rect.top()), QPointF(zero, rect.bottom() - legendHeight));
    for (size_t i = 0; i < barList.size(); ++i) {
        const Bar &b = barList[i];
        const double top = rect.top() + static_cast<double>(i) * rowHeight;
        const double cy = top + rowHeight / 2;
        canvas.drawText(QRectF(rect.left(), top, labelWidth - 6, rowHeight),
                        Qt::AlignRight | Qt::AlignVCenter, b.label, f, style.ink);
        const double end = px(b.value);
        p.fillRect(QRectF(std::min(zero, end), cy - barHeight / 2, std::fabs(end - zero), barHeight),
                   b.color.isValid() ? b.color : style.accent);
        double labelX = std::max(zero, end);
        if (b.low && b.high) {
            p.setPen(QPen(style.ink, 0.9));
            p.drawLine(QPointF(px(*b.low), cy), QPointF(px(*b.high), cy));
            p.drawLine(QPointF(px(*b.low), cy - 3), QPointF(px(*b.low), cy + 3));
            p.drawLine(QPointF(px(*b.high), cy - 3), QPointF(px(*b.high), cy + 3));
            labelX = std::max(labelX, px(*b.high));
        }
        canvas.drawText(QRectF(labelX + 5, top, valueWidth + 4, rowHeight),
                        Qt::AlignLeft | Qt::AlignVCenter, format(b.value), f, style.ink);
    }
    if (!whiskerLegend.isEmpty()) {
        const double y = rect.bottom() - legendHeight + 6;
        const double slh = canvas.lineHeight(small);
        p.setPen(QPen(style.ink, 0.9));
        p.drawLine(QPointF(plotLeft, y + slh / 2), QPointF(plotLeft + 14, y + slh / 2));
        p.drawLine(QPointF(plotLeft, y + slh / 2 - 3), QPointF(plotLeft, y + slh / 2 + 3));
        p.drawLine(QPointF(plotLeft + 14, y + slh / 2 - 3), QPointF(plotLeft + 14, y + slh / 2 + 3));
        canvas.drawText(QRectF(plotLeft + 20, y, plotWidth, slh), Qt::AlignLeft | Qt::AlignVCenter,
                        whiskerLegend, small, style.muted);
    }
}

void ReportChart::groupedBars(ReportCanvas &canvas, const QRectF &rect,
                              const QStringList &categories, const QStringList &seriesLabels,
                              const std::vector<QColor> &colors,
                              const std::vector<std::vector<double>> &values,
                              const Formatter &format)
{
    if (categories.isEmpty() || values.empty())
        return;
    QPainter &p = canvas.painter();
    const ReportStyle &style = canvas.style();
    const QFont f = canvas.font(style.tableSize);
    const QFont small = canvas.font(style.smallSize);

    std::vector<std::pair<QString, std::pair<QColor, int>>> items;
    for (int s = 0; s < seriesLabels.size(); ++s)
        items.push_back({seriesLabels[s], {colors[static_cast<size_t>(s) % colors.size()], 1}});
    const double legendHeight = legend(canvas, rect, items, false) + 6;

    double labelWidth = 0.0;
    double valueWidth = 0.0;
    double maxValue = 0.0;
    for (int c = 0; c < categories.size(); ++c)
        labelWidth = std::max(labelWidth, canvas.textWidth(f, categories[c]));
    for (const auto &series : values) {
        for (double v : series) {
            maxValue = std::max(maxValue, v);
            valueWidth = std::max(valueWidth, canvas.textWidth(small, format(v)));
        }
    }
    labelWidth = std::min(labelWidth + 8, rect.width() * 0.32);
    const double plotLeft = rect.left() + labelWidth;
    const double plotWidth = rect.width() - labelWidth - valueWidth - 10;
    const double rowHeight = (rect.height() - legendHeight) / categories.size();
    const double barHeight = std::min(9.0, rowHeight * 0.8 / static_cast<double>(values.size()));
    if (!(maxValue > 0))
        maxValue = 1.0;

    p.setPen(QPen(style.muted, 0.6));
    p.drawLine(QPointF(plotLeft, rect.top()), QPointF(plotLeft, rect.bottom() - legendHeight));
    for (int c = 0; c < categories.size(); ++c) {
        const double top = rect.top() + c * rowHeight;
        canvas.drawText(QRectF(rect.left(), top, labelWidth - 6, rowHeight),
                        Qt::AlignRight | Qt::AlignVCenter, categories[c], f, style.ink);
        const double groupTop = top + (rowHeight - barHeight * static_cast<double>(values.size())) / 2;
        for (size_t s = 0; s < values.size(); ++s) {
            const double v = c < static_cast<int>(values[s].size()) ? values[s][static_cast<size_t>(c)] : 0.0;
            const double w = std::max(0.0, v) / maxValue * plotWidth;
            const double y = groupTop + static_cast<double>(s) * barHeight;
            p.fillRect(QRectF(plotLeft, y + 0.5, w, barHeight - 1), colors[s % colors.size()]);
            canvas.drawText(QRectF(plotLeft + w + 4, y, valueWidth + 4, barHeight),
                            Qt::AlignLeft | Qt::AlignVCenter, format(v), small, style.muted);
        }
    }
    legend(canvas, QRectF(plotLeft, rect.bottom() - legendHeight + 6, plotWidth, legendHeight),
           items, true);
}

} // namespace funnelcast::ui
