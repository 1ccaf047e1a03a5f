#pragma once

#include "actuals/actualsrow.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>

#include <vector>

struct sqlite3_stmt;

namespace funnelcast {

class Database;

// Actuals in the plan file: one table, actual_row, keyed by channel name, day and the row key
// of the export, so importing the same file again adds nothing. Aggregation runs in SQL; rows
// are never all loaded. The table is created on first import (ensureSchema); read paths check
// hasSchema first so that they never write to the file.
class ActualsStore
{
public:
    explicit ActualsStore(Database &db);
    ~ActualsStore();
    ActualsStore(const ActualsStore &) = delete;
    ActualsStore &operator=(const ActualsStore &) = delete;

    // Every table and index the actuals add to a plan file (for the safe-open check).
    static QStringList tableNames();
    static void ensureSchema(Database &db);
    static bool hasSchema(Database &db);

    // Inside a transaction the caller holds; true when the row was new, false for a duplicate.
    bool insert(const QString &channel, const ActualsRow &row);

    // Weekly sums of a channel on the Monday grid starting at `gridStart`, only weeks with data,
    // weeks before and after the plan's range included.
    std::vector<ActualsWeek> weekly(const QString &channel, const QDate &gridStart) const;
    // Channel names that have actuals, sorted.
    QStringList channels() const;
    qint64 rowCount(const QString &channel) const;

private:
    Database &m_db;
    // The import's hot path binds UTF-8 bytes directly (no QString round trip per row).
    sqlite3_stmt *m_insert = nullptr;
    QString m_insertChannelName;
    QByteArray m_insertChannel;
};

} // namespace funnelcast
