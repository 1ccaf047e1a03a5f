#pragma once

#include "model/plan.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <vector>

namespace funnelcast {

class Database;

enum class ItemKind { Channel, Creator, Organic };

// The row ids of one scenario and of its items, in plan order. PlanFile keeps these beside
// the in-memory Plan so that an edit addresses rows by id, whatever positions a file holds.
struct ScenarioRowIds
{
    int64_t id = 0;
    std::vector<int64_t> channels;
    std::vector<int64_t> creators;
    std::vector<int64_t> organic;
};

// Reads and writes the plan tables of the current schema (docs/plan-file.md). Reading trusts
// nothing: every value is type-checked, every item parsed by PlanJson under its field path and
// the whole plan checked by PlanValidator. Errors throw InputError naming the file.
class PlanStore
{
public:
    static Plan load(Database &db, std::vector<ScenarioRowIds> *rows);
    // Writes `plan` into a database holding the empty current schema.
    static std::vector<ScenarioRowIds> writeAll(Database &db, const Plan &plan);

    static void writeHeader(Database &db, const Plan &plan);
    static ScenarioRowIds insertScenario(Database &db, const Scenario &scenario);
    static void updateScenario(Database &db, int64_t id, const Scenario &scenario);
    static void deleteScenario(Database &db, const ScenarioRowIds &rows);

    static int64_t insertItem(Database &db, int64_t scenarioId, ItemKind kind,
                              const QString &name, const QJsonObject &data);
    static void updateItem(Database &db, int64_t id, const QString &name, const QJsonObject &data);
    static void deleteItem(Database &db, int64_t id);

    // Sets position = index for each row id, in order. `table` is "scenario" or "plan_item".
    static void renumber(Database &db, const char *table, const std::vector<int64_t> &ids);

    static const char *kindKey(ItemKind kind); // "channel", "creator", "organic"
};

} // namespace funnelcast
