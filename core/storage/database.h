#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace funnelcast {

// A small RAII layer over the SQLite C API. Errors throw InputError with a plain sentence
// (the SQL error text is appended for developers, never shown alone).
class Database
{
public:
    enum class Mode { ReadOnly, ReadWrite, Create };
    Database(const QString &path, Mode mode); // throws InputError
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    // The SQLite library's version, e.g. "3.40.1" (for the About box).
    static QString sqliteVersion();
    QString path() const { return m_path; }
    void exec(const char *sql);      // one or more statements without results
    // How long a write waits for another connection's transaction before failing as busy.
    void setBusyTimeout(int milliseconds);
    static constexpr int defaultBusyTimeoutMs = 5000;
    int64_t lastInsertRowId() const;

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

// A prepared statement; bind 1-based, read columns 0-based.
class Statement
{
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, double value);
    Statement &bind(int index, int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    Statement &bind(int index, std::optional<double> value);

    bool step();   // true while a row is available
    void run();    // step to completion, no rows expected
    void reset();  // reset and clear bindings for reuse

    bool isNull(int column) const;
    // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL: a file from
    // elsewhere may hold any type in any column, so readers check before trusting a value.
    int columnType(int column) const;
    double columnDouble(int column) const;
    int64_t columnInt64(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

// Commits on commit(), rolls back if destroyed before (an exception unwinding).
class Transaction
{
public:
    explicit Transaction(Database &db); // BEGIN IMMEDIATE
    ~Transaction();
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace funnelcast
