#include "views/forecastcsv.h"

#include "model/inputerror.h"

#include <QSaveFile>

namespace funnelcast::ui {

namespace {

QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString number(const std::vector<double> &values, size_t week)
{
    return QString::number(week < values.size() ? values[week] : 0.0, 'f', 2);
}

QString kindKey(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Paid:
        return QStringLiteral("paid");
    case ChannelKind::Creator:
        return QStringLiteral("creator");
    case ChannelKind::Organic:
        return QStringLiteral("organic");
    }
    return QString();
}

} // namespace

QString ForecastCsv::text(const ForecastResult &result)
{
    const bool bands = result.draws > 0;
    QString out = QStringLiteral(
        "week_start,channel,kind,spend,impressions,clicks,orders,gross_revenue");
    if (bands)
        out += QStringLiteral(",orders_p10,orders_p90");
    out += QLatin1String("\r\n");
    for (const ChannelForecast &channel : result.channels) {
        const ChannelWeekly &weekly = channel.weekly;
        for (size_t week = 0; week < result.weeks.size(); ++week) {
            QStringList row{result.weeks[week].toString(Qt::ISODate), field(channel.name),
                            kindKey(channel.kind),
                            number(weekly.spend.base, week),
                            number(weekly.impressions.base, week),
                            number(weekly.clicks.base, week),
                            number(weekly.orders.base, week),
                            number(weekly.grossRevenue.base, week)};
            if (bands)
                row << number(weekly.orders.p10, week) << number(weekly.orders.p90, week);
            out += row.join(QLatin1Char(',')) + QLatin1String("\r\n");
        }
    }
    return out;
}

void ForecastCsv::write(const QString &path, const ForecastResult &result)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw InputError(tr("%1 could not be written: %2.").arg(path, file.errorString()));
    }
    file.write(text(result).toUtf8());
    if (!file.commit())
        throw InputError(tr("%1 could not be written: %2.").arg(path, file.errorString()));
}

} // namespace funnelcast::ui
