#include "actuals/actualsstore.h"

#include "storage/database.h"

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

} // namespace

ActualsStore::ActualsStore(Database &db) : m_db(db) {}

ActualsStore::~ActualsStore() = default;

QStringList ActualsStore::tableNames()
{
    return {QStringLiteral("actual_row")};
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
    if (!m_insert)
        m_insert = std::make_unique<Statement>(
            m_db, "INSERT OR IGNORE INTO actual_row(channel, day, days, row_key, spend, impressions,"
                  " clicks, orders, revenue) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9);");
    Statement &s = *m_insert;
    s.reset();
    s.bind(1, channel);
    s.bind(2, static_cast<int64_t>(row.day.toJulianDay()));
    s.bind(3, row.days);
    s.bind(4, row.key);
    s.bind(5, row.spend);
    s.bind(6, row.impressions);
    s.bind(7, row.clicks);
    s.bind(8, row.orders);
    s.bind(9, row.revenue);
    s.run();
    return sqlite3_changes(m_db.handle()) > 0;
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
