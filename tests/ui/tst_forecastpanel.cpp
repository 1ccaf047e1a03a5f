// The forecast panel's charts (offscreen) against the engine's result: the stacked view layer
// by layer, the funnel of a chosen channel, the weekly chart's plan-level P10-P90 band; a
// scenario switch updates every chart (also the comparison's weekly orders); the charts are
// tabs reachable by keyboard, with accessible names.
#include "uitestplan.h"

#include "charts/funnelchart.h"
#include "charts/scenarioweeklychart.h"
#include "charts/stackedweeklychart.h"
#include "charts/weeklybandchart.h"
#include "document/forecastcontroller.h"
#include "document/plandocument.h"
#include "forecast/forecastengine.h"
#include "storage/planfile.h"
#include "views/forecastpanel.h"
#include "views/scenariocomparison.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QBarSet>
#include <QComboBox>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace funnelcast;
using namespace funnelcast::ui;

class TestForecastPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void stackedEqualsChannelWeeklyBase();
    void bandShowsPlanLevelPercentiles();
    void funnelOfChosenChannel();
    void scenarioSwitchUpdatesEveryChart();
    void manyChannelsGroupedIntoOther();
    void keyboardAndAccessibleNames();

private:
    void openPlan(const Plan &plan);
    void waitForBands(ForecastPanel &panel);

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
};

void TestForecastPanel::init()
{
    QVERIFY(m_dir.isValid());
    openPlan(uiTestPlan());
}

void TestForecastPanel::cleanup()
{
    m_document.reset();
}

void TestForecastPanel::openPlan(const Plan &plan)
{
    m_document.reset();
    const QString path = m_dir.filePath(
        QStringLiteral("panel-%1-%2.fcplan").arg(QLatin1String(QTest::currentTestFunction())).arg(plan.scenarios[0].channels.size()));
    PlanFile::create(path, plan);
    m_document = PlanDocument::open(path);
    m_document->setCurrentScenario(0);
}

void TestForecastPanel::waitForBands(ForecastPanel &panel)
{
    panel.controller()->setDraws(400);
    panel.controller()->setDelay(0);
    panel.controller()->recompute();
    panel.controller()->waitForIdle();
    QTRY_VERIFY(panel.controller()->hasBands());
}

void TestForecastPanel::stackedEqualsChannelWeeklyBase()
{
    ForecastPanel panel;
    panel.setDocument(m_document.get());
    const Plan &plan = m_document->plan();
    const ForecastResult expected = ForecastEngine::base(plan, plan.scenarios[0]);
    // Alpha, Beta, Creator A, Brand Instagram: four layers, each the channel's weekly orders.
    QCOMPARE(expected.channels.size(), size_t(4));
    for (int metric = 0; metric < 2; ++metric) {
        panel.metricCombo()->setCurrentIndex(metric);
        const QList<QBarSet *> sets = panel.stackedChart()->series()->barSets();
        QCOMPARE(sets.size(), 4);
        for (int c = 0; c < 4; ++c) {
            const ChannelForecast &channel = expected.channels[size_t(c)];
            const WeeklyBand &band = metric == 0 ? channel.weekly.orders : channel.weekly.grossRevenue;
            QCOMPARE(sets[c]->label(), channel.name);
            QCOMPARE(sets[c]->count(), plan.weeks);
            for (int t = 0; t < plan.weeks; ++t)
                QCOMPARE(sets[c]->at(t), band.base[size_t(t)]);
        }
        // The band chart's base line is the plan's weekly total, the sum of the layers.
        const QLineSeries *base = panel.chart()->baseSeries();
        QCOMPARE(base->count(), plan.weeks);
        for (int t = 0; t < plan.weeks; ++t) {
            double sum = 0.0;
            for (QBarSet *set : sets)
                sum += set->at(t);
            QVERIFY(qAbs(base->at(t).y() - sum) <= 1e-9 * std::max(1.0, sum));
        }
    }
}

void TestForecastPanel::bandShowsPlanLevelPercentiles()
{
    ForecastPanel panel;
    panel.setDocument(m_document.get());
    QVERIFY(!panel.chart()->bandSeries()->isVisible()); // base only: no band yet
    waitForBands(panel);
    const ForecastResult &r = panel.controller()->result();
    QVERIFY(r.draws > 0);
    const size_t n = r.weeks.size();
    QCOMPARE(r.weekly.orders.p10.size(), n);
    QVERIFY(panel.chart()->bandSeries()->isVisible());
    for (int metric = 0; metric < 2; ++metric) {
        panel.metricCombo()->setCurrentIndex(metric);
        const WeeklyBand &band = metric == 0 ? r.weekly.orders : r.weekly.grossRevenue;
        const QLineSeries *low = panel.chart()->lowSeries();
        const QLineSeries *high = panel.chart()->highSeries();
        QCOMPARE(size_t(low->count()), n);
        QCOMPARE(size_t(high->count()), n);
        bool narrower = false;
        for (size_t t = 0; t < n; ++t) {
            QCOMPARE(low->at(int(t)).y(), band.p10[t]);
            QCOMPARE(high->at(int(t)).y(), band.p90[t]);
            QCOMPARE(panel.chart()->baseSeries()->at(int(t)).y(), band.base[t]);
            // Not the old sum of channel percentiles: that band is at least as wide.
            double sumP10 = 0.0, sumP90 = 0.0;
            for (const ChannelForecast &c : r.channels) {
                const WeeklyBand &cb = metric == 0 ? c.weekly.orders : c.weekly.grossRevenue;
                sumP10 += cb.p10[t];
                sumP90 += cb.p90[t];
            }
            if (band.p90[t] - band.p10[t] < (sumP90 - sumP10) * (1.0 - 1e-6))
                narrower = true;
        }
        QVERIFY(narrower);
    }
}

void TestForecastPanel::funnelOfChosenChannel()
{
    ForecastPanel panel;
    panel.setDocument(m_document.get());
    const ForecastResult &r = panel.controller()->result();
    QComboBox *combo = panel.funnelChannelCombo();
    QCOMPARE(combo->count(), 1 + int(r.channels.size()));
    QCOMPARE(combo->itemData(0).toInt(), -1);
    const auto sum = [](const std::vector<double> &v) {
        double s = 0.0;
        for (double x : v)
            s += x;
        return s;
    };
    for (int item = 0; item < combo->count(); ++item) {
        combo->setCurrentIndex(item);
        const int channel = item - 1;
        double expected[5] = {0, 0, 0, 0, 0};
        for (size_t c = 0; c < r.channels.size(); ++c) {
            if (channel >= 0 && int(c) != channel)
                continue;
            const BaseFunnel &f = r.channels[c].funnel;
            expected[0] += sum(f.impressions);
            expected[1] += sum(f.clicks);
            expected[2] += sum(f.views);
            expected[3] += sum(f.carts);
            expected[4] += sum(f.causedOrders);
        }
        const std::vector<FunnelChart::Stage> &stages = panel.funnelChart()->stages();
        QCOMPARE(stages.size(), size_t(5));
        for (int i = 0; i < 5; ++i) {
            QVERIFY(qAbs(stages[size_t(i)].count - expected[i]) <= 1e-9 * std::max(1.0, expected[i]));
            if (i > 0)
                QVERIFY(qAbs(*stages[size_t(i)].rate - expected[i] / expected[i - 1]) <= 1e-12);
        }
        if (channel >= 0)
            QVERIFY(panel.funnelChart()->title().contains(r.channels[size_t(channel)].name));
    }
    // The whole plan's orders are the KPI card's orders (all caused orders).
    combo->setCurrentIndex(0);
    QVERIFY(qAbs(panel.funnelChart()->stages()[4].count - r.totals.orders.base)
            <= 1e-9 * r.totals.orders.base);
}

void TestForecastPanel::scenarioSwitchUpdatesEveryChart()
{
    ForecastPanel panel;
    QAbstractItemModelTester comparisonTester(panel.comparison()->table()->model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester comboTester(panel.funnelChannelCombo()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setDocument(m_document.get());
    panel.funnelChannelCombo()->setCurrentIndex(1); // Alpha: exists in both scenarios
    QCOMPARE(panel.stackedChart()->series()->count(), 4);
    ScenarioWeeklyChart *weekly = panel.comparison()->weeklyChart();
    QCOMPARE(weekly->lines().size(), size_t(2));
    QCOMPARE(weekly->current(), 0);

    m_document->setCurrentScenario(1); // "Lean": Alpha only
    weekly = panel.comparison()->weeklyChart(); // hidden: it catches up when asked for
    const Plan &plan = m_document->plan();
    const ForecastResult lean = ForecastEngine::base(plan, plan.scenarios[1]);
    QCOMPARE(panel.controller()->result().scenario, QStringLiteral("Lean"));
    QCOMPARE(panel.stackedChart()->series()->count(), 1);
    QCOMPARE(panel.stackedChart()->series()->barSets().at(0)->label(), QStringLiteral("Alpha"));
    for (int t = 0; t < plan.weeks; ++t) {
        QCOMPARE(panel.stackedChart()->series()->barSets().at(0)->at(t),
                 lean.channels[0].weekly.orders.base[size_t(t)]);
        QCOMPARE(panel.chart()->baseSeries()->at(t).y(), lean.weekly.orders.base[size_t(t)]);
        QCOMPARE(weekly->lines()[1]->at(t).y(), lean.weekly.orders.base[size_t(t)]);
    }
    QCOMPARE(panel.funnelChannelCombo()->count(), 2);
    QCOMPARE(panel.funnelChannelCombo()->currentText(), QStringLiteral("Alpha")); // kept
    QCOMPARE(panel.funnelChart()->stages()[0].count, 1000.0 * 10000000.0 / 8000.0);
    QCOMPARE(weekly->current(), 1);

    // The first scenario's line is its own plan-level weekly orders.
    const ForecastResult base = ForecastEngine::base(plan, plan.scenarios[0]);
    for (int t = 0; t < plan.weeks; ++t)
        QCOMPARE(weekly->lines()[0]->at(t).y(), base.weekly.orders.base[size_t(t)]);
}

void TestForecastPanel::manyChannelsGroupedIntoOther()
{
    Plan plan = uiTestPlan();
    Scenario &scenario = plan.scenarios[0];
    const PaidChannel alpha = scenario.channels[0];
    scenario.channels.clear();
    scenario.budget.reset();
    for (int c = 0; c < 16; ++c) {
        PaidChannel channel = alpha;
        channel.name = QStringLiteral("Channel %1").arg(c + 1);
        channel.spend = 1000000.0 * (c + 1);
        scenario.channels.push_back(channel);
    }
    openPlan(plan);
    ForecastPanel panel;
    panel.setDocument(m_document.get());
    const ForecastResult &r = panel.controller()->result();
    QCOMPARE(r.channels.size(), size_t(18)); // 16 paid, the creator and the organic stream
    const QList<QBarSet *> sets = panel.stackedChart()->series()->barSets();
    QCOMPARE(sets.size(), StackedWeeklyChart::maxGroups);
    QCOMPARE(sets.last()->label(), QStringLiteral("Other (11 channels)"));
    for (int t = 0; t < plan.weeks; ++t) {
        double all = 0.0, shown = 0.0;
        for (const ChannelForecast &c : r.channels)
            all += c.weekly.orders.base[size_t(t)];
        for (QBarSet *set : sets)
            shown += set->at(t);
        QVERIFY(qAbs(all - shown) <= 1e-9 * all);
    }
    // The seven largest are channels 10..16 (orders grow with spend at the same CPM).
    QCOMPARE(sets.first()->label(), QStringLiteral("Channel 10"));
}

void TestForecastPanel::keyboardAndAccessibleNames()
{
    ForecastPanel panel;
    panel.setDocument(m_document.get());
    panel.resize(1000, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTabWidget *tabs = panel.chartTabs();
    QCOMPARE(tabs->count(), 3);
    QVERIFY(tabs->tabBar()->focusPolicy() & Qt::TabFocus);
    for (QWidget *w : std::initializer_list<QWidget *>{tabs, panel.chart(), panel.stackedChart(),
                                                       panel.funnelChart(), panel.metricCombo(),
                                                       panel.funnelChannelCombo()})
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    // Arrow keys on the focused tab bar walk the chart tabs; the metric applies to weekly ones.
    tabs->tabBar()->setFocus();
    QCOMPARE(tabs->currentIndex(), 0);
    QTest::keyClick(tabs->tabBar(), Qt::Key_Right);
    QCOMPARE(tabs->currentWidget(), panel.stackedChart());
    QTest::keyClick(tabs->tabBar(), Qt::Key_Right);
    QVERIFY(tabs->currentWidget()->isAncestorOf(panel.funnelChart()));
    QVERIFY(!panel.metricCombo()->isEnabled());
    QTest::keyClick(tabs->tabBar(), Qt::Key_Left);
    QVERIFY(panel.metricCombo()->isEnabled());
}

QTEST_MAIN(TestForecastPanel)
#include "tst_forecastpanel.moc"
