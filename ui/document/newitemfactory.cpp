#include "document/newitemfactory.h"

#include "io/platformdefaults.h"
#include "model/inputerror.h"

#include <QSet>

namespace funnelcast::ui {

namespace {

struct Funnel
{
    Uncertain ctr = 0.01;
    Uncertain viewRate = 0.9;
    Uncertain cartRate = 0.06;
    Uncertain purchaseRate = 0.3;
    Uncertain aov = 40000.0;
    Uncertain returnRate = 0.05;
};

template <class Item>
Funnel funnelOf(const Item &item)
{
    return Funnel{item.ctr, item.viewRate, item.cartRate, item.purchaseRate, item.aov,
                  item.returnRate};
}

Funnel funnelFor(const Scenario &s, const Plan &plan)
{
    if (!s.channels.empty())
        return funnelOf(s.channels.front());
    if (!s.creators.empty())
        return funnelOf(s.creators.front());
    if (!s.organic.empty())
        return funnelOf(s.organic.front());
    Funnel f;
    // An order value of 40,000 is a KRW figure; other currencies get 40.
    if (plan.currency != QLatin1String("KRW") && plan.currency != QLatin1String("JPY"))
        f.aov = 40.0;
    return f;
}

double moneyScale(const Plan &plan)
{
    return plan.currency == QLatin1String("KRW") || plan.currency == QLatin1String("JPY")
        ? 1.0
        : 0.001;
}

template <class Item>
QString uniqueName(const std::vector<Item> &items, const QString &stem)
{
    QSet<QString> taken;
    for (const Item &i : items)
        taken.insert(i.name);
    QString name = stem;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1 %2").arg(stem).arg(n);
    return name;
}

} // namespace

PlanItem NewItemFactory::create(ItemKind kind, const Plan &plan, int scenario)
{
    const Scenario &s = plan.scenarios.at(size_t(scenario));
    const Funnel f = funnelFor(s, plan);
    const double scale = moneyScale(plan);
    switch (kind) {
    case ItemKind::PaidChannel: {
        PaidChannel c;
        c.name = uniqueName(s.channels, tr("New channel"));
        c.spend = 5000000.0 * scale;
        c.cpm = 8000.0 * scale;
        c.ctr = f.ctr;
        c.viewRate = f.viewRate;
        c.cartRate = f.cartRate;
        c.purchaseRate = f.purchaseRate;
        c.aov = f.aov;
        c.returnRate = f.returnRate;
        return c;
    }
    case ItemKind::CreatorDeal: {
        CreatorDeal d;
        d.name = uniqueName(s.creators, tr("New creator"));
        d.tier = QStringLiteral("micro");
        d.followers = 50000.0;
        d.reachRate = 0.2;
        d.posts = {0};
        d.feePerPost = 500000.0 * scale;
        d.ctr = f.ctr;
        d.viewRate = f.viewRate;
        d.cartRate = f.cartRate;
        d.purchaseRate = f.purchaseRate;
        d.aov = f.aov;
        d.returnRate = f.returnRate;
        return d;
    }
    case ItemKind::OrganicStream: {
        OrganicStream o;
        o.name = uniqueName(s.organic, tr("New organic stream"));
        o.followers = 10000.0;
        o.postsPerWeek = 3.0;
        o.reachRate = 0.08;
        o.ctr = f.ctr;
        o.viewRate = f.viewRate;
        o.cartRate = f.cartRate;
        o.purchaseRate = f.purchaseRate;
        o.aov = f.aov;
        o.returnRate = f.returnRate;
        return o;
    }
    }
    return PlanItem();
}

QStringList NewItemFactory::platforms(ItemKind kind)
{
    try {
        const PlatformDefaults defaults = PlatformDefaults::fromResource();
        if (kind == ItemKind::PaidChannel)
            return defaults.platforms();
        if (kind == ItemKind::CreatorDeal)
            return defaults.creatorPlatforms();
    } catch (const InputError &) {
        // A broken defaults file only costs the prefill.
    }
    return {};
}

PlanItem NewItemFactory::createForPlatform(ItemKind kind, const Plan &plan, int scenario,
                                           const QString &platform, QString *source)
{
    PlanItem generic = create(kind, plan, scenario);
    try {
        const PlatformDefaults defaults = PlatformDefaults::fromResource();
        const Scenario &s = plan.scenarios.at(size_t(scenario));
        if (kind == ItemKind::PaidChannel) {
            const auto d = defaults.paidChannel(platform, plan.currency);
            if (!d)
                return generic;
            const PaidChannel &base = std::get<PaidChannel>(generic);
            PaidChannel c = d->channel;
            c.name = uniqueName(s.channels, d->label.isEmpty() ? platform : d->label);
            c.spend = base.spend;
            c.aov = base.aov; // the brand's order value, not the platform's
            if (!d->hasMoney)
                c.cpm = base.cpm;
            if (source)
                *source = d->source;
            return c;
        }
        if (kind == ItemKind::CreatorDeal) {
            const auto d = defaults.creatorDeal(platform, QStringLiteral("micro"), plan.currency);
            if (!d)
                return generic;
            const CreatorDeal &base = std::get<CreatorDeal>(generic);
            CreatorDeal c = d->deal;
            c.name = base.name;
            c.posts = base.posts;
            c.aov = base.aov;
            if (!d->hasMoney)
                c.feePerPost = base.feePerPost;
            if (source)
                *source = d->source;
            return c;
        }
    } catch (const InputError &) {
    }
    return generic;
}

} // namespace funnelcast::ui
