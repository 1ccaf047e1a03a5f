#include "storage/database.h"

#include "model/inputerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace funnelcast {

namespace {

QString sqliteMessage(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
}

} // namespace

Database::Database(const QString &path, Mode mode) : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    // An absolute path never starts with "file:", so SQLite can not read it as a URI even when
    // URI file names are enabled globally.
    const QByteArray name = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()).toUtf8();
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = sqliteMessage(m_db);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw InputError(QCoreApplication::translate("PlanFile", "Could not open %1 (%2).")
                             .arg(QDir::toNativeSeparators(path), detail));
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, defaultBusyTimeoutMs);
    // A file may come from anyone: refuse the things a crafted schema could abuse.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    if (mode == Mode::ReadOnly) {
        // The checking connection never runs anything the file brings along.
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    }
    try {
        // SQLite quietly falls back to read-only for a file it may not write; every edit is
        // written at once, so say so now rather than at the first edit.
        if (mode != Mode::ReadOnly && sqlite3_db_readonly(m_db, "main") == 1) {
            throw InputError(QCoreApplication::translate(
                                 "PlanFile", "%1 is read-only, so Funnelcast cannot save edits to it.")
                                 .arg(QDir::toNativeSeparators(path)));
        }
        exec("PRAGMA trusted_schema=OFF;");
        if (mode != Mode::ReadOnly)
            exec("PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
    } catch (...) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw;
    }
}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

void Database::exec(const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString detail = error ? QString::fromUtf8(error) : sqliteMessage(m_db);
        sqlite3_free(error);
        throw InputError(QCoreApplication::translate("PlanFile", "Could not read or write %1 (%2).")
                             .arg(QDir::toNativeSeparators(m_path), detail));
    }
}

void Database::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(m_db, milliseconds);
}

int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QString Database::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace funnelcast
