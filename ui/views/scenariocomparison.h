#pragma once

#include <QPointer>
#include <QWidget>

class QTableWidget;

namespace funnelcast::ui {

class PlanDocument;
class ScenarioWeeklyChart;

// Every scenario of the plan side by side: the base forecast's key figures per scenario, each
// later scenario's difference from the first coloured (better green, worse red), and the
// spend per paid channel, and under them every scenario's weekly orders as a line (the current
// scenario drawn thicker). Base forecasts are fast, so this follows every edit directly.
class ScenarioComparison : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioComparison(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    QTableWidget *table() const { return m_table; }
    ScenarioWeeklyChart *weeklyChart() const { return m_weekly; }

private:
    void refresh();

    QPointer<PlanDocument> m_document;
    QTableWidget *m_table;
    ScenarioWeeklyChart *m_weekly;
};

} // namespace funnelcast::ui
