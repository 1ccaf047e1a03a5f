#include "charts/stackedweeklychart.h"

#include "charts/chartstyle.h"
#include "models/valueformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QFontMetrics>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

namespace funnelcast::ui {

namespace {

double total(const StackedWeeklyChart::Layer &layer)
{
    return std::accumulate(layer.values.begin(), layer.values.end(), 0.0);
}

} // namespace

StackedWeeklyChart::StackedWeeklyChart(QWidget *parent)
    : ThemedChartView(parent), m_series(new QStackedBarSeries), m_xAxis(new QBarCategoryAxis),
      m_yAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("stackedWeeklyChart"));
    setAccessibleName(tr("Weekly forecast by channel"));
    QChart *chart = ChartStyle::createChart();
    // Up to eight names: a column on the right keeps them whole, a row below would cut them.
    chart->legend()->setAlignment(Qt::AlignRight);
    m_series->setBarWidth(0.8);
    chart->addSeries(m_series);
    m_xAxis->setTitleText(tr("Week starting"));
    m_yAxis->setLabelFormat(QStringLiteral("%.0f"));
    ChartStyle::attachAxes(chart, m_xAxis, m_yAxis);
    ChartStyle::install(this, chart, QSize(0, 220));
    restyle();
    connect(chart, &QChart::plotAreaChanged, this, &StackedWeeklyChart::fitWeekLabels);
    connect(m_series, &QStackedBarSeries::hovered, this, [this](bool on, int week, QBarSet *set) {
        if (!on || !set || week < 0 || size_t(week) >= m_weeks.size()) {
            QToolTip::hideText();
            return;
        }
        const QLocale locale;
        QToolTip::showText(QCursor::pos(),
                           tr("%1, week of %2: %3")
                               .arg(set->label(),
                                    ValueFormat::weekLabel(m_weeks[size_t(week)], locale),
                                    locale.toString(set->at(week), 'f', set->at(week) < 10 ? 1 : 0)),
                           this);
    });
}

std::vector<StackedWeeklyChart::Layer> StackedWeeklyChart::group(const std::vector<Layer> &channels,
                                                                 int groups)
{
    if (groups < 2 || int(channels.size()) <= groups)
        return channels;
    // Rank by campaign total (ties: earlier channel first), keep the top groups-1 in plan order.
    std::vector<size_t> order(channels.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return total(channels[a]) > total(channels[b]);
    });
    std::vector<bool> kept(channels.size(), false);
    for (int i = 0; i < groups - 1; ++i)
        kept[order[size_t(i)]] = true;
    std::vector<Layer> out;
    Layer other;
    other.other = true;
    int others = 0;
    for (size_t i = 0; i < channels.size(); ++i) {
        if (kept[i]) {
            out.push_back(channels[i]);
            continue;
        }
        ++others;
        const std::vector<double> &values = channels[i].values;
        if (other.values.size() < values.size())
            other.values.resize(values.size(), 0.0);
        for (size_t t = 0; t < values.size(); ++t)
            other.values[t] += values[t];
    }
    other.name = tr("Other (%1 channels)").arg(others);
    out.push_back(other);
    return out;
}

void StackedWeeklyChart::setSeries(const std::vector<QDate> &weeks, const std::vector<Layer> &channels)
{
    m_series->clear();
    m_weeks = weeks;
    m_layers = group(channels);
    const QLocale locale;
    QStringList categories;
    for (const QDate &week : weeks)
        categories << ValueFormat::weekLabel(week, locale); // short date, no year
    if (m_xAxis->categories() != categories) { // unchanged weeks: no new label layout
        m_xAxis->setCategories(categories);
        fitWeekLabels();
    }
    std::vector<double> stack(weeks.size(), 0.0);
    for (const Layer &layer : m_layers) {
        auto *set = new QBarSet(layer.name);
        for (size_t t = 0; t < weeks.size(); ++t) {
            const double v = t < layer.values.size() ? layer.values[t] : 0.0;
            set->append(v);
            stack[t] += v;
        }
        m_series->append(set);
    }
    const double top = stack.empty() ? 0.0 : *std::max_element(stack.begin(), stack.end());
    ChartStyle::setValueRange(m_yAxis, top);
    applySeriesColors();
}

// Dates stay level while they fit under their bar and stand upright when they do not (Qt
// would cut them to "3/..." instead). Turning them changes the plot's height, not its width.
void StackedWeeklyChart::fitWeekLabels()
{
    const QStringList labels = m_xAxis->categories();
    if (labels.isEmpty())
        return;
    const QFontMetrics metrics(m_xAxis->labelsFont());
    int widest = 0;
    for (const QString &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const qreal perWeek = chart()->plotArea().width() / labels.size();
    const int angle = perWeek >= widest + 6 ? 0 : -90;
    if (m_xAxis->labelsAngle() != angle)
        m_xAxis->setLabelsAngle(angle);
}

void StackedWeeklyChart::setValueTitle(const QString &title)
{
    if (m_yAxis->titleText() != title)
        m_yAxis->setTitleText(title);
}

void StackedWeeklyChart::clear()
{
    m_series->clear();
    m_layers.clear();
    m_weeks.clear();
    m_xAxis->clear();
}

void StackedWeeklyChart::applySeriesColors()
{
    const QList<QBarSet *> sets = m_series->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        const bool other = size_t(i) < m_layers.size() && m_layers[size_t(i)].other;
        const QColor color = other ? ChartStyle::otherColor(palette())
                                   : ChartStyle::seriesColor(i, palette());
        sets[i]->setColor(color);
        sets[i]->setBorderColor(color); // no outline: thin bars stay solid
    }
}

} // namespace funnelcast::ui
