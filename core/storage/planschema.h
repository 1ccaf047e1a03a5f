#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace funnelcast {

class Database;

// A table a plan file must (or, for other components' tables, may) hold, with its columns.
struct TableSpec
{
    QString name;
    QStringList columns; // in declaration order
};

// The layout of a plan file, per schema version (docs/plan-file.md).
//
// Schema 1 (current): `plan` (one row: the header), `scenario`, `plan_item` (one row per paid
// channel, creator deal or organic stream, its MODEL.md JSON in `data`).
// Schema 0 (the first layout, kept so old files migrate): `header`, `scenario` without
// `unknown`, `plan_item` without `name`.
//
// Other components keep their own tables in the same file (actuals). They may register them
// here: safe open then also checks that such a table, when present, has the columns given.
// Any other table is ignored; triggers, views and virtual tables are always refused.
class PlanSchema
{
public:
    // Creates the current schema in an empty database and sets application_id and user_version.
    static void create(Database &db);
    // The tables this component needs in a file of the given schema version.
    static const std::vector<TableSpec> &requiredTables(int version);

    static void registerTable(const TableSpec &spec);
    static std::vector<TableSpec> registeredTables();
};

} // namespace funnelcast
