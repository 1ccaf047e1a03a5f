#pragma once

#include "model/plan.h"
#include "storage/planstore.h"

#include <QString>

#include <QDate>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

struct sqlite3;

namespace funnelcast {

class Database;

// A plan file (.fcplan): SQLite as the application file format (DESIGN.md, "Plan files").
// The whole plan is held in memory as a Plan; every edit method writes its change in its own
// transaction before returning and only then updates the in-memory plan, so there is never
// unsaved state and a failed write leaves both unchanged. Methods throw InputError.
class PlanFile
{
public:
    ~PlanFile();
    PlanFile(const PlanFile &) = delete;
    PlanFile &operator=(const PlanFile &) = delete;

    // Writes a new file (refuses to overwrite an existing one unless `overwrite`); the file
    // appears complete or not at all (written beside it, then renamed).
    static std::unique_ptr<PlanFile> create(const QString &path, const Plan &plan,
                                            bool overwrite = false);
    // Safe open of an untrusted file: defensive flag, trusted_schema off, application_id and
    // schema checked, quick_check, no triggers or views accepted, values range-checked; an
    // older schema migrated (after a backup copy); a newer one refused. On any failure the file
    // is untouched and the InputError names the file and what is wrong.
    static std::unique_ptr<PlanFile> open(const QString &path);
    // A new untitled plan in the app data folder (QStandardPaths::AppDataLocation/untitled).
    static std::unique_ptr<PlanFile> createUntitled(const Plan &plan);

    const Plan &plan() const { return m_plan; }
    QString path() const { return m_path; }
    bool isUntitled() const { return m_untitled; }

    // Copies the file to `path` with the SQLite backup API and continues on the copy.
    void saveAs(const QString &path);

    // Plan header: name, currency, start, weeks, population, margin (scenarios untouched).
    void setPlanHeader(const Plan &header);

    // Several values at once in one transaction: the header, scenarios' names and budgets and
    // any items of `next`, which must have the plan's structure (the same scenarios and the same
    // number of items in each); for edits that are valid only together, e.g. a new plan length
    // with the custom flightings that follow it.
    void setPlanValues(const Plan &next);

    void insertScenario(int index, const Scenario &scenario);
    void removeScenario(int index);
    void setScenarioName(int index, const QString &name);
    void setScenarioBudget(int index, std::optional<double> budget);

    void insertPaidChannel(int scenario, int index, const PaidChannel &channel);
    void setPaidChannel(int scenario, int index, const PaidChannel &channel);
    // The same, with `alsoInTransaction` run in the edit's transaction (the actuals a renamed
    // channel takes along); if it throws, nothing is written.
    void setPaidChannel(int scenario, int index, const PaidChannel &channel,
                        const std::function<void(Database &)> &alsoInTransaction);
    void removePaidChannel(int scenario, int index);
    void insertCreatorDeal(int scenario, int index, const CreatorDeal &deal);
    void setCreatorDeal(int scenario, int index, const CreatorDeal &deal);
    void removeCreatorDeal(int scenario, int index);
    void insertOrganicStream(int scenario, int index, const OrganicStream &stream);
    void setOrganicStream(int scenario, int index, const OrganicStream &stream);
    void removeOrganicStream(int scenario, int index);

    // The open connection, for the actuals store (its own tables, its own transactions).
    Database &database();
    // Row ids (stable across edits of the item itself) for tables that refer to plan rows.
    int64_t scenarioRowId(int scenario) const;
    int64_t paidChannelRowId(int scenario, int index) const;

    // A new empty plan: one scenario "Base", no channels, KRW, 8 weeks from the first Monday
    // after `today`.
    static Plan emptyPlan(const QString &name, const QDate &today = QDate::currentDate());

    static constexpr int currentSchemaVersion = 1;
    static constexpr int applicationId = 0x46434e50; // "FCNP"

private:
    PlanFile();
    Plan m_plan;
    QString m_path;
    bool m_untitled = false;
    std::unique_ptr<Database> m_db;
    std::vector<ScenarioRowIds> m_rows; // parallel to m_plan.scenarios
};

} // namespace funnelcast
