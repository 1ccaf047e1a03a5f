// ScenarioBands: every scenario's Monte Carlo forecast on a worker, dropped on any edit, and a
// run overtaken by an edit ends with the numbers of the edited plan, never the old ones.
#include "uitestplan.h"

#include "document/plandocument.h"
#include "document/scenariobands.h"
#include "forecast/forecastengine.h"
#include "forecast/forecastoptions.h"
#include "storage/planfile.h"

#include <QSignalSpy>
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

QTEST_MAIN(TestScenarioBands)
#include "tst_scenariobands.moc"
