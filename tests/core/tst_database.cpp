// Database, Statement and Transaction: the RAII layer over SQLite.
#include "model/inputerror.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <limits>

using namespace funnelcast;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void connectionSettings();
    void bindAndRead();
    void transactionCommitsOrRollsBack();
    void errorsAreInputErrors();
    void readOnlyRefusesWrites();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::connectionSettings()
{
    Database db(m_dir.filePath(QStringLiteral("settings.db")), Database::Mode::Create);
    auto value = [&](const char *sql) {
        Statement statement(db, sql);
        return statement.step() ? statement.columnText(0) : QString();
    };
    QCOMPARE(value("PRAGMA journal_mode;"), QStringLiteral("delete"));
    QCOMPARE(value("PRAGMA synchronous;"), QStringLiteral("2"));
    QCOMPARE(value("PRAGMA foreign_keys;"), QStringLiteral("1"));
    QCOMPARE(value("PRAGMA trusted_schema;"), QStringLiteral("0"));
    int defensive = -1;
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
    QCOMPARE(defensive, 1);
    // Defensive mode refuses writes to the schema table.
    db.exec("CREATE TABLE t (x);");
    QVERIFY_THROWS_EXCEPTION(InputError, db.exec("PRAGMA writable_schema=ON; UPDATE sqlite_master SET sql = '' WHERE name = 't';"));
}

void TestDatabase::bindAndRead()
{
    Database db(m_dir.filePath(QStringLiteral("values.db")), Database::Mode::Create);
    db.exec("CREATE TABLE v (id INTEGER PRIMARY KEY, d REAL, i INTEGER, t TEXT, b BLOB, o REAL);");
    Statement insert(db, "INSERT INTO v (d, i, t, b, o) VALUES (?1, ?2, ?3, ?4, ?5);");
    const double third = 1.0 / 3.0;
    const QByteArray blob("\0\1\2binary", 9);
    insert.bind(1, third).bind(2, int64_t(1) << 40).bind(3, QStringLiteral("한글 text")).bind(4, blob).bind(5, std::optional<double>());
    insert.run();
    QCOMPARE(db.lastInsertRowId(), int64_t(1));
    insert.reset();
    insert.bind(1, std::numeric_limits<double>::max()).bind(2, -7).bind(3, QString()).bind(4, QByteArray()).bind(5, std::optional<double>(2.5));
    insert.run();
    QCOMPARE(db.lastInsertRowId(), int64_t(2));

    Statement select(db, "SELECT d, i, t, b, o FROM v ORDER BY id;");
    QVERIFY(select.step());
    QCOMPARE(select.columnDouble(0), third);
    QCOMPARE(select.columnInt64(1), int64_t(1) << 40);
    QCOMPARE(select.columnText(2), QStringLiteral("한글 text"));
    QCOMPARE(select.columnBlob(3), blob);
    QVERIFY(select.isNull(4));
    QCOMPARE(select.columnType(0), SQLITE_FLOAT);
    QCOMPARE(select.columnType(1), SQLITE_INTEGER);
    QCOMPARE(select.columnType(2), SQLITE_TEXT);
    QCOMPARE(select.columnType(3), SQLITE_BLOB);
    QVERIFY(select.step());
    QCOMPARE(select.columnDouble(0), std::numeric_limits<double>::max());
    QCOMPARE(select.columnInt64(1), int64_t(-7));
    QCOMPARE(select.columnDouble(4), 2.5);
    QVERIFY(!select.step());
}

void TestDatabase::transactionCommitsOrRollsBack()
{
    Database db(m_dir.filePath(QStringLiteral("tx.db")), Database::Mode::Create);
    db.exec("CREATE TABLE t (x INTEGER);");
    auto count = [&] {
        Statement statement(db, "SELECT count(*) FROM t;");
        statement.step();
        return statement.columnInt64(0);
    };
    {
        Transaction transaction(db);
        db.exec("INSERT INTO t VALUES (1);");
        transaction.commit();
    }
    QCOMPARE(count(), int64_t(1));
    try {
        Transaction transaction(db);
        db.exec("INSERT INTO t VALUES (2);");
        db.exec("INSERT INTO no_such_table VALUES (3);");
        transaction.commit();
        QFAIL("the bad statement did not throw");
    } catch (const InputError &) {
    }
    QCOMPARE(count(), int64_t(1));
    // The connection is usable again (no transaction left open).
    Transaction again(db);
    again.commit();
}

void TestDatabase::errorsAreInputErrors()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
    try {
        Database db(missing, Database::Mode::ReadOnly);
        QFAIL("a missing file was opened");
    } catch (const InputError &error) {
        QVERIFY2(error.message().contains(missing), qPrintable(error.message()));
    }
    Database db(m_dir.filePath(QStringLiteral("errors.db")), Database::Mode::Create);
    QVERIFY_THROWS_EXCEPTION(InputError, Statement(db, "SELEC nonsense;"));
}

void TestDatabase::readOnlyRefusesWrites()
{
    const QString file = m_dir.filePath(QStringLiteral("ro.db"));
    {
        Database db(file, Database::Mode::Create);
        db.exec("CREATE TABLE t (x);");
    }
    Database db(file, Database::Mode::ReadOnly);
    QVERIFY_THROWS_EXCEPTION(InputError, db.exec("INSERT INTO t VALUES (1);"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
