// The pieces of the Monte Carlo forecast: the normal quantile, the split lognormal and
// logit-normal draws of MODEL.md section 2, and percentiles by linear interpolation.
#include "forecast/inputsampler.h"
#include "forecast/percentiles.h"
#include "forecast/sampleexp.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace funnelcast;

class TestForecastSampling : public QObject
{
    Q_OBJECT

private slots:
    void inverseNormal_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("z");
        // python3: statistics.NormalDist().inv_cdf(p)
        QTest::newRow("1e-12") << 1e-12 << -7.034483825301132;
        QTest::newRow("0.001") << 0.001 << -3.090232306167813;
        QTest::newRow("0.02") << 0.02 << -2.0537489106318225;
        QTest::newRow("0.1") << 0.1 << -1.2815515655446008;
        QTest::newRow("0.3") << 0.3 << -0.5244005127080407;
        QTest::newRow("0.5") << 0.5 << 0.0;
        QTest::newRow("0.7") << 0.7 << 0.5244005127080407;
        QTest::newRow("0.9") << 0.9 << 1.2815515655446008;
        QTest::newRow("0.975") << 0.975 << 1.9599639845400536;
        QTest::newRow("0.999999") << 0.999999 << 4.753424308817089;
    }

    void inverseNormal()
    {
        QFETCH(double, p);
        QFETCH(double, z);
        QVERIFY(std::fabs(InputSampler::inverseNormalCdf(p) - z) <= 1e-14 * std::max(1.0, std::fabs(z)));
    }

    void normalDeviatesLookNormal()
    {
        // Counter-based deviates: mean ~0, sd ~1, and ~10% below -k.
        const int n = 100000;
        double sum = 0.0, sumSq = 0.0;
        int below = 0;
        for (int d = 0; d < n; ++d) {
            const double z = InputSampler::normal(1, 7, d, 3);
            sum += z;
            sumSq += z * z;
            below += z < -InputSampler::k;
        }
        const double mean = sum / n;
        QVERIFY(std::fabs(mean) < 0.015);
        QVERIFY(std::fabs(sumSq / n - mean * mean - 1.0) < 0.02);
        QVERIFY(std::abs(below - n / 10) < 600);
        // Pure function of its counter.
        QCOMPARE(InputSampler::normal(5, 2, 99, 1), InputSampler::normal(5, 2, 99, 1));
        QVERIFY(InputSampler::normal(5, 2, 99, 1) != InputSampler::normal(5, 2, 99, 2));
        QVERIFY(InputSampler::normal(5, 2, 99, 1) != InputSampler::normal(6, 2, 99, 1));
    }

    void batchNormalsEqualTheCounter()
    {
        // The engine's batch of deviates (vectorised central region, tails one by one) is
        // bit-identical to the documented counter, draw by draw; 5,000 draws hit both tails.
        const std::uint64_t stream = InputSampler::streamKey(3, (std::uint64_t(1) << 32) | 4);
        std::vector<double> batch(5000);
        InputSampler::normals(stream, batch.size(), 7, batch.data());
        int tails = 0;
        for (std::size_t d = 0; d < batch.size(); ++d) {
            QCOMPARE(batch[d], InputSampler::normalAt(stream, d, 7));
            tails += std::fabs(batch[d]) > 1.44; // |p - 0.5| > 0.425
        }
        QVERIFY(tails > 500);
    }

    void sampleExpMatchesLibm()
    {
        // The draws' own exp: within one unit in the last place of libm's exp (glibc's is
        // correctly rounded to within 0.5 ulp) over the whole range it is used on.
        QCOMPARE(sampleExp(0.0), 1.0);
        std::mt19937_64 rng(17);
        std::uniform_real_distribution<double> wide(-sampleExpLimit, sampleExpLimit), narrow(-8.0, 8.0);
        for (int i = 0; i < 200000; ++i) {
            for (double x : {wide(rng), narrow(rng), narrow(rng) * 1e-6}) {
                const double expected = std::exp(x);
                const double ulp = std::nextafter(expected, INFINITY) - expected;
                QVERIFY2(std::fabs(sampleExp(x) - expected) <= ulp,
                         qPrintable(QStringLiteral("exp(%1)").arg(x, 0, 'g', 17)));
            }
        }
        // valueAt beyond the limit falls back to std::exp rather than overflowing the bits.
        // s = ln(1e300) / k = 539, so z = 1.305 gives exp(703.4): past the limit, still finite.
        const InputSampler wideSpread(Uncertain(1e-300, 1.0, 1e300), false);
        const double s = std::log(1e300) / InputSampler::k;
        QVERIFY(s * 1.305 > sampleExpLimit);
        QCOMPARE(wideSpread.valueAt(1.305), std::exp(s * 1.305));
    }

    void splitLognormal()
    {
        // x = base * exp(s z), s = ln(high/base)/k above, ln(base/low)/k below: z = +-k give
        // high and low exactly (up to rounding), z = 0 gives base.
        const InputSampler s(Uncertain(6000, 8000, 11000), false);
        QVERIFY(!s.isFixed());
        QVERIFY(std::fabs(s.valueAt(InputSampler::k) - 11000) < 1e-9);
        QVERIFY(std::fabs(s.valueAt(-InputSampler::k) - 6000) < 1e-9);
        QCOMPARE(s.valueAt(0.0), 8000.0);
        // z = 2: 8000 * (11000/8000)^(2/k)
        QVERIFY(std::fabs(s.valueAt(2.0) - 8000 * std::pow(11000.0 / 8000, 2 / InputSampler::k)) < 1e-8);
    }

    void splitLogitNormal()
    {
        const InputSampler s(Uncertain(0.006, 0.009, 0.012), true);
        QVERIFY(std::fabs(s.valueAt(InputSampler::k) - 0.012) < 1e-15);
        QVERIFY(std::fabs(s.valueAt(-InputSampler::k) - 0.006) < 1e-15);
        QVERIFY(std::fabs(s.valueAt(0.0) - 0.009) < 1e-17);
        // Far tails stay inside (0, 1).
        QVERIFY(s.valueAt(8.0) < 1.0);
        QVERIFY(s.valueAt(-8.0) > 0.0);
    }

    void fixedValuesAreNeverDrawn()
    {
        // A rate of exactly 0 or 1 cannot be logit-drawn; fixed values are returned as they are.
        for (double v : {0.0, 1.0, 0.3}) {
            const InputSampler s(Uncertain(v), true);
            QVERIFY(s.isFixed());
            QCOMPARE(s.valueAt(1.5), v);
        }
        // A one-sided triple: no spread below base.
        const InputSampler half(Uncertain(0.2, 0.2, 0.4), true);
        QCOMPARE(half.valueAt(-1.0), 0.2);
        QVERIFY(half.valueAt(1.0) > 0.2);
    }

    void percentiles_data()
    {
        QTest::addColumn<std::vector<double>>("data");
        QTest::addColumn<double>("p10");
        QTest::addColumn<double>("p50");
        QTest::addColumn<double>("p90");
        // Linear interpolation at (n-1)q. n = 10, values 1..10 shuffled:
        // 0.9 -> 1.9, 4.5 -> 5.5, 8.1 -> 9.1.
        QTest::newRow("ten") << std::vector<double>{7, 3, 10, 1, 5, 9, 2, 8, 6, 4} << 1.9 << 5.5 << 9.1;
        QTest::newRow("one") << std::vector<double>{42} << 42.0 << 42.0 << 42.0;
        // n = 2: 3 + 0.1 * 4 = 3.4; 5; 3 + 0.9 * 4 = 6.6
        QTest::newRow("two") << std::vector<double>{7, 3} << 3.4 << 5.0 << 6.6;
        // n = 5: positions 0.4, 2, 3.6 -> 1 + 0.4 * 1 = 1.4; 2; 2 + 0.6 * 98 = 60.8
        QTest::newRow("ties") << std::vector<double>{2, 1, 100, 2, 2} << 1.4 << 2.0 << 60.8;
        QTest::newRow("constant") << std::vector<double>(7, 0.25) << 0.25 << 0.25 << 0.25;
    }

    void percentiles()
    {
        QFETCH(std::vector<double>, data);
        QFETCH(double, p10);
        QFETCH(double, p50);
        QFETCH(double, p90);
        double out[3];
        Percentiles::compute(data.data(), data.size(), out);
        QVERIFY(std::fabs(out[0] - p10) < 1e-12);
        QVERIFY(std::fabs(out[1] - p50) < 1e-12);
        QVERIFY(std::fabs(out[2] - p90) < 1e-12);
    }

    void percentilesAgreeWithSorting()
    {
        std::mt19937_64 rng(3);
        for (std::size_t n : {3u, 10u, 11u, 101u, 1000u, 10000u, 10001u}) {
            std::lognormal_distribution<double> dist(0.0, 1.5);
            std::vector<double> data(n);
            for (double &x : data)
                x = dist(rng);
            std::vector<double> sorted = data;
            std::sort(sorted.begin(), sorted.end());
            double out[3];
            std::vector<double> work = data;
            Percentiles::compute(work.data(), n, out);
            std::vector<std::uint32_t> scratch;
            std::size_t at[6];
            Percentiles::orderIndices(data.data(), n, scratch, at);
            for (int i = 0; i < 3; ++i) {
                const double pos = (n - 1) * Percentiles::levels[i];
                const std::size_t lo = static_cast<std::size_t>(std::floor(pos));
                const std::size_t hi = std::min(lo + 1, n - 1);
                const double expected = sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
                QVERIFY2(std::fabs(out[i] - expected) <= 1e-12 * expected, qPrintable(QString::number(n)));
                QCOMPARE(data[at[2 * i]], sorted[lo]);
                QCOMPARE(data[at[2 * i + 1]], sorted[hi]);
            }
        }
    }

    void percentilesWithManyTies()
    {
        // Few distinct values: the wanted histogram buckets are crowded, ties ranked by index.
        std::mt19937_64 rng(5);
        std::lognormal_distribution<double> dist(0.0, 1.0);
        std::vector<double> data(10001);
        for (double &x : data)
            x = std::floor(dist(rng) * 3.0);
        std::vector<double> sorted = data;
        std::sort(sorted.begin(), sorted.end());
        double out[3];
        Percentiles::compute(data.data(), data.size(), out);
        std::vector<std::uint32_t> scratch;
        std::size_t at[6];
        Percentiles::orderIndices(data.data(), data.size(), scratch, at);
        for (int i = 0; i < 3; ++i) {
            const std::size_t lo = static_cast<std::size_t>(std::floor(10000 * Percentiles::levels[i]));
            QCOMPARE(out[i], sorted[lo]); // positions 1000, 5000, 9000 are whole
            QCOMPARE(data[at[2 * i]], sorted[lo]);
        }
    }

    void rangeHintNeverChangesTheAnswer()
    {
        // A week-to-week range guess, good, poor or absurd, gives exactly the unhinted answer.
        std::mt19937_64 rng(11);
        Percentiles::RangeHint hint;
        const double shifts[] = {1.0, 1.02, 0.97, 5.0, 0.01, 1.0, 1.0, 0.0, 1.0, -3.0, 1e6};
        for (double shift : shifts) {
            std::lognormal_distribution<double> dist(0.0, 0.4);
            std::vector<double> data(5001);
            for (double &x : data)
                x = dist(rng) * shift;
            double plain[3], hinted[3];
            Percentiles::compute(data.data(), data.size(), plain);
            Percentiles::compute(data.data(), data.size(), hinted, &hint);
            for (int i = 0; i < 3; ++i)
                QCOMPARE(hinted[i], plain[i]);
        }
        hint.valid = true;
        hint.lo = 1e300;
        hint.hi = 1.5e300;
        std::vector<double> data = {3, 1, 2};
        double out[3];
        Percentiles::compute(data.data(), data.size(), out, &hint);
        QCOMPARE(out[1], 2.0);
    }
};

QTEST_GUILESS_MAIN(TestForecastSampling)
#include "tst_forecastsampling.moc"
