#include "actuals/actualsreport.h"

#include "actuals/actualsstore.h"
#include "model/inputerror.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace funnelcast {

namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

QStringList ActualsReport::channelsWithData(Database &db, const Plan &plan)
{
    const QStringList stored = ActualsStore(db).channels();
    QStringList ordered;
    for (const Scenario &scenario : plan.scenarios)
        for (const PaidChannel &c : scenario.channels)
            if (stored.contains(c.name) && !ordered.contains(c.name))
                ordered << c.name;
    for (const QString &name : stored)
        if (!ordered.contains(name))
            ordered << name;
    return ordered;
}

QJsonObject ActualsReport::weeklyJson(Database &db, const Plan &plan, const QString &channel)
{
    QStringList names;
    if (channel.isEmpty()) {
        names = channelsWithData(db, plan);
    } else {
        bool known = ActualsStore(db).channels().contains(channel);
        for (const Scenario &scenario : plan.scenarios)
            for (const PaidChannel &c : scenario.channels)
                known = known || c.name == channel;
        if (!known)
            throw UsageError(QCoreApplication::translate(
                "ActualsReport", "The plan has no channel named \"%1\".")
                                 .arg(channel));
        names << channel;
    }
    const ActualsStore store(db);
    QJsonArray channels;
    for (const QString &name : names) {
        QJsonArray weekly;
        for (const ActualsWeek &w : store.weekly(name, plan.start)) {
            weekly.append(QJsonObject { { QStringLiteral("week"), w.week.toString(Qt::ISODate) },
                { QStringLiteral("spend"), number(w.spend) },
                { QStringLiteral("impressions"), number(w.impressions) },
                { QStringLiteral("clicks"), number(w.clicks) },
                { QStringLiteral("orders"), number(w.orders) },
                { QStringLiteral("revenue"), number(w.revenue) } });
        }
        channels.append(
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("weekly"), weekly } });
    }
    return QJsonObject { { QStringLiteral("channels"), channels } };
}

} // namespace funnelcast
