// Limits (issue 10): inputs far larger than any real plan or export either work within sane
// memory or are refused with one clear sentence; none crashes or hangs. Each test runs under a
// watchdog that aborts only on a hang (minutes, for shared CI machines); nothing asserts on time.
// Peak RSS (getrusage) is a high-water mark of the whole process, so the tests are declared in
// order of growing memory and each asserts a generous bound on the peak so far.
#include "actuals/actualsimporter.h"
#include "actuals/actualsstore.h"
#include "actuals/csvrecordreader.h"
#include "actuals/planvsactual.h"
#include "forecast/forecastengine.h"
#include "io/planjson.h"
#include "model/inputerror.h"
#include "storage/database.h"
#include "storage/planfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

using namespace funnelcast;

namespace {

// Aborts the process with a message if the guarded scope does not finish within `limit`:
// a hang fails loudly instead of holding the CI machine until its global timeout.
class Watchdog
{
public:
    Watchdog(const char *what, std::chrono::seconds limit)
        : m_thread([this, what, limit] {
              std::unique_lock<std::mutex> lock(m_mutex);
              if (!m_done.wait_for(lock, limit, [this] { return m_finished; })) {
                  std::fprintf(stderr, "tst_limits: %s did not finish within %lld s: a hang.\n",
                               what, static_cast<long long>(limit.count()));
                  std::fflush(stderr);
                  std::abort();
              }
          })
    {
    }
    ~Watchdog()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_finished = true;
        }
        m_done.notify_one();
        m_thread.join();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false;
    std::thread m_thread;
};

constexpr std::chrono::seconds hangLimit(600);

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// ASan's shadow memory and quarantine inflate RSS several times over; the bounds are for the
// plain build and scaled when the test runs instrumented.
double memoryScale()
{
#if defined(__SANITIZE_ADDRESS__)
    return 4.0;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return 4.0;
#else
    return 1.0;
#endif
#else
    return 1.0;
#endif
}

Plan demoPlan()
{
    QFile demo(QStringLiteral(FUNNELCAST_SOURCE_DIR "/resources/demo-plan.json"));
    if (!demo.open(QIODevice::ReadOnly))
        qFatal("cannot read the demo plan");
    return PlanJson::fromBytes(demo.readAll(), demo.fileName());
}

// One sentence: no line break, ends with a full stop.
bool isOneSentence(const QString &message)
{
    return !message.isEmpty() && !message.contains(QLatin1Char('\n')) && message.endsWith(QLatin1Char('.'));
}

qint64 actualsRows(Database &db)
{
    if (!ActualsStore::hasSchema(db))
        return 0;
    Statement s(db, "SELECT count(*) FROM actual_row;");
    s.step();
    return s.columnInt64(0);
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvLineOf10Mb_data();
    void csvLineOf10Mb();
    void actualsTableOf5MillionRows();
    void jsonPlanOf50Mb();
    void plan500ChannelsBy156Weeks();

private:
    QTemporaryDir m_dir;
};

void TestLimits::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qInfo("peak RSS at start: %.0f MB", peakRssMb());
}

void TestLimits::csvLineOf10Mb_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("tail");
    QTest::addColumn<char>("filler");
    QTest::addColumn<int>("line");
    const QByteArray header("Day,Campaign,Cost,Impr.,Clicks,Conversions,Conv. value\n");
    const QByteArray row("2026-02-01,Brand,1500,10000,100,5,150000\n");
    // A header line of 10 MB (no header can be found in it).
    QTest::newRow("header") << QByteArray() << QByteArray("\n") + header + row << 'x' << 1;
    // A data row whose campaign cell is 10 MB.
    QTest::newRow("unquoted cell") << header + row + "2026-02-02," << QByteArray(",1,1,1,1,1\n") << 'y' << 3;
    // A quoted cell of 10 MB holding line breaks, closed at the end.
    QTest::newRow("quoted cell") << header + row + "2026-02-02,\"" << QByteArray("\",1,1,1,1,1\n") << '\n' << 3;
    // A quote opened and never closed: the rest of the file would be one cell.
    QTest::newRow("unclosed quote") << header + row + "2026-02-02,\"" << QByteArray() << 'z' << 3;
    // 10 MB of delimiters: millions of empty cells in one record.
    QTest::newRow("empty cells") << header + row << QByteArray("\n") << ',' << 3;
}

void TestLimits::csvLineOf10Mb()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, tail);
    QFETCH(char, filler);
    QFETCH(int, line);
    Watchdog watchdog("the 10 MB CSV line", hangLimit);

    const QString csv = m_dir.filePath(QStringLiteral("long-line.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(head);
        file.write(QByteArray(10 * 1024 * 1024, filler));
        file.write(tail);
    }
    const QString planPath = m_dir.filePath(QStringLiteral("csv-limit.fcplan"));
    QFile::remove(planPath);
    std::unique_ptr<PlanFile> plan = PlanFile::create(planPath, demoPlan());
    const QByteArray before = [&] {
        QFile f(planPath);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    ImportOptions options;
    options.channel = QStringLiteral("Naver Search");
    ActualsImporter importer(plan->database(), plan->plan());
    try {
        importer.importFile(csv, options);
        QFAIL("a 10 MB line was imported");
    } catch (const InputError &e) {
        qInfo("%s", qPrintable(e.message()));
        QVERIFY2(isOneSentence(e.message()), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("line %1").arg(line))
                     || e.message().contains(QLatin1String("no header row")),
                 qPrintable(e.message()));
    }
    QCOMPARE(actualsRows(plan->database()), 0);
    plan.reset();
    QFile after(planPath);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QVERIFY2(after.readAll() == before, "a refused import changed the plan file");

    // The record reader itself stops at its bound instead of buffering the whole line.
    QFile raw(csv);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    CsvRecordReader reader(
        [&raw](QByteArray *chunk) {
            *chunk = raw.read(1 << 16);
            return !chunk->isEmpty();
        },
        ',', csv);
    CsvRecord record;
    bool refused = false;
    try {
        while (reader.next(&record))
            QVERIFY(record.data.size() <= CsvRecordReader::maxRecordBytes);
    } catch (const InputError &e) {
        refused = true;
        QVERIFY2(isOneSentence(e.message()), qPrintable(e.message()));
    }
    QVERIFY(refused);
    qInfo("peak RSS: %.0f MB", peakRssMb());
    QVERIFY(peakRssMb() < 400 * memoryScale());
}

void TestLimits::actualsTableOf5MillionRows()
{
    Watchdog watchdog("the 5 million row actuals table", hangLimit);
    constexpr qint64 rows = 5000000;
    constexpr qint64 rowsPerDay = 5000;
    constexpr qint64 firstDay = -98; // days before the plan's start: weeks with negative indexes
    const Plan plan = demoPlan();
    const QString path = m_dir.filePath(QStringLiteral("five-million.fcplan"));
    {
        std::unique_ptr<PlanFile> file = PlanFile::create(path, plan);
        Database &db = file->database();
        ActualsStore::ensureSchema(db);
        Statement insert(db,
                         "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?1)"
                         " INSERT INTO actual_row(channel, day, days, row_key, spend, impressions,"
                         " clicks, orders, revenue)"
                         " SELECT ?2, ?3 + i / ?4, 1, 'ad ' || (i % ?4), i % 7 + 1, 1000, 10, i % 3 = 0, 500"
                         " FROM n;");
        insert.bind(1, static_cast<int64_t>(rows));
        insert.bind(2, QStringLiteral("Instagram Ads"));
        insert.bind(3, static_cast<int64_t>(plan.start.toJulianDay() + firstDay));
        insert.bind(4, static_cast<int64_t>(rowsPerDay));
        Transaction transaction(db);
        insert.run();
        transaction.commit();
    }
    qInfo("plan file with %lld actuals rows: %.0f MB", static_cast<long long>(rows),
          double(QFileInfo(path).size()) / (1024.0 * 1024.0));

    // The same sums by a plain loop over the generating formula.
    std::map<int, double> spendByWeek;
    std::map<int, double> ordersByWeek;
    double totalSpend = 0.0;
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 day = firstDay + i / rowsPerDay;
        const int week = int(std::floor(double(day) / 7.0));
        spendByWeek[week] += double(i % 7 + 1);
        ordersByWeek[week] += i % 3 == 0 ? 1.0 : 0.0;
        totalSpend += double(i % 7 + 1);
    }

    // Through the safe-open path (quick_check over the whole file), then SQL aggregation only.
    std::unique_ptr<PlanFile> file = PlanFile::open(path);
    ActualsStore store(file->database());
    QCOMPARE(store.rowCount(QStringLiteral("Instagram Ads")), rows);
    const std::vector<ActualsWeek> weeks = store.weekly(QStringLiteral("Instagram Ads"), plan.start);
    QCOMPARE(weeks.size(), spendByWeek.size());
    for (const ActualsWeek &w : weeks) {
        QVERIFY(spendByWeek.count(w.index));
        QCOMPARE(w.week, plan.weekStart(w.index));
        QVERIFY(w.spend.has_value() && w.orders.has_value());
        QCOMPARE(*w.spend, spendByWeek[w.index]);
        QCOMPARE(*w.orders, ordersByWeek[w.index]);
    }
    QCOMPARE(weeks.front().index, -14); // day -98 is the Monday 14 weeks before the start

    const std::vector<PlanVsActualChannel> pacing = PlanVsActual::compute(file->database(), file->plan());
    bool found = false;
    for (const PlanVsActualChannel &channel : pacing) {
        if (channel.name != QLatin1String("Instagram Ads"))
            continue;
        found = true;
        QVERIFY(!channel.weeks.empty());
        QCOMPARE(channel.weeks.back().cumulativeActualSpend, totalSpend);
        QVERIFY(channel.weeks.back().spendPacing.has_value());
    }
    QVERIFY(found);
    qInfo("peak RSS: %.0f MB", peakRssMb());
    QVERIFY(peakRssMb() < 400 * memoryScale());
}

void TestLimits::jsonPlanOf50Mb()
{
    Watchdog watchdog("the 50 MB JSON plan", hangLimit);
    // The demo plan's scenarios repeated until the document passes 50 MB.
    const Plan demo = demoPlan();
    QJsonObject object = PlanJson::toJson(demo);
    const QJsonArray scenarios = object.value(QStringLiteral("scenarios")).toArray();
    const qsizetype perScenario = QJsonDocument(scenarios.at(0).toObject()).toJson(QJsonDocument::Compact).size();
    const int copies = int(50LL * 1024 * 1024 / perScenario) + 1;
    QJsonArray many;
    for (int i = 0; i < copies; ++i) {
        QJsonObject s = scenarios.at(i % scenarios.size()).toObject();
        s.insert(QStringLiteral("name"), QStringLiteral("Scenario %1").arg(i));
        many.append(s);
    }
    object.insert(QStringLiteral("scenarios"), many);
    QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    object = QJsonObject();
    many = QJsonArray();
    QVERIFY(bytes.size() >= 50LL * 1024 * 1024);
    qInfo("JSON plan of %.1f MB, %d scenarios", double(bytes.size()) / (1024.0 * 1024.0), copies);
    try {
        const Plan plan = PlanJson::fromBytes(bytes, QStringLiteral("big.json"));
        qInfo("read");
        QCOMPARE(int(plan.scenarios.size()), copies);
        QVERIFY(plan.scenarios.back().channels == demo.scenarios.at(size_t((copies - 1) % scenarios.size())).channels);
    } catch (const InputError &e) {
        qInfo("%s", qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QLatin1Char('\n')), qPrintable(e.message()));
        QVERIFY2(e.message().startsWith(QLatin1String("big.json: ")), qPrintable(e.message()));
    }

    // Far beyond any plan: refused up front with a sentence, not parsed.
    bytes.append(QByteArray(qsizetype(20) * 1024 * 1024, ' '));
    try {
        PlanJson::fromBytes(bytes, QStringLiteral("huge.json"));
        qInfo("a %lld MB plan was accepted", static_cast<long long>(bytes.size() >> 20));
    } catch (const InputError &e) {
        // PlanJson's messages are "source: what is wrong" without a full stop.
        qInfo("%s", qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QLatin1Char('\n')), qPrintable(e.message()));
        QVERIFY2(e.message().startsWith(QLatin1String("huge.json: ")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QLatin1String("MB")), qPrintable(e.message()));
    }
    bytes.clear();
    qInfo("peak RSS: %.0f MB", peakRssMb());
    QVERIFY(peakRssMb() < 1536 * memoryScale());
}

void TestLimits::plan500ChannelsBy156Weeks()
{
    Watchdog watchdog("the forecast of 500 channels over 156 weeks", hangLimit);
    const Plan demo = demoPlan();
    Plan plan = demo;
    plan.weeks = 156;
    Scenario &scenario = plan.scenarios.at(0);
    const std::vector<PaidChannel> templates = scenario.channels;
    scenario.channels.clear();
    for (int i = 0; i < 500; ++i) {
        PaidChannel channel = templates.at(size_t(i) % templates.size());
        channel.name = QStringLiteral("Channel %1").arg(i);
        channel.spend = 1.0e6 + 1000.0 * i;
        channel.maxSpend.reset();
        channel.flighting = Flighting();
        scenario.channels.push_back(channel);
    }
    scenario.budget.reset();
    for (CreatorDeal &deal : scenario.creators)
        deal.posts = {0, 52, 104, 155};

    const ForecastResult base = ForecastEngine::base(plan, scenario);
    QCOMPARE(int(base.weeks.size()), 156);
    QVERIFY(base.channels.size() >= 500);
    double spend = 0.0;
    for (const PaidChannel &channel : scenario.channels)
        spend += channel.spend;
    QVERIFY(std::abs(base.totals.spend.base - spend) <= 1e-9 * spend);
    QVERIFY(std::isfinite(base.totals.orders.base) && base.totals.orders.base > 0.0);

    ForecastOptions options;
    options.draws = 500; // the default 10 000 works too, only slower; the memory shape is the same
    options.threads = 2;
    const ForecastResult run = ForecastEngine::run(plan, scenario, options);
    QCOMPARE(run.draws, options.draws);
    QVERIFY(!run.cancelled);
    QVERIFY(run.totals.orders.p10 <= run.totals.orders.p50 && run.totals.orders.p50 <= run.totals.orders.p90);
    for (const ChannelForecast &c : run.channels)
        QCOMPARE(int(c.weekly.orders.p50.size()), 156);
    qInfo("peak RSS: %.0f MB", peakRssMb());
    QVERIFY(peakRssMb() < 1536 * memoryScale());
}

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
