#include "actuals/actualsstore.h"

#include "model/inputerror.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>

namespace funnelcast {

namespace {

// Week numbers on the grid: SQLite's integer division truncates toward zero, so the day offset
// is shifted positive first to get floor division for days before the plan's start.
constexpr qint64 weekShift = 1000000;

std::optional<double> column(const Statement &s, int i)
{
    if (s.isNull(i))
        return std::nullopt;
    return s.columnDouble(i);
}

// A persistent INSERT statement, prepared on first use.
sqlite3_stmt *prepared(sqlite3 *db, sqlite3_stmt *&statement, const char *sql)
{
    if (!statement
        && sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        throw InputError(QCoreApplication::translate("ActualsStore", "The plan file cannot store actuals (%1).")
                             .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    return statement;
}

// Binds a row's day, days, key and five metrics from parameter `first` on, then runs the
// statement (the channel, when there is one, is bound before).
void bindRowAndStep(sqlite3 *db, sqlite3_stmt *s, const ActualsRow &row, int first)
{
    sqlite3_bind_int64(s, first, row.day.toJulianDay());
    sqlite3_bind_int(s, first + 1, row.days);
    sqlite3_bind_text(s, first + 2, row.key.data(), int(row.key.size()), SQLITE_STATIC);
    const std::optional<double> *metrics[]
        = { &row.spend, &row.impressions, &row.clicks, &row.orders, &row.revenue };
    for (int i = 0; i < 5; ++i) {
        if (*metrics[i])
            sqlite3_bind_double(s, first + 3 + i, **metrics[i]);
        else
            sqlite3_bind_null(s, first + 3 + i);
    }
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE)
        throw InputError(QCoreApplication::translate(
            "ActualsStore", "The actuals could not be written to the plan file (%1).")
                             .arg(QString::fromUtf8(sqlite3_errmsg(db))));
}

} // namespace

ActualsStore::ActualsStore(Database &db)
    : m_db(db)
{ }

ActualsStore::~ActualsStore()
{
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_insertStaged);
}

QStringList ActualsStore::tableNames()
{
    return { QStringLiteral("actual_row") };
}

void ActualsStore::ensureSchema(Database &db)
{
    // day is a Julian day number; days is 1 for a daily row, 7 for a weekly one.
    db.exec("CREATE TABLE IF NOT EXISTS actual_row("
            " channel TEXT NOT NULL,"
            " day INTEGER NOT NULL,"
            " days INTEGER NOT NULL DEFAULT 1 CHECK (days IN (1, 7)),"
            " row_key TEXT NOT NULL,"
            " spend REAL CHECK (spend IS NULL OR spend >= 0),"
            " impressions REAL CHECK (impressions IS NULL OR impressions >= 0),"
            " clicks REAL CHECK (clicks IS NULL OR clicks >= 0),"
            " orders REAL CHECK (orders IS NULL OR orders >= 0),"
            " revenue REAL CHECK (revenue IS NULL OR revenue >= 0),"
            " PRIMARY KEY (channel, day, row_key)) WITHOUT ROWID;");
}

bool ActualsStore::hasSchema(Database &db)
{
    Statement s(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'actual_row';");
    return s.step();
}

bool ActualsStore::insert(const QString &channel, const ActualsRow &row)
{
    sqlite3 *db = m_db.handle();
    sqlite3_stmt *s = prepared(db, m_insert,
        "INSERT OR IGNORE INTO actual_row(channel, day, days, row_key, spend, impressions,"
        " clicks, orders, revenue) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9);");
    if (m_insertChannel.isEmpty() || m_insertChannelName != channel) {
        m_insertChannelName = channel;
        m_insertChannel = channel.toUtf8();
    }
    sqlite3_reset(s);
    sqlite3_bind_text(
        s, 1, m_insertChannel.constData(), int(m_insertChannel.size()), SQLITE_STATIC);
    bindRowAndStep(db, s, row, 2);
    return sqlite3_changes(db) > 0;
}

void ActualsStore::createStaging(Database &db)
{
    db.exec("DROP TABLE IF EXISTS temp.actual_staging;"
            "CREATE TEMP TABLE actual_staging("
            " day INTEGER NOT NULL, days INTEGER NOT NULL, row_key TEXT NOT NULL,"
            " spend REAL, impressions REAL, clicks REAL, orders REAL, revenue REAL);");
}

void ActualsStore::dropStaging(Database &db) noexcept
{
    sqlite3_exec(db.handle(), "DROP TABLE IF EXISTS temp.actual_staging;", nullptr, nullptr, nullptr);
}

void ActualsStore::insertStaged(const ActualsRow &row)
{
    sqlite3 *db = m_db.handle();
    sqlite3_stmt *s = prepared(db, m_insertStaged,
        "INSERT INTO temp.actual_staging(day, days, row_key, spend, impressions,"
        " clicks, orders, revenue) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);");
    sqlite3_reset(s);
    bindRowAndStep(db, s, row, 1);
}

qint64 ActualsStore::mergeStaged(const QString &channel)
{
    // In primary-key order, so the plan file's b-tree is filled in order rather than split at
    // random; rowid last, so of two rows of the file with the same key the first is kept, as
    // the direct import keeps it.
    Statement s(m_db,
        "INSERT OR IGNORE INTO main.actual_row(channel, day, days, row_key, spend, impressions,"
        " clicks, orders, revenue) SELECT ?1, day, days, row_key, spend, impressions, clicks,"
        " orders, revenue FROM temp.actual_staging ORDER BY day, row_key, rowid;");
    s.bind(1, channel);
    s.run();
    return sqlite3_changes64(m_db.handle());
}

qint64 ActualsStore::moveChannel(Database &db, const QString &from, const QString &to)
{
    if (from == to || !hasSchema(db))
        return 0;
    Statement s(db, "UPDATE OR IGNORE main.actual_row SET channel = ?2 WHERE channel = ?1;");
    s.bind(1, from);
    s.bind(2, to);
    s.run();
    return sqlite3_changes64(db.handle());
}

bool ActualsStore::renameTakesActuals(
    Database &db, const Plan &after, const QString &from, const QString &to)
{
    if (from == to)
        return false;
    for (const Scenario &scenario : after.scenarios)
        for (const PaidChannel &channel : scenario.channels)
            if (channel.name == from)
                return false;
    // No actuals yet: nothing to move now, but an import running into `from` follows.
    if (!hasSchema(db))
        return true;
    Statement s(db, "SELECT EXISTS (SELECT 1 FROM main.actual_row WHERE channel = ?1);");
    s.bind(1, to);
    return s.step() && s.columnInt64(0) == 0;
}

std::vector<ActualsWeek> ActualsStore::weekly(const QString &channel, const QDate &gridStart) const
{
    std::vector<ActualsWeek> weeks;
    if (!hasSchema(m_db))
        return weeks;
    Statement s(m_db,
        "SELECT (day - ?2 + 7 * ?3) / 7 - ?3 AS week, SUM(spend), SUM(impressions),"
        " SUM(clicks), SUM(orders), SUM(revenue), MAX(days), COUNT(DISTINCT day)"
        " FROM actual_row WHERE channel = ?1"
        " GROUP BY week ORDER BY week;");
    s.bind(1, channel);
    s.bind(2, static_cast<int64_t>(gridStart.toJulianDay()));
    s.bind(3, static_cast<int64_t>(weekShift));
    while (s.step()) {
        ActualsWeek w;
        w.index = static_cast<int>(s.columnInt64(0));
        w.week = gridStart.addDays(7LL * w.index);
        w.spend = column(s, 1);
        w.impressions = column(s, 2);
        w.clicks = column(s, 3);
        w.orders = column(s, 4);
        w.revenue = column(s, 5);
        w.daysCovered = s.columnInt64(6) >= 7 ? 7 : int(std::min<int64_t>(7, s.columnInt64(7)));
        weeks.push_back(w);
    }
    return weeks;
}

QStringList ActualsStore::channels() const
{
    QStringList names;
    if (!hasSchema(m_db))
        return names;
    Statement s(m_db, "SELECT DISTINCT channel FROM actual_row ORDER BY channel;");
    while (s.step())
        names << s.columnText(0);
    return names;
}

qint64 ActualsStore::rowCount(const QString &channel) const
{
    if (!hasSchema(m_db))
        return 0;
    Statement s(m_db, "SELECT COUNT(*) FROM actual_row WHERE channel = ?1;");
    s.bind(1, channel);
    return s.step() ? s.columnInt64(0) : 0;
}

} // namespace funnelcast
