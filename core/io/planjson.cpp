#include "io/planjson.h"

#include "io/jsonfieldreader.h"
#include "io/planjsonwriter.h"
#include "model/fieldspec.h"
#include "model/inputerror.h"
#include "model/planvalidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

#include <cmath>

namespace funnelcast {

namespace {

const char *const formatName = "funnelcast-plan";
constexpr int formatVersion = 1;
constexpr qsizetype maxInputBytes = 64LL * 1024 * 1024;

QString translated(const char *text)
{
    return QCoreApplication::translate("PlanJson", text);
}

QString indexed(const QString &prefix, const char *list, qsizetype index)
{
    const QString key = QLatin1String(list);
    return (prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key) + QLatin1Char('[')
        + QString::number(index) + QLatin1Char(']');
}

QJsonValue uncertainToJson(const Uncertain &value)
{
    if (value.isFixed())
        return value.base;
    return QJsonObject { { QStringLiteral("low"), value.low },
        { QStringLiteral("base"), value.base }, { QStringLiteral("high"), value.high } };
}

template <class Item>
void writeUncertainFields(
    QJsonObject &object, const Item &item, const std::vector<UncertainFieldSpec<Item>> &fields)
{
    for (const UncertainFieldSpec<Item> &field : fields)
        object.insert(QLatin1String(field.key), uncertainToJson(item.*(field.member)));
}

template <class Item>
void readUncertainFields(
    JsonFieldReader &reader, Item &item, const std::vector<UncertainFieldSpec<Item>> &fields)
{
    for (const UncertainFieldSpec<Item> &field : fields) {
        item.*(field.member) = field.required
            ? reader.requiredUncertain(field.key)
            : reader.optionalUncertain(field.key).value_or(Uncertain(field.defaultValue));
    }
}

// Known fields start from the unknown ones so that, if a key were ever both, the known value
// wins; everything the reader did not understand goes back out untouched.
QJsonObject startWith(const QJsonObject &unknownFields)
{
    return unknownFields;
}

QJsonObject flightingToJson(const Flighting &flighting)
{
    QJsonObject object { { QStringLiteral("pattern"), Flighting::patternKey(flighting.pattern) } };
    // Weights are written whenever present (not only for custom) so a round trip keeps them.
    if (!flighting.weights.empty()) {
        QJsonArray weights;
        for (double w : flighting.weights)
            weights.append(w);
        object.insert(QStringLiteral("weights"), weights);
    }
    return object;
}

Flighting readFlighting(JsonFieldReader &reader)
{
    Flighting flighting;
    const std::optional<QJsonObject> object = reader.optionalObject("flighting");
    if (!object)
        return flighting;
    JsonFieldReader inner(*object, reader.pathOf("flighting"));
    const QString key = inner.requiredString("pattern");
    if (!Flighting::patternFromKey(key, &flighting.pattern))
        JsonFieldReader::fail(inner.pathOf("pattern"),
            translated(
                QT_TRANSLATE_NOOP("PlanJson", "must be even, front, back, pulse or custom")));
    const QJsonArray weights = inner.optionalArray("weights");
    flighting.weights.reserve(static_cast<size_t>(weights.size()));
    for (qsizetype i = 0; i < weights.size(); ++i)
        flighting.weights.push_back(JsonFieldReader::numberValue(
            weights.at(i), indexed(reader.pathOf("flighting"), "weights", i)));
    return flighting;
}

PaidChannel readPaidChannel(const QJsonObject &object, const QString &path)
{
    JsonFieldReader reader(object, path);
    PaidChannel channel;
    channel.name = reader.requiredString("name");
    channel.platform = reader.optionalString("platform").value_or(QStringLiteral("other"));
    channel.spend = reader.requiredNumber("spend");
    channel.flighting = readFlighting(reader);
    channel.minSpend = reader.optionalNumber("min_spend").value_or(0.0);
    channel.maxSpend = reader.optionalNumber("max_spend");
    channel.locked = reader.optionalBool("locked", false);
    channel.audience = reader.optionalUncertain("audience");
    channel.maxWeeklyFrequency = reader.optionalNumber("max_weekly_frequency");
    readUncertainFields(reader, channel, paidChannelUncertainFields());
    channel.unknownFields = reader.unknownFields();
    return channel;
}

CreatorDeal readCreatorDeal(const QJsonObject &object, const QString &path)
{
    JsonFieldReader reader(object, path);
    CreatorDeal deal;
    deal.name = reader.requiredString("name");
    deal.platform = reader.optionalString("platform").value_or(QStringLiteral("other"));
    deal.tier = reader.optionalString("tier").value_or(QString());
    const QJsonArray posts = reader.requiredArray("posts");
    deal.posts.reserve(static_cast<size_t>(posts.size()));
    for (qsizetype i = 0; i < posts.size(); ++i)
        deal.posts.push_back(
            JsonFieldReader::integerValue(posts.at(i), indexed(path, "posts", i), -1));
    readUncertainFields(reader, deal, creatorDealUncertainFields());
    deal.unknownFields = reader.unknownFields();
    return deal;
}

OrganicStream readOrganicStream(const QJsonObject &object, const QString &path)
{
    JsonFieldReader reader(object, path);
    OrganicStream stream;
    stream.name = reader.requiredString("name");
    stream.platform = reader.optionalString("platform").value_or(QStringLiteral("other"));
    stream.postsPerWeek = reader.requiredNumber("posts_per_week");
    readUncertainFields(reader, stream, organicStreamUncertainFields());
    stream.unknownFields = reader.unknownFields();
    return stream;
}

template <class Item, class ReadItem>
std::vector<Item> readList(
    JsonFieldReader &reader, const char *key, const QString &scenarioPath, ReadItem readItem)
{
    const QJsonArray array = reader.optionalArray(key);
    std::vector<Item> items;
    items.reserve(static_cast<size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = indexed(scenarioPath, key, i);
        items.push_back(readItem(JsonFieldReader::objectValue(array.at(i), path), path));
    }
    return items;
}

Scenario readScenario(const QJsonObject &object, const QString &path)
{
    JsonFieldReader reader(object, path);
    Scenario scenario;
    scenario.name = reader.requiredString("name");
    scenario.budget = reader.optionalNumber("budget");
    scenario.channels = readList<PaidChannel>(reader, "channels", path, readPaidChannel);
    scenario.creators = readList<CreatorDeal>(reader, "creators", path, readCreatorDeal);
    scenario.organic = readList<OrganicStream>(reader, "organic", path, readOrganicStream);
    scenario.unknownFields = reader.unknownFields();
    return scenario;
}

// "format" and "version" come first so that a different or newer document is named as such
// instead of failing on a field it may not have.
void checkFormat(JsonFieldReader &reader)
{
    const QString format = reader.requiredString("format");
    if (format != QLatin1String(formatName))
        JsonFieldReader::fail(reader.pathOf("format"),
            translated(QT_TRANSLATE_NOOP("PlanJson",
                           "is \"%1\", not \"funnelcast-plan\", so this is not a "
                           "Funnelcast plan"))
                .arg(format));
    // Compared as a number so that a huge version is named as it was written.
    const double version = reader.requiredNumber("version");
    if (version != std::floor(version))
        JsonFieldReader::fail(reader.pathOf("version"),
            translated(QT_TRANSLATE_NOOP("PlanJson", "must be a whole number")));
    if (version > formatVersion)
        JsonFieldReader::fail(reader.pathOf("version"),
            translated(QT_TRANSLATE_NOOP("PlanJson",
                           "is %1: the plan was written by a newer "
                           "Funnelcast; this version reads version %2"))
                .arg(QString::number(version, 'f', 0))
                .arg(formatVersion));
    if (version < formatVersion)
        JsonFieldReader::fail(reader.pathOf("version"),
            translated(QT_TRANSLATE_NOOP("PlanJson", "must be %1")).arg(formatVersion));
}

Plan readPlan(const QJsonObject &object)
{
    JsonFieldReader reader(object, QString());
    checkFormat(reader);
    Plan plan;
    plan.name = reader.requiredString("name");
    plan.currency = reader.requiredString("currency");
    const QString start = reader.requiredString("start");
    plan.start = QDate::fromString(start, Qt::ISODate);
    if (start.size() != 10 || !plan.start.isValid())
        JsonFieldReader::fail(reader.pathOf("start"),
            translated(QT_TRANSLATE_NOOP("PlanJson",
                           "must be a date written YYYY-MM-DD, not "
                           "\"%1\""))
                .arg(start));
    plan.weeks = reader.requiredInteger("weeks", 0);
    plan.population = reader.optionalNumber("population");
    plan.margin = reader.optionalNumber("margin").value_or(1.0);
    const QJsonArray scenarios = reader.requiredArray("scenarios");
    plan.scenarios.reserve(static_cast<size_t>(scenarios.size()));
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        const QString path = indexed(QString(), "scenarios", i);
        plan.scenarios.push_back(
            readScenario(JsonFieldReader::objectValue(scenarios.at(i), path), path));
    }
    plan.unknownFields = reader.unknownFields();
    return plan;
}

void throwIfInvalid(const std::optional<ValidationIssue> &issue)
{
    if (issue)
        throw InputError(issue->toString());
}

QString withSource(const QString &source, const QString &message)
{
    return source.isEmpty() ? message : source + QStringLiteral(": ") + message;
}

// 1-based line and column (in characters) of a byte offset, for syntax errors.
QString lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, bytes.size());
    const QByteArray before = bytes.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return translated(QT_TRANSLATE_NOOP("PlanJson", "line %1, column %2")).arg(line).arg(column);
}

// UTF-8 with or without a BOM is the format; a UTF-16 file with a BOM (as some Windows editors
// save) is converted rather than refused.
QByteArray toUtf8(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return bytes.mid(3);
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(
            bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        const QString text = decoder.decode(bytes.mid(2));
        return text.toUtf8();
    }
    return bytes;
}

QString notAnObject()
{
    return translated(QT_TRANSLATE_NOOP("PlanJson",
        "the JSON must be an object with \"format\": "
        "\"funnelcast-plan\", not a list or a single value"));
}

} // namespace

QJsonObject PlanJson::paidChannelToJson(const PaidChannel &channel)
{
    QJsonObject object = startWith(channel.unknownFields);
    object.insert(QStringLiteral("name"), channel.name);
    object.insert(QStringLiteral("platform"), channel.platform);
    object.insert(QStringLiteral("spend"), channel.spend);
    object.insert(QStringLiteral("flighting"), flightingToJson(channel.flighting));
    object.insert(QStringLiteral("min_spend"), channel.minSpend);
    if (channel.maxSpend)
        object.insert(QStringLiteral("max_spend"), *channel.maxSpend);
    object.insert(QStringLiteral("locked"), channel.locked);
    if (channel.audience)
        object.insert(QStringLiteral("audience"), uncertainToJson(*channel.audience));
    if (channel.maxWeeklyFrequency)
        object.insert(QStringLiteral("max_weekly_frequency"), *channel.maxWeeklyFrequency);
    writeUncertainFields(object, channel, paidChannelUncertainFields());
    return object;
}

QJsonObject PlanJson::creatorDealToJson(const CreatorDeal &deal)
{
    QJsonObject object = startWith(deal.unknownFields);
    object.insert(QStringLiteral("name"), deal.name);
    object.insert(QStringLiteral("platform"), deal.platform);
    if (!deal.tier.isEmpty())
        object.insert(QStringLiteral("tier"), deal.tier);
    QJsonArray posts;
    for (int week : deal.posts)
        posts.append(week);
    object.insert(QStringLiteral("posts"), posts);
    writeUncertainFields(object, deal, creatorDealUncertainFields());
    return object;
}

QJsonObject PlanJson::organicStreamToJson(const OrganicStream &stream)
{
    QJsonObject object = startWith(stream.unknownFields);
    object.insert(QStringLiteral("name"), stream.name);
    object.insert(QStringLiteral("platform"), stream.platform);
    object.insert(QStringLiteral("posts_per_week"), stream.postsPerWeek);
    writeUncertainFields(object, stream, organicStreamUncertainFields());
    return object;
}

QJsonObject PlanJson::toJson(const Plan &plan)
{
    QJsonObject object = startWith(plan.unknownFields);
    object.insert(QStringLiteral("format"), QLatin1String(formatName));
    object.insert(QStringLiteral("version"), formatVersion);
    object.insert(QStringLiteral("name"), plan.name);
    object.insert(QStringLiteral("currency"), plan.currency);
    object.insert(QStringLiteral("start"), plan.start.toString(Qt::ISODate));
    object.insert(QStringLiteral("weeks"), plan.weeks);
    if (plan.population)
        object.insert(QStringLiteral("population"), *plan.population);
    object.insert(QStringLiteral("margin"), plan.margin);
    QJsonArray scenarios;
    for (const Scenario &scenario : plan.scenarios) {
        QJsonObject s = startWith(scenario.unknownFields);
        s.insert(QStringLiteral("name"), scenario.name);
        if (scenario.budget)
            s.insert(QStringLiteral("budget"), *scenario.budget);
        QJsonArray channels;
        for (const PaidChannel &channel : scenario.channels)
            channels.append(paidChannelToJson(channel));
        QJsonArray creators;
        for (const CreatorDeal &deal : scenario.creators)
            creators.append(creatorDealToJson(deal));
        QJsonArray organic;
        for (const OrganicStream &stream : scenario.organic)
            organic.append(organicStreamToJson(stream));
        s.insert(QStringLiteral("channels"), channels);
        s.insert(QStringLiteral("creators"), creators);
        s.insert(QStringLiteral("organic"), organic);
        scenarios.append(s);
    }
    object.insert(QStringLiteral("scenarios"), scenarios);
    return object;
}

QByteArray PlanJson::toBytes(const Plan &plan)
{
    // U+FEFF is written as the escape \ufeff: as raw bytes, Qt's parser would drop it on reading.
    return PlanJsonWriter::write(toJson(plan)).replace("\xEF\xBB\xBF", "\\ufeff");
}

PaidChannel PlanJson::paidChannelFromJson(const QJsonObject &object, int weeks, const QString &path)
{
    PaidChannel channel = readPaidChannel(object, path);
    throwIfInvalid(PlanValidator::validatePaidChannel(channel, weeks, path));
    return channel;
}

CreatorDeal PlanJson::creatorDealFromJson(const QJsonObject &object, int weeks, const QString &path)
{
    CreatorDeal deal = readCreatorDeal(object, path);
    throwIfInvalid(PlanValidator::validateCreatorDeal(deal, weeks, path));
    return deal;
}

OrganicStream PlanJson::organicStreamFromJson(const QJsonObject &object, const QString &path)
{
    OrganicStream stream = readOrganicStream(object, path);
    throwIfInvalid(PlanValidator::validateOrganicStream(stream, path));
    return stream;
}

Plan PlanJson::fromJson(const QJsonObject &object, const QString &source)
{
    try {
        Plan plan = readPlan(object);
        throwIfInvalid(PlanValidator::validate(plan));
        return plan;
    } catch (const InputError &error) {
        throw InputError(withSource(source, error.message()));
    }
}

Plan PlanJson::fromBytes(const QByteArray &bytes, const QString &source)
{
    if (bytes.size() > maxInputBytes)
        throw InputError(withSource(source,
            translated(QT_TRANSLATE_NOOP("PlanJson",
                           "the file is %1 MB, larger than the 64 MB a plan JSON "
                           "may have"))
                .arg(bytes.size() / (1024 * 1024))));
    const QByteArray utf8 = toUtf8(bytes);
    if (utf8.trimmed().isEmpty())
        throw InputError(withSource(source,
            translated(QT_TRANSLATE_NOOP("PlanJson",
                "the file is empty, where a Funnelcast plan JSON "
                "was expected"))));
    // Qt's parser drops a raw U+FEFF inside the text and then files an object key out of order,
    // so that lookups miss it (found by fuzz_planjson): refuse it. The escape \ufeff reads fine.
    if (const qsizetype bom = utf8.indexOf("\xEF\xBB\xBF"); bom >= 0)
        throw InputError(withSource(source,
            lineAndColumn(utf8, bom) + QStringLiteral(": ")
                + translated(QT_TRANSLATE_NOOP("PlanJson",
                      "a byte-order mark (U+FEFF) stands inside the text, where JSON allows it "
                      "only as the escape \\ufeff"))));
    // QJsonDocument calls a lone number or string a syntax error; say what is really wrong.
    const QByteArray head = utf8.trimmed().left(1);
    if (head != "{" && head != "[")
        throw InputError(withSource(source, notAnObject()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError)
        throw InputError(withSource(source,
            lineAndColumn(utf8, error.offset) + QStringLiteral(": ")
                + translated(QT_TRANSLATE_NOOP("PlanJson", "the JSON is not valid (%1)"))
                      .arg(error.errorString())));
    if (!document.isObject())
        throw InputError(withSource(source, notAnObject()));
    return fromJson(document.object(), source);
}

} // namespace funnelcast
