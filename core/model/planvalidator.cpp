#include "model/planvalidator.h"

#include "model/fieldspec.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace funnelcast {

namespace {

using Issue = std::optional<ValidationIssue>;

QString translated(const char *text)
{
    return QCoreApplication::translate("PlanValidator", text);
}

Issue fail(const QString &path, const char *text)
{
    return ValidationIssue { path, translated(text) };
}

// "scenarios[0].channels[2]" + "ctr" -> "scenarios[0].channels[2].ctr"; an empty prefix
// (an item validated on its own) gives just the key.
QString join(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
}

QString join(const QString &prefix, const char *key)
{
    return join(prefix, QLatin1String(key));
}

QString indexed(const QString &prefix, const char *list, size_t index)
{
    return join(prefix, QLatin1String(list)) + QLatin1Char('[') + QString::number(index)
        + QLatin1Char(']');
}

Issue checkName(const QString &name, const QString &path)
{
    if (name.trimmed().isEmpty())
        return fail(path, QT_TRANSLATE_NOOP("PlanValidator", "must not be empty"));
    return std::nullopt;
}

// A platform is a lowercase identifier (MODEL.md section 9); unknown identifiers are emerging
// platforms and are accepted.
Issue checkPlatform(const QString &platform, const QString &path)
{
    if (platform.isEmpty())
        return fail(path, QT_TRANSLATE_NOOP("PlanValidator", "must not be empty"));
    for (QChar c : platform) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
        if (!ok)
            return fail(path,
                QT_TRANSLATE_NOOP("PlanValidator",
                    "must be a lowercase identifier (letters a-z, "
                    "digits and underscores), such as tiktok_shop"));
    }
    return std::nullopt;
}

Issue checkNonNegative(double value, const QString &path)
{
    if (!std::isfinite(value))
        return fail(path, QT_TRANSLATE_NOOP("PlanValidator", "must be a finite number"));
    if (value < 0.0)
        return fail(path, QT_TRANSLATE_NOOP("PlanValidator", "must not be negative"));
    return std::nullopt;
}

Issue checkPositive(double value, const QString &path)
{
    if (!std::isfinite(value))
        return fail(path, QT_TRANSLATE_NOOP("PlanValidator", "must be a finite number"));
    if (value <= 0.0)
        return fail(path, QT_TRANSLATE_NOOP("PlanValidator", "must be greater than 0"));
    return std::nullopt;
}

// One number of an uncertain value against its kind's range (the triple-only rules are
// checked by the caller).
Issue checkComponent(double value, ValueKind kind, const QString &path)
{
    if (!std::isfinite(value))
        return fail(path, QT_TRANSLATE_NOOP("PlanValidator", "must be a finite number"));
    switch (kind) {
    case ValueKind::Rate:
        if (value < 0.0 || value > 1.0)
            return fail(path, QT_TRANSLATE_NOOP("PlanValidator", "must be between 0 and 1"));
        if (value == 1.0)
            return fail(path, QT_TRANSLATE_NOOP("PlanValidator", "must be less than 1"));
        break;
    case ValueKind::RateInclusive:
        if (value < 0.0 || value > 1.0)
            return fail(path, QT_TRANSLATE_NOOP("PlanValidator", "must be between 0 and 1"));
        break;
    case ValueKind::Amount:
        if (value < 0.0)
            return fail(path, QT_TRANSLATE_NOOP("PlanValidator", "must not be negative"));
        break;
    case ValueKind::PositiveAmount:
        if (value <= 0.0)
            return fail(path, QT_TRANSLATE_NOOP("PlanValidator", "must be greater than 0"));
        break;
    }
    return std::nullopt;
}

template <class Item>
Issue checkUncertainFields(
    const Item &item, const std::vector<UncertainFieldSpec<Item>> &fields, const QString &prefix)
{
    for (const UncertainFieldSpec<Item> &field : fields) {
        if (Issue issue = PlanValidator::validateUncertain(
                item.*(field.member), field.kind, join(prefix, field.key)))
            return issue;
    }
    return std::nullopt;
}

// The optional weights of a flighting; a custom flighting needs exactly one per week.
Issue checkFlighting(const Flighting &flighting, int weeks, const QString &path)
{
    const QString weightsPath = join(path, "weights");
    for (size_t i = 0; i < flighting.weights.size(); ++i) {
        const QString itemPath
            = weightsPath + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        if (Issue issue = checkNonNegative(flighting.weights[i], itemPath))
            return issue;
    }
    if (flighting.pattern != FlightingPattern::Custom)
        return std::nullopt;
    if (static_cast<long long>(flighting.weights.size()) != weeks) {
        return ValidationIssue { weightsPath,
            translated(QT_TRANSLATE_NOOP("PlanValidator",
                           "a custom flighting needs exactly one weight per week (%1), "
                           "not %2"))
                .arg(weeks)
                .arg(flighting.weights.size()) };
    }
    double sum = 0.0;
    for (double w : flighting.weights)
        sum += w;
    if (!(sum > 0.0))
        return fail(weightsPath, QT_TRANSLATE_NOOP("PlanValidator", "must not all be 0"));
    return std::nullopt;
}

Issue checkWeeks(int weeks, const QString &path)
{
    if (weeks < 1 || weeks > 156)
        return fail(path, QT_TRANSLATE_NOOP("PlanValidator", "must be between 1 and 156"));
    return std::nullopt;
}

const QSet<QString> &knownTiers()
{
    static const QSet<QString> tiers = { QStringLiteral("nano"), QStringLiteral("micro"),
        QStringLiteral("mid"), QStringLiteral("macro"), QStringLiteral("mega") };
    return tiers;
}

// Names are unique within each list of a scenario (channels, creators, organic), compared
// after trimming; see docs/plan-json.md for why not across lists.
template <class Item>
Issue checkUniqueNames(
    const std::vector<Item> &items, const QString &scenarioPath, const char *list)
{
    QSet<QString> seen;
    seen.reserve(static_cast<qsizetype>(items.size()));
    for (size_t i = 0; i < items.size(); ++i) {
        const QString name = items[i].name.trimmed();
        if (seen.contains(name)) {
            return ValidationIssue { join(indexed(scenarioPath, list, i), "name"),
                translated(QT_TRANSLATE_NOOP("PlanValidator",
                               "\"%1\" is used twice; names must be "
                               "unique within a scenario"))
                    .arg(name) };
        }
        seen.insert(name);
    }
    return std::nullopt;
}

bool isCurrencyCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code)
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    return true;
}

} // namespace

std::optional<ValidationIssue> PlanValidator::validateUncertain(
    const Uncertain &value, ValueKind kind, const QString &path)
{
    // A plain number is stored as three equal ones; NaN never equals itself, so a plain NaN
    // is recognised apart and reported at the field itself.
    const bool allNaN = std::isnan(value.low) && std::isnan(value.base) && std::isnan(value.high);
    if (value.isFixed() || allNaN)
        return checkComponent(value.base, kind, path);

    const QString lowPath = join(path, "low");
    const QString basePath = join(path, "base");
    const QString highPath = join(path, "high");
    if (Issue issue = checkComponent(value.low, kind, lowPath))
        return issue;
    if (Issue issue = checkComponent(value.base, kind, basePath))
        return issue;
    if (Issue issue = checkComponent(value.high, kind, highPath))
        return issue;
    if (value.low > value.base)
        return fail(lowPath, QT_TRANSLATE_NOOP("PlanValidator", "must not be greater than base"));
    if (value.base > value.high)
        return fail(highPath, QT_TRANSLATE_NOOP("PlanValidator", "must not be less than base"));
    // A spread needs logs (amounts) or logits (rates) of every end, so 0 and 1 are out unless
    // the value is fixed.
    if (value.low <= 0.0)
        return fail(lowPath,
            QT_TRANSLATE_NOOP("PlanValidator",
                "must be greater than 0 when low, base and high "
                "differ"));
    if (isRateKind(kind) && value.high >= 1.0)
        return fail(highPath,
            QT_TRANSLATE_NOOP("PlanValidator",
                "must be less than 1 when low, base and high "
                "differ"));
    return std::nullopt;
}

std::optional<ValidationIssue> PlanValidator::validatePaidChannel(
    const PaidChannel &channel, int weeks, const QString &prefix)
{
    if (Issue issue = checkName(channel.name, join(prefix, "name")))
        return issue;
    if (Issue issue = checkPlatform(channel.platform, join(prefix, "platform")))
        return issue;
    if (Issue issue = checkNonNegative(channel.spend, join(prefix, "spend")))
        return issue;
    if (Issue issue = checkFlighting(channel.flighting, weeks, join(prefix, "flighting")))
        return issue;
    if (Issue issue = checkNonNegative(channel.minSpend, join(prefix, "min_spend")))
        return issue;
    if (channel.maxSpend) {
        const QString path = join(prefix, "max_spend");
        if (Issue issue = checkNonNegative(*channel.maxSpend, path))
            return issue;
        if (*channel.maxSpend < channel.minSpend)
            return fail(
                path, QT_TRANSLATE_NOOP("PlanValidator", "must not be less than min_spend"));
    }
    // Audience is the one optional (u) field; it sits apart from the field table.
    if (channel.audience) {
        if (Issue issue = validateUncertain(
                *channel.audience, ValueKind::PositiveAmount, join(prefix, "audience")))
            return issue;
    }
    if (channel.maxWeeklyFrequency) {
        if (Issue issue
            = checkPositive(*channel.maxWeeklyFrequency, join(prefix, "max_weekly_frequency")))
            return issue;
    }
    return checkUncertainFields(channel, paidChannelUncertainFields(), prefix);
}

std::optional<ValidationIssue> PlanValidator::validateCreatorDeal(
    const CreatorDeal &deal, int weeks, const QString &prefix)
{
    if (Issue issue = checkName(deal.name, join(prefix, "name")))
        return issue;
    if (Issue issue = checkPlatform(deal.platform, join(prefix, "platform")))
        return issue;
    if (!deal.tier.isEmpty() && !knownTiers().contains(deal.tier))
        return fail(join(prefix, "tier"),
            QT_TRANSLATE_NOOP("PlanValidator", "must be one of nano, micro, mid, macro or mega"));
    for (size_t i = 0; i < deal.posts.size(); ++i) {
        const int week = deal.posts[i];
        if (week < 0 || week >= weeks) {
            return ValidationIssue { indexed(prefix, "posts", i),
                translated(QT_TRANSLATE_NOOP("PlanValidator",
                               "must be a week index between 0 and %1 (weeks count "
                               "from 0)"))
                    .arg(weeks - 1) };
        }
    }
    return checkUncertainFields(deal, creatorDealUncertainFields(), prefix);
}

std::optional<ValidationIssue> PlanValidator::validateOrganicStream(
    const OrganicStream &stream, const QString &prefix)
{
    if (Issue issue = checkName(stream.name, join(prefix, "name")))
        return issue;
    if (Issue issue = checkPlatform(stream.platform, join(prefix, "platform")))
        return issue;
    if (Issue issue = checkNonNegative(stream.postsPerWeek, join(prefix, "posts_per_week")))
        return issue;
    return checkUncertainFields(stream, organicStreamUncertainFields(), prefix);
}

std::optional<ValidationIssue> PlanValidator::validate(const Plan &plan)
{
    const QString root;
    if (!isCurrencyCode(plan.currency))
        return fail(QStringLiteral("currency"),
            QT_TRANSLATE_NOOP("PlanValidator",
                "must be a three-letter uppercase ISO 4217 code such as "
                "KRW or USD"));
    if (!plan.start.isValid())
        return fail(QStringLiteral("start"),
            QT_TRANSLATE_NOOP("PlanValidator", "must be a valid date (YYYY-MM-DD)"));
    if (plan.start.dayOfWeek() != Qt::Monday)
        return fail(
            QStringLiteral("start"), QT_TRANSLATE_NOOP("PlanValidator", "must be a Monday"));
    if (Issue issue = checkWeeks(plan.weeks, QStringLiteral("weeks")))
        return issue;
    if (plan.population) {
        if (Issue issue = checkPositive(*plan.population, QStringLiteral("population")))
            return issue;
    }
    if (!std::isfinite(plan.margin) || plan.margin < 0.0 || plan.margin > 1.0)
        return fail(QStringLiteral("margin"),
            QT_TRANSLATE_NOOP("PlanValidator", "must be between 0 and 1"));
    if (plan.scenarios.empty())
        return fail(QStringLiteral("scenarios"),
            QT_TRANSLATE_NOOP("PlanValidator", "must hold at least one scenario"));

    QSet<QString> scenarioNames;
    for (size_t s = 0; s < plan.scenarios.size(); ++s) {
        const Scenario &scenario = plan.scenarios[s];
        const QString path = indexed(root, "scenarios", s);
        if (Issue issue = checkName(scenario.name, join(path, "name")))
            return issue;
        const QString trimmed = scenario.name.trimmed();
        if (scenarioNames.contains(trimmed)) {
            return ValidationIssue { join(path, "name"),
                translated(QT_TRANSLATE_NOOP("PlanValidator",
                               "\"%1\" is used twice; scenario names must be unique"))
                    .arg(trimmed) };
        }
        scenarioNames.insert(trimmed);
        if (scenario.budget) {
            if (Issue issue = checkNonNegative(*scenario.budget, join(path, "budget")))
                return issue;
        }
        for (size_t i = 0; i < scenario.channels.size(); ++i) {
            if (Issue issue = validatePaidChannel(
                    scenario.channels[i], plan.weeks, indexed(path, "channels", i)))
                return issue;
        }
        for (size_t i = 0; i < scenario.creators.size(); ++i) {
            if (Issue issue = validateCreatorDeal(
                    scenario.creators[i], plan.weeks, indexed(path, "creators", i)))
                return issue;
        }
        for (size_t i = 0; i < scenario.organic.size(); ++i) {
            if (Issue issue
                = validateOrganicStream(scenario.organic[i], indexed(path, "organic", i)))
                return issue;
        }
        if (Issue issue = checkUniqueNames(scenario.channels, path, "channels"))
            return issue;
        if (Issue issue = checkUniqueNames(scenario.creators, path, "creators"))
            return issue;
        if (Issue issue = checkUniqueNames(scenario.organic, path, "organic"))
            return issue;
    }
    return std::nullopt;
}

} // namespace funnelcast
