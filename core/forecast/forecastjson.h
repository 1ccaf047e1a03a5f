#pragma once

#include "forecast/forecastresult.h"

#include <QJsonObject>

namespace funnelcast {

// The JSON of `funnelcast forecast --json` (issue 3): scenario, currency, draws, seed, weeks,
// plan totals and per-channel totals and weekly series, each statistic as
// {"base", "p10", "p50", "p90"}. Numbers at full double precision; cpa is null without orders.
class ForecastJson
{
public:
    static QJsonObject toJson(const ForecastResult &result);
    static QString kindKey(ChannelKind kind); // "paid", "creator", "organic"
};

} // namespace funnelcast
