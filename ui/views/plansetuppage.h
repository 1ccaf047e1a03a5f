#pragma once

#include "model/plan.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace funnelcast::ui {

class PlanDocument;

// The plan's header (name, currency, start week, length, target population, margin) and the
// current scenario's budget. Each field is written when the user leaves it or presses Enter;
// a value the plan refuses stays in the field, marked, with the reason written under its form
// (there only) until the value is corrected or the plan changes.
class PlanSetupPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlanSetupPage(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *marginEdit() const { return m_margin; }
    QLineEdit *budgetEdit() const { return m_budget; }
    QSpinBox *weeksSpin() const { return m_weeks; }
    // The refusal explained under the form, or empty.
    QString problem() const;

private:
    void load();
    void commitHeader(QWidget *field, int mergeKey);
    void commitBudget();
    bool applyField(QWidget *field, Plan &header, QString *error) const;
    void refuse(QWidget *field, const QString &message);
    void clearProblems();

    QPointer<PlanDocument> m_document;
    QLineEdit *m_name;
    QComboBox *m_currency;
    QDateEdit *m_start;
    QSpinBox *m_weeks;
    QLineEdit *m_population;
    QLineEdit *m_margin;
    QLabel *m_scenarioTitle;
    QLineEdit *m_budget;
    QLabel *m_summary;
    QLabel *m_planProblem;   // under the plan's fields
    QLabel *m_budgetProblem; // under the budget
    bool m_loading = false;
};

} // namespace funnelcast::ui
