// Scenario edits of issue 4: create, duplicate, rename, delete, and an optimized result saved
// as a new scenario, checked on the plan and through a real .fcplan file (reopened).
#include "model/inputerror.h"
#include "optimize/budgetoptimizer.h"
#include "optimize/scenarioops.h"
#include "storage/planfile.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <functional>

using namespace funnelcast;

namespace {

PaidChannel channel(const QString &name, double cpm, double audience, double spend)
{
    PaidChannel c;
    c.name = name;
    c.spend = spend;
    c.cpm = cpm;
    c.audience = Uncertain(audience);
    c.maxWeeklyFrequency = 2;
    c.ctr = 0.01;
    c.cartRate = 0.1;
    c.purchaseRate = 0.4;
    c.aov = 50000;
    return c;
}

Plan samplePlan()
{
    Plan plan;
    plan.name = QStringLiteral("Scenarios");
    plan.currency = QStringLiteral("KRW");
    plan.start = QDate(2027, 3, 1);
    plan.weeks = 4;
    plan.margin = 0.5;
    Scenario s;
    s.name = QStringLiteral("Base");
    s.budget = 10e6;
    s.channels.push_back(channel(QStringLiteral("A"), 10000, 100000, 8e6));
    s.channels.push_back(channel(QStringLiteral("B"), 5000, 50000, 2e6));
    plan.scenarios.push_back(s);
    return plan;
}

QString errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const InputError &e) {
        return e.message();
    }
    return QString();
}

} // namespace

class TestOptimizerScenarios : public QObject
{
    Q_OBJECT

private slots:
    void names();
    void duplicateAndBlank();
    void applyResult();
    void removeOnlyScenarioRefused();
    void throughPlanFile();
};

void TestOptimizerScenarios::names()
{
    Plan plan = samplePlan();
    QCOMPARE(ScenarioOps::uniqueName(plan, QStringLiteral("Stretch")), QStringLiteral("Stretch"));
    QCOMPARE(ScenarioOps::uniqueName(plan, QStringLiteral("Base")), QStringLiteral("Base 2"));
    plan.scenarios.push_back(plan.scenarios[0]);
    plan.scenarios.back().name = QStringLiteral("Base 2");
    QCOMPARE(ScenarioOps::uniqueName(plan, QStringLiteral("Base")), QStringLiteral("Base 3"));

    QCOMPARE(errorOf([&] { ScenarioOps::checkName(plan, QStringLiteral("Base 2")); }),
             QStringLiteral("The plan already has a scenario named \"Base 2\"."));
    QCOMPARE(errorOf([&] { ScenarioOps::checkName(plan, QStringLiteral("  ")); }),
             QStringLiteral("A scenario needs a name that is not empty."));
    QVERIFY(errorOf([&] { ScenarioOps::checkName(plan, QStringLiteral("Base 2"), 1); }).isEmpty());
    QCOMPARE(ScenarioOps::indexOf(plan, QStringLiteral("Base 2")), 1);
    QCOMPARE(errorOf([&] { ScenarioOps::indexOf(plan, QStringLiteral("Nope")); }),
             QStringLiteral("The plan has no scenario \"Nope\"; its scenarios are \"Base\", \"Base 2\"."));
}

void TestOptimizerScenarios::duplicateAndBlank()
{
    Plan plan = samplePlan();
    Scenario copy = ScenarioOps::duplicate(plan, 0);
    QCOMPARE(copy.name, QStringLiteral("Base copy"));
    copy.name = plan.scenarios[0].name;
    QCOMPARE(copy, plan.scenarios[0]);
    plan.scenarios.push_back(ScenarioOps::duplicate(plan, 0));
    QCOMPARE(ScenarioOps::duplicate(plan, 0).name, QStringLiteral("Base copy 2"));
    QCOMPARE(ScenarioOps::duplicate(plan, 0, QStringLiteral("Mine")).name, QStringLiteral("Mine"));
    QVERIFY(!errorOf([&] { ScenarioOps::duplicate(plan, 0, QStringLiteral("Base")); }).isEmpty());
    QVERIFY(!errorOf([&] { ScenarioOps::duplicate(plan, 5); }).isEmpty());

    const Scenario blank = ScenarioOps::blank(plan, QStringLiteral("Empty"));
    QCOMPARE(blank.name, QStringLiteral("Empty"));
    QVERIFY(blank.channels.empty());
    QVERIFY(!blank.budget);
}

void TestOptimizerScenarios::applyResult()
{
    const Plan plan = samplePlan();
    const Scenario &s = plan.scenarios[0];
    const OptimizationResult r = BudgetOptimizer(plan, s, Objective::Orders).optimize(12e6);
    const Scenario saved = ScenarioOps::applyResult(s, r, QStringLiteral("Optimized"), 12e6);
    QCOMPARE(saved.name, QStringLiteral("Optimized"));
    QCOMPARE(*saved.budget, 12e6);
    QCOMPARE(saved.channels.size(), s.channels.size());
    for (size_t i = 0; i < s.channels.size(); ++i) {
        QCOMPARE(saved.channels[i].spend, r.channels[i].optimalSpend);
        PaidChannel other = saved.channels[i];
        other.spend = s.channels[i].spend;
        QCOMPARE(other, s.channels[i]); // nothing else changed: flighting, bounds, funnel kept
    }
    // Re-optimizing the saved scenario at its own budget keeps it where it is.
    BudgetOptimizer again(plan, saved, Objective::Orders);
    const OptimizationResult r2 = again.optimize(*saved.budget);
    QVERIFY(std::fabs(r2.currentValue - r.optimalValue) <= 1e-12 * r.optimalValue);
    QVERIFY(std::fabs(r2.optimalValue - r2.currentValue) <= 1e-12 * r.optimalValue);
}

void TestOptimizerScenarios::removeOnlyScenarioRefused()
{
    Plan plan = samplePlan();
    QCOMPARE(errorOf([&] { ScenarioOps::checkRemovable(plan, 0); }),
             QStringLiteral("Scenario \"Base\" is the plan's only scenario; a plan keeps at least one."));
    plan.scenarios.push_back(ScenarioOps::duplicate(plan, 0));
    QVERIFY(errorOf([&] { ScenarioOps::checkRemovable(plan, 1); }).isEmpty());
    QVERIFY(!errorOf([&] { ScenarioOps::checkRemovable(plan, 2); }).isEmpty());
}

// The whole cycle through a plan file, reopened after each step.
void TestOptimizerScenarios::throughPlanFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("scenarios.fcplan"));
    PlanFile::create(path, samplePlan());

    {
        std::unique_ptr<PlanFile> file = PlanFile::open(path);
        const Scenario &base = file->plan().scenarios[0];
        const OptimizationResult r =
            BudgetOptimizer(file->plan(), base, Objective::Profit).optimize(10e6);
        file->insertScenario(1, ScenarioOps::applyResult(base, r, QStringLiteral("Optimized"), 10e6));
        file->insertScenario(2, ScenarioOps::duplicate(file->plan(), 0));
        file->insertScenario(3, ScenarioOps::blank(file->plan(), QStringLiteral("Empty")));
    }
    {
        std::unique_ptr<PlanFile> file = PlanFile::open(path);
        const Plan &plan = file->plan();
        QCOMPARE(plan.scenarios.size(), size_t(4));
        QCOMPARE(plan.scenarios[1].name, QStringLiteral("Optimized"));
        QCOMPARE(plan.scenarios[2].name, QStringLiteral("Base copy"));
        QCOMPARE(plan.scenarios[3].name, QStringLiteral("Empty"));
        // The saved optimum compares with the original: its own value is the optimal value.
        const OptimizationResult r =
            BudgetOptimizer(plan, plan.scenarios[0], Objective::Profit).optimize(10e6);
        const OptimizationResult saved =
            BudgetOptimizer(plan, plan.scenarios[1], Objective::Profit).optimize(10e6);
        QVERIFY(std::fabs(saved.currentValue - r.optimalValue) <= 1e-9 * std::fabs(r.optimalValue));
        QVERIFY(saved.currentValue > r.currentValue);

        const int copy = ScenarioOps::indexOf(plan, QStringLiteral("Base copy"));
        ScenarioOps::checkName(plan, QStringLiteral("Stretch"), copy);
        file->setScenarioName(copy, QStringLiteral("Stretch"));
        const int empty = ScenarioOps::indexOf(file->plan(), QStringLiteral("Empty"));
        ScenarioOps::checkRemovable(file->plan(), empty);
        file->removeScenario(empty);
    }
    std::unique_ptr<PlanFile> file = PlanFile::open(path);
    QCOMPARE(file->plan().scenarios.size(), size_t(3));
    QCOMPARE(file->plan().scenarios[2].name, QStringLiteral("Stretch"));
    QCOMPARE(file->plan().scenarioIndex(QStringLiteral("Empty")), -1);
}

QTEST_GUILESS_MAIN(TestOptimizerScenarios)
#include "tst_optimizerscenarios.moc"
