// The demo plan a marketer first sees (resources/demo-plan.json, `funnelcast new --demo`, the
// app's start) must look like a plausible, healthy campaign: at base every scenario earns
// money with a ROAS between 2 and 4, while its P10 shows the downside (close to, or below,
// break-even). The base totals are checked against tests/data/demo/golden.py, which reads the
// same JSON and works MODEL.md sections 3-6 out on its own; the Monte Carlo percentiles
// against that script's own simulation, loosely (different random numbers).
#include "forecast/forecastengine.h"
#include "io/planjson.h"

#include <QFile>
#include <QtTest>

#include <cmath>

using namespace funnelcast;

namespace {

Plan demoPlan()
{
    QFile file(QStringLiteral(FUNNELCAST_SOURCE_DIR "/resources/demo-plan.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the demo plan");
    return PlanJson::fromBytes(file.readAll(), file.fileName());
}

bool close(double actual, double expected, double relative = 1e-9)
{
    return std::fabs(actual - expected) <= relative * std::max(1.0, std::fabs(expected));
}

} // namespace

class TestDemoPlan : public QObject
{
    Q_OBJECT

private slots:
    void baseTotals_data();
    void baseTotals();
    void healthyWithDownside_data();
    void healthyWithDownside();
};

void TestDemoPlan::baseTotals_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("cost");
    QTest::addColumn<double>("impressions");
    QTest::addColumn<double>("clicks");
    QTest::addColumn<double>("orders");
    QTest::addColumn<double>("gross");
    QTest::addColumn<double>("net");
    QTest::addColumn<double>("profit");
    QTest::addColumn<double>("roas");
    QTest::addColumn<double>("cpa");
    QTest::addColumn<double>("reach");
    // python3 tests/data/demo/golden.py
    QTest::newRow("Base") << 0 << QStringLiteral("Base") << 66650000.0 << 8340992.854075173
                          << 92569.95259528232 << 2996.630117098565 << 164878040.47857213
                          << 153989296.56012645 << 25743577.936075866 << 2.4737890544421925
                          << 22241.650586003158 << 6440490.304289763;
    QTest::newRow("Shop push") << 1 << QStringLiteral("Shop push") << 66800000.0
                               << 8430384.230186503 << 96561.63699432087 << 3318.1539154334528
                               << 178553325.599946 << 164460616.21278754 << 31876369.727672517
                               << 2.6729539760470957 << 20131.67613753501 << 6361742.5496196;
}

void TestDemoPlan::baseTotals()
{
    QFETCH(int, scenario);
    QFETCH(QString, name);
    QFETCH(double, cost);
    QFETCH(double, impressions);
    QFETCH(double, clicks);
    QFETCH(double, orders);
    QFETCH(double, gross);
    QFETCH(double, net);
    QFETCH(double, profit);
    QFETCH(double, roas);
    QFETCH(double, cpa);
    QFETCH(double, reach);
    const Plan plan = demoPlan();
    QVERIFY(int(plan.scenarios.size()) > scenario);
    const Scenario &s = plan.scenarios[size_t(scenario)];
    QCOMPARE(s.name, name);
    const PlanTotals t = ForecastEngine::base(plan, s).totals;
    const struct
    {
        const char *what;
        double actual;
        double expected;
    } checks[] = {
        {"spend", t.spend.base, 60e6},
        {"cost", t.cost.base, cost},
        {"impressions", t.impressions.base, impressions},
        {"clicks", t.clicks.base, clicks},
        {"orders", t.orders.base, orders},
        {"gross revenue", t.grossRevenue.base, gross},
        {"net revenue", t.netRevenue.base, net},
        {"profit", t.profit.base, profit},
        {"roas", t.roas.base, roas},
        {"cpa", t.cpa ? t.cpa->base : 0.0, cpa},
        {"reach", t.reach.base, reach},
    };
    for (const auto &c : checks)
        QVERIFY2(close(c.actual, c.expected),
                 qPrintable(QStringLiteral("%1: engine %2, golden %3")
                                .arg(QLatin1String(c.what))
                                .arg(c.actual, 0, 'g', 17)
                                .arg(c.expected, 0, 'g', 17)));
}

void TestDemoPlan::healthyWithDownside_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<double>("profitP10"); // golden.py's own 10,000-draw simulation
    QTest::addColumn<double>("roasP10");
    QTest::newRow("Base") << 0 << -1.86775e6 << 1.73799;
    QTest::newRow("Shop push") << 1 << 1.3746e6 << 1.84137;
}

void TestDemoPlan::healthyWithDownside()
{
    QFETCH(int, scenario);
    QFETCH(double, profitP10);
    QFETCH(double, roasP10);
    const Plan plan = demoPlan();
    const Scenario &s = plan.scenarios.at(size_t(scenario));
    const ForecastResult f = ForecastEngine::run(plan, s, ForecastOptions()); // as the app shows it
    const PlanTotals &t = f.totals;
    QCOMPARE(f.draws, ForecastOptions::defaultDraws);

    // Healthy at base.
    QVERIFY2(t.roas.base >= 2.0 && t.roas.base <= 4.0, qPrintable(QString::number(t.roas.base)));
    QVERIFY2(t.profit.base > 0.0, qPrintable(QString::number(t.profit.base, 'f', 0)));
    // The downside: at P10 most of the base profit is gone (break-even or a loss).
    QVERIFY2(t.profit.p10 < 0.25 * t.profit.base,
             qPrintable(QStringLiteral("P10 %1, base %2").arg(t.profit.p10, 0, 'f', 0)
                            .arg(t.profit.base, 0, 'f', 0)));
    QVERIFY(t.roas.p10 < 2.0);
    QVERIFY(t.profit.p10 < t.profit.p50 && t.profit.p50 < t.profit.p90);
    // The same percentiles from an independent simulation of MODEL.md section 2: within a few
    // sampling errors (about 0.4M KRW for profit, 0.01 for ROAS, at 10,000 draws each).
    QVERIFY2(std::fabs(t.profit.p10 - profitP10) < 2.5e6,
             qPrintable(QStringLiteral("engine %1, golden.py %2").arg(t.profit.p10, 0, 'f', 0)
                            .arg(profitP10, 0, 'f', 0)));
    QVERIFY2(std::fabs(t.roas.p10 - roasP10) < 0.05,
             qPrintable(QStringLiteral("engine %1, golden.py %2").arg(t.roas.p10).arg(roasP10)));
}

QTEST_GUILESS_MAIN(TestDemoPlan)
#include "tst_demoplan.moc"
