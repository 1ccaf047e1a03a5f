#pragma once

#include "actuals/actualsrow.h"
#include "model/plan.h"

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

    // A staged import (ActualsImporter::importFileStaged): rows first go into a temporary table
    // of this connection, which locks nothing in the plan file, then into actual_row at once.
    static void createStaging(Database &db); // empty
    static void dropStaging(Database &db) noexcept;
    // Appends a row to the staging table (a plain heap: cheap; duplicates are sorted out by
    // mergeStaged).
    void insertStaged(const ActualsRow &row);
    // Copies the staged rows into actual_row under `channel` (inside the caller's transaction;
    // rows already there are kept, and of the file's own duplicates the first); returns how
    // many were new.
    qint64 mergeStaged(const QString &channel);

    // Moves every row of channel `from` to `to` (inside the caller's transaction), for a
    // renamed channel; returns how many moved. Rows `to` already has for the same day and key
    // are kept, and the ones of `from` that clash stay where they were.
    static qint64 moveChannel(Database &db, const QString &from, const QString &to);
    // Whether a paid channel renamed from `from` to `to` takes its actuals along; `after` is
    // the plan with the rename. Only when no channel of any scenario is still called `from`
    // (while one is, the rows stay with it) and `to` has no actuals yet (two channels' rows
    // are never mixed). True without any actuals table (an import running into `from` then
    // follows the name). Undo does not ask again: it moves back what the rename moved.
    static bool renameTakesActuals(
        Database &db, const Plan &after, const QString &from, const QString &to);

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
    sqlite3_stmt *m_insertStaged = nullptr;
    QString m_insertChannelName;
    QByteArray m_insertChannel;
};

} // namespace funnelcast
