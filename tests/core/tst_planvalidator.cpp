// PlanValidator: every rule of MODEL.md section 9, each named by its field path.
// The expected kinds and messages are written here from MODEL.md, not taken from the code's
// field tables, so a wrong table entry fails a test.
#include "model/fieldspec.h"
#include "model/planvalidator.h"

#include <QtTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace funnelcast;

using Mutation = std::function<void(Plan &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

PaidChannel channel(const QString &name)
{
    PaidChannel c;
    c.name = name;
    c.platform = QStringLiteral("instagram");
    c.spend = 1000000;
    c.cpm = Uncertain(6000, 8000, 11000);
    c.ctr = Uncertain(0.006, 0.009, 0.012);
    c.cartRate = 0.08;
    c.purchaseRate = 0.35;
    c.aov = 45000;
    return c;
}

// A valid plan: 4 weeks, two scenarios, two paid channels, one creator, one organic stream.
Plan validPlan()
{
    Plan plan;
    plan.name = QStringLiteral("Test");
    plan.currency = QStringLiteral("KRW");
    plan.start = QDate(2027, 3, 1);
    plan.weeks = 4;
    plan.margin = 0.6;
    Scenario s;
    s.name = QStringLiteral("Base");
    s.channels.push_back(channel(QStringLiteral("Instagram Ads")));
    s.channels.push_back(channel(QStringLiteral("TikTok Ads")));
    s.channels[1].flighting.pattern = FlightingPattern::Pulse;
    CreatorDeal k;
    k.name = QStringLiteral("Creator A");
    k.tier = QStringLiteral("micro");
    k.followers = 80000;
    k.reachRate = 0.25;
    k.posts = { 0, 2 };
    k.feePerPost = 800000;
    k.ctr = 0.012;
    k.cartRate = 0.08;
    k.purchaseRate = 0.3;
    k.aov = 45000;
    s.creators.push_back(k);
    OrganicStream o;
    o.name = QStringLiteral("Brand Instagram");
    o.followers = 120000;
    o.postsPerWeek = 3;
    o.reachRate = 0.08;
    o.ctr = 0.005;
    o.cartRate = 0.06;
    o.purchaseRate = 0.3;
    o.aov = 45000;
    s.organic.push_back(o);
    plan.scenarios.push_back(s);
    Scenario second = s;
    second.name = QStringLiteral("Shop push");
    plan.scenarios.push_back(second);
    return plan;
}

// Each (u) field's kind per MODEL.md sections 2-5 and 9.
enum class Kind { Rate, RateInclusive, Amount, PositiveAmount };

struct ExpectedField
{
    const char *key;
    Kind kind;
};

const std::vector<ExpectedField> expectedPaid = {
    { "cpm", Kind::PositiveAmount },
    { "ctr", Kind::Rate },
    { "view_rate", Kind::RateInclusive },
    { "cart_rate", Kind::Rate },
    { "purchase_rate", Kind::Rate },
    { "aov", Kind::PositiveAmount },
    { "fee_rate", Kind::Rate },
    { "return_rate", Kind::Rate },
    { "carryover", Kind::Rate },
};
const std::vector<ExpectedField> expectedCreator = {
    { "followers", Kind::PositiveAmount },
    { "reach_rate", Kind::RateInclusive },
    { "fee_per_post", Kind::Amount },
    { "ctr", Kind::Rate },
    { "view_rate", Kind::RateInclusive },
    { "cart_rate", Kind::Rate },
    { "purchase_rate", Kind::Rate },
    { "aov", Kind::PositiveAmount },
    { "return_rate", Kind::Rate },
    { "carryover", Kind::Rate },
    { "commission_rate", Kind::Rate },
};
const std::vector<ExpectedField> expectedOrganic = {
    { "followers", Kind::PositiveAmount },
    { "reach_rate", Kind::RateInclusive },
    { "cost_per_post", Kind::Amount },
    { "ctr", Kind::Rate },
    { "view_rate", Kind::RateInclusive },
    { "cart_rate", Kind::Rate },
    { "purchase_rate", Kind::Rate },
    { "aov", Kind::PositiveAmount },
    { "return_rate", Kind::Rate },
    { "carryover", Kind::Rate },
};

template <class Item>
Uncertain Item::*memberFor(const std::vector<UncertainFieldSpec<Item>> &table, const char *key)
{
    for (const auto &spec : table)
        if (qstrcmp(spec.key, key) == 0)
            return spec.member;
    return nullptr;
}

struct ValueCase
{
    const char *label;
    Uncertain value;
    const char *suffix; // "" for the field itself, else ".low" etc.
    const char *message; // nullptr = valid
};

const char *const betweenMsg = "must be between 0 and 1";
const char *const lessThanOneMsg = "must be less than 1";
const char *const finiteMsg = "must be a finite number";
const char *const negativeMsg = "must not be negative";
const char *const positiveMsg = "must be greater than 0";
const char *const tripleLowMsg = "must be greater than 0 when low, base and high differ";
const char *const tripleHighMsg = "must be less than 1 when low, base and high differ";
const char *const orderLowMsg = "must not be greater than base";
const char *const orderHighMsg = "must not be less than base";

std::vector<ValueCase> casesFor(Kind kind)
{
    std::vector<ValueCase> common = {
        { "NaN", Uncertain(kNaN), "", finiteMsg },
        { "+kInf", Uncertain(kInf), "", finiteMsg },
        { "-kInf", Uncertain(-kInf), "", finiteMsg },
        { "NaN base", Uncertain(0.1, kNaN, 0.3), ".base", finiteMsg },
        { "equal triple", Uncertain(0.25, 0.25, 0.25), "", nullptr },
        { "low above base", Uncertain(0.3, 0.2, 0.4), ".low", orderLowMsg },
        { "base above high", Uncertain(0.1, 0.5, 0.4), ".high", orderHighMsg },
        { "good triple", Uncertain(0.1, 0.2, 0.3), "", nullptr },
    };
    std::vector<ValueCase> specific;
    switch (kind) {
    case Kind::Rate:
        specific = {
            { "0", Uncertain(0.0), "", nullptr },
            { "0.999", Uncertain(0.999), "", nullptr },
            { "-0.01", Uncertain(-0.01), "", betweenMsg },
            { "1", Uncertain(1.0), "", lessThanOneMsg },
            { "1.5", Uncertain(1.5), "", betweenMsg },
            { "7", Uncertain(7.0), "", betweenMsg },
            { "low 0", Uncertain(0.0, 0.2, 0.3), ".low", tripleLowMsg },
            { "low negative", Uncertain(-0.1, 0.2, 0.3), ".low", betweenMsg },
            { "high 1", Uncertain(0.1, 0.2, 1.0), ".high", lessThanOneMsg },
            { "high 1.5", Uncertain(0.1, 0.2, 1.5), ".high", betweenMsg },
        };
        break;
    case Kind::RateInclusive:
        specific = {
            { "0", Uncertain(0.0), "", nullptr },
            { "1", Uncertain(1.0), "", nullptr },
            { "-0.01", Uncertain(-0.01), "", betweenMsg },
            { "1.01", Uncertain(1.01), "", betweenMsg },
            { "low 0", Uncertain(0.0, 0.2, 0.3), ".low", tripleLowMsg },
            { "high 1", Uncertain(0.1, 0.2, 1.0), ".high", tripleHighMsg },
            { "high 1.5", Uncertain(0.1, 0.2, 1.5), ".high", betweenMsg },
        };
        break;
    case Kind::Amount:
        specific = {
            { "0", Uncertain(0.0), "", nullptr },
            { "1e12", Uncertain(1e12), "", nullptr },
            { "-1", Uncertain(-1.0), "", negativeMsg },
            { "low 0", Uncertain(0.0, 5.0, 10.0), ".low", tripleLowMsg },
            { "low negative", Uncertain(-1.0, 5.0, 10.0), ".low", negativeMsg },
            { "wide triple", Uncertain(1.0, 5000.0, 1e9), "", nullptr },
        };
        break;
    case Kind::PositiveAmount:
        specific = {
            { "0", Uncertain(0.0), "", positiveMsg },
            { "-1", Uncertain(-1.0), "", positiveMsg },
            { "tiny", Uncertain(1e-9), "", nullptr },
            { "1e12", Uncertain(1e12), "", nullptr },
            { "low 0", Uncertain(0.0, 5.0, 10.0), ".low", positiveMsg },
            { "wide triple", Uncertain(1.0, 5000.0, 1e9), "", nullptr },
        };
        break;
    }
    common.insert(common.end(), specific.begin(), specific.end());
    return common;
}

QString expectedText(const QString &path, const char *message)
{
    return message ? path + QStringLiteral(": ") + QLatin1String(message) : QString();
}

} // namespace

class TestPlanValidator : public QObject
{
    Q_OBJECT

private slots:
    void validPlanPasses();
    void fieldTablesMatchModel();
    void uncertainFields_data();
    void uncertainFields();
    void rules_data();
    void rules();
    void itemValidatorsUseTheGivenPrefix();
};

void TestPlanValidator::validPlanPasses()
{
    const auto issue = PlanValidator::validate(validPlan());
    QVERIFY2(!issue, issue ? qPrintable(issue->toString()) : "");
}

void TestPlanValidator::fieldTablesMatchModel()
{
    auto check = [](const auto &table, const std::vector<ExpectedField> &expected) {
        QCOMPARE(table.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(table[i].key, expected[i].key);
            QCOMPARE(static_cast<int>(table[i].kind), static_cast<int>(expected[i].kind));
        }
    };
    // Kind and ValueKind list the kinds in the same order (Rate, RateInclusive, Amount,
    // PositiveAmount).
    check(paidChannelUncertainFields(), expectedPaid);
    check(creatorDealUncertainFields(), expectedCreator);
    check(organicStreamUncertainFields(), expectedOrganic);
}

void TestPlanValidator::uncertainFields_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("expected");

    auto addRows = [](const char *list, const std::vector<ExpectedField> &fields, auto setter) {
        for (const ExpectedField &field : fields) {
            for (const ValueCase &c : casesFor(field.kind)) {
                const QString path = QStringLiteral("scenarios[1].%1[%2].%3")
                                         .arg(QLatin1String(list))
                                         .arg(qstrcmp(list, "channels") == 0 ? 1 : 0)
                                         .arg(QLatin1String(field.key));
                const QString row = path + QLatin1Char(' ') + QLatin1String(c.label);
                QTest::newRow(qPrintable(row))
                    << Mutation(setter(field.key, c.value))
                    << expectedText(path + QLatin1String(c.suffix), c.message);
            }
        }
    };
    addRows("channels", expectedPaid, [](const char *key, Uncertain value) {
        return Mutation([key, value](Plan &p) {
            p.scenarios[1].channels[1].*memberFor(paidChannelUncertainFields(), key) = value;
        });
    });
    addRows("creators", expectedCreator, [](const char *key, Uncertain value) {
        return Mutation([key, value](Plan &p) {
            p.scenarios[1].creators[0].*memberFor(creatorDealUncertainFields(), key) = value;
        });
    });
    addRows("organic", expectedOrganic, [](const char *key, Uncertain value) {
        return Mutation([key, value](Plan &p) {
            p.scenarios[1].organic[0].*memberFor(organicStreamUncertainFields(), key) = value;
        });
    });
    // audience: optional positive amount, outside the tables.
    for (const ValueCase &c : casesFor(Kind::PositiveAmount)) {
        const QString path = QStringLiteral("scenarios[1].channels[1].audience");
        const Uncertain value = c.value;
        QTest::newRow(qPrintable(path + QLatin1Char(' ') + QLatin1String(c.label)))
            << Mutation([value](Plan &p) { p.scenarios[1].channels[1].audience = value; })
            << expectedText(path + QLatin1String(c.suffix), c.message);
    }
}

void TestPlanValidator::uncertainFields()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, expected);
    Plan plan = validPlan();
    mutate(plan);
    const auto issue = PlanValidator::validate(plan);
    QCOMPARE(issue ? issue->toString() : QString(), expected);
}

void TestPlanValidator::rules_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, Mutation m, const char *expected) {
        QTest::newRow(name) << m << (expected ? QString::fromUtf8(expected) : QString());
    };
    // Plan
    row(
        "weeks 0", [](Plan &p) { p.weeks = 0; }, "weeks: must be between 1 and 156");
    row(
        "weeks 157", [](Plan &p) { p.weeks = 157; }, "weeks: must be between 1 and 156");
    row(
        "weeks 156", [](Plan &p) { p.weeks = 156; }, nullptr);
    row(
        "weeks 3 (posts still fit)", [](Plan &p) { p.weeks = 3; }, nullptr);
    row(
        "weeks 1 (a post in week 2)", [](Plan &p) { p.weeks = 1; },
        "scenarios[0].creators[0].posts[1]: must be a week index between 0 and 0 (weeks count "
        "from 0)");
    row(
        "start invalid", [](Plan &p) { p.start = QDate(); },
        "start: must be a valid date (YYYY-MM-DD)");
    row(
        "start Tuesday", [](Plan &p) { p.start = QDate(2027, 3, 2); }, "start: must be a Monday");
    row(
        "start Sunday", [](Plan &p) { p.start = QDate(2027, 2, 28); }, "start: must be a Monday");
    row(
        "start other Monday", [](Plan &p) { p.start = QDate(2024, 1, 1); }, nullptr);
    const char *currencyMsg
        = "currency: must be a three-letter uppercase ISO 4217 code such as KRW or USD";
    row(
        "currency lower", [](Plan &p) { p.currency = QStringLiteral("krw"); }, currencyMsg);
    row(
        "currency short", [](Plan &p) { p.currency = QStringLiteral("KR"); }, currencyMsg);
    row(
        "currency long", [](Plan &p) { p.currency = QStringLiteral("KRWW"); }, currencyMsg);
    row(
        "currency empty", [](Plan &p) { p.currency.clear(); }, currencyMsg);
    row(
        "currency digits", [](Plan &p) { p.currency = QStringLiteral("K1W"); }, currencyMsg);
    row(
        "currency USD", [](Plan &p) { p.currency = QStringLiteral("USD"); }, nullptr);
    row(
        "margin -0.1", [](Plan &p) { p.margin = -0.1; }, "margin: must be between 0 and 1");
    row(
        "margin 1.1", [](Plan &p) { p.margin = 1.1; }, "margin: must be between 0 and 1");
    row(
        "margin NaN", [](Plan &p) { p.margin = kNaN; }, "margin: must be between 0 and 1");
    row(
        "margin 0", [](Plan &p) { p.margin = 0; }, nullptr);
    row(
        "margin 1", [](Plan &p) { p.margin = 1; }, nullptr);
    row(
        "population 0", [](Plan &p) { p.population = 0.0; }, "population: must be greater than 0");
    row(
        "population -5", [](Plan &p) { p.population = -5.0; },
        "population: must be greater than 0");
    row(
        "population kInf", [](Plan &p) { p.population = kInf; },
        "population: must be a finite number");
    row(
        "population 2e7", [](Plan &p) { p.population = 2e7; }, nullptr);
    row(
        "plan name empty is allowed", [](Plan &p) { p.name.clear(); }, nullptr);
    // Scenarios
    row(
        "no scenario", [](Plan &p) { p.scenarios.clear(); },
        "scenarios: must hold at least one scenario");
    row(
        "scenario name blank", [](Plan &p) { p.scenarios[1].name = QStringLiteral("  "); },
        "scenarios[1].name: must not be empty");
    row(
        "scenario name twice", [](Plan &p) { p.scenarios[1].name = QStringLiteral("Base"); },
        "scenarios[1].name: \"Base\" is used twice; scenario names must be unique");
    row(
        "budget -1", [](Plan &p) { p.scenarios[0].budget = -1.0; },
        "scenarios[0].budget: must not be negative");
    row(
        "budget NaN", [](Plan &p) { p.scenarios[0].budget = kNaN; },
        "scenarios[0].budget: must be a finite number");
    row(
        "budget 0", [](Plan &p) { p.scenarios[0].budget = 0.0; }, nullptr);
    row(
        "empty scenario",
        [](Plan &p) {
            p.scenarios[1].channels.clear();
            p.scenarios[1].creators.clear();
            p.scenarios[1].organic.clear();
        },
        nullptr);
    // Paid channels
    row(
        "channel name empty", [](Plan &p) { p.scenarios[0].channels[1].name.clear(); },
        "scenarios[0].channels[1].name: must not be empty");
    row(
        "channel name twice",
        [](Plan &p) { p.scenarios[0].channels[1].name = QStringLiteral("Instagram Ads"); },
        "scenarios[0].channels[1].name: \"Instagram Ads\" is used twice; names must be unique "
        "within a scenario");
    row(
        "channel name twice after trim",
        [](Plan &p) { p.scenarios[0].channels[1].name = QStringLiteral(" Instagram Ads "); },
        "scenarios[0].channels[1].name: \"Instagram Ads\" is used twice; names must be unique "
        "within a scenario");
    row(
        "same name in another list is allowed",
        [](Plan &p) { p.scenarios[0].creators[0].name = QStringLiteral("Instagram Ads"); },
        nullptr);
    const char *platformMsg = "scenarios[0].channels[0].platform: must be a lowercase identifier "
                              "(letters a-z, digits and underscores), such as tiktok_shop";
    row(
        "platform upper",
        [](Plan &p) { p.scenarios[0].channels[0].platform = QStringLiteral("TikTok"); },
        platformMsg);
    row(
        "platform space",
        [](Plan &p) { p.scenarios[0].channels[0].platform = QStringLiteral("tik tok"); },
        platformMsg);
    row(
        "platform empty", [](Plan &p) { p.scenarios[0].channels[0].platform.clear(); },
        "scenarios[0].channels[0].platform: must not be empty");
    row(
        "platform emerging",
        [](Plan &p) { p.scenarios[0].channels[0].platform = QStringLiteral("bluesky_2"); },
        nullptr);
    row(
        "spend -1", [](Plan &p) { p.scenarios[0].channels[0].spend = -1; },
        "scenarios[0].channels[0].spend: must not be negative");
    row(
        "spend NaN", [](Plan &p) { p.scenarios[0].channels[0].spend = kNaN; },
        "scenarios[0].channels[0].spend: must be a finite number");
    row(
        "spend 0", [](Plan &p) { p.scenarios[0].channels[0].spend = 0; }, nullptr);
    row(
        "min_spend -1", [](Plan &p) { p.scenarios[0].channels[0].minSpend = -1; },
        "scenarios[0].channels[0].min_spend: must not be negative");
    row(
        "max_spend -1", [](Plan &p) { p.scenarios[0].channels[0].maxSpend = -1.0; },
        "scenarios[0].channels[0].max_spend: must not be negative");
    row(
        "max_spend kInf", [](Plan &p) { p.scenarios[0].channels[0].maxSpend = kInf; },
        "scenarios[0].channels[0].max_spend: must be a finite number");
    row(
        "max below min",
        [](Plan &p) {
            p.scenarios[0].channels[0].minSpend = 500;
            p.scenarios[0].channels[0].maxSpend = 499.0;
        },
        "scenarios[0].channels[0].max_spend: must not be less than min_spend");
    row(
        "max equals min",
        [](Plan &p) {
            p.scenarios[0].channels[0].minSpend = 500;
            p.scenarios[0].channels[0].maxSpend = 500.0;
        },
        nullptr);
    row(
        "frequency 0", [](Plan &p) { p.scenarios[0].channels[0].maxWeeklyFrequency = 0.0; },
        "scenarios[0].channels[0].max_weekly_frequency: must be greater than 0");
    row(
        "frequency -1", [](Plan &p) { p.scenarios[0].channels[0].maxWeeklyFrequency = -1.0; },
        "scenarios[0].channels[0].max_weekly_frequency: must be greater than 0");
    row(
        "frequency NaN", [](Plan &p) { p.scenarios[0].channels[0].maxWeeklyFrequency = kNaN; },
        "scenarios[0].channels[0].max_weekly_frequency: must be a finite number");
    row(
        "frequency 0.5", [](Plan &p) { p.scenarios[0].channels[0].maxWeeklyFrequency = 0.5; },
        nullptr);
    // Flighting
    auto custom = [](std::vector<double> weights) {
        return Mutation([weights](Plan &p) {
            p.scenarios[0].channels[0].flighting.pattern = FlightingPattern::Custom;
            p.scenarios[0].channels[0].flighting.weights = weights;
        });
    };
    row("custom 4 weights", custom({ 1, 0, 2, 0.5 }), nullptr);
    row("custom 3 weights", custom({ 1, 2, 3 }),
        "scenarios[0].channels[0].flighting.weights: a custom flighting needs exactly one weight "
        "per week (4), not 3");
    row("custom 5 weights", custom({ 1, 2, 3, 4, 5 }),
        "scenarios[0].channels[0].flighting.weights: a custom flighting needs exactly one weight "
        "per week (4), not 5");
    row("custom no weights", custom({}),
        "scenarios[0].channels[0].flighting.weights: a custom flighting needs exactly one weight "
        "per week (4), not 0");
    row("custom all zero", custom({ 0, 0, 0, 0 }),
        "scenarios[0].channels[0].flighting.weights: must not all be 0");
    row("custom negative", custom({ 1, -1, 1, 1 }),
        "scenarios[0].channels[0].flighting.weights[1]: must not be negative");
    row("custom NaN", custom({ 1, 1, kNaN, 1 }),
        "scenarios[0].channels[0].flighting.weights[2]: must be a finite number");
    row(
        "weights kept on a non-custom pattern",
        [](Plan &p) {
            p.scenarios[0].channels[0].flighting.weights = { 1, 2 };
        },
        nullptr);
    // Creators
    row(
        "creator name empty", [](Plan &p) { p.scenarios[0].creators[0].name.clear(); },
        "scenarios[0].creators[0].name: must not be empty");
    row(
        "creator name twice",
        [](Plan &p) { p.scenarios[0].creators.push_back(p.scenarios[0].creators[0]); },
        "scenarios[0].creators[1].name: \"Creator A\" is used twice; names must be unique within "
        "a scenario");
    row(
        "tier unknown", [](Plan &p) { p.scenarios[0].creators[0].tier = QStringLiteral("huge"); },
        "scenarios[0].creators[0].tier: must be one of nano, micro, mid, macro or mega");
    row(
        "tier empty", [](Plan &p) { p.scenarios[0].creators[0].tier.clear(); }, nullptr);
    row(
        "tier mega", [](Plan &p) { p.scenarios[0].creators[0].tier = QStringLiteral("mega"); },
        nullptr);
    row(
        "post -1",
        [](Plan &p) {
            p.scenarios[0].creators[0].posts = { 0, -1 };
        },
        "scenarios[0].creators[0].posts[1]: must be a week index between 0 and 3 (weeks count "
        "from 0)");
    row(
        "post W", [](Plan &p) { p.scenarios[0].creators[0].posts = { 4 }; },
        "scenarios[0].creators[0].posts[0]: must be a week index between 0 and 3 (weeks count "
        "from 0)");
    row(
        "post W-1 repeated",
        [](Plan &p) {
            p.scenarios[0].creators[0].posts = { 3, 3, 0 };
        },
        nullptr);
    row(
        "no posts", [](Plan &p) { p.scenarios[0].creators[0].posts.clear(); }, nullptr);
    // Organic
    row(
        "organic name blank", [](Plan &p) { p.scenarios[0].organic[0].name = QStringLiteral(" "); },
        "scenarios[0].organic[0].name: must not be empty");
    row(
        "organic name twice",
        [](Plan &p) { p.scenarios[0].organic.push_back(p.scenarios[0].organic[0]); },
        "scenarios[0].organic[1].name: \"Brand Instagram\" is used twice; names must be unique "
        "within a scenario");
    row(
        "posts_per_week -1", [](Plan &p) { p.scenarios[0].organic[0].postsPerWeek = -1; },
        "scenarios[0].organic[0].posts_per_week: must not be negative");
    row(
        "posts_per_week kInf", [](Plan &p) { p.scenarios[0].organic[0].postsPerWeek = kInf; },
        "scenarios[0].organic[0].posts_per_week: must be a finite number");
    row(
        "posts_per_week 0", [](Plan &p) { p.scenarios[0].organic[0].postsPerWeek = 0; }, nullptr);
    row(
        "posts_per_week 2.5", [](Plan &p) { p.scenarios[0].organic[0].postsPerWeek = 2.5; },
        nullptr);
    // The first problem is reported, in document order.
    row(
        "first of two problems",
        [](Plan &p) {
            p.scenarios[1].organic[0].ctr = 2.0;
            p.scenarios[0].channels[1].cpm = 0.0;
        },
        "scenarios[0].channels[1].cpm: must be greater than 0");
}

void TestPlanValidator::rules()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, expected);
    Plan plan = validPlan();
    mutate(plan);
    const auto issue = PlanValidator::validate(plan);
    QCOMPARE(issue ? issue->toString() : QString(), expected);
}

void TestPlanValidator::itemValidatorsUseTheGivenPrefix()
{
    PaidChannel c = channel(QStringLiteral("X"));
    c.ctr = Uncertain(1.5, 1.6, 1.7);
    auto issue
        = PlanValidator::validatePaidChannel(c, 4, QStringLiteral("scenarios[0].channels[2]"));
    QVERIFY(issue);
    QCOMPARE(issue->path, QStringLiteral("scenarios[0].channels[2].ctr.low"));
    QCOMPARE(issue->message, QStringLiteral("must be between 0 and 1"));
    QCOMPARE(issue->toString(),
        QStringLiteral("scenarios[0].channels[2].ctr.low: must be between 0 and 1"));

    // An empty prefix names the field alone.
    issue = PlanValidator::validatePaidChannel(c, 4, QString());
    QVERIFY(issue);
    QCOMPARE(issue->path, QStringLiteral("ctr.low"));

    CreatorDeal k = validPlan().scenarios[0].creators[0];
    QVERIFY(!PlanValidator::validateCreatorDeal(k, 3, QStringLiteral("k")));
    issue = PlanValidator::validateCreatorDeal(k, 2, QStringLiteral("k"));
    QVERIFY(issue);
    QCOMPARE(issue->path, QStringLiteral("k.posts[1]"));

    OrganicStream o = validPlan().scenarios[0].organic[0];
    o.followers = 0.0;
    issue = PlanValidator::validateOrganicStream(o, QStringLiteral("o"));
    QVERIFY(issue);
    QCOMPARE(issue->toString(), QStringLiteral("o.followers: must be greater than 0"));

    issue = PlanValidator::validateUncertain(
        Uncertain(5, 4, 6), ValueKind::Amount, QStringLiteral("fee"));
    QVERIFY(issue);
    QCOMPARE(issue->toString(), QStringLiteral("fee.low: must not be greater than base"));
}

QTEST_GUILESS_MAIN(TestPlanValidator)
#include "tst_planvalidator.moc"
