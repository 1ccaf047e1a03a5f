#include "document/fieldinfo.h"

#include <QCoreApplication>

#include <cstring>

namespace funnelcast::ui {

namespace {

struct Row
{
    const char *key;
    const char *label;
    const char *shortLabel;
    const char *toolTip;
    FieldUnit unit;
};

// Marked with QT_TRANSLATE_NOOP so lupdate finds them; translated when asked for.
const Row rows[] = {
    {"name", QT_TRANSLATE_NOOP("FieldInfo", "Name"), QT_TRANSLATE_NOOP("FieldInfo", "Name"),
     QT_TRANSLATE_NOOP("FieldInfo", "A name unique within the scenario."),
     FieldUnit::Text},
    {"platform", QT_TRANSLATE_NOOP("FieldInfo", "Platform"), QT_TRANSLATE_NOOP("FieldInfo", "Platform"),
     QT_TRANSLATE_NOOP("FieldInfo", "The platform, e.g. instagram, tiktok_shop, naver. Known platforms come with default assumptions; any other name counts as an emerging platform."),
     FieldUnit::Text},
    {"tier", QT_TRANSLATE_NOOP("FieldInfo", "Tier"), QT_TRANSLATE_NOOP("FieldInfo", "Tier"),
     QT_TRANSLATE_NOOP("FieldInfo", "The creator's size class (nano, micro, mid, macro, mega). Descriptive only: it changes no number."),
     FieldUnit::Text},
    {"spend", QT_TRANSLATE_NOOP("FieldInfo", "Spend"), QT_TRANSLATE_NOOP("FieldInfo", "Spend"),
     QT_TRANSLATE_NOOP("FieldInfo", "Total media spend on this channel over the whole campaign."),
     FieldUnit::Money},
    {"flighting", QT_TRANSLATE_NOOP("FieldInfo", "Flighting"), QT_TRANSLATE_NOOP("FieldInfo", "Flighting"),
     QT_TRANSLATE_NOOP("FieldInfo", "How the spend is spread over the weeks: even, front-loaded, back-loaded, pulsed, or custom weights per week."),
     FieldUnit::Other},
    {"min_spend", QT_TRANSLATE_NOOP("FieldInfo", "Minimum spend"), QT_TRANSLATE_NOOP("FieldInfo", "Min spend"),
     QT_TRANSLATE_NOOP("FieldInfo", "The optimizer never proposes less than this for the channel."),
     FieldUnit::Money},
    {"max_spend", QT_TRANSLATE_NOOP("FieldInfo", "Maximum spend"), QT_TRANSLATE_NOOP("FieldInfo", "Max spend"),
     QT_TRANSLATE_NOOP("FieldInfo", "The optimizer never proposes more than this; leave empty for no limit."),
     FieldUnit::Money},
    {"locked", QT_TRANSLATE_NOOP("FieldInfo", "Locked"), QT_TRANSLATE_NOOP("FieldInfo", "Locked"),
     QT_TRANSLATE_NOOP("FieldInfo", "A locked channel keeps its spend when the optimizer splits the budget."),
     FieldUnit::Other},
    {"cpm", QT_TRANSLATE_NOOP("FieldInfo", "CPM"), QT_TRANSLATE_NOOP("FieldInfo", "CPM"),
     QT_TRANSLATE_NOOP("FieldInfo", "Cost per 1,000 impressions while the audience is far from saturated. Find it in the ad manager's reports or the platform's rate card."),
     FieldUnit::Money},
    {"audience", QT_TRANSLATE_NOOP("FieldInfo", "Audience"), QT_TRANSLATE_NOOP("FieldInfo", "Audience"),
     QT_TRANSLATE_NOOP("FieldInfo", "How many distinct people the targeting can reach on this platform. Leave empty for no limit; with a limit, extra spend meets diminishing returns."),
     FieldUnit::Count},
    {"max_weekly_frequency", QT_TRANSLATE_NOOP("FieldInfo", "Max weekly frequency"), QT_TRANSLATE_NOOP("FieldInfo", "Max freq./wk"),
     QT_TRANSLATE_NOOP("FieldInfo", "How many times a week one person can usefully see the ad before the audience is saturated. Leave empty for no limit."),
     FieldUnit::Count},
    {"ctr", QT_TRANSLATE_NOOP("FieldInfo", "Click-through rate"), QT_TRANSLATE_NOOP("FieldInfo", "CTR"),
     QT_TRANSLATE_NOOP("FieldInfo", "Clicks per impression, e.g. 0.9% = 9 clicks per 1,000 impressions."),
     FieldUnit::Percent},
    {"view_rate", QT_TRANSLATE_NOOP("FieldInfo", "View rate"), QT_TRANSLATE_NOOP("FieldInfo", "View rate"),
     QT_TRANSLATE_NOOP("FieldInfo", "Product-page views per click: 100% when the click lands on the product, lower when it lands on a profile or a landing page first."),
     FieldUnit::Percent},
    {"cart_rate", QT_TRANSLATE_NOOP("FieldInfo", "Add-to-cart rate"), QT_TRANSLATE_NOOP("FieldInfo", "Cart rate"),
     QT_TRANSLATE_NOOP("FieldInfo", "Share of product-page views that add the product to the cart."),
     FieldUnit::Percent},
    {"purchase_rate", QT_TRANSLATE_NOOP("FieldInfo", "Purchase rate"), QT_TRANSLATE_NOOP("FieldInfo", "Purchase rate"),
     QT_TRANSLATE_NOOP("FieldInfo", "Share of add-to-carts that become orders (checkout completion)."),
     FieldUnit::Percent},
    {"aov", QT_TRANSLATE_NOOP("FieldInfo", "Average order value"), QT_TRANSLATE_NOOP("FieldInfo", "AOV"),
     QT_TRANSLATE_NOOP("FieldInfo", "Average value of one order, before refunds and fees."),
     FieldUnit::Money},
    {"fee_rate", QT_TRANSLATE_NOOP("FieldInfo", "Selling fee"), QT_TRANSLATE_NOOP("FieldInfo", "Fee"),
     QT_TRANSLATE_NOOP("FieldInfo", "The platform's selling fee on in-app checkout (e.g. TikTok Shop); 0% when the sale happens on your own store."),
     FieldUnit::Percent},
    {"return_rate", QT_TRANSLATE_NOOP("FieldInfo", "Return rate"), QT_TRANSLATE_NOOP("FieldInfo", "Returns"),
     QT_TRANSLATE_NOOP("FieldInfo", "Share of order value refunded after returns and cancellations."),
     FieldUnit::Percent},
    {"carryover", QT_TRANSLATE_NOOP("FieldInfo", "Carryover"), QT_TRANSLATE_NOOP("FieldInfo", "Carryover"),
     QT_TRANSLATE_NOOP("FieldInfo", "Share of a week's orders that land a week later (and so on, shrinking): people who saw the ad and buy later."),
     FieldUnit::Percent},
    {"followers", QT_TRANSLATE_NOOP("FieldInfo", "Followers"), QT_TRANSLATE_NOOP("FieldInfo", "Followers"),
     QT_TRANSLATE_NOOP("FieldInfo", "Followers of the account."),
     FieldUnit::Count},
    {"reach_rate", QT_TRANSLATE_NOOP("FieldInfo", "Reach rate"), QT_TRANSLATE_NOOP("FieldInfo", "Reach rate"),
     QT_TRANSLATE_NOOP("FieldInfo", "Share of followers who see a typical post."),
     FieldUnit::Percent},
    {"posts", QT_TRANSLATE_NOOP("FieldInfo", "Posts (weeks)"), QT_TRANSLATE_NOOP("FieldInfo", "Posts"),
     QT_TRANSLATE_NOOP("FieldInfo", "The weeks of the campaign with a post, counted from 1 (e.g. 2, 4); a week may appear twice."),
     FieldUnit::Other},
    {"fee_per_post", QT_TRANSLATE_NOOP("FieldInfo", "Fee per post"), QT_TRANSLATE_NOOP("FieldInfo", "Fee/post"),
     QT_TRANSLATE_NOOP("FieldInfo", "What the creator is paid per post."),
     FieldUnit::Money},
    {"commission_rate", QT_TRANSLATE_NOOP("FieldInfo", "Commission"), QT_TRANSLATE_NOOP("FieldInfo", "Commission"),
     QT_TRANSLATE_NOOP("FieldInfo", "Affiliate commission on gross revenue paid to the creator."),
     FieldUnit::Percent},
    {"posts_per_week", QT_TRANSLATE_NOOP("FieldInfo", "Posts per week"), QT_TRANSLATE_NOOP("FieldInfo", "Posts/wk"),
     QT_TRANSLATE_NOOP("FieldInfo", "How many posts the brand account publishes each week."),
     FieldUnit::Count},
    {"cost_per_post", QT_TRANSLATE_NOOP("FieldInfo", "Cost per post"), QT_TRANSLATE_NOOP("FieldInfo", "Cost/post"),
     QT_TRANSLATE_NOOP("FieldInfo", "Content production cost of one post."),
     FieldUnit::Money},
    {"budget", QT_TRANSLATE_NOOP("FieldInfo", "Budget"), QT_TRANSLATE_NOOP("FieldInfo", "Budget"),
     QT_TRANSLATE_NOOP("FieldInfo", "The paid-media budget the optimizer splits; empty = the sum of the channels' spends."),
     FieldUnit::Money},
    {"currency", QT_TRANSLATE_NOOP("FieldInfo", "Currency"), QT_TRANSLATE_NOOP("FieldInfo", "Currency"),
     QT_TRANSLATE_NOOP("FieldInfo", "The plan's currency, an ISO 4217 code such as KRW or USD."),
     FieldUnit::Text},
    {"start", QT_TRANSLATE_NOOP("FieldInfo", "Start week"), QT_TRANSLATE_NOOP("FieldInfo", "Start"),
     QT_TRANSLATE_NOOP("FieldInfo", "The Monday the campaign starts."),
     FieldUnit::Other},
    {"weeks", QT_TRANSLATE_NOOP("FieldInfo", "Length (weeks)"), QT_TRANSLATE_NOOP("FieldInfo", "Weeks"),
     QT_TRANSLATE_NOOP("FieldInfo", "How many whole weeks the campaign runs (1 to 156)."),
     FieldUnit::Count},
    {"population", QT_TRANSLATE_NOOP("FieldInfo", "Target population"), QT_TRANSLATE_NOOP("FieldInfo", "Population"),
     QT_TRANSLATE_NOOP("FieldInfo", "How many people the campaign could reach in total, for the reach figure. Empty = the sum of the channels' audiences and followers."),
     FieldUnit::Count},
    {"margin", QT_TRANSLATE_NOOP("FieldInfo", "Product margin"), QT_TRANSLATE_NOOP("FieldInfo", "Margin"),
     QT_TRANSLATE_NOOP("FieldInfo", "Gross margin of the product: the share of net revenue left after the cost of goods. Used for profit."),
     FieldUnit::Percent},
};

} // namespace

FieldInfo FieldInfo::of(const QString &key)
{
    const QByteArray latin = key.toLatin1();
    for (const Row &row : rows) {
        if (std::strcmp(row.key, latin.constData()) == 0)
            return FieldInfo{QCoreApplication::translate("FieldInfo", row.label),
                             QCoreApplication::translate("FieldInfo", row.shortLabel),
                             QCoreApplication::translate("FieldInfo", row.toolTip), row.unit};
    }
    return FieldInfo{key, key, QString(), FieldUnit::Other};
}

} // namespace funnelcast::ui
