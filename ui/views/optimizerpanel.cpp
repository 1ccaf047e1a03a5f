#include "views/optimizerpanel.h"

#include "charts/allocationdonut.h"
#include "charts/frontierchart.h"
#include "charts/responsecurvechart.h"
#include "document/plandocument.h"
#include "model/inputerror.h"
#include "models/valueformat.h"
#include "optimize/budgetoptimizer.h"
#include "optimize/scenarioops.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace funnelcast::ui {

namespace {

enum Column {
    NameColumn,
    LockedColumn,
    MinColumn,
    MaxColumn,
    CurrentColumn,
    ProposedColumn, // with the change from the current spend on a second line
    CurrentValueColumn,
    ProposedValueColumn,
    ColumnCount
};

QTableWidgetItem *cell(const QString &text, bool number = true)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// The label on two lines, broken at the space that makes the longer line shortest; a label
// without a space stays as it is.
QString twoLines(const QString &label, const QFontMetrics &metrics)
{
    qsizetype best = -1;
    int bestWidth = 0;
    for (qsizetype i = label.indexOf(QLatin1Char(' ')); i >= 0;
         i = label.indexOf(QLatin1Char(' '), i + 1)) {
        const int longer = std::max(metrics.horizontalAdvance(label.left(i)),
                                    metrics.horizontalAdvance(label.mid(i + 1)));
        if (best < 0 || longer < bestWidth) {
            best = i;
            bestWidth = longer;
        }
    }
    if (best < 0)
        return label;
    return label.left(best) + QLatin1Char('\n') + label.mid(best + 1);
}

} // namespace

OptimizerPanel::OptimizerPanel(QWidget *parent)
    : QWidget(parent), m_objective(new QComboBox(this)), m_budget(new QDoubleSpinBox(this)),
      m_run(new QPushButton(tr("R&un Optimizer"), this)),
      m_apply(new QPushButton(tr("Apply as &New Scenario"), this)),
      m_target(new QDoubleSpinBox(this)), m_seek(new QPushButton(tr("Find Bud&get"), this)),
      m_goalResult(new QLabel(this)), m_status(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_donut(new AllocationDonut(this)),
      m_frontier(new FrontierChart(this)), m_response(new ResponseCurveChart(this))
{
    setObjectName(QStringLiteral("optimizerPanel"));
    m_objective->setObjectName(QStringLiteral("objectiveCombo"));
    m_objective->addItem(tr("Orders"), int(Objective::Orders));
    m_objective->addItem(tr("Net revenue"), int(Objective::NetRevenue));
    m_objective->addItem(tr("Profit"), int(Objective::Profit));
    m_budget->setObjectName(QStringLiteral("budgetSpin"));
    m_budget->setRange(0.0, ValueFormat::largestValue);
    m_budget->setDecimals(0);
    m_budget->setGroupSeparatorShown(true);
    m_budget->setAccessibleName(tr("Budget to optimize"));
    m_target->setObjectName(QStringLiteral("targetSpin"));
    m_target->setRange(0.0, ValueFormat::largestValue);
    m_target->setDecimals(0);
    m_target->setGroupSeparatorShown(true);
    m_target->setAccessibleName(tr("Target value"));
    m_apply->setEnabled(false);
    m_goalResult->setWordWrap(true);
    m_goalResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("allocationTable"));
    // Two-line headers, and the change under the proposed spend instead of a column of its
    // own: the columns are then as wide as their numbers, and all of them fit the Budget tab
    // of a 1280 px window, money values included (the value columns were cut off).
    const QFontMetrics headerMetrics(m_table->horizontalHeader()->font());
    QStringList headers;
    for (const QString &header :
         {tr("Channel"), tr("Locked"), tr("Min spend"), tr("Max spend"), tr("Current spend"),
          tr("Proposed spend"), tr("Current value"), tr("Proposed value")})
        headers << twoLines(header, headerMetrics);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Objective:"), this));
    controls->addWidget(m_objective);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Budget:"), this));
    controls->addWidget(m_budget, 1);
    controls->addWidget(m_run);

    // The result and the button that keeps it share a row under the controls: with both
    // buttons beside the controls, "Apply as New Scenario" was cut off at 1280 px.
    auto *result = new QHBoxLayout;
    result->addWidget(m_status, 1);
    result->addWidget(m_apply, 0, Qt::AlignTop);

    auto *goal = new QHBoxLayout;
    goal->addWidget(new QLabel(tr("Goal seek, target:"), this));
    goal->addWidget(m_target, 1);
    goal->addWidget(m_seek);

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_donut);
    charts->addWidget(m_frontier);
    charts->addWidget(m_response);
    charts->setChildrenCollapsible(false);
    // The curves get more of the width than the donut: their value axes may not take more
    // than 40% of a chart (Qt Charts), and money labels like "60,000,000" were cut off.
    charts->setStretchFactor(0, 2);
    charts->setStretchFactor(1, 3);
    charts->setStretchFactor(2, 3);
    charts->setSizes({185, 260, 260});

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(m_table);
    vertical->addWidget(charts);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);
    // The table's rows need less than its size hint; the charts below use the height (the
    // donut lists the channels under itself only when it is tall enough, else it cuts names).
    vertical->setSizes({200, 300});
    vertical->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(result);
    layout->addWidget(vertical, 1);
    layout->addLayout(goal);
    layout->addWidget(m_goalResult);

    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { showResponse(); });
    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });
    connect(m_seek, &QPushButton::clicked, this, [this] { goalSeek(m_target->value()); });
    connect(m_objective, &QComboBox::currentIndexChanged, this, [this] {
        m_result.reset();
        m_goalResult->clear();
        fillTable();
    });
    refresh();
}

void OptimizerPanel::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &PlanDocument::planChanged, this, &OptimizerPanel::planChanged);
        connect(document, &PlanDocument::currentScenarioChanged, this,
                &OptimizerPanel::planChanged);
    }
    planChanged();
}

void OptimizerPanel::planChanged()
{
    if (isVisible()) {
        refresh();
        return;
    }
    // A proposal for the old plan must not be applied to the new one, even before a refresh.
    m_result.reset();
    m_apply->setEnabled(false);
    m_stale = true;
}

void OptimizerPanel::ensureCurrent() const
{
    if (m_stale)
        const_cast<OptimizerPanel *>(this)->refresh();
}

void OptimizerPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureCurrent();
}

QTableWidget *OptimizerPanel::table() const
{
    ensureCurrent();
    return m_table;
}

AllocationDonut *OptimizerPanel::donut() const
{
    ensureCurrent();
    return m_donut;
}

FrontierChart *OptimizerPanel::frontierChart() const
{
    ensureCurrent();
    return m_frontier;
}

ResponseCurveChart *OptimizerPanel::responseChart() const
{
    ensureCurrent();
    return m_response;
}

QLabel *OptimizerPanel::statusLabel() const
{
    ensureCurrent();
    return m_status;
}

QLabel *OptimizerPanel::goalLabel() const
{
    ensureCurrent();
    return m_goalResult;
}

QPushButton *OptimizerPanel::applyButton() const
{
    ensureCurrent();
    return m_apply;
}

void OptimizerPanel::setObjective(Objective objective)
{
    ensureCurrent();
    m_objective->setCurrentIndex(m_objective->findData(int(objective)));
}

void OptimizerPanel::setBudget(double budget)
{
    ensureCurrent(); // a later refresh would put the scenario's budget back
    m_budget->setValue(budget);
}

Objective OptimizerPanel::objective() const
{
    return Objective(m_objective->currentData().toInt());
}

QString OptimizerPanel::money(double value) const
{
    return ValueFormat::money(value, m_document ? m_document->plan().currency : QString());
}

QString OptimizerPanel::formatValue(double value) const
{
    if (objective() == Objective::Orders)
        return QLocale().toString(value, 'f', 0);
    return money(value);
}

QString OptimizerPanel::objectiveName() const
{
    return m_objective->currentText();
}

void OptimizerPanel::refresh()
{
    m_stale = false;
    m_result.reset();
    m_goalResult->clear();
    m_status->clear();
    const bool haveScenario = m_document && !m_document->plan().scenarios.empty();
    m_run->setEnabled(haveScenario);
    m_seek->setEnabled(haveScenario);
    if (haveScenario) {
        const Scenario &scenario =
            m_document->plan().scenarios[size_t(m_document->currentScenario())];
        const QSignalBlocker blocker(m_budget);
        m_budget->setValue(scenario.effectiveBudget());
    }
    fillTable();
}

void OptimizerPanel::fillTable()
{
    m_apply->setEnabled(m_result.has_value());
    m_table->setRowCount(0);
    m_frontier->clear();
    m_response->clear();
    if (!m_document || m_document->plan().scenarios.empty()) {
        m_donut->setAllocation(QString(), {}, {});
        return;
    }
    const Scenario &scenario = m_document->plan().scenarios[size_t(m_document->currentScenario())];
    std::vector<QString> names;
    std::vector<double> spends;
    m_table->setRowCount(int(scenario.channels.size()));
    for (size_t i = 0; i < scenario.channels.size(); ++i) {
        const PaidChannel &channel = scenario.channels[i];
        const int row = int(i);
        names.push_back(channel.name);
        spends.push_back(channel.spend);
        m_table->setItem(row, NameColumn, cell(channel.name, false));
        m_table->setItem(row, LockedColumn, cell(channel.locked ? tr("Locked") : QString(), false));
        m_table->setItem(row, MinColumn, cell(money(channel.minSpend)));
        m_table->setItem(row, MaxColumn,
                         cell(channel.maxSpend ? money(*channel.maxSpend) : tr("no limit")));
        m_table->setItem(row, CurrentColumn, cell(money(channel.spend)));
        const ChannelAllocation *allocation =
            m_result && i < m_result->channels.size() ? &m_result->channels[i] : nullptr;
        const QString none = QStringLiteral("–");
        QString proposed = none;
        if (allocation) {
            const double delta = allocation->optimalSpend - allocation->currentSpend;
            proposed = money(allocation->optimalSpend) + QLatin1Char('\n')
                + (delta >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + money(std::abs(delta));
        }
        m_table->setItem(row, ProposedColumn, cell(proposed));
        m_table->setItem(row, CurrentValueColumn,
                         cell(allocation ? formatValue(allocation->currentValue) : none));
        m_table->setItem(row, ProposedValueColumn,
                         cell(allocation ? formatValue(allocation->optimalValue) : none));
    }
    if (m_result)
        m_table->resizeRowsToContents(); // two lines with a proposal; else the default height
    if (m_table->rowCount() > 0) {
        const QSignalBlocker blocker(m_table);
        m_table->setCurrentCell(0, 0);
    }
    showResponse();
    if (m_result) {
        std::vector<double> proposed;
        for (const ChannelAllocation &allocation : m_result->channels)
            proposed.push_back(allocation.optimalSpend);
        m_donut->setAllocation(tr("Proposed split"), names, proposed);
    } else {
        m_donut->setAllocation(tr("Current split of %1").arg(scenario.name), names, spends);
    }
}

void OptimizerPanel::showResponse()
{
    const int row = m_table->currentRow();
    if (!m_document || m_document->plan().scenarios.empty() || row < 0) {
        m_response->clear();
        return;
    }
    const Scenario &scenario = m_document->plan().scenarios[size_t(m_document->currentScenario())];
    if (row >= int(scenario.channels.size())) {
        m_response->clear();
        return;
    }
    std::optional<double> proposed;
    if (m_result && size_t(row) < m_result->channels.size())
        proposed = m_result->channels[size_t(row)].optimalSpend;
    // The curve shows the objective chosen above, in the units of the table's value columns.
    m_response->setChannel(m_document->plan(), scenario.channels[size_t(row)], proposed,
                           objective(), objectiveName());
}

bool OptimizerPanel::run()
{
    ensureCurrent();
    m_result.reset();
    if (!m_document || m_document->plan().scenarios.empty())
        return false;
    const Plan &plan = m_document->plan();
    const Scenario &scenario = plan.scenarios[size_t(m_document->currentScenario())];
    try {
        const BudgetOptimizer optimizer(plan, scenario, objective());
        m_result = optimizer.optimize(m_budget->value());
        fillTable();
        const std::vector<FrontierPoint> frontier = optimizer.frontier(m_budget->value());
        m_frontier->setFrontier(frontier, m_result->currentSpend, m_result->currentValue,
                                m_result->optimalSpend, m_result->optimalValue, objectiveName());
    } catch (const InputError &error) {
        m_result.reset();
        fillTable();
        m_status->setText(error.message());
        return false;
    }
    const double lift = m_result->optimalValue - m_result->currentValue;
    QString text = tr("%1 now: %2. Proposed: %3 (%4%5).")
                       .arg(objectiveName(), formatValue(m_result->currentValue),
                            formatValue(m_result->optimalValue),
                            lift >= 0 ? QStringLiteral("+") : QStringLiteral("−"),
                            formatValue(std::abs(lift)));
    if (std::abs(m_result->currentValue) > 1e-9)
        text += QLatin1Char(' ')
                + tr("Lift %1%.").arg(QLocale().toString(
                    lift / std::abs(m_result->currentValue) * 100.0, 'f', 1));
    m_status->setText(text);
    return true;
}

bool OptimizerPanel::apply()
{
    ensureCurrent();
    if (!m_document || !m_result)
        return false;
    const int index = m_document->currentScenario();
    const Scenario &scenario = m_document->plan().scenarios[size_t(index)];
    const QString name =
        m_document->uniqueScenarioName(tr("%1 optimized").arg(scenario.name));
    Scenario proposal;
    try {
        proposal = ScenarioOps::applyResult(scenario, *m_result, name, m_result->budget);
    } catch (const InputError &error) {
        m_status->setText(error.message());
        return false;
    }
    return m_document->insertScenario(index + 1, proposal,
                                      tr("Apply optimized allocation as “%1”").arg(name));
}

bool OptimizerPanel::goalSeek(double target)
{
    ensureCurrent();
    m_goalResult->clear();
    if (!m_document || m_document->plan().scenarios.empty())
        return false;
    const Plan &plan = m_document->plan();
    const Scenario &scenario = plan.scenarios[size_t(m_document->currentScenario())];
    GoalSeekResult result;
    try {
        result = BudgetOptimizer(plan, scenario, objective()).goalSeek(target);
    } catch (const InputError &error) {
        m_goalResult->setText(error.message());
        return false;
    }
    if (result.reachable && result.budget) {
        m_goalResult->setText(tr("A budget of %1 reaches %2 %3 (best split: %4).")
                                  .arg(money(*result.budget), formatValue(target),
                                       objectiveName().toLower(), formatValue(result.value)));
    } else if (result.budget) {
        m_goalResult->setText(tr("%1 %2 is out of reach: the most this scenario can give is %3, "
                                 "at a budget of %4.")
                                  .arg(formatValue(target), objectiveName().toLower(),
                                       formatValue(result.value), money(*result.budget)));
    } else {
        m_goalResult->setText(tr("%1 %2 is out of reach: more budget only approaches %3.")
                                  .arg(formatValue(target), objectiveName().toLower(),
                                       formatValue(result.value)));
    }
    return result.reachable;
}

} // namespace funnelcast::ui
