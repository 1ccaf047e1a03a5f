#include "storage/migrations.h"

#include "storage/database.h"
#include "storage/planfile.h"

#include <QByteArray>

#include <vector>

namespace funnelcast {

namespace {

struct MigrationStep
{
    int from; // the step turns schema `from` into `from + 1`
    const char *sql;
};

// Schema 0 kept the header in `header` (no id, no unknown fields), scenarios without unknown
// fields, and items whose name was only inside their JSON.
const char *const step0to1 = R"sql(
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
INSERT INTO plan (id, name, currency, start, weeks, population, margin, unknown)
    SELECT 1, name, currency, start, weeks, population, margin, '{}' FROM header LIMIT 1;
DROP TABLE header;
ALTER TABLE scenario ADD COLUMN unknown TEXT NOT NULL DEFAULT '{}';
ALTER TABLE plan_item ADD COLUMN name TEXT NOT NULL DEFAULT '';
UPDATE plan_item SET name = coalesce(json_extract(data, '$.name'), '');
CREATE INDEX IF NOT EXISTS plan_item_scenario ON plan_item (scenario_id, kind, position);
)sql";

const std::vector<MigrationStep> &steps()
{
    static const std::vector<MigrationStep> list = {
        {0, step0to1},
    };
    return list;
}

} // namespace

void Migrations::run(Database &db, int fromVersion)
{
    int version = fromVersion;
    for (const MigrationStep &step : steps()) {
        if (step.from != version)
            continue;
        db.exec(step.sql);
        ++version;
    }
    const QByteArray pragma = QByteArrayLiteral("PRAGMA user_version=")
                              + QByteArray::number(version) + QByteArrayLiteral(";");
    db.exec(pragma.constData());
}

int Migrations::stepCount()
{
    return static_cast<int>(steps().size());
}

} // namespace funnelcast
