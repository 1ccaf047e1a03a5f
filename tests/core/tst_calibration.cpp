// Calibration (MODEL.md section 8) on synthetic weekly actuals generated from known
// parameters: the estimates must recover them; thin data must say why instead of a number.
#include "tst_actualshelpers.h"

#include "actuals/actualsstore.h"
#include "actuals/calibrator.h"
#include "model/inputerror.h"
#include "storage/planfile.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

using namespace funnelcast;
using namespace funnelcast::test;

namespace {

struct Truth
{
    double cpm = 5000.0;
    double capacity = 0.0; // 0 = unlimited
    double ctr = 0.012;
    double clickToOrder = 0.02;
    double aov = 35000.0;
};

// Weekly rows from the model itself: I = K (1 - exp(-(1000 s / CPM) / K)), clicks = I * CTR,
// orders = clicks * rate, revenue = orders * AOV; `noise` multiplies each by a log-normal
// factor drawn from a fixed seed.
std::vector<ActualsWeek> synthesize(
    const Truth &truth, const std::vector<double> &spends, double noise = 0.0)
{
    std::mt19937_64 rng(7);
    std::normal_distribution<double> z(0.0, 1.0);
    const auto jitter = [&]() { return noise > 0.0 ? std::exp(noise * z(rng)) : 1.0; };
    std::vector<ActualsWeek> weeks;
    const QDate start(2026, 1, 5);
    for (size_t t = 0; t < spends.size(); ++t) {
        const double x = 1000.0 * spends[t] / truth.cpm;
        const double imp
            = (truth.capacity > 0.0 ? truth.capacity * (1.0 - std::exp(-x / truth.capacity)) : x)
            * jitter();
        const double clicks = imp * truth.ctr * jitter();
        const double orders = clicks * truth.clickToOrder * jitter();
        ActualsWeek w;
        w.index = int(t);
        w.week = start.addDays(7 * qint64(t));
        w.daysCovered = 7;
        w.spend = spends[t];
        w.impressions = imp;
        w.clicks = clicks;
        w.orders = orders;
        w.revenue = orders * truth.aov * jitter();
        weeks.push_back(w);
    }
    return weeks;
}

std::vector<double> variedSpends()
{
    // 12 weeks, 1 to 4 million a week: enough variation to show saturation.
    std::vector<double> s;
    for (int t = 0; t < 12; ++t)
        s.push_back(1.0e6 * (1 + (t * 7) % 4));
    return s;
}

bool near(double a, double b, double rel)
{
    return std::abs(a - b) <= rel * std::abs(b);
}

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT

private slots:
    void recoversExactParametersWithSaturation()
    {
        Truth truth;
        truth.capacity = 600000.0;
        const PaidChannel channel = makeChannel(QStringLiteral("IG"), QStringLiteral("instagram"));
        const Calibration c = Calibrator::calibrate(synthesize(truth, variedSpends()), channel);
        QVERIFY(c.capacity.ok);
        QVERIFY2(near(c.capacity.base, truth.capacity, 1e-4),
            qPrintable(QString::number(c.capacity.base)));
        QVERIFY(c.cpmFromCapacityFit);
        QVERIFY2(near(c.cpm.base, truth.cpm, 1e-4), qPrintable(QString::number(c.cpm.base)));
        QVERIFY(near(c.ctr.base, truth.ctr, 1e-12));
        QVERIFY(near(c.clickToOrderRate.base, truth.clickToOrder, 1e-12));
        QVERIFY(near(c.aov.base, truth.aov, 1e-12));
        // Exact data: every resample agrees.
        QVERIFY(near(c.ctr.low, truth.ctr, 1e-12) && near(c.ctr.high, truth.ctr, 1e-12));
        QVERIFY(near(c.capacity.low, truth.capacity, 1e-3)
            && near(c.capacity.high, truth.capacity, 1e-3));
    }

    void funnelSpreadKeepsProportions()
    {
        // Plan stages v = 0.9, a = 0.1, b = 0.3; observed click-to-order 0.02. Each stage keeps
        // its share of ln(v a b): x' = x^(ln 0.02 / ln 0.027).
        Truth truth;
        const PaidChannel channel = makeChannel(QStringLiteral("IG"), QStringLiteral("instagram"));
        const Calibration c = Calibrator::calibrate(synthesize(truth, variedSpends()), channel);
        const double power = std::log(0.02) / std::log(0.9 * 0.1 * 0.3);
        QVERIFY(near(c.viewRate.base, std::pow(0.9, power), 1e-12));
        QVERIFY(near(c.cartRate.base, std::pow(0.1, power), 1e-12));
        QVERIFY(near(c.purchaseRate.base, std::pow(0.3, power), 1e-12));
        QVERIFY(near(c.viewRate.base * c.cartRate.base * c.purchaseRate.base, 0.02, 1e-12));
    }

    void noisyDataBracketsTruth()
    {
        Truth truth;
        truth.capacity = 600000.0;
        std::vector<double> spends;
        for (int t = 0; t < 30; ++t)
            spends.push_back(1.0e6 * (1 + (t * 7) % 5));
        const PaidChannel channel = makeChannel(QStringLiteral("IG"), QStringLiteral("instagram"));
        const Calibration c = Calibrator::calibrate(synthesize(truth, spends, 0.05), channel);
        for (const CalibratedValue *v :
            { &c.cpm, &c.ctr, &c.clickToOrderRate, &c.aov, &c.capacity }) {
            QVERIFY2(v->ok, qPrintable(v->reason));
            QVERIFY(v->low < v->base && v->base < v->high);
        }
        QVERIFY2(near(c.ctr.base, truth.ctr, 0.05), qPrintable(QString::number(c.ctr.base)));
        QVERIFY2(near(c.clickToOrderRate.base, truth.clickToOrder, 0.05),
            qPrintable(QString::number(c.clickToOrderRate.base)));
        QVERIFY2(near(c.aov.base, truth.aov, 0.05), qPrintable(QString::number(c.aov.base)));
        QVERIFY2(near(c.capacity.base, truth.capacity, 0.15),
            qPrintable(QString::number(c.capacity.base)));
        QVERIFY2(near(c.cpm.base, truth.cpm, 0.15), qPrintable(QString::number(c.cpm.base)));
        // Deterministic: the same actuals give the same bounds.
        const Calibration again = Calibrator::calibrate(synthesize(truth, spends, 0.05), channel);
        QCOMPARE(again.capacity.low, c.capacity.low);
        QCOMPARE(again.ctr.high, c.ctr.high);
    }

    void noSaturationMeansNoK()
    {
        // Unlimited audience: impressions proportional to spend. K is not identifiable and CPM
        // is the ratio 1000 * sum spend / sum impressions.
        Truth truth;
        const PaidChannel channel = makeChannel(QStringLiteral("IG"), QStringLiteral("instagram"));
        const std::vector<ActualsWeek> weeks = synthesize(truth, variedSpends());
        const Calibration c = Calibrator::calibrate(weeks, channel);
        QVERIFY(!c.capacity.ok);
        QVERIFY2(c.capacity.reason.contains(QStringLiteral("no saturation")),
            qPrintable(c.capacity.reason));
        QVERIFY(!c.cpmFromCapacityFit);
        double s = 0.0;
        double i = 0.0;
        for (const ActualsWeek &w : weeks) {
            s += *w.spend;
            i += *w.impressions;
        }
        QCOMPARE(c.cpm.base, 1000.0 * s / i);
        QVERIFY(near(c.cpm.base, truth.cpm, 1e-12));
    }

    void steadySpendMeansNoK()
    {
        Truth truth;
        truth.capacity = 600000.0;
        const Calibration c
            = Calibrator::calibrate(synthesize(truth, std::vector<double>(10, 2.0e6)),
                makeChannel(QStringLiteral("IG"), QStringLiteral("instagram")));
        QVERIFY(!c.capacity.ok);
        QVERIFY2(c.capacity.reason.contains(QStringLiteral("varies too little")),
            qPrintable(c.capacity.reason));
        QVERIFY(c.cpm.ok);
    }

    void tooLittleData()
    {
        Truth truth;
        const PaidChannel channel = makeChannel(QStringLiteral("IG"), QStringLiteral("instagram"));
        const Calibration c = Calibrator::calibrate(synthesize(truth, { 1.0e6, 2.0e6 }), channel);
        for (const CalibratedValue *v :
            { &c.cpm, &c.ctr, &c.clickToOrderRate, &c.viewRate, &c.aov, &c.capacity })
            QVERIFY(!v->ok && !v->reason.isEmpty());
        QCOMPARE(c.toJson()
                     .value(QStringLiteral("cpm"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("insufficient data"));

        // Orders missing altogether: CPM and CTR still estimated, the funnel and AOV not.
        std::vector<ActualsWeek> weeks = synthesize(truth, variedSpends());
        for (ActualsWeek &w : weeks)
            w.orders.reset();
        const Calibration d = Calibrator::calibrate(weeks, channel);
        QVERIFY(d.cpm.ok && d.ctr.ok);
        QVERIFY(!d.clickToOrderRate.ok && !d.aov.ok && !d.purchaseRate.ok);
    }

    void applyWritesAssumptions()
    {
        Truth truth;
        truth.capacity = 600000.0;
        PaidChannel channel = makeChannel(QStringLiteral("IG"), QStringLiteral("instagram"));
        channel.maxWeeklyFrequency = 2.0;
        const Calibration c = Calibrator::calibrate(synthesize(truth, variedSpends()), channel);
        const PaidChannel applied = Calibrator::apply(channel, c);
        QCOMPARE(applied.cpm.base, c.cpm.base);
        QCOMPARE(applied.ctr.base, c.ctr.base);
        QCOMPARE(applied.aov.base, c.aov.base);
        QCOMPARE(applied.cartRate.base, c.cartRate.base);
        QVERIFY(applied.audience);
        QVERIFY(near(applied.audience->base * 2.0, truth.capacity, 1e-4));
        QCOMPARE(*applied.maxWeeklyFrequency, 2.0);
        QCOMPARE(applied.spend, channel.spend);
    }

    void applyThroughPlanFile()
    {
        // Weekly rows stored in a plan file, calibrated and written back with setPaidChannel;
        // the plan validator accepts the result.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.fcplan"));
        PlanFile::create(path, makePlan(QDate(2026, 1, 5), 12));
        auto file = PlanFile::open(path);
        Truth truth;
        truth.capacity = 600000.0;
        {
            Transaction tx(file->database());
            ActualsStore::ensureSchema(file->database());
            ActualsStore store(file->database());
            for (const ActualsWeek &w : synthesize(truth, variedSpends(), 0.03)) {
                ActualsRow row;
                row.day = w.week;
                row.days = 7;
                row.spend = w.spend;
                row.impressions = w.impressions;
                row.clicks = w.clicks;
                row.orders = w.orders;
                row.revenue = w.revenue;
                QVERIFY(store.insert(QStringLiteral("Instagram Ads"), row));
            }
            tx.commit();
        }
        const Calibration c = Calibrator::calibrate(
            file->database(), file->plan(), QStringLiteral("Instagram Ads"));
        QCOMPARE(c.weeks, 12);
        QCOMPARE(c.fullWeeks, 12);
        QVERIFY(c.capacity.ok);
        const PaidChannel updated = Calibrator::apply(file->plan().scenarios[0].channels[0], c);
        file->setPaidChannel(0, 0, updated);
        QCOMPARE(file->plan().scenarios[0].channels[0], updated);
        QVERIFY_THROWS_EXCEPTION(UsageError,
            Calibrator::calibrate(file->database(), file->plan(), QStringLiteral("Nope")));
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
