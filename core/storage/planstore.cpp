#include "storage/planstore.h"

#include "io/planjson.h"
#include "model/inputerror.h"
#include "model/planvalidator.h"
#include "storage/database.h"
#include "storage/safeopen.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <sqlite3.h>

#include <cmath>

namespace funnelcast {

namespace {

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// "<file>: <field>: <what is wrong>", the shape PlanJson uses for field paths.
[[noreturn]] void fieldError(const QString &file, const QString &field, const QString &problem)
{
    throw InputError(QStringLiteral("%1: %2: %3").arg(file, field, problem));
}

QString readText(const Statement &row, int column, const QString &file, const QString &field)
{
    if (row.columnType(column) != SQLITE_TEXT)
        fieldError(file, field, QCoreApplication::translate("PlanFile", "must be text"));
    return row.columnText(column);
}

std::optional<double> readNumber(const Statement &row, int column, const QString &file,
                                 const QString &field, bool optional)
{
    const int type = row.columnType(column);
    if (type == SQLITE_NULL && optional)
        return std::nullopt;
    if (type != SQLITE_INTEGER && type != SQLITE_FLOAT)
        fieldError(file, field, QCoreApplication::translate("PlanFile", "must be a number"));
    const double value = row.columnDouble(column);
    if (!std::isfinite(value))
        fieldError(file, field, QCoreApplication::translate("PlanFile", "must be a finite number"));
    return value;
}

QJsonObject readObject(const Statement &row, int column, const QString &file, const QString &field)
{
    const int type = row.columnType(column);
    if (type != SQLITE_TEXT && type != SQLITE_BLOB)
        fieldError(file, field, QCoreApplication::translate("PlanFile", "must be a JSON object"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(row.columnBlob(column), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        fieldError(file, field, QCoreApplication::translate("PlanFile", "must be a JSON object"));
    return document.object();
}

// PlanJson names the field; the file name goes in front.
template <class Parse>
auto parseItem(const QString &file, Parse parse)
{
    try {
        return parse();
    } catch (const InputError &error) {
        throw InputError(QStringLiteral("%1: %2").arg(file, error.message()));
    }
}

} // namespace

const char *PlanStore::kindKey(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Channel:
        return "channel";
    case ItemKind::Creator:
        return "creator";
    case ItemKind::Organic:
        return "organic";
    }
    return "channel";
}

Plan PlanStore::load(Database &db, std::vector<ScenarioRowIds> *rows)
{
    const QString file = SafeOpen::label(db.path());
    Plan plan;
    {
        Statement count(db, "SELECT count(*) FROM plan;");
        if (!count.step() || count.columnInt64(0) != 1)
            throw InputError(QCoreApplication::translate("PlanFile", "%1 is damaged: it must hold exactly one plan header.").arg(file));
        Statement header(db, "SELECT name, currency, start, weeks, population, margin, unknown "
                             "FROM plan;");
        header.step();
        plan.name = readText(header, 0, file, QStringLiteral("name"));
        plan.currency = readText(header, 1, file, QStringLiteral("currency"));
        const QString start = readText(header, 2, file, QStringLiteral("start"));
        plan.start = QDate::fromString(start, Qt::ISODate);
        if (!plan.start.isValid())
            fieldError(file, QStringLiteral("start"), QCoreApplication::translate("PlanFile", "must be a date written YYYY-MM-DD"));
        if (header.columnType(3) != SQLITE_INTEGER)
            fieldError(file, QStringLiteral("weeks"), QCoreApplication::translate("PlanFile", "must be a whole number"));
        const int64_t weeks = header.columnInt64(3);
        // Items are read against the plan's week count, so it must make sense first.
        if (weeks < 1 || weeks > 156)
            fieldError(file, QStringLiteral("weeks"), QCoreApplication::translate("PlanFile", "must be between 1 and 156"));
        plan.weeks = static_cast<int>(weeks);
        plan.population = readNumber(header, 4, file, QStringLiteral("population"), true);
        plan.margin = *readNumber(header, 5, file, QStringLiteral("margin"), false);
        plan.unknownFields = readObject(header, 6, file, QStringLiteral("(unknown fields)"));
    }

    std::vector<ScenarioRowIds> ids;
    Statement scenarios(db, "SELECT id, name, budget, unknown FROM scenario ORDER BY position, id;");
    Statement items(db, "SELECT id, kind, name, data FROM plan_item WHERE scenario_id = ?1 "
                        "ORDER BY position, id;");
    while (scenarios.step()) {
        const int index = static_cast<int>(plan.scenarios.size());
        const QString path = QStringLiteral("scenarios[%1]").arg(index);
        Scenario scenario;
        ScenarioRowIds scenarioIds;
        scenarioIds.id = scenarios.columnInt64(0);
        scenario.name = readText(scenarios, 1, file, path + QStringLiteral(".name"));
        scenario.budget = readNumber(scenarios, 2, file, path + QStringLiteral(".budget"), true);
        scenario.unknownFields = readObject(scenarios, 3, file, path + QStringLiteral(" (unknown fields)"));

        items.reset();
        items.bind(1, scenarioIds.id);
        while (items.step()) {
            const QString kind = items.columnText(1);
            QString itemPath;
            if (kind == QLatin1String("channel"))
                itemPath = path + QStringLiteral(".channels[%1]").arg(scenario.channels.size());
            else if (kind == QLatin1String("creator"))
                itemPath = path + QStringLiteral(".creators[%1]").arg(scenario.creators.size());
            else if (kind == QLatin1String("organic"))
                itemPath = path + QStringLiteral(".organic[%1]").arg(scenario.organic.size());
            else
                fieldError(file, path, QCoreApplication::translate("PlanFile", "holds an item of unknown kind \"%1\"").arg(kind));
            // The name column is what SQL (and the actuals store) sees, so it is the one kept.
            QJsonObject data = readObject(items, 3, file, itemPath);
            data.insert(QStringLiteral("name"),
                        readText(items, 2, file, itemPath + QStringLiteral(".name")));
            const int64_t id = items.columnInt64(0);
            if (kind == QLatin1String("channel")) {
                scenario.channels.push_back(parseItem(file, [&] {
                    return PlanJson::paidChannelFromJson(data, plan.weeks, itemPath);
                }));
                scenarioIds.channels.push_back(id);
            } else if (kind == QLatin1String("creator")) {
                scenario.creators.push_back(parseItem(file, [&] {
                    return PlanJson::creatorDealFromJson(data, plan.weeks, itemPath);
                }));
                scenarioIds.creators.push_back(id);
            } else {
                scenario.organic.push_back(parseItem(file, [&] {
                    return PlanJson::organicStreamFromJson(data, itemPath);
                }));
                scenarioIds.organic.push_back(id);
            }
        }
        plan.scenarios.push_back(std::move(scenario));
        ids.push_back(std::move(scenarioIds));
    }

    if (const std::optional<ValidationIssue> issue = PlanValidator::validate(plan))
        throw InputError(QStringLiteral("%1: %2").arg(file, issue->toString()));
    if (rows)
        *rows = std::move(ids);
    return plan;
}

std::vector<ScenarioRowIds> PlanStore::writeAll(Database &db, const Plan &plan)
{
    writeHeader(db, plan);
    std::vector<ScenarioRowIds> ids;
    for (const Scenario &scenario : plan.scenarios)
        ids.push_back(insertScenario(db, scenario));
    renumber(db, "scenario", [&] {
        std::vector<int64_t> list;
        for (const ScenarioRowIds &row : ids)
            list.push_back(row.id);
        return list;
    }());
    return ids;
}

void PlanStore::writeHeader(Database &db, const Plan &plan)
{
    Statement statement(db, "INSERT INTO plan (id, name, currency, start, weeks, population, "
                            "margin, unknown) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                            "currency = excluded.currency, start = excluded.start, "
                            "weeks = excluded.weeks, population = excluded.population, "
                            "margin = excluded.margin, unknown = excluded.unknown;");
    statement.bind(1, plan.name)
        .bind(2, plan.currency)
        .bind(3, plan.start.toString(Qt::ISODate))
        .bind(4, plan.weeks)
        .bind(5, plan.population)
        .bind(6, plan.margin)
        .bind(7, QString::fromUtf8(compactJson(plan.unknownFields)));
    statement.run();
}

ScenarioRowIds PlanStore::insertScenario(Database &db, const Scenario &scenario)
{
    ScenarioRowIds ids;
    {
        // Position is set by the caller's renumber(); the row starts last.
        Statement statement(db, "INSERT INTO scenario (position, name, budget, unknown) "
                                "VALUES ((SELECT coalesce(max(position), -1) + 1 FROM scenario), "
                                "?1, ?2, ?3);");
        statement.bind(1, scenario.name)
            .bind(2, scenario.budget)
            .bind(3, QString::fromUtf8(compactJson(scenario.unknownFields)));
        statement.run();
        ids.id = db.lastInsertRowId();
    }
    for (const PaidChannel &channel : scenario.channels)
        ids.channels.push_back(insertItem(db, ids.id, ItemKind::Channel, channel.name,
                                          PlanJson::paidChannelToJson(channel)));
    for (const CreatorDeal &deal : scenario.creators)
        ids.creators.push_back(insertItem(db, ids.id, ItemKind::Creator, deal.name,
                                          PlanJson::creatorDealToJson(deal)));
    for (const OrganicStream &stream : scenario.organic)
        ids.organic.push_back(insertItem(db, ids.id, ItemKind::Organic, stream.name,
                                         PlanJson::organicStreamToJson(stream)));
    return ids;
}

void PlanStore::updateScenario(Database &db, int64_t id, const Scenario &scenario)
{
    Statement statement(db, "UPDATE scenario SET name = ?1, budget = ?2, unknown = ?3 WHERE id = ?4;");
    statement.bind(1, scenario.name)
        .bind(2, scenario.budget)
        .bind(3, QString::fromUtf8(compactJson(scenario.unknownFields)))
        .bind(4, id);
    statement.run();
}

void PlanStore::deleteScenario(Database &db, const ScenarioRowIds &rows)
{
    {
        Statement items(db, "DELETE FROM plan_item WHERE scenario_id = ?1;");
        items.bind(1, rows.id);
        items.run();
    }
    Statement statement(db, "DELETE FROM scenario WHERE id = ?1;");
    statement.bind(1, rows.id);
    statement.run();
}

int64_t PlanStore::insertItem(Database &db, int64_t scenarioId, ItemKind kind, const QString &name,
                              const QJsonObject &data)
{
    Statement statement(db, "INSERT INTO plan_item (scenario_id, kind, position, name, data) "
                            "VALUES (?1, ?2, (SELECT coalesce(max(position), -1) + 1 FROM plan_item "
                            "WHERE scenario_id = ?1 AND kind = ?2), ?3, ?4);");
    statement.bind(1, scenarioId)
        .bind(2, QString::fromLatin1(kindKey(kind)))
        .bind(3, name)
        .bind(4, QString::fromUtf8(compactJson(data)));
    statement.run();
    return db.lastInsertRowId();
}

void PlanStore::updateItem(Database &db, int64_t id, const QString &name, const QJsonObject &data)
{
    Statement statement(db, "UPDATE plan_item SET name = ?1, data = ?2 WHERE id = ?3;");
    statement.bind(1, name).bind(2, QString::fromUtf8(compactJson(data))).bind(3, id);
    statement.run();
}

void PlanStore::deleteItem(Database &db, int64_t id)
{
    Statement statement(db, "DELETE FROM plan_item WHERE id = ?1;");
    statement.bind(1, id);
    statement.run();
}

void PlanStore::renumber(Database &db, const char *table, const std::vector<int64_t> &ids)
{
    const QByteArray sql = QByteArrayLiteral("UPDATE ") + table
                           + QByteArrayLiteral(" SET position = ?1 WHERE id = ?2 AND position <> ?1;");
    Statement statement(db, sql.constData());
    for (size_t i = 0; i < ids.size(); ++i) {
        statement.reset();
        statement.bind(1, static_cast<int64_t>(i)).bind(2, ids[i]);
        statement.run();
    }
}

} // namespace funnelcast
