// The chart widgets on their own (offscreen): colours readable on the light and the dark
// palette and following a palette change; the "Other" grouping of the stacked chart; the
// funnel's stages and conversion rates against the plan's inputs worked by hand (MODEL.md 3);
// the response curve's marks and legend, and its values for each optimizer objective.
#include "uitestplan.h"

#include "charts/chartstyle.h"
#include "charts/frontierchart.h"
#include "charts/funnelchart.h"
#include "charts/responsecurvechart.h"
#include "charts/scenarioweeklychart.h"
#include "charts/stackedweeklychart.h"
#include "charts/weeklybandchart.h"
#include "forecast/forecastengine.h"
#include "views/darkpalette.h"

#include <QAbstractAxis>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace funnelcast;
using namespace funnelcast::ui;

namespace {

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    return p;
}


std::vector<QDate> weeks(int n)
{
    std::vector<QDate> out;
    for (int t = 0; t < n; ++t)
        out.push_back(QDate(2027, 3, 1).addDays(7 * t));
    return out;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void coloursReadable_data();
    void coloursReadable();
    void chartsFollowPalette();
    void stackedValuesAndOther();
    void stackedKeepsFewChannels();
    void funnelOfOneChannel();
    void funnelOfWholePlanAndEmptyStage();
    void responseCurveMarksAndLegend();
    void responseCurveOfObjective_data();
    void responseCurveOfObjective();
    void curveMarksShareTheirNames();
    void scenarioLinesHighlightCurrent();
};

void TestCharts::coloursReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
}

// WCAG 2: 3:1 for graphics against their background, 4.5:1 for text.
void TestCharts::coloursReadable()
{
    QFETCH(QPalette, palette);
    const QColor background = ChartStyle::background(palette);
    QVERIFY(ChartStyle::contrast(ChartStyle::text(palette), background) >= 4.5);
    for (int i = 0; i < ChartStyle::seriesColorCount(); ++i) {
        const QColor c = ChartStyle::seriesColor(i, palette);
        QVERIFY2(ChartStyle::contrast(c, background) >= 3.0,
                 qPrintable(QStringLiteral("series colour %1 (%2): %3:1").arg(i).arg(c.name())
                                .arg(ChartStyle::contrast(c, background))));
        for (int j = 0; j < i; ++j)
            QVERIFY(c != ChartStyle::seriesColor(j, palette));
    }
    QVERIFY(ChartStyle::contrast(ChartStyle::otherColor(palette), background) >= 3.0);
    QVERIFY(ChartStyle::contrast(ChartStyle::currentMarkColor(palette), background) >= 3.0);
    QVERIFY(ChartStyle::contrast(ChartStyle::optimalMarkColor(palette), background) >= 3.0);
    // The contrast formula itself: black on white is 21:1, a colour on itself 1:1.
    QCOMPARE(ChartStyle::contrast(Qt::black, Qt::white), 21.0);
    QCOMPARE(ChartStyle::contrast(Qt::red, Qt::red), 1.0);
}

void TestCharts::chartsFollowPalette()
{
    WeeklyBandChart band;
    StackedWeeklyChart stacked;
    stacked.setSeries(weeks(3), {{QStringLiteral("A"), {1, 2, 3}, false},
                                 {QStringLiteral("B"), {3, 2, 1}, false}});
    FrontierChart frontier;
    ResponseCurveChart response;
    for (const QPalette &palette : {darkPalette(), lightPalette(), darkPalette()}) {
        for (QChartView *view : std::initializer_list<QChartView *>{&band, &stacked, &frontier, &response}) {
            view->setPalette(palette);
            QCOMPARE(view->chart()->backgroundBrush().color(), ChartStyle::background(palette));
            QCOMPARE(view->chart()->legend()->labelColor(), ChartStyle::text(palette));
            const QList<QAbstractAxis *> axes = view->chart()->axes();
            QVERIFY(!axes.isEmpty());
            for (QAbstractAxis *axis : axes)
                QCOMPARE(axis->labelsColor(), ChartStyle::text(palette));
        }
        QCOMPARE(band.baseSeries()->pen().color(), ChartStyle::seriesColor(0, palette));
        QCOMPARE(stacked.series()->barSets().at(0)->color(), ChartStyle::seriesColor(0, palette));
        QCOMPARE(stacked.series()->barSets().at(1)->color(), ChartStyle::seriesColor(1, palette));
        QCOMPARE(response.currentMarker()->color(), ChartStyle::currentMarkColor(palette));
        QCOMPARE(frontier.proposedMarker()->color(), ChartStyle::optimalMarkColor(palette));
    }
}

// 15 channels: the 7 largest by total keep their own layer (in plan order), the other 8 are
// summed week by week into "Other"; the stacked bar of each week still adds up to the total.
void TestCharts::stackedValuesAndOther()
{
    const int channels = 15, n = 4;
    std::vector<StackedWeeklyChart::Layer> layers;
    std::vector<double> weekTotal(n, 0.0);
    for (int c = 0; c < channels; ++c) {
        StackedWeeklyChart::Layer layer;
        layer.name = QStringLiteral("Channel %1").arg(c);
        // Totals (c * 37) % 15 * 10 + t: a permutation of 0..14, so the ranking is known.
        const int rank = (c * 37) % 15;
        for (int t = 0; t < n; ++t) {
            layer.values.push_back(rank * 10.0 + t);
            weekTotal[size_t(t)] += rank * 10.0 + t;
        }
        layers.push_back(layer);
    }
    StackedWeeklyChart chart;
    chart.setSeries(weeks(n), layers);
    const QList<QBarSet *> sets = chart.series()->barSets();
    QCOMPARE(sets.size(), StackedWeeklyChart::maxGroups);
    // Kept: ranks 8..14, in channel order; the others (ranks 0..7) go to Other.
    std::vector<int> kept;
    std::vector<double> other(n, 0.0);
    for (int c = 0; c < channels; ++c) {
        const int rank = (c * 37) % 15;
        if (rank >= 8)
            kept.push_back(c);
        else
            for (int t = 0; t < n; ++t)
                other[size_t(t)] += rank * 10.0 + t;
    }
    QCOMPARE(int(kept.size()), 7);
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(sets[i]->label(), QStringLiteral("Channel %1").arg(kept[size_t(i)]));
        const int rank = (kept[size_t(i)] * 37) % 15;
        for (int t = 0; t < n; ++t)
            QCOMPARE(sets[i]->at(t), rank * 10.0 + t);
    }
    QCOMPARE(sets[7]->label(), QStringLiteral("Other (8 channels)"));
    for (int t = 0; t < n; ++t) {
        QCOMPARE(sets[7]->at(t), other[size_t(t)]);
        double stack = 0.0;
        for (QBarSet *set : sets)
            stack += set->at(t);
        QCOMPARE(stack, weekTotal[size_t(t)]);
    }
    QVERIFY(chart.layers().back().other);
    QCOMPARE(sets[7]->color(), ChartStyle::otherColor(chart.palette()));
}

void TestCharts::stackedKeepsFewChannels()
{
    std::vector<StackedWeeklyChart::Layer> layers;
    for (int c = 0; c < StackedWeeklyChart::maxGroups; ++c)
        layers.push_back({QStringLiteral("C%1").arg(c), {double(c), double(2 * c)}, false});
    StackedWeeklyChart chart;
    chart.setSeries(weeks(2), layers);
    QCOMPARE(chart.series()->count(), StackedWeeklyChart::maxGroups);
    QCOMPARE(chart.series()->barSets().last()->label(), QStringLiteral("C7"));
    QCOMPARE(chart.series()->barSets().last()->at(1), 14.0);
    QCOMPARE(chart.weekAxis()->count(), 2);
}

// One paid channel, no audience limit (no saturation), even flighting over 8 weeks.
// MODEL.md 3: sum_t I_t = 1000 * S / CPM; clicks = I * CTR; views = clicks * v;
// carts = views * a; orders (all caused) = carts * b.
void TestCharts::funnelOfOneChannel()
{
    Plan plan = uiTestPlan();
    Scenario scenario = plan.scenarios[1]; // "Lean": Alpha only
    QCOMPARE(scenario.channels.size(), size_t(1));
    QVERIFY(scenario.creators.empty() && scenario.organic.empty());
    const PaidChannel &alpha = scenario.channels[0];
    QVERIFY(!alpha.audience);
    // Alpha: S = 10,000,000; CPM 8,000; CTR 0.9%; v 0.8; a 0.08; b 0.35.
    const double impressions = 1000.0 * 10000000.0 / 8000.0; // 1,250,000
    const double clicks = impressions * 0.009;                // 11,250
    const double views = clicks * 0.8;                        // 9,000
    const double carts = views * 0.08;                        // 720
    const double orders = carts * 0.35;                       // 252
    const ForecastResult result = ForecastEngine::base(plan, scenario);

    FunnelChart chart;
    chart.setStages(FunnelChart::stagesOf(result, 0), QStringLiteral("Alpha"));
    const std::vector<FunnelChart::Stage> &s = chart.stages();
    QCOMPARE(s.size(), size_t(5));
    const double expected[] = {impressions, clicks, views, carts, orders};
    const double rates[] = {0.0, 0.009, 0.8, 0.08, 0.35};
    for (int i = 0; i < 5; ++i) {
        QVERIFY2(qAbs(s[size_t(i)].count - expected[i]) <= 1e-9 * expected[i],
                 qPrintable(QStringLiteral("stage %1: %2 vs %3").arg(i).arg(s[size_t(i)].count).arg(expected[i])));
        if (i == 0) {
            QVERIFY(!s[0].rate);
            QVERIFY(chart.rateText(0).isEmpty());
        } else {
            QVERIFY(s[size_t(i)].rate);
            QVERIFY(qAbs(*s[size_t(i)].rate - rates[i]) <= 1e-12);
        }
    }
    // Labels in the locale: counts whole, rates as percentages (two decimals below 10%).
    const QLocale locale;
    QCOMPARE(chart.countText(0), locale.toString(1250000.0, 'f', 0));
    QCOMPARE(chart.countText(4), locale.toString(252.0, 'f', 0));
    QCOMPARE(chart.rateText(1), locale.toString(0.9, 'f', 2) + locale.percent());
    QCOMPARE(chart.rateText(2), locale.toString(80.0, 'f', 1) + locale.percent());
    QCOMPARE(chart.rateText(4), locale.toString(35.0, 'f', 1) + locale.percent());
    QVERIFY(chart.accessibleDescription().contains(chart.countText(1)));
    // The channel index selects; the whole plan of a one-channel plan is the same funnel.
    const std::vector<FunnelChart::Stage> whole = FunnelChart::stagesOf(result, -1);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(whole[size_t(i)].count, s[size_t(i)].count);
}

void TestCharts::funnelOfWholePlanAndEmptyStage()
{
    // Two hand-made channels: the whole plan adds their weeks; a zero stage has no rate after it.
    ForecastResult result;
    ChannelForecast a, b;
    a.funnel.impressions = {100, 300};
    a.funnel.clicks = {2, 6};
    a.funnel.views = {1, 3};
    a.funnel.carts = {0, 0};
    a.funnel.causedOrders = {0, 0};
    b.funnel.impressions = {1000, 0};
    b.funnel.clicks = {10, 0};
    b.funnel.views = {5, 0};
    b.funnel.carts = {1, 0};
    b.funnel.causedOrders = {0.5, 0};
    result.channels = {a, b};
    const std::vector<FunnelChart::Stage> whole = FunnelChart::stagesOf(result, -1);
    QCOMPARE(whole[0].count, 1400.0);
    QCOMPARE(whole[1].count, 18.0);
    QCOMPARE(*whole[1].rate, 18.0 / 1400.0);
    QCOMPARE(whole[4].count, 0.5);
    const std::vector<FunnelChart::Stage> first = FunnelChart::stagesOf(result, 0);
    QCOMPARE(first[3].count, 0.0);
    QCOMPARE(*first[3].rate, 0.0);
    QVERIFY(!first[4].rate); // orders per cart is undefined without carts
    FunnelChart chart;
    chart.resize(500, 300);
    chart.setStages(first, QStringLiteral("A"));
    QVERIFY(!chart.grab().isNull()); // paints with empty stages without dividing by zero
}

void TestCharts::responseCurveMarksAndLegend()
{
    const Plan plan = uiTestPlan();
    const PaidChannel &alpha = plan.scenarios[0].channels[0];
    ResponseCurveChart chart;
    chart.resize(320, 260); // about a third of the budget panel
    const auto legendVisible = [&](QAbstractSeries *series) {
        const QList<QLegendMarker *> markers = chart.chart()->legend()->markers(series);
        return !markers.isEmpty() && markers.front()->isVisible();
    };
    chart.setChannel(plan, alpha, std::nullopt, Objective::Orders, QStringLiteral("Orders"));
    QCOMPARE(chart.currentMarker()->count(), 1);
    QCOMPARE(chart.currentMarker()->at(0).x(), alpha.spend);
    QCOMPARE(chart.currentMarker()->at(0).y(),
             ForecastEngine::paidResponse(plan, alpha, alpha.spend).orders);
    QCOMPARE(chart.proposedMarker()->count(), 0);
    QVERIFY(legendVisible(chart.currentMarker()));
    QVERIFY(!legendVisible(chart.proposedMarker())); // no optimizer run: no optimal entry
    chart.setChannel(plan, alpha, 12000000.0, Objective::Orders, QStringLiteral("Orders"));
    QCOMPARE(chart.proposedMarker()->count(), 1);
    QCOMPARE(chart.proposedMarker()->at(0).x(), 12000000.0);
    chart.grab(); // lays the legend out (Qt hides entries that do not fit)
    QVERIFY(legendVisible(chart.proposedMarker()));
    QCOMPARE(chart.curve()->count(), ResponseCurveChart::steps + 1);
}

void TestCharts::responseCurveOfObjective_data()
{
    // Alpha of uiTestPlan has no audience, so it is linear (MODEL.md 3), worked by hand: 10,000,000
    // at CPM 8,000 buys 1,250,000 impressions -> 11,250 clicks (CTR 0.9%) -> 9,000 views (80%)
    // -> 720 carts (8%) -> 252 orders (35%); net revenue 252 * 45,000 * (1 - 0.05) =
    // 10,773,000; profit (MODEL.md 7) 0.6 * 10,773,000 - 10,000,000 = -3,536,200. The curve
    // ends at twice the spend, where each value doubles.
    QTest::addColumn<int>("objective"); // an Objective
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("atSpend");
    QTest::newRow("orders") << int(Objective::Orders) << QStringLiteral("Orders") << 252.0;
    QTest::newRow("net revenue") << int(Objective::NetRevenue) << QStringLiteral("Net revenue")
                                 << 10773000.0;
    QTest::newRow("profit") << int(Objective::Profit) << QStringLiteral("Profit") << -3536200.0;
}

// The curve, the marks, the axis title and the legend entry follow the optimizer's objective;
// a profit curve that only falls gets a vertical axis that reaches below its lowest point.
void TestCharts::responseCurveOfObjective()
{
    QFETCH(int, objective);
    QFETCH(QString, name);
    QFETCH(double, atSpend);
    const Plan plan = uiTestPlan();
    const PaidChannel &alpha = plan.scenarios[0].channels[0];
    QCOMPARE(alpha.spend, 10000000.0);
    ResponseCurveChart chart;
    chart.resize(320, 260);
    chart.setChannel(plan, alpha, 5000000.0, Objective(objective), name);
    const auto close = [](double a, double b) { return std::abs(a - b) <= 1e-9 * std::abs(b); };
    QVERIFY2(close(chart.currentMarker()->at(0).y(), atSpend),
             qPrintable(QString::number(chart.currentMarker()->at(0).y(), 'f', 3)));
    QVERIFY(close(chart.proposedMarker()->at(0).y(), atSpend / 2.0));
    const QPointF end = chart.curve()->at(ResponseCurveChart::steps);
    QCOMPARE(end.x(), 20000000.0);
    QVERIFY(close(end.y(), atSpend * 2.0));
    QCOMPARE(chart.curve()->at(0).y(), 0.0);
    QCOMPARE(chart.yAxis()->titleText(), name);
    QCOMPARE(chart.curve()->name(), name);
    QVERIFY(chart.yAxis()->min() <= std::min(0.0, atSpend * 2.0));
    QVERIFY(chart.yAxis()->max() >= std::max(0.0, atSpend * 2.0));
    if (atSpend < 0.0)
        QCOMPARE(chart.yAxis()->max(), 0.0); // nothing above zero: no empty band above it
}

// The frontier and the response curve name their marks alike (one shared base class).
void TestCharts::curveMarksShareTheirNames()
{
    FrontierChart frontier;
    ResponseCurveChart response;
    QCOMPARE(frontier.currentMarker()->name(), response.currentMarker()->name());
    QCOMPARE(frontier.proposedMarker()->name(), response.proposedMarker()->name());
    QVERIFY(frontier.currentMarker()->name() != frontier.proposedMarker()->name());
    QCOMPARE(frontier.xAxis()->titleText(), QStringLiteral("Budget"));
    QCOMPARE(response.xAxis()->titleText(), QStringLiteral("Spend"));
}

void TestCharts::scenarioLinesHighlightCurrent()
{
    ScenarioWeeklyChart chart;
    chart.setLines(weeks(3), {{QStringLiteral("A"), {1, 2, 3}}, {QStringLiteral("B"), {3, 2, 1}}}, 1);
    QCOMPARE(chart.lines().size(), size_t(2));
    QCOMPARE(chart.lines()[1]->at(2).y(), 1.0);
    QVERIFY(chart.lines()[1]->pen().widthF() > chart.lines()[0]->pen().widthF());
    chart.setPalette(darkPalette());
    QCOMPARE(chart.lines()[0]->pen().color(), ChartStyle::seriesColor(0, darkPalette()));
    QVERIFY(chart.lines()[1]->pen().widthF() > chart.lines()[0]->pen().widthF());
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
