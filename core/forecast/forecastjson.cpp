#include "forecast/forecastjson.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace funnelcast {

namespace {

// The engine never produces NaN or infinity; should one slip through, JSON gets null rather
// than an unparsable token.
QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject band(const StatBand &b)
{
    QJsonObject o;
    o.insert(QStringLiteral("base"), number(b.base));
    o.insert(QStringLiteral("p10"), number(b.p10));
    o.insert(QStringLiteral("p50"), number(b.p50));
    o.insert(QStringLiteral("p90"), number(b.p90));
    return o;
}

QJsonArray series(const std::vector<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(number(v));
    return a;
}

QJsonObject weekly(const WeeklyBand &b)
{
    QJsonObject o;
    o.insert(QStringLiteral("base"), series(b.base));
    o.insert(QStringLiteral("p10"), series(b.p10));
    o.insert(QStringLiteral("p50"), series(b.p50));
    o.insert(QStringLiteral("p90"), series(b.p90));
    return o;
}

} // namespace

QString ForecastJson::kindKey(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Paid: return QStringLiteral("paid");
    case ChannelKind::Creator: return QStringLiteral("creator");
    case ChannelKind::Organic: return QStringLiteral("organic");
    }
    return QStringLiteral("paid");
}

QJsonObject ForecastJson::toJson(const ForecastResult &result)
{
    QJsonObject root;
    root.insert(QStringLiteral("scenario"), result.scenario);
    root.insert(QStringLiteral("currency"), result.currency);
    root.insert(QStringLiteral("draws"), result.draws);
    root.insert(QStringLiteral("seed"), static_cast<double>(result.seed));
    QJsonArray weeks;
    for (const QDate &d : result.weeks)
        weeks.append(d.toString(Qt::ISODate));
    root.insert(QStringLiteral("weeks"), weeks);

    const PlanTotals &t = result.totals;
    QJsonObject totals;
    totals.insert(QStringLiteral("spend"), band(t.spend));
    totals.insert(QStringLiteral("cost"), band(t.cost));
    totals.insert(QStringLiteral("impressions"), band(t.impressions));
    totals.insert(QStringLiteral("reach"), band(t.reach));
    totals.insert(QStringLiteral("clicks"), band(t.clicks));
    totals.insert(QStringLiteral("orders"), band(t.orders));
    totals.insert(QStringLiteral("gross_revenue"), band(t.grossRevenue));
    totals.insert(QStringLiteral("net_revenue"), band(t.netRevenue));
    totals.insert(QStringLiteral("profit"), band(t.profit));
    totals.insert(QStringLiteral("roas"), band(t.roas));
    totals.insert(QStringLiteral("cpa"), t.cpa ? QJsonValue(band(*t.cpa)) : QJsonValue(QJsonValue::Null));
    root.insert(QStringLiteral("totals"), totals);

    QJsonArray channels;
    for (const ChannelForecast &c : result.channels) {
        QJsonObject channel;
        channel.insert(QStringLiteral("name"), c.name);
        channel.insert(QStringLiteral("kind"), kindKey(c.kind));
        QJsonObject ct;
        ct.insert(QStringLiteral("spend"), band(c.totals.spend));
        ct.insert(QStringLiteral("cost"), band(c.totals.cost));
        ct.insert(QStringLiteral("impressions"), band(c.totals.impressions));
        ct.insert(QStringLiteral("reach"), band(c.totals.reach));
        ct.insert(QStringLiteral("clicks"), band(c.totals.clicks));
        ct.insert(QStringLiteral("orders"), band(c.totals.orders));
        ct.insert(QStringLiteral("tail_orders"), band(c.totals.tailOrders));
        ct.insert(QStringLiteral("gross_revenue"), band(c.totals.grossRevenue));
        ct.insert(QStringLiteral("net_revenue"), band(c.totals.netRevenue));
        channel.insert(QStringLiteral("totals"), ct);
        QJsonObject w;
        w.insert(QStringLiteral("spend"), weekly(c.weekly.spend));
        w.insert(QStringLiteral("impressions"), weekly(c.weekly.impressions));
        w.insert(QStringLiteral("clicks"), weekly(c.weekly.clicks));
        w.insert(QStringLiteral("orders"), weekly(c.weekly.orders));
        w.insert(QStringLiteral("gross_revenue"), weekly(c.weekly.grossRevenue));
        channel.insert(QStringLiteral("weekly"), w);
        channels.append(channel);
    }
    root.insert(QStringLiteral("channels"), channels);
    return root;
}

} // namespace funnelcast
