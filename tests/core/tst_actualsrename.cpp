// Actuals are keyed by channel name: when a rename takes them along (ActualsStore's rule) they
// move in the rename's own transaction (PlanFile::setPaidChannel with a step), so a failure
// leaves both the name and the rows as they were.
#include "tst_actualshelpers.h"

#include "actuals/actualsstore.h"
#include "model/inputerror.h"
#include "storage/planfile.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace funnelcast;
using namespace funnelcast::test;

namespace {

ActualsRow row(const QDate &day, const char *key, double spend)
{
    ActualsRow r;
    r.day = day;
    r.key = key;
    r.spend = spend;
    return r;
}

// Base: Instagram Ads, Google Search, ...; Lean: Instagram Ads only. Actuals: Instagram Ads 2
// rows, Google Search 1, and "Old Meta" (a channel deleted long ago) 1.
Plan twoScenarios()
{
    Plan plan = makePlan();
    Scenario lean;
    lean.name = QStringLiteral("Lean");
    lean.channels.push_back(plan.scenarios[0].channels[0]);
    plan.scenarios.push_back(lean);
    return plan;
}

void addActuals(Database &db)
{
    Transaction tx(db);
    ActualsStore::ensureSchema(db);
    ActualsStore store(db);
    const QDate d(2026, 2, 2);
    store.insert(QStringLiteral("Instagram Ads"), row(d, "a", 100));
    store.insert(QStringLiteral("Instagram Ads"), row(d.addDays(1), "a", 200));
    store.insert(QStringLiteral("Google Search"), row(d, "g", 50));
    store.insert(QStringLiteral("Old Meta"), row(d, "a", 7));
    tx.commit();
}

} // namespace

class TestActualsRename : public QObject
{
    Q_OBJECT

private slots:
    void rule_data();
    void rule();
    void noActualsTableYet();
    void moveInTheRenameTransaction();
    void failedRenameMovesNothing();
    void clashingRowsStay();

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<PlanFile> newFile(bool withActuals = true)
    {
        const QString path = m_dir.filePath(QStringLiteral("r%1.fcplan").arg(++m_counter));
        auto file = PlanFile::create(path, twoScenarios());
        if (withActuals)
            addActuals(file->database());
        return file;
    }
};

void TestActualsRename::rule_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<int>("channel");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("moves");
    QTest::newRow("only channel of that name, new name unused")
        << 0 << 1 << QStringLiteral("Google Ads") << true;
    QTest::newRow("another scenario still has the old name")
        << 0 << 0 << QStringLiteral("Meta") << false;
    QTest::newRow("new name already has actuals") << 0 << 1 << QStringLiteral("Old Meta") << false;
    QTest::newRow("same name") << 0 << 1 << QStringLiteral("Google Search") << false;
}

void TestActualsRename::rule()
{
    QFETCH(int, scenario);
    QFETCH(int, channel);
    QFETCH(QString, to);
    QFETCH(bool, moves);
    auto file = newFile();
    Plan after = file->plan();
    const QString from = after.scenarios[size_t(scenario)].channels[size_t(channel)].name;
    after.scenarios[size_t(scenario)].channels[size_t(channel)].name = to;
    QCOMPARE(ActualsStore::renameTakesActuals(file->database(), after, from, to), moves);
}

void TestActualsRename::noActualsTableYet()
{
    auto file = newFile(false);
    Plan after = file->plan();
    after.scenarios[0].channels[1].name = QStringLiteral("Google Ads");
    QVERIFY(ActualsStore::renameTakesActuals(
        file->database(), after, QStringLiteral("Google Search"), QStringLiteral("Google Ads")));
    // The rename may take them (an import may be creating them); the move itself is a no-op.
    QCOMPARE(ActualsStore::moveChannel(
                 file->database(), QStringLiteral("Google Search"), QStringLiteral("Google Ads")),
        0);
}

void TestActualsRename::moveInTheRenameTransaction()
{
    auto file = newFile();
    PaidChannel renamed = file->plan().scenarios[0].channels[1];
    renamed.name = QStringLiteral("Google Ads");
    qint64 moved = -1;
    file->setPaidChannel(0, 1, renamed, [&](Database &db) {
        moved = ActualsStore::moveChannel(
            db, QStringLiteral("Google Search"), QStringLiteral("Google Ads"));
    });
    QCOMPARE(moved, 1);
    const QString path = file->path();
    file.reset();
    auto reopened = PlanFile::open(path);
    QCOMPARE(reopened->plan().scenarios[0].channels[1].name, QStringLiteral("Google Ads"));
    QCOMPARE(storedTotals(reopened->database(), QStringLiteral("Google Search")).rows, 0);
    QCOMPARE(storedTotals(reopened->database(), QStringLiteral("Google Ads")).rows, 1);
    QCOMPARE(*storedTotals(reopened->database(), QStringLiteral("Google Ads")).spend, 50.0);
}

void TestActualsRename::failedRenameMovesNothing()
{
    auto file = newFile();
    PaidChannel renamed = file->plan().scenarios[0].channels[1];
    renamed.name = QStringLiteral("Google Ads");
    QVERIFY_THROWS_EXCEPTION(InputError,
        file->setPaidChannel(0, 1, renamed, [](Database &db) {
            ActualsStore::moveChannel(
                db, QStringLiteral("Google Search"), QStringLiteral("Google Ads"));
            throw InputError(QStringLiteral("disk full"));
        }));
    QCOMPARE(file->plan().scenarios[0].channels[1].name, QStringLiteral("Google Search"));
    QCOMPARE(storedTotals(file->database(), QStringLiteral("Google Search")).rows, 1);
    QCOMPARE(storedTotals(file->database(), QStringLiteral("Google Ads")).rows, 0);
    const QString path = file->path();
    file.reset();
    QCOMPARE(PlanFile::open(path)->plan().scenarios[0].channels[1].name,
             QStringLiteral("Google Search"));
}

void TestActualsRename::clashingRowsStay()
{
    // "Old Meta" has day 2026-02-02 key "a", as does Instagram Ads: that row stays put, the
    // other Instagram row moves, and Old Meta's own row is untouched.
    auto file = newFile();
    Transaction tx(file->database());
    QCOMPARE(ActualsStore::moveChannel(
                 file->database(), QStringLiteral("Instagram Ads"), QStringLiteral("Old Meta")),
        1);
    tx.commit();
    QCOMPARE(storedTotals(file->database(), QStringLiteral("Instagram Ads")).rows, 1);
    QCOMPARE(*storedTotals(file->database(), QStringLiteral("Instagram Ads")).spend, 100.0);
    QCOMPARE(*storedTotals(file->database(), QStringLiteral("Old Meta")).spend, 207.0);
}

QTEST_GUILESS_MAIN(TestActualsRename)
#include "tst_actualsrename.moc"
