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
class PlanDocument;
class ScenarioComparison;
class StackedWeeklyChart;
class WeeklyBandChart;

// The live forecast of the current scenario: KPI cards (base and P10-P90) and, under them, the
// charts as tabs: the weekly orders or revenue with the plan's P10-P90 band, the same stacked
// by channel, and the funnel of the whole plan or one channel. Updated after every edit: base
// at once, bands when the Monte Carlo run finishes; a busy indicator meanwhile.
class ForecastPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ForecastPanel(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    ForecastController *controller() const { return m_controller; }
    KpiCard *card(const QString &key) const { return m_cards.value(key); }
    WeeklyBandChart *chart() const { return m_chart; }
    StackedWeeklyChart *stackedChart() const { return m_stacked; }
    FunnelChart *funnelChart() const { return m_funnel; }
    QComboBox *funnelChannelCombo() const { return m_funnelChannel; }
    QComboBox *metricCombo() const { return m_metric; }
    QTabWidget *chartTabs() const { return m_chartTabs; }
    ScenarioComparison *comparison() const { return m_comparison; }

private:
    void showResult();
    void showError(const QString &message);
    void clearCharts();
    void fillFunnelChannels();
    void showFunnel();

    QPointer<PlanDocument> m_document;
    ForecastController *m_controller;
    QMap<QString, KpiCard *> m_cards;
    QComboBox *m_metric;
    WeeklyBandChart *m_chart;
    StackedWeeklyChart *m_stacked;
    FunnelChart *m_funnel;
    QComboBox *m_funnelChannel;
    QTabWidget *m_chartTabs;
    QProgressBar *m_busy;
    QLabel *m_status;
    ScenarioComparison *m_comparison;
};

} // namespace funnelcast::ui
