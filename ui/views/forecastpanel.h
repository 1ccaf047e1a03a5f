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
class KpiCard;
class PlanDocument;
class ScenarioComparison;
class WeeklyBandChart;

// The live forecast of the current scenario: KPI cards (base and P10-P90) and the weekly chart
// of orders or revenue with its band. Updated after every edit: base at once, bands when the
// Monte Carlo run finishes; a busy indicator meanwhile.
class ForecastPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ForecastPanel(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    ForecastController *controller() const { return m_controller; }
    KpiCard *card(const QString &key) const { return m_cards.value(key); }
    WeeklyBandChart *chart() const { return m_chart; }
    ScenarioComparison *comparison() const { return m_comparison; }

private:
    void showResult();
    void showError(const QString &message);

    QPointer<PlanDocument> m_document;
    ForecastController *m_controller;
    QMap<QString, KpiCard *> m_cards;
    QComboBox *m_metric;
    WeeklyBandChart *m_chart;
    QProgressBar *m_busy;
    QLabel *m_status;
    ScenarioComparison *m_comparison;
};

} // namespace funnelcast::ui
