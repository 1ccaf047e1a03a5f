#include "io/platformdefaults.h"

#include "io/jsonfieldreader.h"
#include "model/fieldspec.h"
#include "model/inputerror.h"
#include "model/planvalidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace funnelcast {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("PlatformDefaults", text);
}

QString join(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
}

Uncertain checkedValue(const QJsonValue &value, ValueKind kind, const QString &path)
{
    const Uncertain result = JsonFieldReader::uncertainValue(value, path);
    if (const auto issue = PlanValidator::validateUncertain(result, kind, path))
        throw InputError(issue->toString());
    return result;
}

QJsonObject objectAt(const QJsonObject &parent, const QString &key, const QString &path)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined() || value.isNull())
        JsonFieldReader::fail(
            join(path, key), translated(QT_TRANSLATE_NOOP("PlatformDefaults", "is required")));
    return JsonFieldReader::objectValue(value, join(path, key));
}

QString sourceAt(const QJsonObject &object, const QString &path)
{
    const QJsonValue value = object.value(QStringLiteral("source"));
    if (!value.isString() || value.toString().trimmed().isEmpty())
        JsonFieldReader::fail(join(path, QStringLiteral("source")),
            translated(QT_TRANSLATE_NOOP(
                "PlatformDefaults", "must be a non-empty text naming the source")));
    return value.toString();
}

// A money value {"USD": x, "KRW": y, ...} in `currency`: that currency's own figure, else the
// USD figure times the file's rate; nullopt when neither is possible.
std::optional<Uncertain> moneyIn(const QJsonObject &money, const QString &currency,
    const QJsonObject &usdRates, const QString &path)
{
    if (money.contains(currency))
        return checkedValue(money.value(currency), ValueKind::PositiveAmount, join(path, currency));
    const QJsonValue rate = usdRates.value(currency);
    if (!money.contains(QStringLiteral("USD")) || !rate.isDouble())
        return std::nullopt;
    const Uncertain usd = checkedValue(money.value(QStringLiteral("USD")),
        ValueKind::PositiveAmount, join(path, QStringLiteral("USD")));
    const double r = rate.toDouble();
    return Uncertain(usd.low * r, usd.base * r, usd.high * r);
}

// Checks every figure of a money object, whatever currency is asked for later.
void checkMoney(const QJsonObject &money, const QString &path)
{
    if (money.isEmpty())
        JsonFieldReader::fail(path,
            translated(QT_TRANSLATE_NOOP("PlatformDefaults", "must give at least one currency")));
    for (auto it = money.begin(); it != money.end(); ++it)
        checkedValue(it.value(), ValueKind::PositiveAmount, join(path, it.key()));
}

} // namespace

PlatformDefaults PlatformDefaults::fromBytes(const QByteArray &bytes, const QString &source)
{
    auto withSource = [&](const QString &message) {
        return source.isEmpty() ? message : source + QStringLiteral(": ") + message;
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw InputError(
            withSource(translated(QT_TRANSLATE_NOOP("PlatformDefaults",
                                      "the platform defaults are not a valid JSON object (%1)"))
                           .arg(error.errorString())));
    PlatformDefaults result;
    result.m_root = document.object();
    try {
        const QJsonObject &root = result.m_root;
        if (root.value(QStringLiteral("format")).toString()
            != QLatin1String("funnelcast-platform-defaults"))
            JsonFieldReader::fail(QStringLiteral("format"),
                translated(QT_TRANSLATE_NOOP(
                    "PlatformDefaults", "must be \"funnelcast-platform-defaults\"")));
        if (root.value(QStringLiteral("version")).toDouble() != 1.0)
            JsonFieldReader::fail(QStringLiteral("version"),
                translated(QT_TRANSLATE_NOOP("PlatformDefaults", "must be 1")));
        const QJsonObject rates = objectAt(objectAt(root, QStringLiteral("money"), QString()),
            QStringLiteral("usd_rates"), QStringLiteral("money"));
        for (auto it = rates.begin(); it != rates.end(); ++it)
            checkedValue(it.value(), ValueKind::PositiveAmount,
                QStringLiteral("money.usd_rates.") + it.key());

        // Every platform and every tier, looked up once in USD: any bad range throws here.
        for (const QString &platform : result.platforms()) {
            const QString path = QStringLiteral("platforms.") + platform;
            const QJsonObject entry
                = objectAt(objectAt(root, QStringLiteral("platforms"), QString()), platform,
                    QStringLiteral("platforms"));
            checkMoney(
                objectAt(entry, QStringLiteral("cpm"), path), join(path, QStringLiteral("cpm")));
            result.paidChannel(platform, QStringLiteral("USD"));
        }
        const QJsonObject creators = objectAt(root, QStringLiteral("creator_tiers"), QString());
        const QJsonObject tiers
            = objectAt(creators, QStringLiteral("tiers"), QStringLiteral("creator_tiers"));
        for (const QString &tier : tiers.keys())
            if (!PlatformDefaults::tiers().contains(tier))
                JsonFieldReader::fail(QStringLiteral("creator_tiers.tiers.") + tier,
                    translated(QT_TRANSLATE_NOOP("PlatformDefaults",
                        "is not a tier (nano, micro, mid, "
                        "macro or mega)")));
        for (const QString &platform : result.creatorPlatforms()) {
            const QString path = QStringLiteral("creator_tiers.platforms.") + platform;
            const QJsonObject fees
                = objectAt(objectAt(objectAt(creators, QStringLiteral("platforms"),
                                        QStringLiteral("creator_tiers")),
                               platform, QStringLiteral("creator_tiers.platforms")),
                    QStringLiteral("fee_per_post"), path);
            for (const QString &tier : PlatformDefaults::tiers()) {
                checkMoney(objectAt(fees, tier, join(path, QStringLiteral("fee_per_post"))),
                    join(path, QStringLiteral("fee_per_post.")) + tier);
                result.creatorDeal(platform, tier, QStringLiteral("USD"));
            }
        }
    } catch (const InputError &e) {
        throw InputError(withSource(e.message()));
    }
    return result;
}

PlatformDefaults PlatformDefaults::fromResource()
{
    QFile file(QStringLiteral(":/platforms.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(translated(QT_TRANSLATE_NOOP("PlatformDefaults",
            "the built-in platform defaults (:/platforms.json) "
            "are missing from this build")));
    return fromBytes(file.readAll(), QStringLiteral(":/platforms.json"));
}

QStringList PlatformDefaults::platforms() const
{
    return m_root.value(QStringLiteral("platforms")).toObject().keys();
}

QStringList PlatformDefaults::creatorPlatforms() const
{
    return m_root.value(QStringLiteral("creator_tiers"))
        .toObject()
        .value(QStringLiteral("platforms"))
        .toObject()
        .keys();
}

QStringList PlatformDefaults::tiers()
{
    return { QStringLiteral("nano"), QStringLiteral("micro"), QStringLiteral("mid"),
        QStringLiteral("macro"), QStringLiteral("mega") };
}

std::optional<double> PlatformDefaults::usdRate(const QString &currency) const
{
    const QJsonValue rate = m_root.value(QStringLiteral("money"))
                                .toObject()
                                .value(QStringLiteral("usd_rates"))
                                .toObject()
                                .value(currency);
    if (!rate.isDouble())
        return std::nullopt;
    return rate.toDouble();
}

std::optional<PlatformChannelDefaults> PlatformDefaults::paidChannel(
    const QString &platform, const QString &currency) const
{
    const QJsonObject entries = m_root.value(QStringLiteral("platforms")).toObject();
    if (!entries.contains(platform))
        return std::nullopt;
    const QString path = QStringLiteral("platforms.") + platform;
    const QJsonObject entry = entries.value(platform).toObject();
    const QJsonObject funnel = objectAt(m_root, QStringLiteral("funnel_defaults"), QString());

    PlatformChannelDefaults result;
    result.platform = platform;
    result.label = entry.value(QStringLiteral("label")).toString(platform);
    result.channel.platform = platform;
    for (const auto &spec : paidChannelUncertainFields()) {
        const QString key = QLatin1String(spec.key);
        if (key == QLatin1String("cpm"))
            continue; // money, below
        if (entry.contains(key))
            result.channel.*(spec.member)
                = checkedValue(entry.value(key), spec.kind, join(path, key));
        else if (funnel.contains(key))
            result.channel.*(spec.member) = checkedValue(
                funnel.value(key), spec.kind, QStringLiteral("funnel_defaults.") + key);
    }
    const QJsonObject rates = m_root.value(QStringLiteral("money"))
                                  .toObject()
                                  .value(QStringLiteral("usd_rates"))
                                  .toObject();
    if (const auto cpm = moneyIn(entry.value(QStringLiteral("cpm")).toObject(), currency, rates,
            join(path, QStringLiteral("cpm")))) {
        result.channel.cpm = *cpm;
        result.hasMoney = true;
    }
    result.source = sourceAt(entry, path) + QLatin1Char(' ')
        + sourceAt(funnel, QStringLiteral("funnel_defaults"));
    return result;
}

std::optional<CreatorTierDefaults> PlatformDefaults::creatorDeal(
    const QString &platform, const QString &tier, const QString &currency) const
{
    const QJsonObject creators = m_root.value(QStringLiteral("creator_tiers")).toObject();
    const QJsonObject platforms = creators.value(QStringLiteral("platforms")).toObject();
    const QJsonObject tiersObject = creators.value(QStringLiteral("tiers")).toObject();
    if (!platforms.contains(platform) || !tiersObject.contains(tier))
        return std::nullopt;
    const QString path = QStringLiteral("creator_tiers.platforms.") + platform;
    const QString tierPath = QStringLiteral("creator_tiers.tiers.") + tier;
    const QJsonObject entry = platforms.value(platform).toObject();
    const QJsonObject tierEntry = tiersObject.value(tier).toObject();
    const QJsonObject funnel = objectAt(m_root, QStringLiteral("funnel_defaults"), QString());

    CreatorTierDefaults result;
    result.platform = platform;
    result.tier = tier;
    result.deal.platform = platform;
    result.deal.tier = tier;
    // Per field: the tier (followers, reach), then the platform (ctr), then the shared funnel.
    for (const auto &spec : creatorDealUncertainFields()) {
        const QString key = QLatin1String(spec.key);
        if (tierEntry.contains(key))
            result.deal.*(spec.member)
                = checkedValue(tierEntry.value(key), spec.kind, join(tierPath, key));
        else if (entry.contains(key) && key != QLatin1String("fee_per_post"))
            result.deal.*(spec.member) = checkedValue(entry.value(key), spec.kind, join(path, key));
        else if (funnel.contains(key))
            result.deal.*(spec.member) = checkedValue(
                funnel.value(key), spec.kind, QStringLiteral("funnel_defaults.") + key);
    }
    const QJsonValue engagement
        = entry.value(QStringLiteral("engagement_rate")).toObject().value(tier);
    if (!engagement.isUndefined())
        result.engagementRate = checkedValue(
            engagement, ValueKind::Rate, join(path, QStringLiteral("engagement_rate.")) + tier)
                                    .base;
    const QJsonObject rates = m_root.value(QStringLiteral("money"))
                                  .toObject()
                                  .value(QStringLiteral("usd_rates"))
                                  .toObject();
    const QJsonObject fee
        = entry.value(QStringLiteral("fee_per_post")).toObject().value(tier).toObject();
    if (const auto money
        = moneyIn(fee, currency, rates, join(path, QStringLiteral("fee_per_post.")) + tier)) {
        result.deal.feePerPost = *money;
        result.hasMoney = true;
    }
    result.source = sourceAt(entry, path) + QLatin1Char(' ')
        + creators.value(QStringLiteral("about")).toString();
    return result;
}

} // namespace funnelcast
