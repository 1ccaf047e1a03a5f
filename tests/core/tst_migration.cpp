// Migration of the committed schema-0 fixture (tests/data/storage/schema0.fcplan, made from
// schema0.sql) to the current schema, with its backup copy, and a failed migration changing
// nothing.
#include "storagefixtures.h"

#include "model/inputerror.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/planfile.h"
#include "storage/planschema.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace funnelcast;
using namespace funnelcast::test;

namespace {

const QString fixture = QStringLiteral(FUNNELCAST_TEST_DATA "/storage/schema0.fcplan");

QStringList columnsOf(Database &db, const QString &table)
{
    Statement info(db, "SELECT name FROM pragma_table_info(?1) ORDER BY name;");
    info.bind(1, table);
    QStringList names;
    while (info.step())
        names << info.columnText(0);
    return names;
}

int64_t userVersion(const QString &path)
{
    Database db(path, Database::Mode::ReadOnly);
    Statement statement(db, "PRAGMA user_version;");
    statement.step();
    return statement.columnInt64(0);
}

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void stepsCoverEveryVersion();
    void schemaZeroFixtureMigrates();
    void migratedLayoutMatchesNewFiles();
    void failedMigrationChangesNothing();
};

void TestMigration::stepsCoverEveryVersion()
{
    QCOMPARE(Migrations::stepCount(), PlanFile::currentSchemaVersion);
}

void TestMigration::schemaZeroFixtureMigrates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("old.fcplan"));
    QVERIFY(QFile::copy(fixture, file));
    const QByteArray original = readBytes(fixture);
    QVERIFY(!original.isEmpty());
    QCOMPARE(userVersion(file), int64_t(0));

    Plan plan;
    {
        const std::unique_ptr<PlanFile> opened = PlanFile::open(file);
        plan = opened->plan();
    }
    // The backup copy is the file as it was, byte for byte.
    const QString backup = file + QStringLiteral(".v0.bak");
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(readBytes(backup), original);
    QCOMPARE(userVersion(file), int64_t(PlanFile::currentSchemaVersion));

    // Values as written in schema0.sql.
    QCOMPARE(plan.name, QStringLiteral("Old spring plan"));
    QCOMPARE(plan.currency, QStringLiteral("KRW"));
    QCOMPARE(plan.start, QDate(2027, 3, 1));
    QCOMPARE(plan.weeks, 8);
    QCOMPARE(plan.population, std::optional<double>(20000000));
    QCOMPARE(plan.margin, 0.6);
    QVERIFY(plan.unknownFields.isEmpty());
    QCOMPARE(plan.scenarios.size(), size_t(2));
    const Scenario &base = plan.scenarios[0];
    QCOMPARE(base.name, QStringLiteral("Base"));
    QCOMPARE(base.budget, std::optional<double>(50000000));
    QCOMPARE(base.channels.size(), size_t(1));
    const PaidChannel &instagram = base.channels[0];
    QCOMPARE(instagram.name, QStringLiteral("Instagram Ads"));
    QCOMPARE(instagram.platform, QStringLiteral("instagram"));
    QCOMPARE(instagram.spend, 20000000.0);
    QCOMPARE(instagram.maxSpend, std::optional<double>(40000000));
    QVERIFY(instagram.cpm == Uncertain(6000, 8000, 11000));
    QVERIFY(instagram.ctr == Uncertain(0.006, 0.009, 0.012));
    QVERIFY(instagram.audience.has_value() && *instagram.audience == Uncertain(5000000));
    QCOMPARE(instagram.maxWeeklyFrequency, std::optional<double>(3));
    QVERIFY(instagram.carryover == Uncertain(0.2));
    QCOMPARE(base.creators.size(), size_t(1));
    QCOMPARE(base.creators[0].name, QStringLiteral("Creator A"));
    QCOMPARE(base.creators[0].posts, (std::vector<int>{1, 3}));
    QVERIFY(base.creators[0].commissionRate == Uncertain(0.1));
    QCOMPARE(base.organic.size(), size_t(1));
    QCOMPARE(base.organic[0].name, QStringLiteral("Brand Instagram"));
    QCOMPARE(base.organic[0].postsPerWeek, 3.0);
    const Scenario &lean = plan.scenarios[1];
    QCOMPARE(lean.name, QStringLiteral("Lean"));
    QVERIFY(!lean.budget.has_value());
    QCOMPARE(lean.channels.size(), size_t(1));
    QCOMPARE(lean.channels[0].name, QStringLiteral("TikTok Ads"));
    // Defaults of the fields schema 0's JSON left out.
    QVERIFY(lean.channels[0].viewRate == Uncertain(1.0));
    QVERIFY(!lean.channels[0].maxSpend.has_value());

    // The name column was filled from the JSON.
    {
        Database db(file, Database::Mode::ReadOnly);
        Statement names(db, "SELECT name FROM plan_item ORDER BY id;");
        QStringList list;
        while (names.step())
            list << names.columnText(0);
        QCOMPARE(list, (QStringList{QStringLiteral("Instagram Ads"), QStringLiteral("Creator A"),
                                    QStringLiteral("Brand Instagram"), QStringLiteral("TikTok Ads")}));
    }

    // Opening again reads schema 1 and writes no second backup; edits work on the migrated file.
    const std::unique_ptr<PlanFile> again = PlanFile::open(file);
    QCOMPARE(again->plan(), plan);
    again->setScenarioName(1, QStringLiteral("Lean 2"));
    QCOMPARE(PlanFile::open(file)->plan().scenarios[1].name, QStringLiteral("Lean 2"));
    const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files, (QStringList{QStringLiteral("old.fcplan"), QStringLiteral("old.fcplan.v0.bak")}));
}

void TestMigration::migratedLayoutMatchesNewFiles()
{
    QTemporaryDir dir;
    const QString migrated = dir.filePath(QStringLiteral("migrated.fcplan"));
    const QString fresh = dir.filePath(QStringLiteral("fresh.fcplan"));
    QVERIFY(QFile::copy(fixture, migrated));
    PlanFile::open(migrated);
    PlanFile::create(fresh, fullPlan());
    Database a(migrated, Database::Mode::ReadOnly);
    Database b(fresh, Database::Mode::ReadOnly);
    for (const TableSpec &spec : PlanSchema::requiredTables(PlanFile::currentSchemaVersion)) {
        QStringList expected = spec.columns;
        expected.sort();
        QCOMPARE(columnsOf(a, spec.name), expected);
        QCOMPARE(columnsOf(b, spec.name), expected);
    }
}

void TestMigration::failedMigrationChangesNothing()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad-old.fcplan"));
    QVERIFY(QFile::copy(fixture, file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    // A schema-0 file whose channel has a negative CPM: the migrated values fail the checks.
    QVERIFY(rawSql(file, "UPDATE plan_item SET data = json_set(data, '$.cpm', -5) WHERE id = 4;").isEmpty());
    const QByteArray before = readBytes(file);
    try {
        PlanFile::open(file);
        QFAIL("a bad schema-0 file was opened");
    } catch (const InputError &error) {
        QVERIFY2(error.message().contains(file), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QLatin1String("scenarios[1].channels[0].cpm")), qPrintable(error.message()));
    }
    QCOMPARE(readBytes(file), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("bad-old.fcplan")});

    // A schema-0 file missing a column is refused before anything is written.
    QVERIFY(rawSql(file, "ALTER TABLE plan_item DROP COLUMN kind;").isEmpty());
    const QByteArray before2 = readBytes(file);
    QVERIFY_THROWS_EXCEPTION(InputError, PlanFile::open(file));
    QCOMPARE(readBytes(file), before2);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("bad-old.fcplan")});
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
