// ScenarioBands: every scenario's Monte Carlo forecast on a worker, dropped on any edit, and a
// run overtaken by an edit ends with the numbers of the edited plan, never the old ones.
#include "uitestplan.h"

#include "document/plandocument.h"
#include "document/scenariobands.h"
#include "models/valueformat.h"
#include "views/scenariocomparison.h"
#include "forecast/forecastengine.h"
#include "forecast/forecastoptions.h"
#include "storage/planfile.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTableWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace funnelcast;
using namespace funnelcast::ui;

class TestScenarioBands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyScenarioWithItsRange();
    void editDropsResultsAndRunsAgain();
    void comparisonShowsTheRanges();

private:
    std::unique_ptr<PlanDocument> openDocument(const char *name);
    static void expectEngineNumbers(const ScenarioBands &bands, const Plan &plan, int draws);
    QTemporaryDir m_dir;
};

void TestScenarioBands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<PlanDocument> TestScenarioBands::openDocument(const char *name)
{
    const QString path = m_dir.filePath(QString::fromLatin1(name));
    PlanFile::create(path, uiTestPlan());
    return PlanDocument::open(path);
}

// The same draws and seed as the live forecast: each scenario's numbers equal a direct run.
void TestScenarioBands::expectEngineNumbers(const ScenarioBands &bands, const Plan &plan, int draws)
{
    QCOMPARE(bands.results().size(), plan.scenarios.size());
    ForecastOptions options;
    options.draws = draws;
    for (size_t i = 0; i < plan.scenarios.size(); ++i) {
        const ForecastResult expected = ForecastEngine::run(plan, plan.scenarios[i], options);
        const ForecastResult &got = bands.results()[i];
        QCOMPARE(got.scenario, plan.scenarios[i].name);
        QCOMPARE(got.draws, draws);
        QCOMPARE(got.totals.orders.base, expected.totals.orders.base);
        QCOMPARE(got.totals.orders.p10, expected.totals.orders.p10);
        QCOMPARE(got.totals.orders.p90, expected.totals.orders.p90);
        QCOMPARE(got.totals.profit.p10, expected.totals.profit.p10);
        QVERIFY(got.totals.orders.p10 < got.totals.orders.p90); // the test plan is uncertain
    }
}

void TestScenarioBands::everyScenarioWithItsRange()
{
    auto document = openDocument("bands.fcplan");
    ScenarioBands bands;
    bands.setDraws(2000);
    bands.setDocument(document.get());
    QVERIFY(!bands.isCurrent());
    QSignalSpy ready(&bands, &ScenarioBands::ready);
    bands.request();
    QVERIFY(ready.wait(20000));
    QVERIFY(bands.isCurrent());
    expectEngineNumbers(bands, document->plan(), 2000);
    bands.request(); // current: nothing to do
    QCOMPARE(ready.count(), 1);
}

void TestScenarioBands::editDropsResultsAndRunsAgain()
{
    auto document = openDocument("edit.fcplan");
    ScenarioBands bands;
    bands.setDraws(2000);
    bands.setDocument(document.get());
    QSignalSpy ready(&bands, &ScenarioBands::ready);
    bands.request();
    QVERIFY(ready.wait(20000));

    // An edit drops the results at once.
    PaidChannel alpha = document->plan().scenarios[1].channels[0];
    alpha.spend *= 2;
    QVERIFY(document->setItem(ui::ItemKind::PaidChannel, 1, 0, PlanItem(alpha), QStringLiteral("spend")));
    QVERIFY(!bands.isCurrent());

    // Asked again and edited again while it runs: what arrives is for the last plan.
    bands.request();
    alpha.spend *= 2;
    QVERIFY(document->setItem(ui::ItemKind::PaidChannel, 1, 0, PlanItem(alpha), QStringLiteral("spend")));
    QVERIFY(!bands.isCurrent());
    QTRY_VERIFY_WITH_TIMEOUT(bands.isCurrent(), 20000);
    expectEngineNumbers(bands, document->plan(), 2000);
    QCOMPARE(bands.results()[1].totals.spend.base, alpha.spend);
}

// The comparison shows base figures at once and each one's P10-P90 as a second line when the
// draws are in; an edit goes back to base figures until the new draws arrive.
void TestScenarioBands::comparisonShowsTheRanges()
{
    auto document = openDocument("comparison.fcplan");
    ScenarioComparison comparison;
    comparison.bands()->setDraws(2000);
    comparison.setDocument(document.get());
    comparison.show();
    QVERIFY(QTest::qWaitForWindowExposed(&comparison));
    const Plan &plan = document->plan();
    ForecastOptions options;
    options.draws = 2000;
    const ForecastResult lean = ForecastEngine::run(plan, plan.scenarios[1], options);
    const QString orders = QLocale().toString(lean.totals.orders.base, 'f', 0);
    const QString range = QStringLiteral("%1 – %2").arg(QLocale().toString(lean.totals.orders.p10, 'f', 0),
                                                       QLocale().toString(lean.totals.orders.p90, 'f', 0));
    QTRY_VERIFY_WITH_TIMEOUT(comparison.table()->item(2, 1)->text().contains(range), 20000);
    // Row 2 is orders: base, range, then the difference from the first scenario.
    const QStringList lines = comparison.table()->item(2, 1)->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], orders);
    QCOMPARE(lines[1], range);
    QVERIFY(lines[2].startsWith(QStringLiteral("−")));
    const ForecastResult base = ForecastEngine::run(plan, plan.scenarios[0], options);
    QCOMPARE(comparison.table()->item(5, 0)->text(),
             ValueFormat::money(base.totals.profit.base, plan.currency) + QLatin1Char('\n')
                 + QStringLiteral("%1 – %2").arg(ValueFormat::money(base.totals.profit.p10, plan.currency),
                                                 ValueFormat::money(base.totals.profit.p90, plan.currency)));

    PaidChannel alpha = plan.scenarios[0].channels[0];
    alpha.spend *= 2;
    QVERIFY(document->setItem(ui::ItemKind::PaidChannel, 0, 0, PlanItem(alpha), QStringLiteral("spend")));
    QVERIFY(!comparison.table()->item(2, 0)->text().contains(QLatin1Char('\n'))); // base only
    QTRY_VERIFY_WITH_TIMEOUT(comparison.table()->item(2, 0)->text().contains(QLatin1Char('\n')), 20000);
    const ForecastResult edited = ForecastEngine::run(document->plan(), document->plan().scenarios[0], options);
    QVERIFY(comparison.table()->item(2, 0)->text().startsWith(
        QLocale().toString(edited.totals.orders.base, 'f', 0) + QLatin1Char('\n')));
}

QTEST_MAIN(TestScenarioBands)
#include "tst_scenariobands.moc"
