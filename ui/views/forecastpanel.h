#pragma once

#include <QMap>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QTabWidget;

namespace funnelcast::ui {

class ForecastController;
class FunnelChart;
class KpiCard;
class LazyTabWidget;
class PlanDocument;
class ScenarioComparison;
class StackedWeeklyChart;
class WeeklyBandChart;

// The live forecast of the current scenario: KPI cards (base and P10-P90) and, under them, the
// charts as tabs: the weekly orders or revenue with the plan's P10-P90 band, the same stacked
// by channel, and the funnel of the whole plan or one channel. Updated after every edit: base
// at once, bands when the Monte Carlo run finishes; a busy indicator meanwhile.
// Only the weekly chart is built with the panel: the other chart tabs and the scenario
// comparison are built when first shown or asked for (the accessors below build them).
class ForecastPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ForecastPanel(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    ForecastController *controller() const { return m_controller; }
    KpiCard *card(const QString &key) const { return m_cards.value(key); }
    // The charts are built and brought up to date before they are handed out (see
    // updateCharts).
    WeeklyBandChart *chart() const;
    StackedWeeklyChart *stackedChart() const;
    FunnelChart *funnelChart() const;
    QComboBox *funnelChannelCombo() const;
    QComboBox *metricCombo() const { return m_metric; }
    QTabWidget *chartTabs() const;
    ScenarioComparison *comparison() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum ChartBit { WeeklyChart = 1, StackedChart = 2, FunnelChartBit = 4, AllCharts = 7 };
    enum ChartTab { WeeklyTab, StackedTab, FunnelTab };

    void showResult();
    // Charts whose data changed but were not redrawn: only the shown chart tab is updated,
    // from a 0 ms timer so that a burst of edits pays for one update; the others when their
    // tab is opened (or when a caller asks for the chart). A chart not built yet keeps its
    // bit until it is.
    void updateShownChart();
    void updateCharts(int wanted);
    QWidget *buildFunnelPage();
    void scheduleCharts();
    void showError(const QString &message);
    void clearCharts();
    void fillFunnelChannels();
    void showFunnel();

    QPointer<PlanDocument> m_document;
    ForecastController *m_controller;
    QMap<QString, KpiCard *> m_cards;
    QComboBox *m_metric;
    WeeklyBandChart *m_chart;
    StackedWeeklyChart *m_stacked = nullptr;
    FunnelChart *m_funnel = nullptr;
    QComboBox *m_funnelChannel = nullptr;
    LazyTabWidget *m_chartTabs;
    QProgressBar *m_busy;
    QLabel *m_status;
    LazyTabWidget *m_scenarioTabs = nullptr; // this scenario / compare scenarios
    ScenarioComparison *m_comparison = nullptr;
    int m_dirtyCharts = 0;
    bool m_chartsScheduled = false;
};

} // namespace funnelcast::ui
