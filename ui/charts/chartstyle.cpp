#include "charts/chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace funnelcast::ui {

namespace {

// Two tunings of one categorical palette: darker tones on a light background, lighter ones on
// a dark background. Neighbours differ in hue so stacked channels stay apart.
const QRgb lightSeries[] = {0x1f6fd1, 0xd9480f, 0x2b8a3e, 0xc2255c,
                            0x7048e8, 0x0b7285, 0x9c6500, 0x862e9c};
const QRgb darkSeries[] = {0x6cb4ff, 0xff922b, 0x69db7c, 0xf783ac,
                           0xb197fc, 0x3bc9db, 0xffd43b, 0xe599f7};

double channelLuminance(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channelLuminance(color.redF()) + 0.7152 * channelLuminance(color.greenF())
           + 0.0722 * channelLuminance(color.blueF());
}

} // namespace

QChart *ChartStyle::createChart()
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setLocalizeNumbers(true); // group separators and decimal mark of the locale
    return chart;
}

void ChartStyle::install(QChartView *view, QChart *chart, const QSize &minimum)
{
    view->setChart(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(minimum);
}

void ChartStyle::attachAxes(QChart *chart, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void ChartStyle::setupMark(QScatterSeries *mark, const QString &name)
{
    mark->setName(name);
    mark->setMarkerSize(11);
}

void ChartStyle::colorCurveAndMarks(QLineSeries *curve, QScatterSeries *current,
                                    QScatterSeries *optimal, const QPalette &palette)
{
    QPen pen(seriesColor(0, palette));
    pen.setWidthF(2.0);
    curve->setPen(pen);
    current->setColor(currentMarkColor(palette));
    current->setBorderColor(background(palette));
    optimal->setColor(optimalMarkColor(palette));
    optimal->setBorderColor(background(palette));
}

void ChartStyle::applyPalette(QChart *chart, const QPalette &palette)
{
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(background(palette));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    const QColor ink = text(palette);
    chart->setTitleBrush(ink);
    chart->legend()->setLabelColor(ink);
    QColor grid = ink;
    grid.setAlpha(40);
    QColor line = ink;
    line.setAlpha(110);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(ink);
        axis->setTitleBrush(ink);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(line);
    }
}

bool ChartStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor ChartStyle::background(const QPalette &palette)
{
    return palette.color(QPalette::Base);
}

QColor ChartStyle::text(const QPalette &palette)
{
    return palette.color(QPalette::Text);
}

int ChartStyle::seriesColorCount()
{
    return int(std::size(lightSeries));
}

QColor ChartStyle::seriesColor(int index, const QPalette &palette)
{
    const int i = ((index % seriesColorCount()) + seriesColorCount()) % seriesColorCount();
    return QColor::fromRgb(isDark(palette) ? darkSeries[i] : lightSeries[i]);
}

QColor ChartStyle::otherColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xad, 0xb5, 0xbd) : QColor(0x6c, 0x75, 0x7d);
}

QColor ChartStyle::currentMarkColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc9, 0x2a, 0x2a);
}

QColor ChartStyle::optimalMarkColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x7d, 0xd8, 0x8a) : QColor(0x1b, 0x7f, 0x3b);
}

double ChartStyle::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void ChartStyle::setWeekRange(QDateTimeAxis *axis, const std::vector<QDate> &weeks)
{
    const size_t n = weeks.size();
    if (n == 0)
        return;
    const size_t step = n <= 14 ? 1 : (n - 1 + 11) / 12;
    const size_t intervals = std::max<size_t>(1, (n - 1 + step - 1) / step);
    const QDateTime from(weeks.front().startOfDay());
    const QDateTime to(weeks.front().addDays(qint64(7 * step * intervals)).startOfDay());
    // Unchanged weeks (every edit but a new start or length) leave the axis alone: each range
    // change lays every label out again.
    if (axis->min() != from || axis->max() != to)
        axis->setRange(from, to);
    if (axis->tickCount() != int(intervals + 1))
        axis->setTickCount(int(intervals + 1));
}

// Qt Charts lays every label of an axis out again (through QTextDocument) whenever its range
// changes: most of an edit's cost when every edit moved the maximum a little. A round maximum
// that stays while the data fills between half of it and all of it keeps small edits cheap.
void ChartStyle::setValueRange(QValueAxis *axis, double top)
{
    const double current = axis->max();
    const bool keep = axis->min() == 0.0 && current > 0.0 && top * 1.05 <= current
                      && top * 2.0 >= current && current == niceCeiling(current);
    const double max = keep ? current : niceCeiling(top * 1.05);
    if (axis->min() != 0.0 || axis->max() != max)
        axis->setRange(0.0, max);
    if (axis->tickCount() != 6)
        axis->setTickCount(6);
    const QString format = max <= 10.0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f");
    if (axis->labelFormat() != format)
        axis->setLabelFormat(format);
}

void ChartStyle::fitTicks(QValueAxis *axis, int intervals, qreal plotWidth)
{
    if (intervals <= 0 || plotWidth <= 0)
        return;
    const QLocale locale;
    const QFontMetrics metrics(axis->labelsFont());
    const int label = std::max(metrics.horizontalAdvance(locale.toString(axis->max(), 'f', 0)),
                               metrics.horizontalAdvance(locale.toString(axis->min(), 'f', 0)));
    const int fit = std::max(1, int(plotWidth / (label + 16)));
    int chosen = 1;
    for (int d = 1; d <= intervals; ++d)
        if (intervals % d == 0 && intervals / d <= fit) {
            chosen = intervals / d;
            break;
        }
    if (axis->tickCount() != chosen + 1)
        axis->setTickCount(chosen + 1);
}

double ChartStyle::niceCeiling(double value)
{
    if (!(value > 0))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (value <= step * magnitude * (1.0 + 1e-12))
            return step * magnitude;
    return 10.0 * magnitude;
}

qreal ChartStyle::msecs(const QDate &date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

} // namespace funnelcast::ui
