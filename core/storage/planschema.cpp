#include "storage/planschema.h"

#include "storage/database.h"
#include "storage/planfile.h"

#include <QByteArray>

#include <mutex>

namespace funnelcast {

namespace {

// Kept in step with requiredTables(1) and Migrations; a test compares them.
const char *const schemaSql = R"sql(
CREATE TABLE plan (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    currency TEXT NOT NULL,
    start TEXT NOT NULL,
    weeks INTEGER NOT NULL,
    population REAL,
    margin REAL NOT NULL,
    unknown TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE scenario (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    budget REAL,
    unknown TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE plan_item (
    id INTEGER PRIMARY KEY,
    scenario_id INTEGER NOT NULL REFERENCES scenario(id),
    kind TEXT NOT NULL CHECK (kind IN ('channel', 'creator', 'organic')),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX plan_item_scenario ON plan_item (scenario_id, kind, position);
)sql";

std::mutex registryMutex;

std::vector<TableSpec> &registry()
{
    static std::vector<TableSpec> tables;
    return tables;
}

QStringList columns(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list.append(QLatin1String(name));
    return list;
}

} // namespace

void PlanSchema::create(Database &db)
{
    db.exec(schemaSql);
    const QByteArray pragmas = QByteArrayLiteral("PRAGMA application_id=")
                               + QByteArray::number(PlanFile::applicationId)
                               + QByteArrayLiteral("; PRAGMA user_version=")
                               + QByteArray::number(PlanFile::currentSchemaVersion)
                               + QByteArrayLiteral(";");
    db.exec(pragmas.constData());
}

const std::vector<TableSpec> &PlanSchema::requiredTables(int version)
{
    static const std::vector<TableSpec> v0 = {
        {QStringLiteral("header"),
         columns({"name", "currency", "start", "weeks", "population", "margin"})},
        {QStringLiteral("scenario"), columns({"id", "position", "name", "budget"})},
        {QStringLiteral("plan_item"),
         columns({"id", "scenario_id", "kind", "position", "data"})},
    };
    static const std::vector<TableSpec> v1 = {
        {QStringLiteral("plan"),
         columns({"id", "name", "currency", "start", "weeks", "population", "margin", "unknown"})},
        {QStringLiteral("scenario"), columns({"id", "position", "name", "budget", "unknown"})},
        {QStringLiteral("plan_item"),
         columns({"id", "scenario_id", "kind", "position", "name", "data"})},
    };
    return version == 0 ? v0 : v1;
}

void PlanSchema::registerTable(const TableSpec &spec)
{
    std::lock_guard<std::mutex> lock(registryMutex);
    for (TableSpec &existing : registry()) {
        if (existing.name == spec.name) {
            existing = spec;
            return;
        }
    }
    registry().push_back(spec);
}

std::vector<TableSpec> PlanSchema::registeredTables()
{
    std::lock_guard<std::mutex> lock(registryMutex);
    return registry();
}

} // namespace funnelcast
