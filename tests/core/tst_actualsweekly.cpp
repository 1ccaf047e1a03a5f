// Weekly sums on the plan's Monday grid (in SQL), across a year boundary and outside the plan's
// range; the `actuals --json` shape; plan vs actual with cumulative pacing.
#include "tst_actualshelpers.h"

#include "actuals/actualsimporter.h"
#include "actuals/actualsreport.h"
#include "actuals/actualsstore.h"
#include "actuals/planvsactual.h"
#include "model/inputerror.h"
#include "storage/planfile.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace funnelcast;
using namespace funnelcast::test;

class TestActualsWeekly : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<PlanFile> newPlan(const Plan &plan)
    {
        const QString path = m_dir.filePath(QStringLiteral("plan%1.fcplan").arg(++m_counter));
        PlanFile::create(path, plan);
        return PlanFile::open(path);
    }

    void import(PlanFile &file, const QString &csv, const QString &channel)
    {
        ImportOptions options;
        options.channel = channel;
        ActualsImporter(file.database(), file.plan()).importFile(csv, options);
    }

private slots:
    void yearBoundary()
    {
        // Plan starts Monday 2026-01-05; 2025-12-29 (Mon) and 2026-01-04 (Sun) fall in the week
        // before it, which is kept.
        auto file = newPlan(makePlan(QDate(2026, 1, 5)));
        import(*file, fixture("generic_semicolon.csv"), QStringLiteral("Other"));
        const std::vector<ActualsWeek> weeks
            = ActualsStore(file->database()).weekly(QStringLiteral("Other"), file->plan().start);
        QCOMPARE(int(weeks.size()), 2);
        QCOMPARE(weeks[0].week, QDate(2025, 12, 29));
        QCOMPARE(weeks[0].index, -1);
        QCOMPARE(*weeks[0].spend, 3000.5);
        QCOMPARE(*weeks[0].impressions, 30000.0);
        QCOMPARE(*weeks[0].clicks, 300.0);
        QCOMPARE(*weeks[0].orders, 6.0);
        QCOMPARE(*weeks[0].revenue, 150000.0);
        QCOMPARE(weeks[0].daysCovered, 2);
        QCOMPARE(weeks[1].week, QDate(2026, 1, 5));
        QCOMPARE(weeks[1].index, 0);
        QCOMPARE(*weeks[1].spend, 3000.0);
        QCOMPARE(weeks[1].daysCovered, 1);
    }

    void dailyAcrossYearAgainstCalendar()
    {
        // 60 daily rows from 2025-12-01; expected sums computed from QDate::dayOfWeek, an
        // independent route from the SQL floor division.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("days.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("day,cost,impressions\n");
        std::map<QDate, double> expected;
        const QDate first(2025, 12, 1);
        for (int i = 0; i < 60; ++i) {
            const QDate d = first.addDays(i);
            const double spend = 100.0 + i;
            f.write(QStringLiteral("%1,%2,%3\n")
                        .arg(d.toString(Qt::ISODate))
                        .arg(spend)
                        .arg(i * 10)
                        .toUtf8());
            expected[d.addDays(1 - d.dayOfWeek())] += spend;
        }
        f.close();
        auto file = newPlan(makePlan(QDate(2026, 1, 12), 4));
        import(*file, csv, QStringLiteral("Other"));
        const std::vector<ActualsWeek> weeks
            = ActualsStore(file->database()).weekly(QStringLiteral("Other"), file->plan().start);
        QCOMPARE(weeks.size(), expected.size());
        size_t k = 0;
        for (const auto &[monday, spend] : expected) {
            QCOMPARE(weeks[k].week, monday);
            QCOMPARE(weeks[k].week.dayOfWeek(), 1);
            QCOMPARE(*weeks[k].spend, spend);
            QVERIFY(!weeks[k].orders); // the file has no orders column: absent, not 0
            ++k;
        }
    }

    void weeklyRows()
    {
        auto file = newPlan(makePlan());
        import(*file, fixture("meta_ko_weekly.csv"), QString());
        const std::vector<ActualsWeek> weeks
            = ActualsStore(file->database())
                  .weekly(QStringLiteral("Instagram Ads"), file->plan().start);
        QCOMPARE(int(weeks.size()), 2);
        QCOMPARE(weeks[0].week, QDate(2026, 2, 2));
        QCOMPARE(*weeks[0].spend, 140000.0);
        QCOMPARE(weeks[0].daysCovered, 7);
        QCOMPARE(weeks[1].week, QDate(2026, 2, 9));
        QCOMPARE(*weeks[1].revenue, 300000.0);
    }

    void jsonShape()
    {
        auto file = newPlan(makePlan());
        import(*file, fixture("meta_en.csv"), QString());
        import(*file, fixture("kakao.csv"), QString());
        const QJsonObject all
            = ActualsReport::weeklyJson(file->database(), file->plan(), QString());
        const QJsonArray channels = all.value(QStringLiteral("channels")).toArray();
        QCOMPARE(channels.size(), 2);
        // Plan order: Instagram Ads before Kakao.
        QCOMPARE(channels[0].toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Instagram Ads"));
        const QJsonArray weekly = channels[0].toObject().value(QStringLiteral("weekly")).toArray();
        QCOMPARE(weekly.size(), 2);
        const QJsonObject w0 = weekly[0].toObject();
        QCOMPARE(w0.value(QStringLiteral("week")).toString(), QStringLiteral("2026-01-26"));
        QCOMPARE(w0.value(QStringLiteral("spend")).toDouble(), 30000.0);
        QCOMPARE(w0.value(QStringLiteral("impressions")).toDouble(), 12000.0);
        QCOMPARE(w0.value(QStringLiteral("clicks")).toDouble(), 40.0);
        QCOMPARE(w0.value(QStringLiteral("orders")).toDouble(), 3.0);
        QCOMPARE(w0.value(QStringLiteral("revenue")).toDouble(), 90000.0);
        const QJsonObject w1 = weekly[1].toObject();
        QCOMPARE(w1.value(QStringLiteral("week")).toString(), QStringLiteral("2026-02-02"));
        QCOMPARE(w1.value(QStringLiteral("spend")).toDouble(), 35000.0);
        QCOMPARE(w1.value(QStringLiteral("clicks")).toDouble(), 25.0);

        const QJsonObject one
            = ActualsReport::weeklyJson(file->database(), file->plan(), QStringLiteral("Kakao"));
        QCOMPARE(one.value(QStringLiteral("channels")).toArray().size(), 1);
        // A plan channel without actuals: listed with no weeks. An unknown name: usage error.
        const QJsonObject none
            = ActualsReport::weeklyJson(file->database(), file->plan(), QStringLiteral("TikTok"));
        QCOMPARE(none.value(QStringLiteral("channels"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("weekly"))
                     .toArray()
                     .size(),
            0);
        QVERIFY_THROWS_EXCEPTION(UsageError,
            ActualsReport::weeklyJson(file->database(), file->plan(), QStringLiteral("Nope")));
    }

    void readingDoesNotWrite()
    {
        // A plan file without actuals: reading them creates no table.
        auto file = newPlan(makePlan());
        QCOMPARE(ActualsReport::weeklyJson(file->database(), file->plan(), QString())
                     .value(QStringLiteral("channels"))
                     .toArray()
                     .size(),
            0);
        QVERIFY(!ActualsStore::hasSchema(file->database()));
    }

    void planVsActual()
    {
        // Instagram Ads: S = 1,000,000 even over 8 weeks -> 125,000 a week. Base orders per week
        // by hand (no audience cap, no carryover): I = 1000 * 125000 / 5000 = 25000,
        // clicks 250, views 225, carts 22.5, orders 6.75.
        auto file = newPlan(makePlan());
        import(*file, fixture("meta_en.csv"), QString());
        const std::vector<PlanVsActualChannel> result
            = PlanVsActual::compute(file->database(), file->plan());
        QCOMPARE(int(result.size()), 6);
        const PlanVsActualChannel &ig = result[0];
        QCOMPARE(ig.name, QStringLiteral("Instagram Ads"));
        QCOMPARE(int(ig.weeks.size()), 8);
        QCOMPARE(ig.weeks[0].week, QDate(2026, 1, 26));
        QCOMPARE(ig.weeks[0].plannedSpend, 125000.0);
        QVERIFY(qAbs(ig.weeks[0].plannedOrders - 6.75) < 1e-9);
        QCOMPARE(*ig.weeks[0].actualSpend, 30000.0);
        QCOMPARE(*ig.weeks[0].actualOrders, 3.0);
        QCOMPARE(*ig.weeks[1].actualSpend, 35000.0);
        QCOMPARE(ig.weeks[1].cumulativeActualSpend, 65000.0);
        QCOMPARE(ig.weeks[1].cumulativePlannedSpend, 250000.0);
        QCOMPARE(*ig.weeks[1].spendPacing, 0.26);
        QVERIFY(qAbs(*ig.weeks[1].ordersPacing - 5.0 / 13.5) < 1e-12);
        QVERIFY(!ig.weeks[2].actualSpend);
        // A channel without actuals: planned only.
        QVERIFY(!result[1].weeks[0].actualSpend);
        QCOMPARE(*result[1].weeks[0].spendPacing, 0.0);
        const QJsonObject json = PlanVsActual::toJson(result);
        QCOMPARE(json.value(QStringLiteral("channels")).toArray().size(), 6);
    }

    void planVsActualKeepsWeeksOutsideThePlan()
    {
        auto file = newPlan(makePlan(QDate(2026, 1, 5), 2));
        import(*file, fixture("generic_semicolon.csv"), QStringLiteral("Instagram Ads"));
        const std::vector<PlanVsActualChannel> result
            = PlanVsActual::compute(file->database(), file->plan());
        const PlanVsActualChannel &ig = result[0];
        QCOMPARE(int(ig.weeks.size()), 3);
        QCOMPARE(ig.weeks[0].week, QDate(2025, 12, 29));
        QCOMPARE(ig.weeks[0].plannedSpend, 0.0);
        QCOMPARE(*ig.weeks[0].actualSpend, 3000.5);
        QVERIFY(!ig.weeks[0].spendPacing);
    }
};

QTEST_GUILESS_MAIN(TestActualsWeekly)
#include "tst_actualsweekly.moc"
