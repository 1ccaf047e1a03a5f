// Plan JSON (MODEL.md section 9): exact round trips, unknown fields kept, the demo plan, and
// every kind of bad input refused with the field path.
#include "io/planjson.h"
#include "model/inputerror.h"
#include "model/planvalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace funnelcast;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

QByteArray fixture(const char *name)
{
    return readFile(QStringLiteral(FUNNELCAST_TEST_DATA "/io/") + QLatin1String(name));
}

// The message of the InputError that reading `bytes` throws, or "" when it reads fine.
QString errorOf(const QByteArray &bytes, const QString &source = QString())
{
    try {
        PlanJson::fromBytes(bytes, source);
    } catch (const InputError &error) {
        return error.message();
    }
    return QString();
}

QJsonObject minimalObject()
{
    return QJsonDocument::fromJson(fixture("minimal.json")).object();
}

// Sets (or with an undefined value removes) the member at a slash-separated path such as
// "scenarios/0/channels/0/cpm".
QJsonValue setAt(const QJsonValue &node, const QStringList &keys, const QJsonValue &value)
{
    if (keys.isEmpty())
        return value;
    const QString key = keys.first();
    const QStringList rest = keys.mid(1);
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        array[index] = setAt(array.at(index), rest, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (rest.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object[key] = setAt(object.value(key), rest, value);
    return object;
}

QByteArray mutated(const QString &path, const QJsonValue &value)
{
    const QJsonValue result = setAt(minimalObject(), path.split(QLatin1Char('/')), value);
    return QJsonDocument(result.toObject()).toJson();
}

Plan awkwardPlan()
{
    Plan plan;
    plan.name = QStringLiteral("봄 출시 \"quotes\" \\ and\nnewline");
    plan.currency = QStringLiteral("JPY");
    plan.start = QDate(2030, 12, 30);
    plan.weeks = 156;
    plan.population = 0.1 + 0.2;
    plan.margin = 1.0 / 3.0;
    plan.unknownFields.insert(QStringLiteral("zz_extra"), QJsonArray { 1, QStringLiteral("a") });
    Scenario s;
    s.name = QStringLiteral("시나리오");
    s.budget = 123456789.123456789;
    PaidChannel c;
    c.name = QStringLiteral("Odd numbers");
    c.platform = QStringLiteral("bluesky");
    c.spend = 1e-300;
    c.flighting.pattern = FlightingPattern::Front;
    c.flighting.weights = { 0.5, 2.0 }; // kept even though the pattern ignores them
    c.minSpend = 0.0;
    c.maxSpend = 9007199254740993.0;
    c.locked = true;
    c.cpm = Uncertain(std::nextafter(1.0, 2.0), 7.0, 1e15);
    c.audience = Uncertain(3.0);
    c.maxWeeklyFrequency = 2.5;
    c.ctr = Uncertain(1e-12, 0.5, 0.9999999999);
    c.viewRate = 1.0;
    c.cartRate = 0.0;
    c.purchaseRate = 0.999;
    c.aov = 4.9e-324;
    c.feeRate = Uncertain(0.06, 0.06, 0.08);
    c.returnRate = 0.05;
    c.carryover = Uncertain(0.1, 0.2, 0.3);
    s.channels.push_back(c);
    PaidChannel custom = c;
    custom.name = QStringLiteral("Custom");
    custom.flighting.pattern = FlightingPattern::Custom;
    custom.flighting.weights.assign(156, 0.0);
    custom.flighting.weights[155] = 1.0;
    custom.maxSpend.reset();
    custom.audience.reset();
    custom.maxWeeklyFrequency.reset();
    s.channels.push_back(custom);
    CreatorDeal k;
    k.name = QStringLiteral("No tier");
    k.followers = Uncertain(1000, 2000, 3000);
    k.reachRate = 1.0;
    k.posts = { 155, 0, 0 };
    k.feePerPost = 0.0;
    k.ctr = 0.01;
    k.cartRate = 0.02;
    k.purchaseRate = 0.03;
    k.aov = 10;
    k.commissionRate = 0.15;
    s.creators.push_back(k);
    OrganicStream o;
    o.name = QStringLiteral("Organic");
    o.followers = 5;
    o.postsPerWeek = 0.5;
    o.reachRate = 0.0;
    o.costPerPost = Uncertain(1, 2, 4);
    o.ctr = 0.0;
    o.cartRate = 0.0;
    o.purchaseRate = 0.0;
    o.aov = 1;
    s.organic.push_back(o);
    plan.scenarios.push_back(s);
    Scenario empty;
    empty.name = QStringLiteral("Empty");
    plan.scenarios.push_back(empty);
    return plan;
}

} // namespace

class TestPlanJson : public QObject
{
    Q_OBJECT

private slots:
    void demoPlanLoadsAndValidates();
    void demoPlanRoundTrip();
    void awkwardValuesRoundTrip();
    void unknownFieldsKeptAtEveryLevel();
    void defaultsForAbsentFields();
    void writtenShape();
    void exportLayout();
    void encodings();
    void badFixtures_data();
    void badFixtures();
    void badFields_data();
    void badFields();
    void syntaxErrorNamesLineAndColumn();
    void sizeLimits();
    void itemFunctions();
};

void TestPlanJson::demoPlanLoadsAndValidates()
{
    const QByteArray bytes = readFile(QStringLiteral(":/demo-plan.json"));
    QVERIFY(!bytes.isEmpty());
    Plan plan;
    try {
        plan = PlanJson::fromBytes(bytes, QStringLiteral("demo-plan.json"));
    } catch (const InputError &error) {
        QFAIL(qPrintable(error.message()));
    }
    QVERIFY(!PlanValidator::validate(plan));
    QCOMPARE(plan.currency, QStringLiteral("KRW"));
    QCOMPARE(plan.start, QDate(2027, 3, 1));
    QCOMPARE(plan.start.dayOfWeek(), int(Qt::Monday));
    QVERIFY(plan.weeks >= 8 && plan.weeks <= 12);
    QVERIFY(plan.population.has_value());
    QCOMPARE(plan.scenarios.size(), size_t(2));

    const Scenario &base = plan.scenarios[0];
    QStringList platforms;
    for (const PaidChannel &c : base.channels)
        platforms << c.platform;
    for (const char *p : { "instagram", "tiktok", "tiktok_shop", "youtube", "naver", "kakao" })
        QVERIFY2(platforms.contains(QLatin1String(p)), p);
    QSet<QString> tiers;
    for (const CreatorDeal &k : base.creators)
        tiers.insert(k.tier);
    QVERIFY(base.creators.size() >= 2 && base.creators.size() <= 3);
    QCOMPARE(tiers.size(), qsizetype(base.creators.size())); // different tiers
    QVERIFY(!base.organic.empty());
    // The paid spends add up to each scenario's budget, and the budget is 50-80M KRW.
    for (const Scenario &s : plan.scenarios) {
        QVERIFY(s.budget.has_value());
        QCOMPARE(s.totalPaidSpend(), *s.budget);
        QVERIFY(*s.budget >= 50e6 && *s.budget <= 80e6);
    }
    // The second scenario pushes TikTok Shop.
    auto shopSpend = [](const Scenario &s) {
        for (const PaidChannel &c : s.channels)
            if (c.platform == QLatin1String("tiktok_shop"))
                return c.spend;
        return 0.0;
    };
    QVERIFY(shopSpend(plan.scenarios[1]) > shopSpend(plan.scenarios[0]));
}

void TestPlanJson::demoPlanRoundTrip()
{
    const Plan first = PlanJson::fromBytes(readFile(QStringLiteral(":/demo-plan.json")));
    const QByteArray written = PlanJson::toBytes(first);
    const Plan second = PlanJson::fromBytes(written);
    QVERIFY(first == second);
    QCOMPARE(PlanJson::toBytes(second), written);
    // The writer's layout is only cosmetic: the same document as QJsonDocument reads it.
    QCOMPARE(QJsonDocument::fromJson(written).object(), PlanJson::toJson(first));
}

void TestPlanJson::awkwardValuesRoundTrip()
{
    const Plan plan = awkwardPlan();
    const auto issue = PlanValidator::validate(plan);
    QVERIFY2(!issue, issue ? qPrintable(issue->toString()) : "");
    const QByteArray bytes = PlanJson::toBytes(plan);
    Plan back;
    try {
        back = PlanJson::fromBytes(bytes);
    } catch (const InputError &error) {
        QFAIL(qPrintable(error.message()));
    }
    QCOMPARE(back.name, plan.name);
    QCOMPARE(back.population, plan.population);
    QCOMPARE(back.scenarios[0].channels[0].cpm.low, plan.scenarios[0].channels[0].cpm.low);
    QCOMPARE(back.scenarios[0].channels[0].aov.base, 4.9e-324);
    QCOMPARE(back.scenarios[0].channels[0].flighting.weights, (std::vector<double> { 0.5, 2.0 }));
    QVERIFY(!back.scenarios[0].channels[1].maxSpend);
    QVERIFY(back.scenarios[0].creators[0].tier.isEmpty());
    QVERIFY(back == plan);
    // And through the QJsonObject form as well.
    QVERIFY(PlanJson::fromJson(PlanJson::toJson(plan)) == plan);
}

void TestPlanJson::unknownFieldsKeptAtEveryLevel()
{
    const QByteArray bytes = fixture("unknown-fields.json");
    const Plan plan = PlanJson::fromBytes(bytes);
    QCOMPARE(plan.unknownFields.value(QStringLiteral("x_plan_note")).toString(),
        QStringLiteral("kept at the plan level"));
    QCOMPARE(
        plan.unknownFields.value(QStringLiteral("x_owner")).toObject().value(QStringLiteral("ids")),
        QJsonValue(QJsonArray { 1, 2, 3 }));
    QCOMPARE(plan.unknownFields.size(), qsizetype(2));
    const Scenario &s = plan.scenarios[0];
    QCOMPARE(s.unknownFields.keys(), QStringList { QStringLiteral("x_scenario_tag") });
    QCOMPARE(s.channels[0].unknownFields.keys(),
        (QStringList { QStringLiteral("x_channel_id"), QStringLiteral("x_null") }));
    QVERIFY(s.channels[0].unknownFields.value(QStringLiteral("x_null")).isNull());
    QCOMPARE(s.creators[0].unknownFields.value(QStringLiteral("x_contract")).toObject(),
        (QJsonObject { { QStringLiteral("signed"), true } }));
    QCOMPARE(s.organic[0].unknownFields.value(QStringLiteral("x_calendar")).toString(),
        QStringLiteral("Mon/Wed/Fri"));

    // Written back: every input key is in the output with the same value (the output adds
    // the defaults it spells out).
    const QJsonObject in = QJsonDocument::fromJson(bytes).object();
    const QJsonObject out = QJsonDocument::fromJson(PlanJson::toBytes(plan)).object();
    std::function<void(const QJsonValue &, const QJsonValue &, const QString &)> contains =
        [&](const QJsonValue &a, const QJsonValue &b, const QString &path) {
            if (a.isObject()) {
                QVERIFY2(b.isObject(), qPrintable(path));
                const QJsonObject ao = a.toObject(), bo = b.toObject();
                for (auto it = ao.begin(); it != ao.end(); ++it) {
                    QVERIFY2(bo.contains(it.key()), qPrintable(path + QLatin1Char('.') + it.key()));
                    contains(it.value(), bo.value(it.key()), path + QLatin1Char('.') + it.key());
                }
            } else if (a.isArray()) {
                QVERIFY2(b.isArray(), qPrintable(path));
                QCOMPARE(a.toArray().size(), b.toArray().size());
                for (qsizetype i = 0; i < a.toArray().size(); ++i)
                    contains(a.toArray().at(i), b.toArray().at(i), path + QString::number(i));
            } else {
                QVERIFY2(a == b, qPrintable(path));
            }
        };
    contains(in, out, QStringLiteral("$"));
    QVERIFY(PlanJson::fromBytes(PlanJson::toBytes(plan)) == plan);
}

void TestPlanJson::defaultsForAbsentFields()
{
    const Plan plan = PlanJson::fromBytes(fixture("minimal.json"));
    QCOMPARE(plan.margin, 1.0);
    QVERIFY(!plan.population);
    QCOMPARE(plan.weeks, 4);
    const Scenario &s = plan.scenarios[0];
    QVERIFY(!s.budget);
    const PaidChannel &c = s.channels[0];
    QCOMPARE(c.platform, QStringLiteral("other"));
    QCOMPARE(c.flighting.pattern, FlightingPattern::Even);
    QVERIFY(c.flighting.weights.empty());
    QCOMPARE(c.minSpend, 0.0);
    QVERIFY(!c.maxSpend);
    QVERIFY(!c.locked);
    QVERIFY(!c.audience);
    QVERIFY(!c.maxWeeklyFrequency);
    QCOMPARE(c.viewRate, Uncertain(1.0));
    QCOMPARE(c.feeRate, Uncertain(0.0));
    QCOMPARE(c.returnRate, Uncertain(0.0));
    QCOMPARE(c.carryover, Uncertain(0.0));
    QCOMPARE(c.cpm, Uncertain(8.0));
    const CreatorDeal &k = s.creators[0];
    QCOMPARE(k.platform, QStringLiteral("other"));
    QVERIFY(k.tier.isEmpty());
    QCOMPARE(k.posts, (std::vector<int> { 0, 3 }));
    QCOMPARE(k.viewRate, Uncertain(1.0));
    QCOMPARE(k.commissionRate, Uncertain(0.0));
    const OrganicStream &o = s.organic[0];
    QCOMPARE(o.costPerPost, Uncertain(0.0));
    QCOMPARE(o.postsPerWeek, 2.0);
    QVERIFY(c.unknownFields.isEmpty() && k.unknownFields.isEmpty() && o.unknownFields.isEmpty());
    // Null counts as absent.
    const Plan withNull = PlanJson::fromBytes(
        mutated(QStringLiteral("scenarios/0/channels/0/max_spend"), QJsonValue::Null));
    QVERIFY(!withNull.scenarios[0].channels[0].maxSpend);
}

void TestPlanJson::writtenShape()
{
    Plan plan = PlanJson::fromBytes(fixture("minimal.json"));
    plan.scenarios[0].channels[0].ctr = Uncertain(0.005, 0.01, 0.02);
    const QJsonObject json = PlanJson::toJson(plan);
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("funnelcast-plan"));
    QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("start")).toString(), QStringLiteral("2027-03-01"));
    QVERIFY(!json.contains(QStringLiteral("population"))); // absent stays absent
    const QJsonObject c
        = json[QStringLiteral("scenarios")][0][QStringLiteral("channels")][0].toObject();
    QCOMPARE(c.value(QStringLiteral("cpm")), QJsonValue(8.0)); // fixed -> a number
    QCOMPARE(c.value(QStringLiteral("ctr")).toObject(),
        (QJsonObject { { QStringLiteral("low"), 0.005 }, { QStringLiteral("base"), 0.01 },
            { QStringLiteral("high"), 0.02 } }));
    QVERIFY(!c.contains(QStringLiteral("max_spend")));
    QVERIFY(!c.contains(QStringLiteral("audience")));
    QVERIFY(!c.contains(QStringLiteral("max_weekly_frequency")));
    QCOMPARE(c.value(QStringLiteral("view_rate")), QJsonValue(1.0)); // defaults spelled out
    QCOMPARE(c.value(QStringLiteral("flighting")).toObject(),
        (QJsonObject { { QStringLiteral("pattern"), QStringLiteral("even") } }));
    // Human order: format first, scenarios last.
    const QByteArray bytes = PlanJson::toBytes(plan);
    QVERIFY(bytes.startsWith("{\n  \"format\": \"funnelcast-plan\",\n  \"version\": 1,\n"));
    QVERIFY(bytes.indexOf("\"scenarios\"") > bytes.indexOf("\"margin\""));
    QVERIFY(bytes.contains("\"ctr\": {\"low\": 0.005, \"base\": 0.01, \"high\": 0.02}"));
}

// The export of minimal.json, written by hand from the rules in docs/plan-json.md: MODEL.md
// key order, defaults spelled out, absent optional fields left out, triples and short lists
// inline.
void TestPlanJson::exportLayout()
{
    const QByteArray written = PlanJson::toBytes(PlanJson::fromBytes(fixture("minimal.json")));
    QCOMPARE(QString::fromUtf8(written), QString::fromUtf8(fixture("minimal-export.json")));
}

void TestPlanJson::encodings()
{
    const Plan plain = PlanJson::fromBytes(fixture("minimal.json"));
    QVERIFY(PlanJson::fromBytes(fixture("bom.json")) == plain);
    QVERIFY(PlanJson::fromBytes(fixture("utf16le-bom.json")) == plain);
}

void TestPlanJson::badFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *file, const char *expected) {
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromUtf8(expected);
    };
    row("missing-cpm.json", "missing-cpm.json: scenarios[0].channels[0].cpm: is required");
    row("wrong-type.json", "wrong-type.json: scenarios[0].channels[0].spend: must be a number");
    row("nan-string.json",
        "nan-string.json: scenarios[0].channels[0].ctr: must be a number or an "
        "object with low, base and high");
    row("rate-1.5.json",
        "rate-1.5.json: scenarios[0].organic[0].cart_rate: must be between 0 and 1");
    row("empty.json", "empty.json: the file is empty, where a Funnelcast plan JSON was expected");
    row("nan-literal.json",
        "nan-literal.json: line 3, column 8: the JSON is not valid (illegal number)");
    // Qt reports an overflowing number at its end.
    row("huge-number.json",
        "huge-number.json: line 3, column 19: the JSON is not valid (illegal number)");
}

void TestPlanJson::badFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QCOMPARE(errorOf(fixture(qPrintable(file)), file), expected);
}

void TestPlanJson::badFields_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QJsonValue remove = QJsonValue(QJsonValue::Undefined);
    auto row = [](const char *name, const QByteArray &bytes, const char *expected) {
        QTest::newRow(name) << bytes << QString::fromUtf8(expected);
    };
    auto field
        = [&](const char *name, const char *path, const QJsonValue &value, const char *expected) {
              row(name, mutated(QLatin1String(path), value), expected);
          };
    const QString ch = QStringLiteral("scenarios/0/channels/0/");

    field("valid", "name", QStringLiteral("Other name"), "");
    // Document level
    field("no format", "format", remove, "format: is required");
    field("other format", "format", QStringLiteral("something-else"),
        "format: is \"something-else\", not \"funnelcast-plan\", so this is not a Funnelcast plan");
    field("format number", "format", 1, "format: must be a string");
    field("no version", "version", remove, "version: is required");
    field("version 2", "version", 2,
        "version: is 2: the plan was written by a newer Funnelcast; this version reads version 1");
    field("version huge", "version", 1e12,
        "version: is 1000000000000: the plan was written by a newer Funnelcast; this version reads "
        "version 1");
    field("version 0", "version", 0, "version: must be 1");
    field("version 1.5", "version", 1.5, "version: must be a whole number");
    field("version string", "version", QStringLiteral("1"), "version: must be a number");
    row("top-level list", "[1, 2]",
        "the JSON must be an object with \"format\": \"funnelcast-plan\", not a list or a single "
        "value");
    row("top-level string", "\"plan\"",
        "the JSON must be an object with \"format\": \"funnelcast-plan\", not a list or a single "
        "value");
    row("whitespace only", " \n\t ",
        "the file is empty, where a Funnelcast plan JSON was expected");
    // Plan fields
    field("no name", "name", remove, "name: is required");
    field("no currency", "currency", remove, "currency: is required");
    field("currency lower", "currency", QStringLiteral("usd"),
        "currency: must be a three-letter uppercase ISO 4217 code such as KRW or USD");
    field("no start", "start", remove, "start: is required");
    field("start Tuesday", "start", QStringLiteral("2027-03-02"), "start: must be a Monday");
    field("start words", "start", QStringLiteral("March 1"),
        "start: must be a date written YYYY-MM-DD, not \"March 1\"");
    field("start impossible", "start", QStringLiteral("2027-02-30"),
        "start: must be a date written YYYY-MM-DD, not \"2027-02-30\"");
    field("start with time", "start", QStringLiteral("2027-03-01T00:00"),
        "start: must be a date written YYYY-MM-DD, not \"2027-03-01T00:00\"");
    field("start number", "start", 20270301, "start: must be a string");
    field("no weeks", "weeks", remove, "weeks: is required");
    field("weeks 10.5", "weeks", 10.5, "weeks: must be a whole number");
    field("weeks 0", "weeks", 0, "weeks: must be between 1 and 156");
    field("weeks 1e10", "weeks", 1e10, "weeks: must be between 1 and 156");
    field("weeks string", "weeks", QStringLiteral("4"), "weeks: must be a number");
    field("population 0", "population", 0, "population: must be greater than 0");
    field(
        "population string", "population", QStringLiteral("many"), "population: must be a number");
    field("margin 1.5", "margin", 1.5, "margin: must be between 0 and 1");
    field("margin bool", "margin", true, "margin: must be a number");
    field("no scenarios", "scenarios", remove, "scenarios: is required");
    field(
        "scenarios empty", "scenarios", QJsonArray(), "scenarios: must hold at least one scenario");
    field("scenarios object", "scenarios", QJsonObject(), "scenarios: must be a list");
    field("scenario not an object", "scenarios/0", 3, "scenarios[0]: must be an object");
    field("scenario no name", "scenarios/0/name", remove, "scenarios[0].name: is required");
    field("budget negative", "scenarios/0/budget", -5, "scenarios[0].budget: must not be negative");
    field("channels not a list", "scenarios/0/channels", QStringLiteral("x"),
        "scenarios[0].channels: must be a list");
    field("channel not an object", "scenarios/0/channels/0", QJsonArray {},
        "scenarios[0].channels[0]: must be an object");
    // Paid channel fields
    for (const char *key : { "name", "spend", "cpm", "ctr", "cart_rate", "purchase_rate", "aov" }) {
        const QByteArray name = QByteArray("channel missing ") + key;
        const QByteArray expected = QByteArray("scenarios[0].channels[0].") + key + ": is required";
        QTest::newRow(name.constData())
            << mutated(ch + QLatin1String(key), remove) << QString::fromUtf8(expected);
    }
    field("spend string", "scenarios/0/channels/0/spend", QStringLiteral("1000"),
        "scenarios[0].channels[0].spend: must be a number");
    field("cpm negative", "scenarios/0/channels/0/cpm", -8,
        "scenarios[0].channels[0].cpm: must be greater than 0");
    field("ctr 7", "scenarios/0/channels/0/ctr", 7,
        "scenarios[0].channels[0].ctr: must be between 0 and 1");
    field("ctr string NaN", "scenarios/0/channels/0/ctr", QStringLiteral("NaN"),
        "scenarios[0].channels[0].ctr: must be a number or an object with low, base and high");
    field("ctr string Infinity", "scenarios/0/channels/0/ctr", QStringLiteral("Infinity"),
        "scenarios[0].channels[0].ctr: must be a number or an object with low, base and high");
    field("ctr.low 1.5", "scenarios/0/channels/0/ctr",
        QJsonObject { { QStringLiteral("low"), 1.5 }, { QStringLiteral("base"), 0.01 },
            { QStringLiteral("high"), 0.02 } },
        "scenarios[0].channels[0].ctr.low: must be between 0 and 1");
    field("ctr no high", "scenarios/0/channels/0/ctr",
        QJsonObject { { QStringLiteral("low"), 0.005 }, { QStringLiteral("base"), 0.01 } },
        "scenarios[0].channels[0].ctr.high: is required");
    field("ctr base string", "scenarios/0/channels/0/ctr",
        QJsonObject { { QStringLiteral("low"), 0.005 },
            { QStringLiteral("base"), QStringLiteral("NaN") }, { QStringLiteral("high"), 0.02 } },
        "scenarios[0].channels[0].ctr.base: must be a number");
    field("ctr list", "scenarios/0/channels/0/ctr", QJsonArray { 0.005, 0.01, 0.02 },
        "scenarios[0].channels[0].ctr: must be a number or an object with low, base and high");
    field("view_rate 1 is fine", "scenarios/0/channels/0/view_rate", 1, "");
    field("fee_rate 1", "scenarios/0/channels/0/fee_rate", 1,
        "scenarios[0].channels[0].fee_rate: must be less than 1");
    field("locked string", "scenarios/0/channels/0/locked", QStringLiteral("yes"),
        "scenarios[0].channels[0].locked: must be true or false");
    field("platform number", "scenarios/0/channels/0/platform", 5,
        "scenarios[0].channels[0].platform: must be a string");
    field("audience 0", "scenarios/0/channels/0/audience", 0,
        "scenarios[0].channels[0].audience: must be greater than 0");
    field("min above max", "scenarios/0/channels/0/max_spend", -1,
        "scenarios[0].channels[0].max_spend: must not be negative");
    field("flighting string", "scenarios/0/channels/0/flighting", QStringLiteral("even"),
        "scenarios[0].channels[0].flighting: must be an object");
    field("flighting no pattern", "scenarios/0/channels/0/flighting", QJsonObject(),
        "scenarios[0].channels[0].flighting.pattern: is required");
    field("flighting zigzag", "scenarios/0/channels/0/flighting",
        QJsonObject { { QStringLiteral("pattern"), QStringLiteral("zigzag") } },
        "scenarios[0].channels[0].flighting.pattern: must be even, front, back, pulse or custom");
    field("custom 3 weights", "scenarios/0/channels/0/flighting",
        QJsonObject { { QStringLiteral("pattern"), QStringLiteral("custom") },
            { QStringLiteral("weights"), QJsonArray { 1, 2, 3 } } },
        "scenarios[0].channels[0].flighting.weights: a custom flighting needs exactly one "
        "weight per week (4), not 3");
    field("custom weight string", "scenarios/0/channels/0/flighting",
        QJsonObject { { QStringLiteral("pattern"), QStringLiteral("custom") },
            { QStringLiteral("weights"), QJsonArray { 1, 2, QStringLiteral("3"), 4 } } },
        "scenarios[0].channels[0].flighting.weights[2]: must be a number");
    // Creators
    field("creator no posts", "scenarios/0/creators/0/posts", remove,
        "scenarios[0].creators[0].posts: is required");
    field("creator posts number", "scenarios/0/creators/0/posts", 2,
        "scenarios[0].creators[0].posts: must be a list");
    field("creator post 1.5", "scenarios/0/creators/0/posts", QJsonArray { 0, 1.5 },
        "scenarios[0].creators[0].posts[1]: must be a whole number");
    field("creator post 4", "scenarios/0/creators/0/posts", QJsonArray { 4 },
        "scenarios[0].creators[0].posts[0]: must be a week index between 0 and 3 (weeks count from "
        "0)");
    field("creator post huge", "scenarios/0/creators/0/posts", QJsonArray { 1e12 },
        "scenarios[0].creators[0].posts[0]: must be a week index between 0 and 3 (weeks count from "
        "0)");
    field("creator no fee", "scenarios/0/creators/0/fee_per_post", remove,
        "scenarios[0].creators[0].fee_per_post: is required");
    field("creator reach 1.2", "scenarios/0/creators/0/reach_rate", 1.2,
        "scenarios[0].creators[0].reach_rate: must be between 0 and 1");
    field("creator tier", "scenarios/0/creators/0/tier", QStringLiteral("giant"),
        "scenarios[0].creators[0].tier: must be one of nano, micro, mid, macro or mega");
    // Organic
    field("organic no posts_per_week", "scenarios/0/organic/0/posts_per_week", remove,
        "scenarios[0].organic[0].posts_per_week: is required");
    field("organic cart 1.5", "scenarios/0/organic/0/cart_rate", 1.5,
        "scenarios[0].organic[0].cart_rate: must be between 0 and 1");
    field("organic followers string", "scenarios/0/organic/0/followers", QStringLiteral("1e4"),
        "scenarios[0].organic[0].followers: must be a number or an object with low, base and high");
}

void TestPlanJson::badFields()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(errorOf(bytes), expected);
    // The source, when given, starts the sentence.
    if (!expected.isEmpty())
        QCOMPARE(errorOf(bytes, QStringLiteral("in.json")), QStringLiteral("in.json: ") + expected);
}

void TestPlanJson::syntaxErrorNamesLineAndColumn()
{
    const QString truncated = errorOf(fixture("truncated.json"), QStringLiteral("t.json"));
    QVERIFY2(truncated.startsWith(QStringLiteral("t.json: line ")), qPrintable(truncated));
    QVERIFY2(truncated.contains(QStringLiteral("the JSON is not valid")), qPrintable(truncated));
    // Column counts characters, not bytes: the Korean text before the error is 2 characters.
    QCOMPARE(errorOf(QByteArray("{\"name\": \"\xEB\xB4\x84\xEC\xB6\x9C\", \"a\": x}")),
        QStringLiteral("line 1, column 21: the JSON is not valid (illegal number)"));
    // Qt points just past the closing brace that follows a trailing comma.
    QCOMPARE(errorOf(QByteArray("{\n\n  \"a\": 1,\n}")),
        QStringLiteral("line 4, column 2: the JSON is not valid (object is missing after a "
                       "comma)"));
}

void TestPlanJson::sizeLimits()
{
    // Over 64 MB: refused before parsing.
    QByteArray big(64 * 1024 * 1024 + 1, ' ');
    QCOMPARE(errorOf(big, QStringLiteral("big.json")),
        QStringLiteral("big.json: the file is 64 MB, larger than the 64 MB a plan JSON may have"));
    big.clear();
    big.squeeze();

    // About 50 MB of valid plan: 20,000 channels and a bulky unknown field, read in full and
    // the unknown field kept.
    QJsonObject plan = minimalObject();
    QJsonObject scenario = plan[QStringLiteral("scenarios")][0].toObject();
    const QJsonObject channel = scenario[QStringLiteral("channels")][0].toObject();
    QJsonArray channels;
    const int count = 20000;
    for (int i = 0; i < count; ++i) {
        QJsonObject c = channel;
        c[QStringLiteral("name")] = QStringLiteral("Channel number %1").arg(i);
        channels.append(c);
    }
    scenario[QStringLiteral("channels")] = channels;
    plan[QStringLiteral("scenarios")] = QJsonArray { scenario };
    const QString line = QString(1000, QLatin1Char('x'));
    QJsonArray bulk;
    for (int i = 0; i < 47 * 1024; ++i)
        bulk.append(line);
    plan[QStringLiteral("x_bulk")] = bulk;
    const QByteArray bytes = QJsonDocument(plan).toJson(QJsonDocument::Compact);
    QVERIFY2(bytes.size() > 48 * 1024 * 1024 && bytes.size() < 64 * 1024 * 1024,
        qPrintable(QString::number(bytes.size())));
    const Plan read = PlanJson::fromBytes(bytes);
    QCOMPARE(read.scenarios[0].channels.size(), size_t(count));
    QCOMPARE(
        read.scenarios[0].channels.back().name, QStringLiteral("Channel number %1").arg(count - 1));
    QCOMPARE(read.unknownFields.value(QStringLiteral("x_bulk")).toArray().size(), bulk.size());
}

void TestPlanJson::itemFunctions()
{
    const Plan demo = PlanJson::fromBytes(readFile(QStringLiteral(":/demo-plan.json")));
    for (const PaidChannel &c : demo.scenarios[0].channels)
        QVERIFY(PlanJson::paidChannelFromJson(
                    PlanJson::paidChannelToJson(c), demo.weeks, QStringLiteral("c"))
            == c);
    for (const CreatorDeal &k : demo.scenarios[0].creators)
        QVERIFY(PlanJson::creatorDealFromJson(
                    PlanJson::creatorDealToJson(k), demo.weeks, QStringLiteral("k"))
            == k);
    for (const OrganicStream &o : demo.scenarios[0].organic)
        QVERIFY(
            PlanJson::organicStreamFromJson(PlanJson::organicStreamToJson(o), QStringLiteral("o"))
            == o);

    auto itemError = [](auto read) -> QString {
        try {
            read();
        } catch (const InputError &error) {
            return error.message();
        }
        return QString();
    };
    PaidChannel channel = demo.scenarios[0].channels[0];
    channel.unknownFields.insert(QStringLiteral("x_id"), 7);
    QJsonObject json = PlanJson::paidChannelToJson(channel);
    QCOMPARE(json.value(QStringLiteral("x_id")).toInt(), 7);
    QVERIFY(PlanJson::paidChannelFromJson(json, 10, QStringLiteral("row 3")) == channel);
    json[QStringLiteral("ctr")] = 1.5;
    QCOMPARE(itemError([&] {
        PlanJson::paidChannelFromJson(json, 10, QStringLiteral("scenarios[0].channels[2]"));
    }),
        QStringLiteral("scenarios[0].channels[2].ctr: must be between 0 and 1"));
    json[QStringLiteral("ctr")] = QStringLiteral("0.01");
    QCOMPARE(itemError([&] { PlanJson::paidChannelFromJson(json, 10, QString()); }),
        QStringLiteral("ctr: must be a number or an object with low, base and high"));

    // The weeks given bound a custom flighting and the posts.
    PaidChannel custom = channel;
    custom.unknownFields = QJsonObject();
    custom.flighting.pattern = FlightingPattern::Custom;
    custom.flighting.weights = { 1, 2, 3 };
    const QJsonObject customJson = PlanJson::paidChannelToJson(custom);
    QVERIFY(PlanJson::paidChannelFromJson(customJson, 3, QStringLiteral("c")) == custom);
    QCOMPARE(itemError([&] { PlanJson::paidChannelFromJson(customJson, 4, QStringLiteral("c")); }),
        QStringLiteral("c.flighting.weights: a custom flighting needs exactly one weight "
                       "per week (4), not 3"));
    const CreatorDeal deal = demo.scenarios[0].creators[0]; // posts up to week 7
    QCOMPARE(itemError([&] {
        PlanJson::creatorDealFromJson(PlanJson::creatorDealToJson(deal), 7, QStringLiteral("k"));
    }),
        QStringLiteral("k.posts[2]: must be a week index between 0 and 6 (weeks count from 0)"));
    OrganicStream stream = demo.scenarios[0].organic[0];
    QJsonObject streamJson = PlanJson::organicStreamToJson(stream);
    streamJson.remove(QStringLiteral("aov"));
    QCOMPARE(itemError([&] { PlanJson::organicStreamFromJson(streamJson, QStringLiteral("o")); }),
        QStringLiteral("o.aov: is required"));
}

QTEST_GUILESS_MAIN(TestPlanJson)
#include "tst_planjson.moc"
