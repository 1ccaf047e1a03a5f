// The budget & optimizer panel (offscreen): Run proposes a split of the whole budget that is no
// worse than the current one, Apply stores it as a new scenario in the file as one undo step
// (undo removes it again), goal seek answers with a budget or the "out of reach" sentence, the
// response curve shows the chosen objective's value, and the change sits under the proposal.
#include "uitestplan.h"

#include "charts/allocationdonut.h"
#include "charts/frontierchart.h"
#include "charts/responsecurvechart.h"
#include "forecast/forecastengine.h"
#include "document/plandocument.h"
#include "storage/planfile.h"
#include "views/optimizerpanel.h"

#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QScatterSeries>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QValueAxis>

#include <cmath>

using namespace funnelcast;
using namespace funnelcast::ui;

class TestOptimizerPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsCurrentAllocation();
    void runProposesWholeBudget();
    void responseCurveShowsObjective_data();
    void responseCurveShowsObjective();
    void applyCreatesScenarioAndUndoRemovesIt();
    void goalSeekReachableAndOutOfReach();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanDocument> m_document;
};

void TestOptimizerPanel::init()
{
    QVERIFY(m_dir.isValid());
    // One file per test function and data row (PlanFile::create never overwrites).
    m_path = m_dir.filePath(QStringLiteral("opt-%1-%2.fcplan")
                                .arg(QLatin1String(QTest::currentTestFunction()),
                                     QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    // Upper bounds make the best value finite, so a large enough target is out of reach.
    Plan plan = uiTestPlan();
    for (PaidChannel &channel : plan.scenarios[0].channels)
        channel.maxSpend = 20000000;
    PlanFile::create(m_path, plan);
    m_document = PlanDocument::open(m_path);
    m_document->setCurrentScenario(0);
}

void TestOptimizerPanel::cleanup()
{
    m_document.reset();
}

void TestOptimizerPanel::showsCurrentAllocation()
{
    OptimizerPanel panel;
    panel.setDocument(m_document.get());
    const Scenario &base = m_document->plan().scenarios[0];
    QCOMPARE(panel.table()->rowCount(), int(base.channels.size()));
    QCOMPARE(panel.table()->item(0, 0)->text(), base.channels[0].name);
    QCOMPARE(panel.donut()->series()->count(), int(base.channels.size()));
    QCOMPARE(panel.donut()->series()->slices().at(0)->value(), base.channels[0].spend);
    QVERIFY(!panel.applyButton()->isEnabled());
}

void TestOptimizerPanel::runProposesWholeBudget()
{
    OptimizerPanel panel;
    panel.setDocument(m_document.get());
    panel.setObjective(Objective::Orders);
    const Scenario &base = m_document->plan().scenarios[0];
    const double budget = base.effectiveBudget();
    panel.setBudget(budget);
    QVERIFY2(panel.run(), qPrintable(panel.statusLabel()->text()));
    QVERIFY(panel.result().has_value());
    const OptimizationResult &result = *panel.result();
    QCOMPARE(result.channels.size(), base.channels.size());
    double total = 0.0;
    for (const ChannelAllocation &channel : result.channels)
        total += channel.optimalSpend;
    // Orders: the whole budget is spent, and the optimum is never below the current split of
    // the same budget.
    QVERIFY(std::abs(total - budget) < 1e-6 * budget);
    QVERIFY(result.optimalValue >= result.currentValue - 1e-9);
    QVERIFY(panel.applyButton()->isEnabled());
    QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("Lift")));
    QCOMPARE(panel.frontierChart()->curve()->count(), 8); // 25%, 50%, ..., 200%
    // The proposed spend, and under it the change from the current spend (no column of its own).
    const QStringList proposed = panel.table()->item(0, 5)->text().split(QLatin1Char('\n'));
    QCOMPARE(proposed.size(), 2);
    const double delta = result.channels[0].optimalSpend - base.channels[0].spend;
    QVERIFY2(proposed[1].startsWith(delta >= 0 ? QStringLiteral("+") : QStringLiteral("−")),
             qPrintable(proposed[1]));
    QCOMPARE(panel.table()->columnCount(), 8);
    // The response curve of the selected row marks the current and the proposed spend.
    panel.table()->setCurrentCell(1, 0);
    const ResponseCurveChart *curve = panel.responseChart();
    QCOMPARE(curve->curve()->count(), ResponseCurveChart::steps + 1);
    QCOMPARE(curve->currentMarker()->count(), 1);
    QCOMPARE(curve->currentMarker()->at(0).x(), base.channels[1].spend);
    QCOMPARE(curve->proposedMarker()->at(0).x(), result.channels[1].optimalSpend);
    QCOMPARE(curve->curve()->at(0).y(), 0.0); // no spend, no paid orders
}

void TestOptimizerPanel::responseCurveShowsObjective_data()
{
    QTest::addColumn<int>("objective"); // an Objective
    QTest::addColumn<QString>("name");
    QTest::newRow("orders") << int(Objective::Orders) << QStringLiteral("Orders");
    QTest::newRow("net revenue") << int(Objective::NetRevenue) << QStringLiteral("Net revenue");
    QTest::newRow("profit") << int(Objective::Profit) << QStringLiteral("Profit");
}

// The selected channel's curve is in the objective's units: its marks sit at the values the
// optimizer reports for the channel (the table's value columns), before and after a run.
void TestOptimizerPanel::responseCurveShowsObjective()
{
    QFETCH(int, objective);
    QFETCH(QString, name);
    OptimizerPanel panel;
    panel.setDocument(m_document.get());
    panel.setObjective(Objective(objective));
    panel.table()->setCurrentCell(1, 0);
    const ResponseCurveChart *curve = panel.responseChart();
    QCOMPARE(curve->yAxis()->titleText(), name);
    QCOMPARE(curve->curve()->name(), name);
    QVERIFY(panel.run());
    panel.table()->setCurrentCell(1, 0);
    curve = panel.responseChart();
    QCOMPARE(curve->yAxis()->titleText(), name);
    const ChannelAllocation &beta = panel.result()->channels[1];
    // The optimizer's closed form (SpendResponse) against the forecast engine's funnel.
    const auto close = [](double a, double b) {
        return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
    };
    QVERIFY2(close(curve->currentMarker()->at(0).y(), beta.currentValue),
             qPrintable(QStringLiteral("%1 vs %2").arg(curve->currentMarker()->at(0).y())
                            .arg(beta.currentValue)));
    QCOMPARE(curve->proposedMarker()->at(0).x(), beta.optimalSpend);
    QVERIFY(close(curve->proposedMarker()->at(0).y(), beta.optimalValue));
    // Switching the objective forgets the proposal and redraws the curve in the new units.
    const Objective other = Objective(objective) == Objective::Orders ? Objective::Profit
                                                                        : Objective::Orders;
    panel.setObjective(other);
    QVERIFY(panel.responseChart()->yAxis()->titleText() != name);
}

void TestOptimizerPanel::applyCreatesScenarioAndUndoRemovesIt()
{
    OptimizerPanel panel;
    panel.setDocument(m_document.get());
    const size_t before = m_document->plan().scenarios.size();
    const QString baseName = m_document->plan().scenarios[0].name;
    QVERIFY(panel.run());
    const OptimizationResult result = *panel.result();
    QVERIFY(panel.apply());
    QCOMPARE(m_document->plan().scenarios.size(), before + 1);
    QCOMPARE(m_document->currentScenario(), 1);
    const Scenario &added = m_document->plan().scenarios[1];
    QCOMPARE(added.name, baseName + QStringLiteral(" optimized"));
    for (size_t i = 0; i < added.channels.size(); ++i)
        QCOMPARE(added.channels[i].spend, result.channels[i].optimalSpend);

    // In the file, as a reopening user sees it.
    Plan reopened = reopenPlan(m_path);
    QCOMPARE(reopened.scenarios.size(), before + 1);
    QCOMPARE(reopened.scenarios[1].name, added.name);

    m_document->undoStack()->undo();
    QCOMPARE(m_document->plan().scenarios.size(), before);
    reopened = reopenPlan(m_path);
    QCOMPARE(reopened.scenarios.size(), before);
    QCOMPARE(reopened.scenarios[0].name, baseName);
}

void TestOptimizerPanel::goalSeekReachableAndOutOfReach()
{
    OptimizerPanel panel;
    panel.setDocument(m_document.get());
    panel.setObjective(Objective::Orders);
    QVERIFY(panel.run());
    const double current = panel.result()->currentValue;
    // The current orders are reachable, at no more than the current budget.
    QVERIFY(panel.goalSeek(current));
    QVERIFY2(panel.goalLabel()->text().startsWith(QStringLiteral("A budget of")),
             qPrintable(panel.goalLabel()->text()));
    QVERIFY(!panel.goalSeek(1e14));
    QVERIFY2(panel.goalLabel()->text().contains(QStringLiteral("out of reach")),
             qPrintable(panel.goalLabel()->text()));
}

QTEST_MAIN(TestOptimizerPanel)
#include "tst_optimizerpanel.moc"
