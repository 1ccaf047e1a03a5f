// PlanFile: round trip of every field, every edit reaching the file, Save As, untitled plans,
// and every bad file of issue 2 refused with one sentence and left byte-for-byte unchanged.
#include "storagefixtures.h"

#include "model/inputerror.h"
#include "storage/database.h"
#include "storage/planfile.h"
#include "storage/planschema.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace funnelcast;
using namespace funnelcast::test;

namespace {

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

int64_t pragma(const QString &path, const char *sql)
{
    Database db(path, Database::Mode::ReadOnly);
    Statement statement(db, sql);
    return statement.step() ? statement.columnInt64(0) : -1;
}

QString pragmaText(const QString &path, const char *sql)
{
    Database db(path, Database::Mode::ReadWrite);
    Statement statement(db, sql);
    return statement.step() ? statement.columnText(0) : QString();
}

} // namespace

class TestPlanFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripKeepsEveryField();
    void fileSettings();
    void createRefusesToOverwrite();
    void createRefusesInvalidPlan();
    void everyEditReachesTheFile();
    void refusedEditChangesNothing();
    void planValuesChangeTogether();
    void saveAsContinuesOnTheCopy();
    void untitledPlanLivesInAppData();
    void badFileIsRefused_data();
    void badFileIsRefused();
    void registeredTableIsChecked();
    void hotJournalOfForeignFileIsNotApplied();
    void emptyPlanStartsNextMonday();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestPlanFile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("FunnelcastStorageTest"));
    QVERIFY(m_dir.isValid());
}

void TestPlanFile::roundTripKeepsEveryField()
{
    const Plan plan = fullPlan();
    const QString file = path(QStringLiteral("roundtrip.fcplan"));
    {
        const std::unique_ptr<PlanFile> created = PlanFile::create(file, plan);
        QCOMPARE(created->plan(), plan);
        QCOMPARE(created->path(), file);
        QVERIFY(!created->isUntitled());
    }
    const std::unique_ptr<PlanFile> reopened = PlanFile::open(file);
    const Plan &read = reopened->plan();
    // Field by field first, so a failure says which.
    QCOMPARE(read.name, plan.name);
    QCOMPARE(read.currency, plan.currency);
    QCOMPARE(read.start, plan.start);
    QCOMPARE(read.weeks, plan.weeks);
    QCOMPARE(read.population, plan.population);
    QCOMPARE(read.margin, plan.margin);
    QCOMPARE(read.unknownFields, plan.unknownFields);
    QCOMPARE(read.scenarios.size(), plan.scenarios.size());
    for (size_t s = 0; s < plan.scenarios.size(); ++s) {
        const Scenario &a = read.scenarios[s];
        const Scenario &b = plan.scenarios[s];
        QCOMPARE(a.name, b.name);
        QCOMPARE(a.budget, b.budget);
        QCOMPARE(a.unknownFields, b.unknownFields);
        QCOMPARE(a.channels.size(), b.channels.size());
        for (size_t i = 0; i < b.channels.size(); ++i) {
            QCOMPARE(a.channels[i].spend, b.channels[i].spend); // 20000000/3 exactly
            QCOMPARE(a.channels[i].cartRate.base, b.channels[i].cartRate.base);
            QCOMPARE(a.channels[i].flighting, b.channels[i].flighting);
            QCOMPARE(a.channels[i].unknownFields, b.channels[i].unknownFields);
            QVERIFY(a.channels[i] == b.channels[i]);
        }
        QVERIFY(a.creators == b.creators);
        QVERIFY(a.organic == b.organic);
    }
    QVERIFY(read == plan);
    // Rollback journal: nothing is left beside the file.
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-journal")));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
}

void TestPlanFile::fileSettings()
{
    const QString file = path(QStringLiteral("settings.fcplan"));
    const std::unique_ptr<PlanFile> created = PlanFile::create(file, fullPlan());
    QCOMPARE(pragma(file, "PRAGMA application_id;"), int64_t(0x46434e50));
    QCOMPARE(pragma(file, "PRAGMA user_version;"), int64_t(1));
    QCOMPARE(pragmaText(file, "PRAGMA journal_mode;"), QStringLiteral("delete"));
    Database &db = created->database();
    Statement sync(db, "PRAGMA synchronous;");
    QVERIFY(sync.step());
    QCOMPARE(sync.columnInt64(0), int64_t(2)); // FULL
    Statement keys(db, "PRAGMA foreign_keys;");
    QVERIFY(keys.step());
    QCOMPARE(keys.columnInt64(0), int64_t(1));
    // The file holds exactly the schema-1 tables, no temporary file is left beside it.
    QStringList tables;
    Statement list(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;");
    while (list.step())
        tables << list.columnText(0);
    QCOMPARE(tables, (QStringList{QStringLiteral("plan"), QStringLiteral("plan_item"), QStringLiteral("scenario")}));
    for (const QString &name : entries(m_dir.path()))
        QVERIFY2(!name.endsWith(QLatin1String(".tmp")), qPrintable(name));
}

void TestPlanFile::createRefusesToOverwrite()
{
    const QString file = path(QStringLiteral("exists.fcplan"));
    PlanFile::create(file, fullPlan());
    const QByteArray before = readBytes(file);
    Plan other = fullPlan();
    other.name = QStringLiteral("Other");
    try {
        PlanFile::create(file, other);
        QFAIL("create() overwrote an existing file");
    } catch (const InputError &error) {
        QVERIFY2(error.message().contains(file), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QLatin1String("already exists")), qPrintable(error.message()));
    }
    QCOMPARE(readBytes(file), before);
    // With overwrite, the new plan replaces the old one whole.
    PlanFile::create(file, other, true);
    QCOMPARE(PlanFile::open(file)->plan(), other);
}

void TestPlanFile::createRefusesInvalidPlan()
{
    const QString file = path(QStringLiteral("invalid.fcplan"));
    Plan plan = fullPlan();
    plan.scenarios[0].channels[0].ctr = 7;
    QVERIFY_THROWS_EXCEPTION(InputError, PlanFile::create(file, plan));
    QVERIFY(!QFileInfo::exists(file));
    for (const QString &name : entries(m_dir.path()))
        QVERIFY2(!name.contains(QLatin1String("invalid")), qPrintable(name));
}

void TestPlanFile::everyEditReachesTheFile()
{
    const QString file = path(QStringLiteral("edits.fcplan"));
    Plan expected = fullPlan();
    const std::unique_ptr<PlanFile> plan = PlanFile::create(file, expected);

    auto check = [&](const char *step) {
        if (plan->plan() != expected)
            QTest::qFail(qPrintable(QStringLiteral("in memory after %1").arg(QLatin1String(step))), __FILE__, __LINE__);
        const std::unique_ptr<PlanFile> reopened = PlanFile::open(file);
        if (reopened->plan() != expected)
            QTest::qFail(qPrintable(QStringLiteral("in the file after %1").arg(QLatin1String(step))), __FILE__, __LINE__);
        return plan->plan() == expected && reopened->plan() == expected;
    };

    Plan header = expected;
    header.name = QStringLiteral("Renamed");
    header.currency = QStringLiteral("KRW");
    header.start = QDate(2027, 3, 8);
    header.weeks = 12;
    header.population.reset();
    // A custom flighting holds one weight per week, so 12 weeks is refused while it has 10.
    QVERIFY_THROWS_EXCEPTION(InputError, plan->setPlanHeader(header));
    QVERIFY(check("refused setPlanHeader"));
    header.weeks = 10;
    header.margin = 0.45;
    header.unknownFields = QJsonObject{{QStringLiteral("x_new"), 1}};
    header.scenarios.clear(); // setPlanHeader leaves scenarios alone
    plan->setPlanHeader(header);
    header.scenarios = expected.scenarios;
    expected = header;
    QVERIFY(check("setPlanHeader"));

    Scenario middle;
    middle.name = QStringLiteral("Middle");
    middle.budget = 1234.5;
    middle.channels.push_back(sampleChannel(QStringLiteral("M channel")));
    middle.creators.push_back(sampleCreator(QStringLiteral("M creator")));
    middle.organic.push_back(sampleOrganic(QStringLiteral("M organic")));
    plan->insertScenario(1, middle);
    expected.scenarios.insert(expected.scenarios.begin() + 1, middle);
    QVERIFY(check("insertScenario"));

    plan->setScenarioName(0, QStringLiteral("Base 2"));
    expected.scenarios[0].name = QStringLiteral("Base 2");
    QVERIFY(check("setScenarioName"));
    plan->setScenarioBudget(0, std::nullopt);
    expected.scenarios[0].budget.reset();
    plan->setScenarioBudget(2, 99.25);
    expected.scenarios[2].budget = 99.25;
    QVERIFY(check("setScenarioBudget"));

    PaidChannel first = sampleChannel(QStringLiteral("First"));
    first.platform = QStringLiteral("kakao");
    plan->insertPaidChannel(0, 0, first);
    expected.scenarios[0].channels.insert(expected.scenarios[0].channels.begin(), first);
    QVERIFY(check("insertPaidChannel at 0"));
    PaidChannel last = sampleChannel(QStringLiteral("Last"));
    plan->insertPaidChannel(0, 3, last);
    expected.scenarios[0].channels.push_back(last);
    QVERIFY(check("insertPaidChannel at the end"));
    PaidChannel changed = expected.scenarios[0].channels[2];
    changed.spend = 123456.789;
    changed.cpm = Uncertain(7000, 9000, 12000);
    changed.name = QStringLiteral("TikTok renamed");
    plan->setPaidChannel(0, 2, changed);
    expected.scenarios[0].channels[2] = changed;
    QVERIFY(check("setPaidChannel"));
    plan->removePaidChannel(0, 1);
    expected.scenarios[0].channels.erase(expected.scenarios[0].channels.begin() + 1);
    QVERIFY(check("removePaidChannel"));

    CreatorDeal deal = sampleCreator(QStringLiteral("Creator B"));
    deal.tier = QStringLiteral("macro");
    plan->insertCreatorDeal(0, 0, deal);
    expected.scenarios[0].creators.insert(expected.scenarios[0].creators.begin(), deal);
    QVERIFY(check("insertCreatorDeal"));
    deal.posts = {0, 9};
    plan->setCreatorDeal(0, 0, deal);
    expected.scenarios[0].creators[0] = deal;
    QVERIFY(check("setCreatorDeal"));
    plan->removeCreatorDeal(0, 1);
    expected.scenarios[0].creators.erase(expected.scenarios[0].creators.begin() + 1);
    QVERIFY(check("removeCreatorDeal"));

    OrganicStream stream = sampleOrganic(QStringLiteral("Brand TikTok"));
    plan->insertOrganicStream(0, 1, stream);
    expected.scenarios[0].organic.push_back(stream);
    QVERIFY(check("insertOrganicStream"));
    stream.postsPerWeek = 5;
    plan->setOrganicStream(0, 1, stream);
    expected.scenarios[0].organic[1] = stream;
    QVERIFY(check("setOrganicStream"));
    plan->removeOrganicStream(0, 0);
    expected.scenarios[0].organic.erase(expected.scenarios[0].organic.begin());
    QVERIFY(check("removeOrganicStream"));

    plan->removeScenario(1);
    expected.scenarios.erase(expected.scenarios.begin() + 1);
    QVERIFY(check("removeScenario"));
    // The removed scenario's items went with it.
    Statement orphans(plan->database(), "SELECT count(*) FROM plan_item WHERE scenario_id NOT IN (SELECT id FROM scenario);");
    QVERIFY(orphans.step());
    QCOMPARE(orphans.columnInt64(0), int64_t(0));
}

void TestPlanFile::refusedEditChangesNothing()
{
    const QString file = path(QStringLiteral("refused.fcplan"));
    const std::unique_ptr<PlanFile> plan = PlanFile::create(file, fullPlan());
    const QByteArray before = readBytes(file);
    PaidChannel bad = plan->plan().scenarios[0].channels[0];
    bad.cpm = -5;
    try {
        plan->setPaidChannel(0, 0, bad);
        QFAIL("a negative CPM was accepted");
    } catch (const InputError &error) {
        QVERIFY2(error.message().contains(QLatin1String("scenarios[0].channels[0].cpm")), qPrintable(error.message()));
    }
    // A duplicate name is refused too.
    QVERIFY_THROWS_EXCEPTION(InputError, plan->insertPaidChannel(0, 0, sampleChannel(QStringLiteral("TikTok Ads"))));
    QVERIFY_THROWS_EXCEPTION(InputError, plan->removeScenario(7));
    QVERIFY_THROWS_EXCEPTION(InputError, plan->insertPaidChannel(0, 9, sampleChannel(QStringLiteral("Far"))));
    QCOMPARE(plan->plan(), fullPlan());
    QCOMPARE(readBytes(file), before);
}

// A length change and the custom weights that follow it are valid only together: written as
// one edit they reach the file; a structure change or an invalid value is refused whole.
void TestPlanFile::planValuesChangeTogether()
{
    const QString file = path(QStringLiteral("values.fcplan"));
    const std::unique_ptr<PlanFile> plan = PlanFile::create(file, fullPlan());
    const int weeks = plan->plan().weeks;

    Plan longer = plan->plan();
    longer.weeks = weeks + 2;
    for (Scenario &scenario : longer.scenarios) // custom weights follow the length
        for (PaidChannel &paid : scenario.channels)
            if (paid.flighting.pattern == FlightingPattern::Custom)
                paid.flighting.weights.resize(size_t(longer.weeks), 1.0);
    PaidChannel &channel = longer.scenarios[0].channels[0];
    channel.flighting.pattern = FlightingPattern::Custom;
    channel.flighting.weights.assign(size_t(longer.weeks), 1.0);
    channel.flighting.weights.back() = 3.0;
    longer.scenarios[1].name = QStringLiteral("Renamed with it");

    // The weights alone are invalid (one more week than the plan has).
    QVERIFY_THROWS_EXCEPTION(InputError, plan->setPaidChannel(0, 0, channel));

    plan->setPlanValues(longer);
    QCOMPARE(plan->plan(), longer);
    const Plan reopened = PlanFile::open(file)->plan();
    QCOMPARE(reopened.weeks, weeks + 2);
    QCOMPARE(reopened.scenarios[0].channels[0].flighting.weights.back(), 3.0);
    QCOMPARE(reopened.scenarios[1].name, QStringLiteral("Renamed with it"));
    QCOMPARE(reopened, longer);

    const QByteArray before = readBytes(file);
    Plan restructured = plan->plan();
    restructured.scenarios[0].channels.pop_back();
    QVERIFY_THROWS_EXCEPTION(InputError, plan->setPlanValues(restructured));
    Plan invalid = plan->plan();
    invalid.name = QStringLiteral("Still valid");
    invalid.scenarios[0].channels[0].flighting.weights.assign(size_t(invalid.weeks), 0.0);
    QVERIFY_THROWS_EXCEPTION(InputError, plan->setPlanValues(invalid));
    QCOMPARE(plan->plan(), longer);
    QCOMPARE(readBytes(file), before);
}

void TestPlanFile::saveAsContinuesOnTheCopy()
{
    const QString first = path(QStringLiteral("saveas-a.fcplan"));
    const QString second = path(QStringLiteral("saveas-b.fcplan"));
    const std::unique_ptr<PlanFile> plan = PlanFile::create(first, fullPlan());
    plan->setScenarioName(1, QStringLiteral("Before save as"));
    const QByteArray firstBytes = readBytes(first);
    plan->saveAs(second);
    QCOMPARE(plan->path(), second);
    QCOMPARE(pragma(second, "PRAGMA application_id;"), int64_t(PlanFile::applicationId));
    QCOMPARE(pragma(second, "PRAGMA user_version;"), int64_t(PlanFile::currentSchemaVersion));
    QCOMPARE(PlanFile::open(second)->plan(), plan->plan());

    plan->setScenarioName(1, QStringLiteral("After save as"));
    QCOMPARE(PlanFile::open(second)->plan().scenarios[1].name, QStringLiteral("After save as"));
    QCOMPARE(readBytes(first), firstBytes);
    QCOMPARE(PlanFile::open(first)->plan().scenarios[1].name, QStringLiteral("Before save as"));

    // Save As over an existing file replaces it.
    const QString third = path(QStringLiteral("saveas-c.fcplan"));
    writeBytes(third, QByteArrayLiteral("old content"));
    plan->saveAs(third);
    QCOMPARE(PlanFile::open(third)->plan(), plan->plan());
    for (const QString &name : entries(m_dir.path()))
        QVERIFY2(!name.endsWith(QLatin1String(".tmp")), qPrintable(name));
}

void TestPlanFile::untitledPlanLivesInAppData()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(!folder.isEmpty());
    const std::unique_ptr<PlanFile> plan = PlanFile::createUntitled(fullPlan());
    const QString untitledPath = plan->path();
    QVERIFY(plan->isUntitled());
    QVERIFY2(untitledPath.startsWith(folder + QStringLiteral("/untitled/")), qPrintable(untitledPath));
    QVERIFY(untitledPath.endsWith(QLatin1String(".fcplan")));
    QVERIFY(QFileInfo::exists(untitledPath));
    // A second untitled plan gets its own file.
    const std::unique_ptr<PlanFile> another = PlanFile::createUntitled(fullPlan());
    QVERIFY(another->path() != untitledPath);

    plan->setScenarioName(0, QStringLiteral("Edited while untitled"));
    const QString saved = path(QStringLiteral("was-untitled.fcplan"));
    plan->saveAs(saved);
    QVERIFY(!plan->isUntitled());
    QVERIFY(!QFileInfo::exists(untitledPath));
    QCOMPARE(PlanFile::open(saved)->plan().scenarios[0].name, QStringLiteral("Edited while untitled"));
    QDir(folder + QStringLiteral("/untitled")).removeRecursively();
}

void TestPlanFile::badFileIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected"); // a part of the one sentence

    QTest::newRow("random bytes") << "random" << "not a SQLite database";
    QTest::newRow("empty file") << "empty" << "is empty";
    QTest::newRow("truncated mid-page") << "truncated-odd" << "truncated";
    QTest::newRow("truncated at a page") << "truncated-page" << "truncated";
    QTest::newRow("header only") << "header-only" << "truncated";
    QTest::newRow("another application's database") << "other-app" << "another application";
    QTest::newRow("newer schema") << "newer" << "made by a newer Funnelcast (schema 2)";
    QTest::newRow("trigger added") << "trigger" << "trigger";
    QTest::newRow("view added") << "view" << "view";
    QTest::newRow("virtual table added") << "virtual" << "virtual table";
    QTest::newRow("write-ahead log") << "wal" << "write-ahead log";
    QTest::newRow("negative CPM") << "cpm" << "scenarios[0].channels[1].cpm";
    QTest::newRow("CTR of 7") << "ctr" << "scenarios[0].channels[0].ctr";
    QTest::newRow("CPM triple low negative") << "cpm-low" << "scenarios[1].channels[0].cpm";
    QTest::newRow("creator reach rate 1.5") << "reach" << "scenarios[0].creators[0].reach_rate";
    QTest::newRow("weeks 0") << "weeks" << "weeks: must be between 1 and 156";
    QTest::newRow("margin as text") << "margin" << "margin: must be a number";
    QTest::newRow("margin 3") << "margin-range" << "margin";
    QTest::newRow("duplicate channel name") << "duplicate" << "scenarios[0].channels";
    QTest::newRow("item data not JSON") << "not-json" << "scenarios[0].channels[0]: must be a JSON object";
    QTest::newRow("table missing") << "no-table" << "the table \"plan_item\" is missing";
    QTest::newRow("column missing") << "no-column" << "has no column \"budget\"";
    QTest::newRow("two headers") << "two-headers" << "exactly one plan header";
    QTest::newRow("item of no scenario") << "orphan" << "belong to no scenario";
    QTest::newRow("damaged page") << "damaged" << "damaged";
}

void TestPlanFile::badFileIsRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("bad.fcplan"));
    const QString good = dir.filePath(QStringLiteral("good.fcplan"));
    PlanFile::create(good, fullPlan());
    const QByteArray goodBytes = readBytes(good);
    QVERIFY(goodBytes.size() >= 4 * 4096);
    QFile::copy(good, file);
    auto sql = [&](const char *text) {
        const QString error = rawSql(file, text);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    };

    if (kind == QLatin1String("random")) {
        QRandomGenerator random(42);
        QByteArray bytes(8192, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        writeBytes(file, bytes);
    } else if (kind == QLatin1String("empty")) {
        writeBytes(file, QByteArray());
    } else if (kind == QLatin1String("truncated-odd")) {
        writeBytes(file, goodBytes.left(goodBytes.size() / 2 + 100));
    } else if (kind == QLatin1String("truncated-page")) {
        writeBytes(file, goodBytes.left(2 * 4096));
    } else if (kind == QLatin1String("header-only")) {
        writeBytes(file, goodBytes.left(60));
    } else if (kind == QLatin1String("other-app")) {
        QFile::remove(file);
        sql("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT);"
            "INSERT INTO contacts (name) VALUES ('Kim');");
    } else if (kind == QLatin1String("newer")) {
        sql("PRAGMA user_version = 2;");
    } else if (kind == QLatin1String("trigger")) {
        sql("CREATE TRIGGER wipe AFTER UPDATE ON scenario BEGIN DELETE FROM plan_item; END;");
    } else if (kind == QLatin1String("view")) {
        sql("CREATE VIEW everything AS SELECT * FROM plan_item;");
    } else if (kind == QLatin1String("virtual")) {
        sql("CREATE VIRTUAL TABLE notes USING fts4(body);");
    } else if (kind == QLatin1String("wal")) {
        sql("PRAGMA journal_mode = WAL;");
    } else if (kind == QLatin1String("cpm")) {
        sql("UPDATE plan_item SET data = json_set(data, '$.cpm', -5) WHERE name = 'TikTok Ads';");
    } else if (kind == QLatin1String("ctr")) {
        sql("UPDATE plan_item SET data = json_set(data, '$.ctr', 7) WHERE name = 'Instagram Ads';");
    } else if (kind == QLatin1String("cpm-low")) {
        sql("UPDATE plan_item SET data = json_set(data, '$.cpm.low', -1) WHERE name = 'Naver';");
    } else if (kind == QLatin1String("reach")) {
        sql("UPDATE plan_item SET data = json_set(data, '$.reach_rate', 1.5) WHERE kind = 'creator';");
    } else if (kind == QLatin1String("weeks")) {
        sql("UPDATE plan SET weeks = 0;");
    } else if (kind == QLatin1String("margin")) {
        sql("UPDATE plan SET margin = 'lots';");
    } else if (kind == QLatin1String("margin-range")) {
        sql("UPDATE plan SET margin = 3;");
    } else if (kind == QLatin1String("duplicate")) {
        sql("UPDATE plan_item SET name = 'Instagram Ads' WHERE name = 'TikTok Ads';");
    } else if (kind == QLatin1String("not-json")) {
        sql("UPDATE plan_item SET data = 'not json' WHERE name = 'Instagram Ads';");
    } else if (kind == QLatin1String("no-table")) {
        sql("DROP TABLE plan_item;");
    } else if (kind == QLatin1String("no-column")) {
        sql("ALTER TABLE scenario DROP COLUMN budget;");
    } else if (kind == QLatin1String("two-headers")) {
        sql("CREATE TABLE copy AS SELECT * FROM plan; DROP TABLE plan;"
            "CREATE TABLE plan (id INTEGER, name TEXT, currency TEXT, start TEXT, weeks INTEGER,"
            " population REAL, margin REAL, unknown TEXT);"
            "INSERT INTO plan SELECT * FROM copy; INSERT INTO plan SELECT * FROM copy; DROP TABLE copy;");
    } else if (kind == QLatin1String("orphan")) {
        sql("INSERT INTO plan_item (scenario_id, kind, position, name, data) VALUES (99, 'channel', 0, 'x', '{}');");
    } else if (kind == QLatin1String("damaged")) {
        // Scribble over the middle of the table pages (not the file header).
        QByteArray bytes = goodBytes;
        for (int i = 4096 + 8; i < 3 * 4096; i += 7)
            bytes[i] = char(0xA5);
        writeBytes(file, bytes);
    } else {
        QFAIL("unknown case");
    }

    const QByteArray before = readBytes(file);
    const QStringList filesBefore = entries(dir.path());
    try {
        PlanFile::open(file);
        QFAIL("the bad file was opened");
    } catch (const InputError &error) {
        const QString message = error.message();
        qInfo("%s", qPrintable(message));
        QVERIFY2(message.contains(file), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
        QVERIFY2(message.endsWith(QLatin1Char('.')) || message.contains(QLatin1String(": ")), qPrintable(message));
    }
    QCOMPARE(readBytes(file), before);
    QCOMPARE(entries(dir.path()), filesBefore);
}

void TestPlanFile::registeredTableIsChecked()
{
    const QString file = path(QStringLiteral("registered.fcplan"));
    PlanFile::create(file, fullPlan());
    // A component's table, when present, must have the columns it registered; other tables
    // are left alone.
    QVERIFY(rawSql(file, "CREATE TABLE test_rows (id INTEGER PRIMARY KEY, value REAL);"
                         "CREATE TABLE someone_elses (x);").isEmpty());
    PlanSchema::registerTable({QStringLiteral("test_rows"), {QStringLiteral("id"), QStringLiteral("value")}});
    QCOMPARE(PlanFile::open(file)->plan(), fullPlan());
    PlanSchema::registerTable({QStringLiteral("test_rows"), {QStringLiteral("id"), QStringLiteral("week")}});
    const QByteArray before = readBytes(file);
    try {
        PlanFile::open(file);
        QFAIL("a registered table with a missing column was accepted");
    } catch (const InputError &error) {
        QVERIFY2(error.message().contains(QLatin1String("\"week\"")), qPrintable(error.message()));
    }
    QCOMPARE(readBytes(file), before);
    PlanSchema::registerTable({QStringLiteral("test_rows"), {QStringLiteral("id")}});
}

void TestPlanFile::hotJournalOfForeignFileIsNotApplied()
{
    // Another application's database, caught mid-transaction with pages spilled into the file:
    // the file and its hot journal are copied while the transaction is open.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString live = dir.filePath(QStringLiteral("live.db"));
    const QString file = dir.filePath(QStringLiteral("other.fcplan"));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(live.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "PRAGMA cache_size = 1; CREATE TABLE t (x);"
                              "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 1999)"
                              " INSERT INTO t SELECT randomblob(200) FROM n;"
                              "BEGIN; UPDATE t SET x = randomblob(200);",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    QVERIFY(QFile::copy(live, file));
    QVERIFY(QFile::copy(live + QStringLiteral("-journal"), file + QStringLiteral("-journal")));
    sqlite3_exec(db, "ROLLBACK;", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    QVERIFY(QFileInfo(file + QStringLiteral("-journal")).size() > 0);

    const QByteArray before = readBytes(file);
    const QByteArray journalBefore = readBytes(file + QStringLiteral("-journal"));
    const QStringList filesBefore = entries(dir.path());
    try {
        PlanFile::open(file);
        QFAIL("another application's file was opened");
    } catch (const InputError &error) {
        QVERIFY2(error.message().contains(QLatin1String("another application")), qPrintable(error.message()));
    }
    QCOMPARE(readBytes(file), before);
    QCOMPARE(readBytes(file + QStringLiteral("-journal")), journalBefore);
    QCOMPARE(entries(dir.path()), filesBefore);
}

void TestPlanFile::emptyPlanStartsNextMonday()
{
    // 2027-03-03 is a Wednesday; 2027-03-01 a Monday; 2027-03-07 a Sunday.
    QCOMPARE(PlanFile::emptyPlan(QStringLiteral("x"), QDate(2027, 3, 3)).start, QDate(2027, 3, 8));
    QCOMPARE(PlanFile::emptyPlan(QStringLiteral("x"), QDate(2027, 3, 1)).start, QDate(2027, 3, 8));
    QCOMPARE(PlanFile::emptyPlan(QStringLiteral("x"), QDate(2027, 3, 7)).start, QDate(2027, 3, 8));
    const Plan plan = PlanFile::emptyPlan(QStringLiteral("Launch"), QDate(2027, 3, 3));
    QCOMPARE(plan.name, QStringLiteral("Launch"));
    QCOMPARE(plan.currency, QStringLiteral("KRW"));
    QCOMPARE(plan.weeks, 8);
    QCOMPARE(plan.scenarios.size(), size_t(1));
    QCOMPARE(plan.scenarios[0].name, QStringLiteral("Base"));
    QVERIFY(plan.scenarios[0].channels.empty());
    const QString file = path(QStringLiteral("empty-plan.fcplan"));
    PlanFile::create(file, plan);
    QCOMPARE(PlanFile::open(file)->plan(), plan);
}

QTEST_GUILESS_MAIN(TestPlanFile)
#include "tst_planfile.moc"
