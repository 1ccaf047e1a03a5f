#pragma once

#include <QString>

namespace funnelcast {

class Database;

// The checks a plan file passes before Funnelcast writes to it (DESIGN.md, "Plan files"):
// all of them read only. Each failure throws InputError with one sentence naming the file.
class SafeOpen
{
public:
    // A journal left beside the file by an edit interrupted by a crash: SQLite must roll it
    // back before the file can be read. That happens on a copy (file and journal), which then
    // passes every check before it replaces the file; the stale journal is removed after. A
    // copy that fails the checks is discarded and the file left as it was. No journal: nothing.
    static void finishInterruptedEdit(const QString &path);
    // Reads the file's first bytes: present, not empty, a SQLite database, not shorter than
    // its header says, Funnelcast's application_id, a schema version this build knows, a
    // rollback journal. Returns the schema version (user_version).
    static int checkFileHeader(const QString &path);
    // On a read-only connection: quick_check, no triggers, views or virtual tables, the
    // tables of `version` with their columns, registered tables' columns, no dangling items.
    static void checkDatabase(Database &db, int version);
    // The file name as messages show it.
    static QString label(const QString &path);
};

} // namespace funnelcast
