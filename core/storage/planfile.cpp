#include "storage/planfile.h"

#include "io/planjson.h"
#include "model/inputerror.h"
#include "model/planvalidator.h"
#include "storage/atomicrename.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/planschema.h"
#include "storage/safeopen.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sqlite3.h>

namespace funnelcast {

namespace {

void validateOrThrow(const Plan &plan, const QString &prefix = QString())
{
    if (const std::optional<ValidationIssue> issue = PlanValidator::validate(plan)) {
        throw InputError(prefix.isEmpty() ? issue->toString()
                                          : QStringLiteral("%1: %2").arg(prefix, issue->toString()));
    }
}

void requireIndex(size_t size, int index, bool insertion, const QString &what)
{
    const auto limit = static_cast<int>(size) + (insertion ? 1 : 0);
    if (index < 0 || index >= limit)
        throw InputError(QCoreApplication::translate("PlanFile", "There is no %1 number %2 in the plan.").arg(what).arg(index + 1));
}

// What differs between the three kinds of item, so each edit is written once.
template <class Item>
struct ItemTraits;

template <>
struct ItemTraits<PaidChannel>
{
    static constexpr ItemKind kind = ItemKind::Channel;
    static std::vector<PaidChannel> &items(Scenario &s) { return s.channels; }
    static std::vector<int64_t> &ids(ScenarioRowIds &r) { return r.channels; }
    static QJsonObject toJson(const PaidChannel &c) { return PlanJson::paidChannelToJson(c); }
    static QString noun() { return QCoreApplication::translate("PlanFile", "paid channel"); }
};

template <>
struct ItemTraits<CreatorDeal>
{
    static constexpr ItemKind kind = ItemKind::Creator;
    static std::vector<CreatorDeal> &items(Scenario &s) { return s.creators; }
    static std::vector<int64_t> &ids(ScenarioRowIds &r) { return r.creators; }
    static QJsonObject toJson(const CreatorDeal &d) { return PlanJson::creatorDealToJson(d); }
    static QString noun() { return QCoreApplication::translate("PlanFile", "creator deal"); }
};

template <>
struct ItemTraits<OrganicStream>
{
    static constexpr ItemKind kind = ItemKind::Organic;
    static std::vector<OrganicStream> &items(Scenario &s) { return s.organic; }
    static std::vector<int64_t> &ids(ScenarioRowIds &r) { return r.organic; }
    static QJsonObject toJson(const OrganicStream &o) { return PlanJson::organicStreamToJson(o); }
    static QString noun() { return QCoreApplication::translate("PlanFile", "organic stream"); }
};

// Each edit: build the new plan, validate it, write it in one transaction, and only after the
// commit replace the in-memory plan and row ids (moves that cannot throw).
template <class Item>
void insertItemEdit(Database &db, Plan &plan, std::vector<ScenarioRowIds> &rows, int scenario,
                    int index, const Item &item)
{
    using T = ItemTraits<Item>;
    requireIndex(plan.scenarios.size(), scenario, false, QCoreApplication::translate("PlanFile", "scenario"));
    requireIndex(T::items(plan.scenarios[scenario]).size(), index, true, T::noun());
    Plan next = plan;
    auto &list = T::items(next.scenarios[scenario]);
    list.insert(list.begin() + index, item);
    validateOrThrow(next);
    std::vector<int64_t> ids = T::ids(rows[scenario]);
    Transaction transaction(db);
    const int64_t id = PlanStore::insertItem(db, rows[scenario].id, T::kind, item.name, T::toJson(item));
    ids.insert(ids.begin() + index, id);
    PlanStore::renumber(db, "plan_item", ids);
    transaction.commit();
    plan = std::move(next);
    T::ids(rows[scenario]) = std::move(ids);
}

template <class Item>
void setItemEdit(Database &db, Plan &plan, std::vector<ScenarioRowIds> &rows, int scenario,
                 int index, const Item &item,
                 const std::function<void(Database &)> &alsoInTransaction = {})
{
    using T = ItemTraits<Item>;
    requireIndex(plan.scenarios.size(), scenario, false, QCoreApplication::translate("PlanFile", "scenario"));
    requireIndex(T::items(plan.scenarios[scenario]).size(), index, false, T::noun());
    Plan next = plan;
    T::items(next.scenarios[scenario])[index] = item;
    validateOrThrow(next);
    Transaction transaction(db);
    PlanStore::updateItem(db, T::ids(rows[scenario])[index], item.name, T::toJson(item));
    if (alsoInTransaction)
        alsoInTransaction(db);
    transaction.commit();
    plan = std::move(next);
}

template <class Item>
void removeItemEdit(Database &db, Plan &plan, std::vector<ScenarioRowIds> &rows, int scenario,
                    int index)
{
    using T = ItemTraits<Item>;
    requireIndex(plan.scenarios.size(), scenario, false, QCoreApplication::translate("PlanFile", "scenario"));
    requireIndex(T::items(plan.scenarios[scenario]).size(), index, false, T::noun());
    Plan next = plan;
    auto &list = T::items(next.scenarios[scenario]);
    list.erase(list.begin() + index);
    validateOrThrow(next);
    std::vector<int64_t> ids = T::ids(rows[scenario]);
    Transaction transaction(db);
    PlanStore::deleteItem(db, ids[index]);
    ids.erase(ids.begin() + index);
    PlanStore::renumber(db, "plan_item", ids);
    transaction.commit();
    plan = std::move(next);
    T::ids(rows[scenario]) = std::move(ids);
}

std::vector<int64_t> scenarioIds(const std::vector<ScenarioRowIds> &rows)
{
    std::vector<int64_t> ids;
    ids.reserve(rows.size());
    for (const ScenarioRowIds &row : rows)
        ids.push_back(row.id);
    return ids;
}

QString backupPathFor(const QString &path, int version)
{
    QString candidate = QStringLiteral("%1.v%2.bak").arg(path).arg(version);
    // Never overwrite an earlier backup: it may be the only copy of an older state.
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QStringLiteral("%1.v%2-%3.bak").arg(path).arg(version).arg(n);
    return candidate;
}

} // namespace

PlanFile::PlanFile() = default;
PlanFile::~PlanFile() = default;

std::unique_ptr<PlanFile> PlanFile::create(const QString &path, const Plan &plan, bool overwrite)
{
    const QString name = SafeOpen::label(path);
    validateOrThrow(plan, name);
    const QFileInfo target(path);
    if (target.isDir())
        throw InputError(QCoreApplication::translate("PlanFile", "%1 is a folder, not a plan file.").arg(name));
    if (target.exists() && !overwrite)
        throw InputError(QCoreApplication::translate("PlanFile", "%1 already exists; Funnelcast does not overwrite it.").arg(name));
    if (!target.absoluteDir().exists())
        throw InputError(QCoreApplication::translate("PlanFile", "The folder of %1 does not exist.").arg(name));

    const QString temp = AtomicRename::tempPathBeside(path);
    std::vector<ScenarioRowIds> rows;
    try {
        Database db(temp, Database::Mode::Create);
        Transaction transaction(db);
        PlanSchema::create(db);
        rows = PlanStore::writeAll(db, plan);
        transaction.commit();
    } catch (const InputError &) {
        QFile::remove(temp);
        throw InputError(QCoreApplication::translate("PlanFile", "Could not write %1.").arg(name));
    }
    QString error;
    if (!AtomicRename::rename(temp, path, overwrite, &error)) {
        QFile::remove(temp);
        if (!overwrite && QFileInfo::exists(path))
            throw InputError(QCoreApplication::translate("PlanFile", "%1 already exists; Funnelcast does not overwrite it.").arg(name));
        throw InputError(QCoreApplication::translate("PlanFile", "Could not write %1 (%2).").arg(name, error));
    }

    std::unique_ptr<PlanFile> file(new PlanFile);
    file->m_db = std::make_unique<Database>(path, Database::Mode::ReadWrite);
    file->m_path = path;
    file->m_plan = plan;
    file->m_rows = std::move(rows);
    return file;
}

std::unique_ptr<PlanFile> PlanFile::open(const QString &path)
{
    const QString name = SafeOpen::label(path);
    // A crash mid-edit leaves a hot journal; it is rolled back on a checked copy.
    SafeOpen::finishInterruptedEdit(path);
    const int version = SafeOpen::checkFileHeader(path);
    std::unique_ptr<PlanFile> file(new PlanFile);
    file->m_path = path;
    {
        Database readOnly(path, Database::Mode::ReadOnly);
        SafeOpen::checkDatabase(readOnly, version);
        if (version == currentSchemaVersion)
            file->m_plan = PlanStore::load(readOnly, &file->m_rows);
    }
    if (version == currentSchemaVersion) {
        // Only now, with every check passed, may anything write to the file.
        file->m_db = std::make_unique<Database>(path, Database::Mode::ReadWrite);
        return file;
    }

    const QString backup = backupPathFor(path, version);
    if (!QFile::copy(path, backup)) {
        throw InputError(QCoreApplication::translate("PlanFile", "%1 needs upgrading, but its backup copy %2 could not be written.")
                             .arg(name, SafeOpen::label(backup)));
    }
    try {
        auto db = std::make_unique<Database>(path, Database::Mode::ReadWrite);
        Transaction transaction(*db);
        try {
            Migrations::run(*db, version);
        } catch (const InputError &) {
            throw InputError(QCoreApplication::translate("PlanFile", "%1 could not be upgraded from schema %2 (%3).")
                                 .arg(name)
                                 .arg(version)
                                 .arg(QString::fromUtf8(sqlite3_errmsg(db->handle()))));
        }
        SafeOpen::checkDatabase(*db, currentSchemaVersion);
        // The migrated values pass the same checks as any file before the upgrade is kept.
        file->m_plan = PlanStore::load(*db, &file->m_rows);
        transaction.commit();
        file->m_db = std::move(db);
    } catch (...) {
        QFile::remove(backup);
        throw;
    }
    return file;
}

std::unique_ptr<PlanFile> PlanFile::createUntitled(const Plan &plan)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                           + QStringLiteral("/untitled");
    if (!QDir().mkpath(folder))
        throw InputError(QCoreApplication::translate("PlanFile", "Could not create the folder %1 for untitled plans.")
                             .arg(QDir::toNativeSeparators(folder)));
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = QStringLiteral("%1/untitled-%2.fcplan").arg(folder, stamp);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QStringLiteral("%1/untitled-%2-%3.fcplan").arg(folder, stamp).arg(n);
    std::unique_ptr<PlanFile> file = create(path, plan);
    file->m_untitled = true;
    return file;
}

void PlanFile::saveAs(const QString &path)
{
    const QString name = SafeOpen::label(path);
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return;
    if (QFileInfo(path).isDir())
        throw InputError(QCoreApplication::translate("PlanFile", "%1 is a folder, not a plan file.").arg(name));
    if (!QFileInfo(path).absoluteDir().exists())
        throw InputError(QCoreApplication::translate("PlanFile", "The folder of %1 does not exist.").arg(name));

    const QString temp = AtomicRename::tempPathBeside(path);
    try {
        Database copy(temp, Database::Mode::Create);
        sqlite3_backup *backup = sqlite3_backup_init(copy.handle(), "main", m_db->handle(), "main");
        if (!backup)
            throw InputError(QCoreApplication::translate("PlanFile", "Could not write %1 (%2).")
                                 .arg(name, QString::fromUtf8(sqlite3_errmsg(copy.handle()))));
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            throw InputError(QCoreApplication::translate("PlanFile", "Could not write %1 (%2).").arg(name, QString::fromUtf8(sqlite3_errstr(rc))));
    } catch (const InputError &) {
        QFile::remove(temp);
        throw;
    }
    QString error;
    if (!AtomicRename::rename(temp, path, true, &error)) {
        QFile::remove(temp);
        throw InputError(QCoreApplication::translate("PlanFile", "Could not write %1 (%2).").arg(name, error));
    }
    auto db = std::make_unique<Database>(path, Database::Mode::ReadWrite);
    const QString previous = m_path;
    const bool wasUntitled = m_untitled;
    m_db = std::move(db);
    m_path = path;
    m_untitled = false;
    // The untitled copy in the app data folder has served its purpose.
    if (wasUntitled)
        QFile::remove(previous);
}

void PlanFile::setPlanHeader(const Plan &header)
{
    Plan next = header;
    next.scenarios = m_plan.scenarios;
    validateOrThrow(next);
    Transaction transaction(*m_db);
    PlanStore::writeHeader(*m_db, next);
    transaction.commit();
    m_plan = std::move(next);
}

namespace {

bool sameStructure(const Plan &a, const Plan &b)
{
    if (a.scenarios.size() != b.scenarios.size())
        return false;
    for (size_t i = 0; i < a.scenarios.size(); ++i) {
        const Scenario &x = a.scenarios[i];
        const Scenario &y = b.scenarios[i];
        if (x.channels.size() != y.channels.size() || x.creators.size() != y.creators.size()
            || x.organic.size() != y.organic.size())
            return false;
    }
    return true;
}

bool sameHeader(const Plan &a, const Plan &b)
{
    return a.name == b.name && a.currency == b.currency && a.start == b.start
        && a.weeks == b.weeks && a.population == b.population && a.margin == b.margin
        && a.unknownFields == b.unknownFields;
}

// Writes every item of `next` that differs from `current`, by row id.
template <class Item>
void updateChangedItems(Database &db, const std::vector<Item> &current,
                        const std::vector<Item> &next, const std::vector<int64_t> &ids)
{
    using T = ItemTraits<Item>;
    for (size_t i = 0; i < next.size(); ++i)
        if (!(current[i] == next[i]))
            PlanStore::updateItem(db, ids[i], next[i].name, T::toJson(next[i]));
}

} // namespace

void PlanFile::setPlanValues(const Plan &next)
{
    if (!sameStructure(m_plan, next))
        throw InputError(QCoreApplication::translate(
            "PlanFile", "The change adds or removes scenarios or items; it was not saved."));
    validateOrThrow(next);
    Transaction transaction(*m_db);
    if (!sameHeader(m_plan, next))
        PlanStore::writeHeader(*m_db, next);
    for (size_t i = 0; i < next.scenarios.size(); ++i) {
        const Scenario &before = m_plan.scenarios[i];
        const Scenario &after = next.scenarios[i];
        if (before.name != after.name || before.budget != after.budget
            || before.unknownFields != after.unknownFields)
            PlanStore::updateScenario(*m_db, m_rows[i].id, after);
        updateChangedItems(*m_db, before.channels, after.channels, m_rows[i].channels);
        updateChangedItems(*m_db, before.creators, after.creators, m_rows[i].creators);
        updateChangedItems(*m_db, before.organic, after.organic, m_rows[i].organic);
    }
    transaction.commit();
    m_plan = next;
}

void PlanFile::insertScenario(int index, const Scenario &scenario)
{
    requireIndex(m_plan.scenarios.size(), index, true, QCoreApplication::translate("PlanFile", "scenario"));
    Plan next = m_plan;
    next.scenarios.insert(next.scenarios.begin() + index, scenario);
    validateOrThrow(next);
    std::vector<ScenarioRowIds> rows = m_rows;
    Transaction transaction(*m_db);
    rows.insert(rows.begin() + index, PlanStore::insertScenario(*m_db, scenario));
    PlanStore::renumber(*m_db, "scenario", scenarioIds(rows));
    transaction.commit();
    m_plan = std::move(next);
    m_rows = std::move(rows);
}

void PlanFile::removeScenario(int index)
{
    requireIndex(m_plan.scenarios.size(), index, false, QCoreApplication::translate("PlanFile", "scenario"));
    Plan next = m_plan;
    next.scenarios.erase(next.scenarios.begin() + index);
    validateOrThrow(next);
    std::vector<ScenarioRowIds> rows = m_rows;
    Transaction transaction(*m_db);
    PlanStore::deleteScenario(*m_db, rows[index]);
    rows.erase(rows.begin() + index);
    PlanStore::renumber(*m_db, "scenario", scenarioIds(rows));
    transaction.commit();
    m_plan = std::move(next);
    m_rows = std::move(rows);
}

void PlanFile::setScenarioName(int index, const QString &name)
{
    requireIndex(m_plan.scenarios.size(), index, false, QCoreApplication::translate("PlanFile", "scenario"));
    Plan next = m_plan;
    next.scenarios[index].name = name;
    validateOrThrow(next);
    Transaction transaction(*m_db);
    PlanStore::updateScenario(*m_db, m_rows[index].id, next.scenarios[index]);
    transaction.commit();
    m_plan = std::move(next);
}

void PlanFile::setScenarioBudget(int index, std::optional<double> budget)
{
    requireIndex(m_plan.scenarios.size(), index, false, QCoreApplication::translate("PlanFile", "scenario"));
    Plan next = m_plan;
    next.scenarios[index].budget = budget;
    validateOrThrow(next);
    Transaction transaction(*m_db);
    PlanStore::updateScenario(*m_db, m_rows[index].id, next.scenarios[index]);
    transaction.commit();
    m_plan = std::move(next);
}

void PlanFile::insertPaidChannel(int scenario, int index, const PaidChannel &channel)
{
    insertItemEdit(*m_db, m_plan, m_rows, scenario, index, channel);
}

void PlanFile::setPaidChannel(int scenario, int index, const PaidChannel &channel)
{
    setItemEdit(*m_db, m_plan, m_rows, scenario, index, channel);
}

void PlanFile::setPaidChannel(int scenario, int index, const PaidChannel &channel,
                              const std::function<void(Database &)> &alsoInTransaction)
{
    setItemEdit(*m_db, m_plan, m_rows, scenario, index, channel, alsoInTransaction);
}

void PlanFile::removePaidChannel(int scenario, int index)
{
    removeItemEdit<PaidChannel>(*m_db, m_plan, m_rows, scenario, index);
}

void PlanFile::insertCreatorDeal(int scenario, int index, const CreatorDeal &deal)
{
    insertItemEdit(*m_db, m_plan, m_rows, scenario, index, deal);
}

void PlanFile::setCreatorDeal(int scenario, int index, const CreatorDeal &deal)
{
    setItemEdit(*m_db, m_plan, m_rows, scenario, index, deal);
}

void PlanFile::removeCreatorDeal(int scenario, int index)
{
    removeItemEdit<CreatorDeal>(*m_db, m_plan, m_rows, scenario, index);
}

void PlanFile::insertOrganicStream(int scenario, int index, const OrganicStream &stream)
{
    insertItemEdit(*m_db, m_plan, m_rows, scenario, index, stream);
}

void PlanFile::setOrganicStream(int scenario, int index, const OrganicStream &stream)
{
    setItemEdit(*m_db, m_plan, m_rows, scenario, index, stream);
}

void PlanFile::removeOrganicStream(int scenario, int index)
{
    removeItemEdit<OrganicStream>(*m_db, m_plan, m_rows, scenario, index);
}

Database &PlanFile::database()
{
    return *m_db;
}

int64_t PlanFile::scenarioRowId(int scenario) const
{
    requireIndex(m_rows.size(), scenario, false, QCoreApplication::translate("PlanFile", "scenario"));
    return m_rows[scenario].id;
}

int64_t PlanFile::paidChannelRowId(int scenario, int index) const
{
    requireIndex(m_rows.size(), scenario, false, QCoreApplication::translate("PlanFile", "scenario"));
    requireIndex(m_rows[scenario].channels.size(), index, false, QCoreApplication::translate("PlanFile", "paid channel"));
    return m_rows[scenario].channels[index];
}

Plan PlanFile::emptyPlan(const QString &name, const QDate &today)
{
    Plan plan;
    plan.name = name;
    plan.currency = QStringLiteral("KRW");
    plan.start = today.addDays(8 - today.dayOfWeek()); // the first Monday after today
    plan.weeks = 8;
    Scenario base;
    base.name = QStringLiteral("Base");
    plan.scenarios.push_back(base);
    return plan;
}

} // namespace funnelcast
