// `funnelcast calibrate` against the built executable: --scenario chooses the scenario whose
// channel is read and, with --apply, changed (the plan's first without it); no other scenario
// changes; an unknown scenario or a channel the scenario lacks is one sentence, exit 2, and
// the file is left as it was.
#include "clirunner.h"
#include "tst_actualshelpers.h"

#include "actuals/actualsstore.h"
#include "storage/planfile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace funnelcast;
using namespace funnelcast::test;

namespace {

using Result = CliResult;

Result run(const QStringList &arguments) { return runCli(arguments); }

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCliCalibrate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void appliesToTheFirstScenarioByDefault();
    void appliesOnlyToTheNamedScenario();
    void withoutApplyNothingChanges();
    void refusals_data();
    void refusals();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

// Scenarios "Base" and "Test" both have "Instagram Ads" (CPM 5,000); "Kakao only" has not.
// Six weeks of actuals, each 1,000,000 spent for 125,000 impressions (CPM 1000 x 1,000,000 /
// 125,000 = 8,000), 2,500 clicks, 50 orders and 2,000,000 revenue.
void TestCliCalibrate::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(
        QStringLiteral("%1.fcplan").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_path);
    Plan plan = makePlan(QDate(2026, 1, 5), 8);
    Scenario test = plan.scenarios[0];
    test.name = QStringLiteral("Test");
    plan.scenarios.push_back(test);
    Scenario kakao;
    kakao.name = QStringLiteral("Kakao only");
    kakao.channels.push_back(makeChannel(QStringLiteral("Kakao"), QStringLiteral("kakao")));
    plan.scenarios.push_back(kakao);
    auto file = PlanFile::create(m_path, plan);
    Transaction tx(file->database());
    ActualsStore::ensureSchema(file->database());
    ActualsStore store(file->database());
    for (int w = 0; w < 6; ++w) {
        ActualsRow row;
        row.day = QDate(2026, 1, 5).addDays(7 * w);
        row.days = 7;
        row.key = "campaign";
        row.spend = 1000000;
        row.impressions = 125000;
        row.clicks = 2500;
        row.orders = 50;
        row.revenue = 2000000;
        QVERIFY(store.insert(QStringLiteral("Instagram Ads"), row));
    }
    tx.commit();
}

void TestCliCalibrate::appliesToTheFirstScenarioByDefault()
{
    const Result r = run({ QStringLiteral("calibrate"), m_path, QStringLiteral("--channel"),
        QStringLiteral("Instagram Ads"), QStringLiteral("--apply"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("applied")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("scenario")).toString(), QStringLiteral("Base"));
    auto file = PlanFile::open(m_path);
    QCOMPARE(file->plan().scenarios[0].channels[0].cpm.base, 8000.0);
    QCOMPARE(file->plan().scenarios[1].channels[0].cpm.base, 5000.0);
}

void TestCliCalibrate::appliesOnlyToTheNamedScenario()
{
    const Result r = run({ QStringLiteral("calibrate"), m_path, QStringLiteral("--channel"),
        QStringLiteral("Instagram Ads"), QStringLiteral("--scenario"), QStringLiteral("Test"),
        QStringLiteral("--apply"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("applied")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("scenario")).toString(), QStringLiteral("Test"));
    auto file = PlanFile::open(m_path);
    const PaidChannel &base = file->plan().scenarios[0].channels[0];
    const PaidChannel &test = file->plan().scenarios[1].channels[0];
    QCOMPARE(base, makeChannel(QStringLiteral("Instagram Ads"), QStringLiteral("instagram")));
    // Every week alike: CPM 8,000, CTR 2,500 / 125,000 = 2%, AOV 2,000,000 / 50 = 40,000.
    QCOMPARE(test.cpm.base, 8000.0);
    QVERIFY(std::abs(test.ctr.base - 0.02) < 1e-12);
    QVERIFY(std::abs(test.aov.base - 40000.0) < 1e-6);
}

void TestCliCalibrate::withoutApplyNothingChanges()
{
    const QByteArray before = digest(m_path);
    const Result r = run({ QStringLiteral("calibrate"), m_path, QStringLiteral("--channel"),
        QStringLiteral("Instagram Ads"), QStringLiteral("--scenario"), QStringLiteral("Test"),
        QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("applied")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("scenario")).toString(), QStringLiteral("Test"));
    QCOMPARE(digest(m_path), before);
}

void TestCliCalibrate::refusals_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown scenario")
        << QStringList { QStringLiteral("--scenario"), QStringLiteral("Nope") }
        << QStringLiteral("Instagram Ads") << QStringLiteral("\"Nope\"");
    QTest::newRow("channel not in the scenario")
        << QStringList { QStringLiteral("--scenario"), QStringLiteral("Kakao only") }
        << QStringLiteral("Instagram Ads") << QStringLiteral("\"Base\", \"Test\"");
    QTest::newRow("channel not in the first scenario")
        << QStringList {} << QStringLiteral("Nope") << QStringLiteral("\"Nope\"");
}

void TestCliCalibrate::refusals()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, channel);
    QFETCH(QString, mentions);
    const QByteArray before = digest(m_path);
    const Result r = run(QStringList { QStringLiteral("calibrate"), m_path,
                             QStringLiteral("--channel"), channel, QStringLiteral("--apply"),
                             QStringLiteral("--json") }
        + extra);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.endsWith('\n') && r.err.count('\n') == 1, r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QCOMPARE(digest(m_path), before);
}

QTEST_GUILESS_MAIN(TestCliCalibrate)
#include "tst_cli_calibrate.moc"
