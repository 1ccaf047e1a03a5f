#include "charts/weeklybandchart.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace funnelcast::ui {

namespace {

qreal msecs(const QDate &date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

// A round upper bound for the value axis (1, 2 or 5 times a power of ten).
double niceCeiling(double value)
{
    if (value <= 0)
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (value <= step * magnitude)
            return step * magnitude;
    return 10.0 * magnitude;
}

} // namespace

WeeklyBandChart::WeeklyBandChart(QWidget *parent)
    : QChartView(parent), m_base(new QLineSeries), m_low(new QLineSeries),
      m_high(new QLineSeries), m_band(new QAreaSeries(m_high, m_low)),
      m_xAxis(new QDateTimeAxis), m_yAxis(new QValueAxis)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_band->setName(tr("P10–P90 range"));
    m_base->setName(tr("Base"));
    chart->addSeries(m_band);
    chart->addSeries(m_base);
    m_xAxis->setFormat(QLocale().dateFormat(QLocale::ShortFormat)); // the locale's short date
    m_xAxis->setTitleText(tr("Week starting"));
    m_yAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(m_band), static_cast<QAbstractSeries *>(m_base)}) {
        s->attachAxis(m_xAxis);
        s->attachAxis(m_yAxis);
    }
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    applyPalette();
}

void WeeklyBandChart::setSeries(const std::vector<QDate> &weeks, const std::vector<double> &base,
                                const std::vector<double> &p10, const std::vector<double> &p90)
{
    QList<QPointF> basePoints, lowPoints, highPoints;
    double top = 0.0;
    const size_t n = std::min(weeks.size(), base.size());
    const bool bands = p10.size() >= n && p90.size() >= n && n > 0;
    for (size_t i = 0; i < n; ++i) {
        const qreal x = msecs(weeks[i]);
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
    if (n > 0) {
        // One tick per week while they fit, else every k-th week with the axis stretched to
        // a whole number of steps, so ticks always fall on week starts.
        const size_t step = n <= 14 ? 1 : (n - 1 + 11) / 12;
        const size_t intervals = std::max<size_t>(1, (n - 1 + step - 1) / step);
        m_xAxis->setRange(QDateTime(weeks.front().startOfDay()),
                          QDateTime(weeks.front().addDays(qint64(7 * step * intervals)).startOfDay()));
        m_xAxis->setTickCount(int(intervals + 1));
    }
    m_yAxis->setRange(0.0, niceCeiling(top * 1.05));
    m_yAxis->setTickCount(6);
    m_yAxis->setLabelFormat(top < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
}

void WeeklyBandChart::setValueTitle(const QString &title)
{
    m_yAxis->setTitleText(title);
}

void WeeklyBandChart::clear()
{
    m_base->clear();
    m_low->clear();
    m_high->clear();
}

void WeeklyBandChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void WeeklyBandChart::applyPalette()
{
    const QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    QChart *c = chart();
    c->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->setBackgroundBrush(p.color(QPalette::Base));
    c->setBackgroundRoundness(0);
    const QColor text = p.color(QPalette::Text);
    c->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_xAxis), static_cast<QAbstractAxis *>(m_yAxis)}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        QColor grid = text;
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
    }
    const QColor accent = dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x1f, 0x6f, 0xd1);
    QColor fill = accent;
    fill.setAlpha(dark ? 70 : 55);
    m_band->setBrush(fill);
    m_band->setPen(Qt::NoPen);
    QPen line(accent);
    line.setWidthF(2.5);
    m_base->setPen(line);
}

} // namespace funnelcast::ui
