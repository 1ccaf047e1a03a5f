#include "report/reportsourcelookup.h"

#include "model/fieldspec.h"
#include "model/inputerror.h"

namespace funnelcast::ui {

namespace {

template <class Item>
const Uncertain *member(const Item &item, const std::vector<UncertainFieldSpec<Item>> &fields,
                        const QString &key)
{
    for (const UncertainFieldSpec<Item> &field : fields) {
        if (key == QLatin1String(field.key))
            return &(item.*(field.member));
    }
    return nullptr;
}

} // namespace

ReportSourceLookup::ReportSourceLookup(const QString &currency) : m_currency(currency)
{
    try {
        m_defaults = PlatformDefaults::fromResource();
    } catch (const InputError &) {
        // Without the defaults file every value is credited to the plan, which is still true.
    }
}

QString ReportSourceLookup::credit(const QString &label, const QString &text)
{
    for (const auto &entry : m_used) {
        if (entry.first == label)
            return label;
    }
    m_used.push_back({label, text});
    return label;
}

QString ReportSourceLookup::paidChannel(const PaidChannel &channel, const QString &field,
                                        const Uncertain &value)
{
    if (!m_defaults)
        return QString();
    const std::optional<PlatformChannelDefaults> defaults = m_defaults->paidChannel(channel.platform, m_currency);
    if (!defaults)
        return QString();
    // The defaults leave cpm unset without a money value and never set aov or audience.
    if (field == QLatin1String("cpm") && !defaults->hasMoney)
        return QString();
    if (field == QLatin1String("aov") || field == QLatin1String("audience"))
        return QString();
    const Uncertain *preset = member(defaults->channel, paidChannelUncertainFields(), field);
    if (!preset || *preset != value)
        return QString();
    return credit(defaults->label.isEmpty() ? channel.platform : defaults->label, defaults->source);
}

QString ReportSourceLookup::creatorDeal(const CreatorDeal &deal, const QString &field,
                                        const Uncertain &value)
{
    if (!m_defaults || deal.tier.isEmpty())
        return QString();
    const std::optional<CreatorTierDefaults> defaults = m_defaults->creatorDeal(deal.platform, deal.tier, m_currency);
    if (!defaults)
        return QString();
    if (field == QLatin1String("fee_per_post") && !defaults->hasMoney)
        return QString();
    if (field == QLatin1String("aov"))
        return QString();
    const Uncertain *preset = member(defaults->deal, creatorDealUncertainFields(), field);
    if (!preset || *preset != value)
        return QString();
    // "YouTube macro": the platform's display name where the file has one.
    QString platform = deal.platform;
    if (const std::optional<PlatformChannelDefaults> paid = m_defaults->paidChannel(deal.platform, m_currency)) {
        if (!paid->label.isEmpty())
            platform = paid->label;
    }
    return credit(QStringLiteral("%1 %2").arg(platform, deal.tier), defaults->source);
}

QString ReportSourceLookup::organicStream(const OrganicStream &stream, const QString &field,
                                          const Uncertain &value)
{
    // Organic streams have no defaults of their own; their funnel rates may still be the
    // platform's paid-channel funnel defaults, which is what a new stream starts from.
    if (!m_defaults || field == QLatin1String("followers") || field == QLatin1String("reach_rate")
        || field == QLatin1String("cost_per_post") || field == QLatin1String("aov"))
        return QString();
    const std::optional<PlatformChannelDefaults> defaults = m_defaults->paidChannel(stream.platform, m_currency);
    if (!defaults)
        return QString();
    const Uncertain *preset = member(defaults->channel, paidChannelUncertainFields(), field);
    if (!preset || *preset != value)
        return QString();
    return credit(defaults->label.isEmpty() ? stream.platform : defaults->label, defaults->source);
}

} // namespace funnelcast::ui
