#pragma once

#include <QPointer>
#include <QWidget>

class QTableWidget;

namespace funnelcast::ui {

class PlanDocument;
class ScenarioBands;
class ScenarioWeeklyChart;

// Every scenario of the plan side by side: the base forecast's key figures per scenario, each
// later scenario's difference from the first coloured (better green, worse red), and the
// spend per paid channel, and under them every scenario's weekly orders as a line (the current
// scenario drawn thicker). While hidden it only notes that the plan changed and catches up
// when shown (or when a caller asks for its table or chart), so edits do not pay for it.
class ScenarioComparison : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioComparison(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    QTableWidget *table() const;
    ScenarioWeeklyChart *weeklyChart() const;
    ScenarioBands *bands() const { return m_bands; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void planChanged(); // refresh now if shown, else mark stale
    void refresh();
    void ensureCurrent() const;

    QPointer<PlanDocument> m_document;
    QTableWidget *m_table;
    ScenarioWeeklyChart *m_weekly;
    ScenarioBands *m_bands; // every scenario's P10-P90, computed while the comparison is shown
    bool m_stale = false;
};

} // namespace funnelcast::ui
