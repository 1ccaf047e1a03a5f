// The plan-file commands of the built executable: new, export-json, import-json. Runs the
// program directly (no shell) and checks exit statuses, the one-line errors and that a failed
// command changes no file.
#include "clirunner.h"
#include "storagefixtures.h"

#include "io/planjson.h"
#include "storage/planfile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace funnelcast;
using namespace funnelcast::test;

namespace {

using Result = CliResult;

Result run(const QStringList &arguments) { return runCli(arguments); }

// One sentence on one line.
bool isOneLine(const QByteArray &err)
{
    return err.endsWith('\n') && err.count('\n') == 1;
}

QStringList files(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestCliPlanFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newEmptyPlan();
    void newDemoPlan();
    void newRefusesExistingFile();
    void usageErrors_data();
    void usageErrors();
    void exportAndImportRoundTrip();
    void exportOfBadFileWritesNothing();
    void importRefusesExistingPlan();
    void importOfBadJson_data();
    void importOfBadJson();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestCliPlanFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(FUNNELCAST_EXE)), FUNNELCAST_EXE);
}

void TestCliPlanFiles::newEmptyPlan()
{
    const QString file = path(QStringLiteral("launch.fcplan"));
    const Result result = run({QStringLiteral("new"), file});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const Plan plan = PlanFile::open(file)->plan();
    QCOMPARE(plan.name, QStringLiteral("launch"));
    QCOMPARE(plan.currency, QStringLiteral("KRW"));
    QCOMPARE(plan.weeks, 8);
    QCOMPARE(plan.start.dayOfWeek(), 1);
    const QDate today = QDate::currentDate();
    QVERIFY(plan.start > today && plan.start <= today.addDays(7));
    QCOMPARE(plan.scenarios.size(), size_t(1));
    QCOMPARE(plan.scenarios[0].name, QStringLiteral("Base"));
    QVERIFY(plan.scenarios[0].channels.empty());
    QVERIFY(plan.scenarios[0].creators.empty());
    QVERIFY(plan.scenarios[0].organic.empty());
    QCOMPARE(files(m_dir.path()).filter(QStringLiteral("launch")), QStringList{QStringLiteral("launch.fcplan")});
}

void TestCliPlanFiles::newDemoPlan()
{
    const QString file = path(QStringLiteral("demo.fcplan"));
    const Result result = run({QStringLiteral("new"), file, QStringLiteral("--demo")});
    QCOMPARE(result.exitCode, 0);
    QFile source(QStringLiteral(FUNNELCAST_SOURCE_DIR "/resources/demo-plan.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const Plan expected = PlanJson::fromBytes(source.readAll());
    QVERIFY(PlanFile::open(file)->plan() == expected);
    QVERIFY(expected.scenarios.size() >= 2);
}

void TestCliPlanFiles::newRefusesExistingFile()
{
    const QString file = path(QStringLiteral("taken.fcplan"));
    writeBytes(file, QByteArrayLiteral("someone's notes"));
    const Result result = run({QStringLiteral("new"), file, QStringLiteral("--demo")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(isOneLine(result.err), result.err.constData());
    QVERIFY2(result.err.contains(file.toUtf8()), result.err.constData());
    QCOMPARE(readBytes(file), QByteArrayLiteral("someone's notes"));
}

void TestCliPlanFiles::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("new without a file") << QStringList{QStringLiteral("new")};
    QTest::newRow("new with an unknown option") << QStringList{QStringLiteral("new"), QStringLiteral("x.fcplan"), QStringLiteral("--bogus")};
    QTest::newRow("new with two files") << QStringList{QStringLiteral("new"), QStringLiteral("x.fcplan"), QStringLiteral("y.fcplan")};
    QTest::newRow("export-json without output") << QStringList{QStringLiteral("export-json"), QStringLiteral("x.fcplan")};
    QTest::newRow("import-json without plan") << QStringList{QStringLiteral("import-json"), QStringLiteral("x.json")};
    QTest::newRow("import-json with --demo") << QStringList{QStringLiteral("import-json"), QStringLiteral("x.json"), QStringLiteral("y.fcplan"), QStringLiteral("--demo")};
}

void TestCliPlanFiles::usageErrors()
{
    QFETCH(QStringList, arguments);
    const QStringList before = files(m_dir.path());
    const Result result = [&] {
        QStringList args = arguments;
        for (QString &arg : args)
            if (arg.endsWith(QLatin1String(".fcplan")) || arg.endsWith(QLatin1String(".json")))
                arg = path(arg);
        return run(args);
    }();
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(isOneLine(result.err), result.err.constData());
    QCOMPARE(files(m_dir.path()), before);
}

void TestCliPlanFiles::exportAndImportRoundTrip()
{
    const QString plan = path(QStringLiteral("full.fcplan"));
    PlanFile::create(plan, fullPlan());
    const QString json = path(QStringLiteral("full.json"));
    Result result = run({QStringLiteral("export-json"), plan, json});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(PlanJson::fromBytes(readBytes(json)) == fullPlan());

    const QString copy = path(QStringLiteral("copy.fcplan"));
    result = run({QStringLiteral("import-json"), json, copy});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(PlanFile::open(copy)->plan() == fullPlan());

    // Exporting again replaces the JSON file whole.
    writeBytes(json, QByteArrayLiteral("stale"));
    QCOMPARE(run({QStringLiteral("export-json"), copy, json}).exitCode, 0);
    QVERIFY(PlanJson::fromBytes(readBytes(json)) == fullPlan());
    for (const QString &name : files(m_dir.path()))
        QVERIFY2(!name.endsWith(QLatin1String(".tmp")) && !name.contains(QLatin1String("-journal")), qPrintable(name));
}

void TestCliPlanFiles::exportOfBadFileWritesNothing()
{
    const QString plan = path(QStringLiteral("hostile.fcplan"));
    PlanFile::create(plan, fullPlan());
    QVERIFY(rawSql(plan, "CREATE VIEW v AS SELECT * FROM plan;").isEmpty());
    const QByteArray before = readBytes(plan);
    const QString json = path(QStringLiteral("hostile.json"));
    const Result result = run({QStringLiteral("export-json"), plan, json});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(isOneLine(result.err), result.err.constData());
    QVERIFY2(result.err.contains(plan.toUtf8()), result.err.constData());
    QVERIFY(!QFileInfo::exists(json));
    QCOMPARE(readBytes(plan), before);

    const QString missing = path(QStringLiteral("missing.fcplan"));
    const Result second = run({QStringLiteral("export-json"), missing, json});
    QCOMPARE(second.exitCode, 3);
    QVERIFY2(isOneLine(second.err), second.err.constData());
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(json));
}

void TestCliPlanFiles::importRefusesExistingPlan()
{
    const QString json = path(QStringLiteral("for-existing.json"));
    writeBytes(json, PlanJson::toBytes(fullPlan()));
    const QString plan = path(QStringLiteral("existing.fcplan"));
    Plan other = fullPlan();
    other.name = QStringLiteral("Keep me");
    PlanFile::create(plan, other);
    const QByteArray before = readBytes(plan);
    const Result result = run({QStringLiteral("import-json"), json, plan});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(isOneLine(result.err), result.err.constData());
    QVERIFY2(result.err.contains("already exists"), result.err.constData());
    QCOMPARE(readBytes(plan), before);
}

void TestCliPlanFiles::importOfBadJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray good = PlanJson::toBytes(fullPlan());
    QByteArray missing = good;
    missing.replace("\"cpm\"", "\"cpm_typo\"");
    QByteArray wrongType = good;
    wrongType.replace("\"weeks\": 10", "\"weeks\": \"ten\"");
    QByteArray nanValue = good;
    nanValue.replace("\"margin\": 0.6", "\"margin\": NaN");
    QByteArray rate = good;
    rate.replace("\"return_rate\": 0.05", "\"return_rate\": 1.5");
    QVERIFY(missing != good && wrongType != good && nanValue != good && rate != good);
    QTest::newRow("missing required field") << missing << QByteArray("cpm");
    QTest::newRow("wrong type") << wrongType << QByteArray("weeks");
    QTest::newRow("NaN") << nanValue << QByteArray("");
    QTest::newRow("rate of 1.5") << rate << QByteArray("return_rate");
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QByteArray("");
    QTest::newRow("empty file") << QByteArray() << QByteArray("");
}

void TestCliPlanFiles::importOfBadJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);
    const QString in = path(QStringLiteral("bad-input.json"));
    writeBytes(in, json);
    const QString plan = path(QStringLiteral("from-bad.fcplan"));
    const QStringList before = files(m_dir.path());
    const Result result = run({QStringLiteral("import-json"), in, plan});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(isOneLine(result.err), result.err.constData());
    QVERIFY2(result.err.contains(in.toUtf8()), result.err.constData());
    QVERIFY2(result.err.contains(expected), result.err.constData());
    QVERIFY(!QFileInfo::exists(plan));
    QCOMPARE(files(m_dir.path()), before);
    QCOMPARE(readBytes(in), json);
}

QTEST_GUILESS_MAIN(TestCliPlanFiles)
#include "tst_cli_planfiles.moc"
