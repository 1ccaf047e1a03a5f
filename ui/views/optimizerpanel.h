#pragma once

#include "optimize/objective.h"
#include "optimize/optimizationresult.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace funnelcast::ui {

class AllocationDonut;
class FrontierChart;
class PlanDocument;
class ResponseCurveChart;

// Budget & optimizer (issue 6, item 5): the current scenario's allocation as a table and a
// donut; Run proposes the best split of the budget for the chosen objective, with the lift and
// the efficient frontier; Apply keeps the proposal as a new scenario (one undo step); Goal seek
// finds the least budget that reaches a target. Optimizer runs take milliseconds, so they run
// on the UI thread.
class OptimizerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OptimizerPanel(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);

    void setObjective(Objective objective);
    void setBudget(double budget);
    // Each returns false (and shows why in the status line) when the optimizer refuses.
    bool run();
    bool apply();
    bool goalSeek(double target);

    const std::optional<OptimizationResult> &result() const { return m_result; }
    // While the panel is hidden, a plan change only marks it stale (an edit need not fill a
    // table and three charts nobody sees); these bring it up to date before handing out.
    QTableWidget *table() const;
    AllocationDonut *donut() const;
    FrontierChart *frontierChart() const;
    ResponseCurveChart *responseChart() const;
    QLabel *statusLabel() const;
    QLabel *goalLabel() const;
    QPushButton *applyButton() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void planChanged(); // refresh now if shown, else forget the proposal and mark stale
    void ensureCurrent() const;
    void refresh(); // the scenario changed: show its allocation, forget the proposal
    void fillTable();
    void showResponse(); // the curve of the table's current row
    Objective objective() const;
    QString formatValue(double value) const;
    QString money(double value) const;
    QString objectiveName() const;

    QPointer<PlanDocument> m_document;
    std::optional<OptimizationResult> m_result;
    QComboBox *m_objective;
    QDoubleSpinBox *m_budget;
    QPushButton *m_run;
    QPushButton *m_apply;
    QDoubleSpinBox *m_target;
    QPushButton *m_seek;
    QLabel *m_goalResult;
    QLabel *m_status;
    QTableWidget *m_table;
    AllocationDonut *m_donut;
    FrontierChart *m_frontier;
    ResponseCurveChart *m_response;
    bool m_stale = false;
};

} // namespace funnelcast::ui
